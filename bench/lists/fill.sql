-- Fills a Shopfront schema (main's, before the list indexes) with company-sized lists for
-- bench/lists/run.sh: 50,000 people, 1,000,000 orders over five years with one promise each,
-- 20,000 of them open (the fulfilment queue), 1,000,000 notices and 200,000 tickets, in random
-- physical order. Three people are picked out, as issue 14 measured them:
--   customer C (person 1): 3,600 orders (8 under way) and 6,400 notices (40 unread);
--   manager  M (person 2): 40 reports with 4,000 orders between them, 40 awaiting approval;
--   everyone else: about 20 orders and 19 notices each.
-- Ids are md5-derived, so every run fills the same rows. Every grown person signs in with the
-- demo's password, "demo" (a BCrypt hash of it, as the app's encoder writes).
-- psql variables (-v name=value), for a smaller company (bench/scale/run.sh's 100k size): orders
-- (1000000), people (50000), open (the queue's open orders besides C's, 19952), notices
-- (1000000), tickets (200000). C and M stay as they are.
\set ON_ERROR_STOP on
\if :{?orders} \else \set orders 1000000 \endif
\if :{?people} \else \set people 50000 \endif
\if :{?open} \else \set open 19952 \endif
\if :{?notices} \else \set notices 1000000 \endif
\if :{?tickets} \else \set tickets 200000 \endif
set synchronous_commit = off;

create function pick(kind text, i bigint) returns uuid language sql immutable
    as $$ select md5(kind || ':' || i)::uuid $$;

insert into business_unit (id, name) select pick('unit', u), 'Unit ' || u from generate_series(1, 20) u;
insert into app_user (id, username, display_name, email, password_hash, unit_id, manager_id)
select pick('person', i), 'person' || i,
       (array['Ada','Grace','Linus','Margaret','Alan','Barbara','Ken','Frances','Dennis','Radia'])[1 + i % 10]
           || ' ' || (array['Lovelace','Hopper','Torvalds','Hamilton','Turing','Liskov','Thompson','Allen','Ritchie','Perlman'])[1 + (i / 10) % 10]
           || ' ' || i,
       'person' || i || '@example.org', '$2a$10$bnq/mKHLUNQMA.bhEhKf3eIOOKI6GQNNQSITrC5UjZpQ7QFpii9n6', pick('unit', 1 + i % 20),
       case when i between 3 and 42 then pick('person', 2) end
from generate_series(1, :people) i;
insert into user_role (user_id, role) select pick('person', i), 'CUSTOMER' from generate_series(1, :people) i;
insert into user_role (user_id, role) values (pick('person', 2), 'BUSINESS_LEADER');

-- The catalog the orders are placed from: the store's own when it has one (the demo's, in
-- bench/scale/run.sh: a company grows by its orders, not by the store's shelves), else 40
-- offerings of its own (bench/lists/run.sh's bare schema).
create temporary table bare as select not exists (select 1 from offering) as empty;
insert into provider (id, name, kind, profile)
select pick('provider', p), 'Provider ' || p, 'INTERNAL', '' from generate_series(1, 40) p where (select empty from bare);
insert into need (id, title, category, description)
select pick('need', n), 'Need ' || n, 'DEVICES', '' from generate_series(1, 40) n where (select empty from bare);
insert into offering (id, need_id, provider_id, title, summary, one_off_price, monthly_price, delivery_days, support_hours)
select pick('offering', o), pick('need', o), pick('provider', o), 'Offering ' || o, '', 10, 1, 5, 'office hours'
from generate_series(1, 40) o where (select empty from bare);
create temporary table shelf as
select row_number() over (order by o.title, o.id) - 1 as k, o.id, o.need_id, o.provider_id, o.title, p.name as provider_name,
       o.one_off_price, o.monthly_price
from offering o join provider p on p.id = o.provider_id where o.active;

-- Orders: n is the order's number after the orders already there (the demo's, in
-- bench/scale/run.sh); who placed it and where it stands follow from n.
create temporary table numbering as select coalesce(max(order_number), 10000) as base from purchase_order;
create temporary table plan as
select n,
       case when n <= 3600 then 1                          -- C
            when n <= 7600 then 3 + (n - 3601) % 40         -- M's reports
            else 43 + (n * 7919) % (:people - 42) end as person,
       case when n <= 3600 then n > 3592                   -- C: 8 under way
            when n <= 7600 then n > 7560                    -- M's reports: 40 awaiting approval
            else n > :orders - :open end as under_way,
       random() as shuffle
from generate_series(1::bigint, :orders) n;

insert into purchase_order (id, order_number, customer_id, customer_name, manager_id, offering_id, need_id, provider_id,
    offering_title, provider_name, quantity, one_off_price, monthly_price, status, fulfiller_id, placed_at,
    delivered_at, closed_at)
select pick('order', n), (select base from numbering) + n, pick('person', person), 'Person ' || person,
       case when person between 3 and 42 then pick('person', 2) else pick('person', 1 + person % 2500) end,
       s.id, s.need_id, s.provider_id, s.title, s.provider_name, 1, s.one_off_price, s.monthly_price,
       case when not under_way then 'CONFIRMED'
            when person between 3 and 42 then 'AWAITING_APPROVAL'
            when n % 2 = 0 then 'OPEN' else 'IN_PROGRESS' end,
       case when under_way and n % 2 = 1 then pick('person', 43 + n % 30) end,
       case when under_way then now() - (n % 60) * interval '1 day' - (n % 1440) * interval '1 minute'
            else now() - interval '60 days' - (n % 1766) * interval '1 day' - (n % 1440) * interval '1 minute' end,
       case when not under_way then now() - interval '55 days' - (n % 1766) * interval '1 day' end,
       case when not under_way then now() - interval '50 days' - (n % 1766) * interval '1 day' end
from plan join shelf s on s.k = plan.n % (select count(*) from shelf) order by shuffle;

select setval('purchase_order_number', (select max(order_number) from purchase_order));

insert into promise (id, order_id, customer_id, offering_id, need_id, provider_id, what, started_at, made_at, due_at,
    hours, confidence, sample_size, segment, evidence, status, seq, version, closed_at)
select pick('promise', o.order_number - (select base from numbering)), o.id, o.customer_id, o.offering_id, o.need_id, o.provider_id, o.offering_title,
       o.placed_at, o.placed_at, o.placed_at + (2 + o.order_number % 9) * interval '1 day', 40, 0.85, 30, 'offering',
       true, case when o.closed_at is not null then 'KEPT' when o.order_number % 7 = 0 then 'AT_RISK' else 'OPEN' end,
       1, 0, o.delivered_at
from purchase_order o where o.order_number > (select base from numbering);

-- Notices: C gets 6,400 (the last 40 unread), everyone else about 19; 5 % unread.
insert into notice (id, source_key, recipient_id, recipient_name, kind, subject, body, created_at, read_at)
select pick('notice', i), 'bench:' || i,
       case when i <= 6400 then pick('person', 1) else pick('person', 3 + (i * 7919) % (:people - 2)) end,
       'Someone', 'order', 'Your order moved', '{"subject":"Your order moved","lines":[],"actions":[]}',
       now() - (i % 1800) * interval '1 day' - (i % 1440) * interval '1 minute',
       case when (i <= 6400 and i > 6360) or (i > 6400 and i % 20 = 0) then null
            else now() - (i % 1800) * interval '1 day' end
from generate_series(1::bigint, :notices) i order by random();

-- Tickets and one mining run that placed every ticket at one of 30 pain points.
insert into ticket (source, ticket_number, title, description, category, opened_at, resolved_at, caller,
    business_unit, imported_at)
select 'bench', 'INC' || t, 'Printer ' || t || ' jams', 'The printer on floor ' || (t % 9) || ' jams again', 'Hardware',
       now() - (t % 1800) * interval '1 day' - (t % 1440) * interval '1 minute', now(), 'Caller ' || (t % 5000),
       'Unit ' || (t % 20), now()
from generate_series(1, :tickets) t order by random();
-- The run is stored as the app stores a finished run (MiningRuns): every ticket up to the last read.
insert into mining_run (id, status, phase, progress, tickets, k, trigger_kind, last_ticket_id, started_at, updated_at,
    finished_at)
select pick('run', 1), 'DONE', 'FINISHED', 100, count(*), 30, 'ON_DEMAND', max(id), now(), now(), now() from ticket;
insert into pain_point (id, run_id, position, label, terms, mined_size, examples, centroid)
select pick('pain', p), pick('run', 1), p, 'Pain ' || p, 'printer', 0, '', '' from generate_series(1, 30) p;
insert into pain_point_ticket (run_id, ticket_id, pain_point_id, opened_at, resolved_at, business_unit)
select pick('run', 1), id, pick('pain', 1 + id % 30), opened_at, resolved_at, business_unit from ticket;

drop function pick(text, bigint);
vacuum analyze;
