-- H2 (the embedded demo database) has no partial indexes: PostgreSQL's V25_1 indexes only
-- the short lists inside the long tables. Here the demo's few thousand rows need only the
-- two whose leading columns no other index has.
create index purchase_order_todo_promised_idx on purchase_order (status, promised_by, id);
create index notice_unread_idx on notice (recipient_id, read_at);
