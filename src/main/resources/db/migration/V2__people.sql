create table business_unit (
    id        uuid         not null primary key,
    name      varchar(120) not null unique,
    head_id   uuid,
    version   int          not null default 0
);

create table app_user (
    id            uuid         not null primary key,
    username      varchar(60)  not null unique,
    display_name  varchar(120) not null,
    email         varchar(200) not null,
    password_hash varchar(100) not null,
    unit_id       uuid references business_unit (id),
    manager_id    uuid references app_user (id),
    enabled       boolean      not null default true,
    version       int          not null default 0
);
create index app_user_manager_idx on app_user (manager_id);
create index app_user_unit_idx on app_user (unit_id);

alter table business_unit add constraint business_unit_head_fk foreign key (head_id) references app_user (id);

create table user_role (
    user_id uuid        not null references app_user (id) on delete cascade,
    role    varchar(30) not null,
    primary key (user_id, role)
);

create table persistent_logins (
    username  varchar(64) not null,
    series    varchar(64) primary key,
    token     varchar(64) not null,
    last_used timestamp   not null
);
