-- The scoreboard counts initiatives' promises too: they have no order, offering or need (and a
-- provider only when a store provider does the work); the initiative is kept for the link, and
-- the dimension INITIATIVE has one subject per measure (budget, date, value).
alter table scored_promise alter column order_id drop not null;
alter table scored_promise alter column offering_id drop not null;
alter table scored_promise alter column need_id drop not null;
alter table scored_promise alter column provider_id drop not null;
alter table scored_promise add column initiative_id uuid;
alter table scored_promise add column initiative_measure uuid;
create index scored_promise_initiative on scored_promise (initiative_measure, closed_at);
