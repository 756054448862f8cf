-- Notify: each person's inbox (one row per notice) and the outbox of deliveries each
-- notice owes to other channels (mail, webhooks). Runs unchanged on H2 and PostgreSQL.
create table notice (
    id              uuid           not null primary key,
    source_key      varchar(200)   not null,
    recipient_id    uuid           not null,
    recipient_name  varchar(120)   not null,
    kind            varchar(60)    not null,
    subject         varchar(500)   not null,
    body            varchar(65535) not null,
    created_at      timestamp with time zone not null,
    read_at         timestamp with time zone,
    -- A notice about the same thing for the same person is stored once, whichever node
    -- handles the event and however often.
    constraint notice_once unique (source_key, recipient_id)
);
create index notice_inbox_idx on notice (recipient_id, created_at);

create table notice_delivery (
    id              uuid           not null primary key,
    notice_id       uuid           not null references notice (id) on delete cascade,
    channel         varchar(20)    not null,
    target          varchar(500)   not null,
    state           varchar(20)    not null,
    attempts        int            not null default 0,
    next_attempt_at timestamp with time zone not null,
    claim_token     uuid,
    claimed_until   timestamp with time zone,
    sent_at         timestamp with time zone,
    last_error      varchar(500),
    constraint notice_delivery_once unique (notice_id, channel, target),
    constraint notice_delivery_state check (state in ('PENDING', 'SENDING', 'SENT', 'FAILED'))
);
create index notice_delivery_due_idx on notice_delivery (state, next_attempt_at);
