-- Keyset paging for every list that can grow (issue 14, decision 0030). Each list reads an
-- index in its own order, ending in the row's unique id, so a page starts after the last row
-- of the previous one without sorting anyone's whole history. Partial indexes for the short
-- lists (the fulfilment queue, approvals, orders under way) are PostgreSQL's: V25_1.

-- The date each order is promised for and whether that promise is at risk, kept on the order
-- by the promises module (ordering's PromisedDates), so that lists show and sort by them.
alter table purchase_order add column promised_by timestamp with time zone;
alter table purchase_order add column promise_at_risk boolean not null default false;
update purchase_order set
    promised_by = (select coalesce(p.new_due_at, p.due_at) from promise p where p.order_id = purchase_order.id
                   order by p.seq desc fetch first 1 row only),
    promise_at_risk = exists (select 1 from promise p where p.order_id = purchase_order.id
                              and p.status = 'AT_RISK');

-- My orders and my team's orders, newest first; the fulfilment queue filtered by status.
drop index purchase_order_customer_idx;
create index purchase_order_customer_idx on purchase_order (customer_id, placed_at, id);
drop index purchase_order_manager_idx;
create index purchase_order_manager_idx on purchase_order (manager_id, placed_at, id);
drop index purchase_order_queue_idx;
create index purchase_order_status_idx on purchase_order (status, placed_at, id);

-- A person's inbox, newest first.
drop index notice_inbox_idx;
create index notice_inbox_idx on notice (recipient_id, created_at, id);

-- People by name.
create index app_user_name_idx on app_user (display_name, id);

-- Tickets, newest first.
drop index ticket_opened_idx;
create index ticket_opened_idx on ticket (opened_at, id);
