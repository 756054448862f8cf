-- H2 (the embedded demo database) has no append-only trigger: it would need a Java trigger
-- class. The hash chain still detects any change (docs/ledger.md). This file keeps the
-- version history the same on both databases; PostgreSQL's V8_1 adds the trigger.
select 1;
