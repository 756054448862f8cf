-- Partial indexes for the short lists inside the long tables (decision 0030): of a million
-- orders some thousands are still to do, a manager has a few waiting for approval, and a
-- person a few dozen unread notices among thousands. Each index holds only those rows, in
-- the order its list reads them, and the lists' queries repeat the predicate word for word,
-- so that even a generic plan of a prepared statement may use it.

-- The fulfilment queue: everything still to do, oldest first or soonest promised first, and
-- one provider's or one fulfiller's part of it.
create index purchase_order_todo_idx on purchase_order (placed_at, id)
    where status in ('OPEN', 'IN_PROGRESS');
create index purchase_order_todo_promised_idx on purchase_order (promised_by, id)
    where status in ('OPEN', 'IN_PROGRESS');
create index purchase_order_todo_provider_idx on purchase_order (provider_id, placed_at, id)
    where status in ('OPEN', 'IN_PROGRESS');
create index purchase_order_todo_fulfiller_idx on purchase_order (fulfiller_id, placed_at, id)
    where status in ('OPEN', 'IN_PROGRESS');

-- A manager's approvals, oldest first or soonest promised first.
create index purchase_order_approval_idx on purchase_order (manager_id, placed_at, id)
    where status = 'AWAITING_APPROVAL';
create index purchase_order_approval_promised_idx on purchase_order (manager_id, promised_by, id)
    where status = 'AWAITING_APPROVAL';

-- Orders under way, soonest promised first: mine, and my team's.
create index purchase_order_under_way_idx on purchase_order (customer_id, promised_by, id)
    where status in ('AWAITING_APPROVAL', 'OPEN', 'IN_PROGRESS');
create index purchase_order_team_under_way_idx on purchase_order (manager_id, promised_by, id)
    where status in ('AWAITING_APPROVAL', 'OPEN', 'IN_PROGRESS');

-- The inbox badge counts a person's unread notices and nothing else.
create index notice_unread_idx on notice (recipient_id) where read_at is null;
