-- Demands, the proposals that answer them (every version kept), their options, the thread
-- of questions and the decision. Amounts are decimals with their currency, never floats.
create sequence demand_number start with 101;

create table demand (
    id              uuid          not null primary key,
    demand_number   bigint        not null unique,
    title           varchar(200)  not null,
    problem         varchar(4000) not null,
    outcome         varchar(4000) not null,
    value_per_year  numeric(18,4),
    value_currency  varchar(3),
    target          varchar(200),
    target_unit     varchar(60),
    target_today    numeric(18,4),
    target_wanted   numeric(18,4),
    needed_by       date,
    needed_by_why   varchar(1000),
    affected        varchar(1000) not null,
    unit_id         uuid          not null,
    unit_name       varchar(120)  not null,
    submitted_by    uuid          not null,
    submitter_name  varchar(120)  not null,
    leader_id       uuid          not null,
    leader_name     varchar(120)  not null,
    it_owner_id     uuid,
    it_owner_name   varchar(120),
    status          varchar(30)   not null,
    initiative_id   uuid,
    submitted_at    timestamp with time zone not null,
    closed_at       timestamp with time zone,
    closed_reason   varchar(2000),
    version         int           not null default 0
);
create index demand_unit_idx on demand (unit_id, submitted_at);
create index demand_status_idx on demand (status, submitted_at);

create table demand_link (
    demand_id  uuid          not null references demand (id) on delete cascade,
    seq        int           not null,
    url        varchar(2000) not null,
    primary key (demand_id, seq)
);

-- Everyone who took part (submitted, asked, decided): they keep seeing the demand.
create table demand_participant (
    demand_id  uuid not null references demand (id) on delete cascade,
    user_id    uuid not null,
    primary key (demand_id, user_id)
);
create index demand_participant_user_idx on demand_participant (user_id);

create table demand_step (
    id           uuid          not null primary key,
    demand_id    uuid          not null references demand (id) on delete cascade,
    status_from  varchar(30),
    status_to    varchar(30)   not null,
    actor_id     uuid,
    actor_name   varchar(120),
    note         varchar(2000),
    happened_at  timestamp with time zone not null
);
create index demand_step_demand_idx on demand_step (demand_id, happened_at);

create table proposal (
    id                     uuid          not null primary key,
    demand_id              uuid          not null references demand (id) on delete cascade,
    version                int           not null,
    written_by             uuid          not null,
    written_by_name        varchar(120)  not null,
    written_at             timestamp with time zone not null,
    summary                varchar(4000),
    fewer_options_reason   varchar(2000),
    currency               varchar(3)    not null,
    recommended_option_id  uuid          not null,
    recommendation_reason  varchar(2000) not null,
    unique (demand_id, version)
);

create table proposal_option (
    id             uuid          not null primary key,
    proposal_id    uuid          not null references proposal (id) on delete cascade,
    seq            int           not null,
    kind           varchar(30)   not null,
    name           varchar(200)  not null,
    description    varchar(4000),
    provider_id    uuid,
    provider_name  varchar(120),
    one_off_cost   numeric(18,4) not null,
    running_cost   numeric(18,4) not null,
    effort_days    numeric(10,1) not null,
    delivery_date  date,
    risks          varchar(2000) not null,
    unique (proposal_id, seq)
);

create table demand_message (
    id           uuid          not null primary key,
    demand_id    uuid          not null references demand (id) on delete cascade,
    author_id    uuid          not null,
    author_name  varchar(120)  not null,
    from_it      boolean       not null,
    text         varchar(4000) not null,
    posted_at    timestamp with time zone not null
);
create index demand_message_demand_idx on demand_message (demand_id, posted_at);

-- One decision per demand (the primary key refuses a second): the option chosen and the
-- widened budget and date promised for it.
create table demand_decision (
    demand_id         uuid          not null primary key references demand (id) on delete cascade,
    proposal_id       uuid          not null references proposal (id),
    proposal_version  int           not null,
    option_id         uuid          not null references proposal_option (id),
    decided_by        uuid          not null,
    decided_by_name   varchar(120)  not null,
    decided_at        timestamp with time zone not null,
    budget            numeric(18,4) not null,
    currency          varchar(3)    not null,
    due               date
);
