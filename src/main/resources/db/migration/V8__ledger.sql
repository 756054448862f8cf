-- The promise ledger: an append-only, hash-chained record of every promise event (see
-- docs/ledger.md for the hash). Entries are numbered 1, 2, 3, ... without gaps; each one
-- carries the hash of the entry before it (64 zeros for the first) and its own hash.
create table ledger_entry (
    sequence_number bigint primary key,
    recorded_at timestamp with time zone not null,
    kind varchar(50) not null,
    subject varchar(100) not null,
    event varchar(50) not null,
    content varchar(1000000) not null,
    previous_hash char(64) not null,
    hash char(64) not null
);

create index ledger_entry_subject on ledger_entry (subject, kind);

-- The chain's head: one row, locked by every append (select ... for update), so appends
-- from any number of application nodes are serialized and the chain never forks.
create table ledger_head (
    id integer primary key,
    sequence_number bigint not null,
    hash char(64) not null,
    constraint ledger_head_single check (id = 1)
);

insert into ledger_head (id, sequence_number, hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
