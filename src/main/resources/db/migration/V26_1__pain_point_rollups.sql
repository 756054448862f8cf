-- The pain-point board from rollups (decision 0031). Per pain point of a run: its tickets, how
-- many of those whose service desk said were reopened, and a histogram of hours to resolve
-- (`bucket:count` pairs, as the scoreboard's); its tickets per week (the Monday, in the
-- company's time zone); and its tickets per business unit and per location. They are written in
-- the transactions that place tickets, so the board reads a few rows per pain point however
-- many tickets the run holds. Places a run stored before this migration are rolled up once at
-- the next start (the backfill row).

create table pain_point_figures (
    pain_point_id uuid          not null primary key references pain_point (id) on delete cascade,
    run_id        uuid          not null references mining_run (id) on delete cascade,
    tickets       bigint        not null default 0,
    reopened      bigint        not null default 0,
    told_reopens  bigint        not null default 0,
    resolve_hours varchar(2000) not null default ''
);
create index pain_point_figures_run_idx on pain_point_figures (run_id);

create table pain_point_week (
    pain_point_id uuid   not null references pain_point (id) on delete cascade,
    week          date   not null,
    run_id        uuid   not null references mining_run (id) on delete cascade,
    tickets       bigint not null default 0,
    primary key (pain_point_id, week)
);
create index pain_point_week_run_idx on pain_point_week (run_id, week);

create table pain_point_place (
    pain_point_id uuid         not null references pain_point (id) on delete cascade,
    kind          varchar(20)  not null,
    place         varchar(200) not null,
    run_id        uuid         not null references mining_run (id) on delete cascade,
    tickets       bigint       not null default 0,
    primary key (pain_point_id, kind, place)
);
create index pain_point_place_run_idx on pain_point_place (run_id, kind);

create table pain_point_rollup_backfill (
    id     int         not null primary key,
    status varchar(20) not null
);
insert into pain_point_rollup_backfill (id, status) values (1, 'PENDING');
