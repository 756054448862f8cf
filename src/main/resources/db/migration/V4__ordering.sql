create table purchase_order (
    id              uuid          not null primary key,
    order_number    bigint        not null unique,
    customer_id     uuid          not null,
    customer_name   varchar(120)  not null,
    manager_id      uuid,
    offering_id     uuid          not null,
    need_id         uuid          not null,
    provider_id     uuid          not null,
    offering_title  varchar(200)  not null,
    provider_name   varchar(120)  not null,
    quantity        int           not null,
    one_off_price   numeric(12,2) not null,
    monthly_price   numeric(12,2) not null,
    status          varchar(30)   not null,
    fulfiller_id    uuid,
    placed_at       timestamp with time zone not null,
    delivered_at    timestamp with time zone,
    closed_at       timestamp with time zone,
    version         int           not null default 0
);
create index purchase_order_customer_idx on purchase_order (customer_id, placed_at);
create index purchase_order_manager_idx on purchase_order (manager_id, status);
create index purchase_order_queue_idx on purchase_order (status, placed_at);
create index purchase_order_offering_idx on purchase_order (offering_id);

create sequence purchase_order_number start with 10001;

create table order_detail (
    order_id  uuid          not null references purchase_order (id) on delete cascade,
    seq       int           not null,
    label     varchar(120)  not null,
    answer    varchar(1000) not null,
    primary key (order_id, seq)
);

create table order_step (
    id        uuid          not null primary key,
    order_id  uuid          not null references purchase_order (id) on delete cascade,
    kind      varchar(30)   not null,
    actor_id  uuid,
    actor_name varchar(120),
    note      varchar(2000),
    happened_at timestamp with time zone not null
);
create index order_step_order_idx on order_step (order_id, happened_at);
