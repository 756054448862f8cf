-- Shadow IT's board: what IT did about each vendor (each action a row, shown as the vendor's
-- history), and indexes for the board's sums by unit and by month.

create table vendor_action (
    id             uuid          not null primary key,
    vendor_id      varchar(100)  not null,
    kind           varchar(30)   not null,
    business_unit  varchar(200),
    need_id        uuid,
    taken_by       uuid          not null,
    taken_by_name  varchar(200)  not null,
    taken_at       timestamp with time zone not null
);
create index vendor_action_vendor_idx on vendor_action (vendor_id, taken_at);

create index expense_line_unit_idx on expense_line (business_unit, spent_on);
create index expense_line_spent_idx on expense_line (spent_on, vendor_id);
create index sign_in_month_vendor_idx on sign_in_month (vendor_id, month_start);
