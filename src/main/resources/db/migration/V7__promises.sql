-- Promises: one row per promise made; renegotiation closes a row and adds a new one.
create table promise (
    id uuid primary key,
    order_id uuid not null references purchase_order (id),
    customer_id uuid not null,
    offering_id uuid not null,
    need_id uuid not null,
    provider_id uuid not null,
    what varchar(300) not null,
    started_at timestamp with time zone not null,
    made_at timestamp with time zone not null,
    due_at timestamp with time zone not null,
    hours double precision not null,
    confidence double precision not null,
    sample_size integer not null,
    segment varchar(100) not null,
    evidence boolean not null,
    status varchar(20) not null,
    chance double precision,
    at_risk_at timestamp with time zone,
    at_risk_reason varchar(1000),
    new_due_at timestamp with time zone,
    closed_at timestamp with time zone,
    outcome varchar(200),
    replaces uuid references promise (id),
    version integer not null
);

create index promise_order on promise (order_id);
create index promise_status_due on promise (status, due_at);

-- Secrets that every application node must share, such as the key that signs answer links.
create table shared_secret (
    name varchar(100) primary key,
    secret varchar(200) not null
);
