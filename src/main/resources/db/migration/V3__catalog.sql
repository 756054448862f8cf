create table provider (
    id          uuid          not null primary key,
    name        varchar(120)  not null unique,
    kind        varchar(20)   not null,
    profile     varchar(2000) not null,
    website     varchar(300),
    version     int           not null default 0
);

create table need (
    id          uuid          not null primary key,
    title       varchar(200)  not null,
    category    varchar(40)   not null,
    description varchar(4000) not null,
    search_text varchar(20000) not null default '',
    version     int           not null default 0
);
create index need_category_idx on need (category);

create table offering (
    id                     uuid          not null primary key,
    need_id                uuid          not null references need (id),
    provider_id            uuid          not null references provider (id),
    title                  varchar(200)  not null,
    summary                varchar(2000) not null,
    one_off_price          numeric(12,2) not null,
    monthly_price          numeric(12,2) not null,
    delivery_days          int           not null,
    physical               boolean       not null default false,
    stock                  int,
    support_hours          varchar(120)  not null,
    pros                   varchar(2000) not null default '',
    cons                   varchar(2000) not null default '',
    recommended            boolean       not null default false,
    recommendation_reason  varchar(1000),
    order_fields           varchar(1000) not null default '',
    active                 boolean       not null default true,
    version                int           not null default 0,
    constraint offering_stock_never_negative check (stock is null or stock >= 0)
);
create index offering_need_idx on offering (need_id);
create index offering_provider_idx on offering (provider_id);
