-- Pain-point board: mining runs with their progress, the pain points each run found (with a
-- compact centroid to place new tickets), the pain point of every ticket per run, and the
-- improvements that answer a pain point.

create table mining_run (
    id              uuid          not null primary key,
    status          varchar(20)   not null,
    phase           varchar(20)   not null,
    progress        int           not null default 0,
    tickets         bigint        not null default 0,
    k               int,
    parameters      varchar(500),
    trigger_kind    varchar(20)   not null,
    started_by_name varchar(120),
    last_ticket_id  bigint        not null default 0,
    started_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    finished_at     timestamp with time zone,
    version         int           not null default 0
);
create index mining_run_finished_idx on mining_run (status, finished_at);

create table pain_point (
    id           uuid          not null primary key,
    run_id       uuid          not null references mining_run (id) on delete cascade,
    position     int           not null,
    label        varchar(500)  not null,
    terms        varchar(2000) not null,
    mined_size   int           not null,
    -- Up to three representative ticket ids, comma separated.
    examples     varchar(200)  not null,
    -- "term weight" pairs separated by ';' (see PainPointCentroid).
    centroid     varchar(60000) not null
);
create index pain_point_run_idx on pain_point (run_id);

create table pain_point_ticket (
    run_id        uuid   not null references mining_run (id) on delete cascade,
    ticket_id     bigint not null references ticket (id) on delete cascade,
    pain_point_id uuid   not null references pain_point (id) on delete cascade,
    primary key (run_id, ticket_id)
);
create index pain_point_ticket_point_idx on pain_point_ticket (pain_point_id, ticket_id);

create table improvement (
    id              uuid          not null primary key,
    pain_point_id   uuid          not null references pain_point (id),
    title           varchar(200)  not null,
    owner_name      varchar(120)  not null,
    promised_on     date          not null,
    status          varchar(20)   not null,
    done_on         date,
    created_by_name varchar(120),
    created_at      timestamp with time zone not null,
    version         int           not null default 0
);
create index improvement_point_idx on improvement (pain_point_id);
