-- Shadow IT: the IT admins' edits of the vendor directory. The shipped vendors.csv stays the
-- base; a row here is a vendor as admins want it, whole (its aliases separated by |): it
-- replaces the shipped vendor of the same id, or adds one.

create table vendor_edit (
    vendor_id   varchar(100)   not null primary key,
    name        varchar(200)   not null,
    category    varchar(40)    not null,
    domain      varchar(200)   not null,
    aliases     varchar(4000)  not null,
    edited_by   varchar(200)   not null,
    edited_at   timestamp with time zone not null
);
