-- Shadow IT: card and expense lines as imported (one row per line, whatever the file it
-- came in: line_key is a hash of what the line says), the vendor each one was matched to,
-- and the admins' corrections, recorded under the normalised merchant text with one line's
-- merchant text as the statement wrote it (what the matcher is given).

create table expense_line (
    line_key       varchar(64)    not null primary key,
    spent_on       date           not null,
    amount         numeric(19, 4) not null,
    currency       varchar(3)     not null,
    merchant       varchar(500)   not null,
    merchant_key   varchar(500)   not null,
    vendor_id      varchar(100),
    confidence     double precision not null,
    employee       varchar(200),
    cost_centre    varchar(200),
    business_unit  varchar(200),
    reference      varchar(200),
    import_run_id  uuid,
    imported_at    timestamp with time zone not null
);
create index expense_line_merchant_idx on expense_line (merchant_key);
create index expense_line_vendor_idx on expense_line (vendor_id, spent_on);

create table vendor_correction (
    merchant_key   varchar(500)  not null primary key,
    merchant       varchar(500)  not null,
    vendor_id      varchar(100),
    corrected_by   varchar(200)  not null,
    corrected_at   timestamp with time zone not null
);
