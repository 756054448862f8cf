-- Fills the scoreboard benchmark's history into a database that the demo profile has set up
-- (people, catalog, order history): :promises closed promises over the last :days days, each
-- with its purchase_order row, and :surveys answered delivery surveys on distinct delivered
-- promises. Set-based (generate_series), reproducible (setseed), run by bench/scoreboard/run.sh:
--   psql -v promises=1000000 -v surveys=100000 -v days=400 -f bench/scoreboard/fill.sql
-- Mix, as the demo history has it: about 85 % KEPT (7 % of them were at risk first), 12 % BROKEN
-- (delivered after the due time; 90 % of them flagged at risk, mostly before it was due), 3 %
-- CANCELLED. Offerings are picked with a skew (a few popular ones), customers uniformly among
-- the enabled people with a business unit, fulfillers among the demo fulfillers. The promises'
-- outcomes are written as PromiseDemoData writes history: no events, so only the scoreboard's
-- backfill counts them.
\set ON_ERROR_STOP on
set client_min_messages = warning;
select setseed(0.4242);

create schema if not exists bench;
drop table if exists bench.fill;

create temporary table fill_offering as
	select (row_number() over (order by o.id) - 1)::int as n, o.id, o.need_id, o.provider_id, o.title,
	       p.name as provider_name, o.one_off_price, o.monthly_price
	from offering o join provider p on p.id = o.provider_id
	where o.active;
create temporary table fill_customer as
	select (row_number() over (order by id) - 1)::int as n, id, display_name, manager_id
	from app_user where enabled and unit_id is not null;
create temporary table fill_fulfiller as
	select (row_number() over (order by u.id) - 1)::int as n, u.id
	from app_user u join user_role r on r.user_id = u.id and r.role = 'FULFILLER';

-- One row per promise with everything both tables need; unlogged, dropped at the end.
create unlogged table bench.fill as
with draw as (
	select g as n, random() as r_outcome, random() as r_offering, random() as r_customer,
	       random() as r_fulfiller, random() as r_closed, random() as r_length, random() as r_progress,
	       random() as r_late, random() as r_warn, random() as r_warn_hours
	from generate_series(1, :promises) g
), shaped as (
	select d.*,
	       case when r_outcome < 0.85 then 'KEPT' when r_outcome < 0.97 then 'BROKEN' else 'CANCELLED' end
	           as outcome,
	       now() - r_closed * interval '1 day' * :days as closed_at,
	       -- wall-clock hours from promise to due time: a day to about two and a half weeks
	       24 + 380 * r_length * r_length as length_hours,
	       -- how late a broken promise was delivered: 1 hour to about 17 days, mostly short
	       exp(r_late * 6) as late_hours
	from draw d
), timed as (
	select s.*,
	       case outcome
	           when 'KEPT' then closed_at + (1 - (0.2 + 0.8 * r_progress)) * length_hours * interval '1 hour'
	           when 'BROKEN' then closed_at - late_hours * interval '1 hour'
	           else closed_at + (1 - 0.5 * r_progress) * length_hours * interval '1 hour'
	       end as due_at
	from shaped s
)
select t.n, gen_random_uuid() as order_id, gen_random_uuid() as promise_id, t.outcome, t.closed_at, t.due_at,
       t.due_at - t.length_hours * interval '1 hour' as made_at, t.length_hours,
       case
           when t.outcome = 'BROKEN' and t.r_warn < 0.77
               then t.due_at - least(1 + 71 * t.r_warn_hours, 0.8 * t.length_hours) * interval '1 hour'
           when t.outcome = 'BROKEN' and t.r_warn < 0.90
               then t.due_at + t.r_warn_hours * 0.5 * t.late_hours * interval '1 hour'
           when t.outcome = 'KEPT' and t.r_warn < 0.07
               then t.due_at - least(1 + 47 * t.r_warn_hours, 0.5 * t.length_hours) * interval '1 hour'
       end as at_risk_at,
       o.id as offering_id, o.need_id, o.provider_id, o.title, o.provider_name, o.one_off_price,
       o.monthly_price, c.id as customer_id, c.display_name, c.manager_id,
       case when t.outcome <> 'CANCELLED' then f.id end as fulfiller_id
from timed t
join fill_offering o on o.n = floor(power(t.r_offering, 1.8) * (select count(*) from fill_offering))::int
join fill_customer c on c.n = floor(t.r_customer * (select count(*) from fill_customer))::int
join fill_fulfiller f on f.n = floor(t.r_fulfiller * (select count(*) from fill_fulfiller))::int;

select count(*) as fill_rows from bench.fill \gset
select :fill_rows <> :promises as short \gset
\if :short
	\echo fill.sql: generated :fill_rows rows instead of :promises
	\quit 1
\endif

select coalesce(max(order_number), 10000) as base from purchase_order \gset

insert into purchase_order (id, order_number, customer_id, customer_name, manager_id, offering_id, need_id,
	provider_id, offering_title, provider_name, quantity, one_off_price, monthly_price, status, fulfiller_id,
	placed_at, delivered_at, closed_at, version)
select order_id, :base + n, customer_id, display_name, manager_id, offering_id, need_id, provider_id, title,
       provider_name, 1, one_off_price, monthly_price,
       case
           when outcome = 'CANCELLED' then 'CANCELLED'
           when closed_at + interval '32 hours' < now() then 'CONFIRMED'
           else 'DELIVERED'
       end,
       fulfiller_id, made_at,
       case when outcome <> 'CANCELLED' then closed_at end,
       case
           when outcome = 'CANCELLED' then closed_at
           when closed_at + interval '32 hours' < now() then closed_at + interval '32 hours'
       end,
       1
from bench.fill order by n;
select setval('purchase_order_number', :base + :promises + 1);

insert into promise (id, order_id, customer_id, offering_id, need_id, provider_id, what, started_at, made_at,
	due_at, hours, confidence, sample_size, segment, evidence, status, at_risk_at, closed_at, seq, version)
select promise_id, order_id, customer_id, offering_id, need_id, provider_id, title, made_at, made_at, due_at,
       length_hours / 3.5, 0.85, 30, 'offering:' || offering_id, true, outcome, at_risk_at, closed_at, 1, 1
from bench.fill order by n;

-- Every ninth delivered promise gets an answered survey, up to :surveys of them. The customer
-- mostly agrees with the recorded outcome and is less satisfied after a broken promise.
insert into survey (id, promise_id, order_id, customer_id, what, asked_at, answered_at, promise_kept, satisfaction)
select gen_random_uuid(), promise_id, order_id, customer_id, title, closed_at,
       least(now(), closed_at + random() * interval '72 hours'),
       case when outcome = 'KEPT' then random() < 0.93 else random() < 0.12 end,
       case
           when outcome = 'KEPT' then 3 + floor(random() * 2.6)::int - (case when random() < 0.08 then 2 else 0 end)
           else 1 + floor(random() * 3.5)::int
       end
from (select * from bench.fill where outcome <> 'CANCELLED' and n % 9 = 0 order by n limit :surveys) s;

drop table bench.fill;
drop schema bench;
