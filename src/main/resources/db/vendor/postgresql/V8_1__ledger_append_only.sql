-- PostgreSQL refuses to change or remove ledger entries, whoever asks. Tampering now needs
-- a deliberate ALTER TABLE ... DISABLE TRIGGER (or TRUNCATE) by the table's owner, and the
-- hash chain still shows it (docs/ledger.md).
create function ledger_entry_append_only() returns trigger
language plpgsql as $$
begin
    raise exception 'ledger entries are append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger ledger_entry_append_only
    before update or delete on ledger_entry
    for each row execute function ledger_entry_append_only();

create trigger ledger_entry_no_truncate
    before truncate on ledger_entry
    for each statement execute function ledger_entry_append_only();
