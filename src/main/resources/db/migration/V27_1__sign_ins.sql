-- Shadow IT's second signal: who signed in to which application in which month, from
-- single-sign-on logs. One row per person, application and month, whatever the number of
-- sign-ins (usage_key is a hash of the three), so a log imported twice adds nothing.

create table sign_in_month (
    usage_key      varchar(64)   not null primary key,
    month_start    date          not null,
    application    varchar(200)  not null,
    person         varchar(200)  not null,
    vendor_id      varchar(100),
    import_run_id  uuid,
    imported_at    timestamp with time zone not null
);
create index sign_in_month_application_idx on sign_in_month (application, month_start);
