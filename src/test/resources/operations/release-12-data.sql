-- What the previous release (migrations up to version 12) left in a company's database: a
-- customer (password "demo"), a service in the catalog, order 10001 with its promise and the
-- mail that told the customer, and order 10002, placed just before the upgrade, whose event is
-- still in the outbox: its promise and mail are made by the new release. Written as that
-- release stored it, the event in its JSON form. When a release changes an event's shape, it
-- must still read the old one (events of the old shape wait in the outbox across an upgrade);
-- this file keeps the shape the previous release wrote.
insert into business_unit (id, name) values ('12000000-0000-4000-8000-000000000001', 'Operations');

insert into app_user (id, username, display_name, email, password_hash, unit_id)
values ('12000000-0000-4000-8000-000000000002', 'customer', 'Chris Customer', 'chris.customer@example.com',
        '$2a$10$EPk5YE4hFyVerylUQz/IhuZal1MUnZMZ/8qZvU5IfYPSUyxLyXnhC', '12000000-0000-4000-8000-000000000001');
insert into user_role (user_id, role) values ('12000000-0000-4000-8000-000000000002', 'CUSTOMER');

insert into provider (id, name, kind, profile)
values ('12000000-0000-4000-8000-000000000003', 'Service Desk', 'INTERNAL', 'The company''s own IT team.');
insert into need (id, title, category, description, search_text)
values ('12000000-0000-4000-8000-000000000004', 'A shared mailbox for my team', 'COLLABORATION',
        'One address the whole team reads.', 'shared mailbox team');
insert into offering (id, need_id, provider_id, title, summary, one_off_price, monthly_price, delivery_days,
                      physical, support_hours)
values ('12000000-0000-4000-8000-000000000005', '12000000-0000-4000-8000-000000000004',
        '12000000-0000-4000-8000-000000000003', 'Shared mailbox', 'Set up by the service desk.', 120.00, 0.00, 3,
        false, 'Office hours');

insert into purchase_order (id, order_number, customer_id, customer_name, offering_id, need_id, provider_id,
                            offering_title, provider_name, quantity, one_off_price, monthly_price, status, placed_at)
values ('12000000-0000-4000-8000-000000000010', 10001, '12000000-0000-4000-8000-000000000002', 'Chris Customer',
        '12000000-0000-4000-8000-000000000005', '12000000-0000-4000-8000-000000000004',
        '12000000-0000-4000-8000-000000000003', 'Shared mailbox', 'Service Desk', 1, 120.00, 0.00, 'OPEN',
        '2026-11-20 09:00:00+00'),
       ('12000000-0000-4000-8000-000000000020', 10002, '12000000-0000-4000-8000-000000000002', 'Chris Customer',
        '12000000-0000-4000-8000-000000000005', '12000000-0000-4000-8000-000000000004',
        '12000000-0000-4000-8000-000000000003', 'Shared mailbox', 'Service Desk', 1, 120.00, 0.00, 'OPEN',
        '2026-11-20 09:05:00+00');
insert into order_step (id, order_id, kind, actor_id, actor_name, happened_at)
values ('12000000-0000-4000-8000-000000000011', '12000000-0000-4000-8000-000000000010', 'PLACED',
        '12000000-0000-4000-8000-000000000002', 'Chris Customer', '2026-11-20 09:00:00+00'),
       ('12000000-0000-4000-8000-000000000021', '12000000-0000-4000-8000-000000000020', 'PLACED',
        '12000000-0000-4000-8000-000000000002', 'Chris Customer', '2026-11-20 09:05:00+00');
insert into promise (id, order_id, customer_id, offering_id, need_id, provider_id, what, started_at, made_at, due_at,
                     hours, confidence, sample_size, segment, evidence, status, seq, version)
values ('12000000-0000-4000-8000-000000000012', '12000000-0000-4000-8000-000000000010',
        '12000000-0000-4000-8000-000000000002', '12000000-0000-4000-8000-000000000005',
        '12000000-0000-4000-8000-000000000004', '12000000-0000-4000-8000-000000000003', 'Shared mailbox',
        '2026-11-20 09:00:00+00', '2026-11-20 09:00:00+00', '2027-01-15 17:00:00+00', 24.0, 0.85, 0, '', false,
        'OPEN', 1, 0);
insert into notice (id, source_key, recipient_id, recipient_name, kind, subject, body, created_at)
values ('12000000-0000-4000-8000-000000000013', 'order-placed:12000000-0000-4000-8000-000000000010',
        '12000000-0000-4000-8000-000000000002', 'Chris Customer', 'order-placed',
        'We received your order 10001: Shared mailbox',
        '{"subject":"We received your order 10001: Shared mailbox","lines":["It is in the service desk''s queue."],"actions":[{"label":"See your order","url":"/orders/12000000-0000-4000-8000-000000000010"}]}',
        '2026-11-20 09:00:01+00');
insert into notice_delivery (id, notice_id, channel, target, state, attempts, next_attempt_at, sent_at)
values ('12000000-0000-4000-8000-000000000014', '12000000-0000-4000-8000-000000000013', 'EMAIL',
        'chris.customer@example.com', 'SENT', 1, '2026-11-20 09:00:01+00', '2026-11-20 09:00:02+00');

insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                               completion_attempts)
values ('12000000-0000-4000-8000-000000000022', 'org.shopfront.promises.PromiseKeeping.on(org.shopfront.ordering.OrderPlaced)',
        'org.shopfront.ordering.OrderPlaced',
        '{"orderId":{"value":"12000000-0000-4000-8000-000000000020"},"orderNumber":10002,"customerId":{"value":"12000000-0000-4000-8000-000000000002"},"offeringId":{"value":"12000000-0000-4000-8000-000000000005"},"needId":{"value":"12000000-0000-4000-8000-000000000004"},"providerId":{"value":"12000000-0000-4000-8000-000000000003"},"offeringTitle":"Shared mailbox","quantity":1,"awaitingApproval":false,"placedAt":"2026-11-20T09:05:00Z","promise":{"due":"2027-01-15T17:00:00Z","hours":24.0,"confidence":0.85,"sampleSize":0,"segment":"","evidence":false}}',
        '2026-11-20 09:05:00+00', 'PUBLISHED', 0),
       ('12000000-0000-4000-8000-000000000023', 'org.shopfront.notify.OrderNotices.on(org.shopfront.ordering.OrderPlaced)',
        'org.shopfront.ordering.OrderPlaced',
        '{"orderId":{"value":"12000000-0000-4000-8000-000000000020"},"orderNumber":10002,"customerId":{"value":"12000000-0000-4000-8000-000000000002"},"offeringId":{"value":"12000000-0000-4000-8000-000000000005"},"needId":{"value":"12000000-0000-4000-8000-000000000004"},"providerId":{"value":"12000000-0000-4000-8000-000000000003"},"offeringTitle":"Shared mailbox","quantity":1,"awaitingApproval":false,"placedAt":"2026-11-20T09:05:00Z","promise":{"due":"2027-01-15T17:00:00Z","hours":24.0,"confidence":0.85,"sampleSize":0,"segment":"","evidence":false}}',
        '2026-11-20 09:05:00+00', 'PUBLISHED', 0);

alter sequence purchase_order_number restart with 10003;
