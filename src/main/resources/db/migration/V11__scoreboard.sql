-- The scoreboard's read model: one row per promise whose outcome is known, and weekly
-- rollups per subject (the company, a business unit, a fulfilment team, a provider, a need,
-- an offering) kept current as promises close and customers answer.
create table scored_promise (
    promise_id     uuid not null primary key,
    order_id       uuid not null,
    what           varchar(300) not null,
    offering_id    uuid not null,
    need_id        uuid not null,
    provider_id    uuid not null,
    unit_id        uuid,
    team_id        uuid,
    due_at         timestamp with time zone not null,
    warned_at      timestamp with time zone,
    closed_at      timestamp with time zone not null,
    week           date not null,
    outcome        varchar(20) not null,
    late_hours     double precision,
    warning_hours  double precision,
    answered       boolean not null default false,
    said_kept      boolean,
    satisfaction   smallint
);
-- A figure drills down to its promises newest outcome first: per subject by closing time.
create index scored_promise_closed on scored_promise (closed_at);
create index scored_promise_unit on scored_promise (unit_id, closed_at);
create index scored_promise_team on scored_promise (team_id, closed_at);
create index scored_promise_provider on scored_promise (provider_id, closed_at);
create index scored_promise_need on scored_promise (need_id, closed_at);
create index scored_promise_offering on scored_promise (offering_id, closed_at);

create table score_week (
    dimension      varchar(12) not null,
    subject        uuid not null,
    week           date not null,
    kept           integer not null default 0,
    broken         integer not null default 0,
    renegotiated   integer not null default 0,
    cancelled      integer not null default 0,
    -- broken or renegotiated promises the customer heard about before they were due
    warned         integer not null default 0,
    answers        integer not null default 0,
    satisfaction_answers integer not null default 0,
    satisfaction_sum integer not null default 0,
    kept_answers   integer not null default 0,
    said_kept      integer not null default 0,
    -- Hours as histograms on a log scale, "bucket:count,bucket:count" (bucket b >= 1 holds
    -- 2^((b-1)/4) - 1 to 2^(b/4) - 1 hours), so that medians and p90s over any range of
    -- weeks come from summed counts: how late broken promises were delivered, and how long
    -- before the due time customers were warned.
    late_hours     varchar(1000) not null default '',
    warning_hours  varchar(1000) not null default '',
    primary key (dimension, subject, week)
);

-- One row: whether the promises closed before the read model existed have been scored.
-- A node that claimed the job and died leaves it RUNNING; another may take it over later.
create table score_backfill (
    id             integer not null primary key,
    state          varchar(20) not null,
    scored         bigint not null default 0,
    claimed_at     timestamp with time zone,
    finished_at    timestamp with time zone
);
insert into score_backfill (id, state) values (1, 'PENDING');
