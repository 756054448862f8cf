-- Past projects: what was estimated when each started and what it took, the reference
-- classes estimates are widened from (module estimates, decision 0023). A measure counts
-- only where both its figures are there. Rows are only ever added.
create table past_project (
    id               uuid           not null primary key,
    reference        varchar(200)   unique,
    source           varchar(60)    not null,
    name             varchar(200)   not null,
    work_kind        varchar(100),
    provider_id      uuid,
    provider_name    varchar(200),
    estimated_on     date           not null,
    effort_unit      varchar(10),
    estimated_effort numeric(19,4),
    actual_effort    numeric(19,4),
    currency         varchar(3),
    estimated_cost   numeric(19,4),
    actual_cost      numeric(19,4),
    started_on       date,
    planned_end      date,
    actual_end       date,
    estimated_days   numeric(19,4),
    actual_days      numeric(19,4),
    import_run_id    uuid,
    recorded_by      varchar(120),
    recorded_at      timestamp with time zone not null
);
create index past_project_recorded_idx on past_project (recorded_at);
create index past_project_source_idx on past_project (source);
