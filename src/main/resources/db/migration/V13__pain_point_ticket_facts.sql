-- The split of the listening post into tickets and painpoints (decision 0013).
-- Pain points read tickets only through the tickets module's API, so each ticket's place in a
-- run keeps the facts the board ranks by (when it was opened and resolved, how often it was
-- reopened, the unit and location it came from), written when the ticket is placed and again
-- when an import changes it. The tickets an import added or changed are found by its run.

alter table pain_point_ticket add column opened_at timestamp with time zone;
alter table pain_point_ticket add column resolved_at timestamp with time zone;
alter table pain_point_ticket add column reopen_count int;
alter table pain_point_ticket add column business_unit varchar(200);
alter table pain_point_ticket add column location varchar(200);

update pain_point_ticket set
    opened_at = (select t.opened_at from ticket t where t.id = pain_point_ticket.ticket_id),
    resolved_at = (select t.resolved_at from ticket t where t.id = pain_point_ticket.ticket_id),
    reopen_count = (select t.reopen_count from ticket t where t.id = pain_point_ticket.ticket_id),
    business_unit = (select t.business_unit from ticket t where t.id = pain_point_ticket.ticket_id),
    location = (select t.location from ticket t where t.id = pain_point_ticket.ticket_id);

create index pain_point_ticket_opened_idx on pain_point_ticket (pain_point_id, opened_at, ticket_id);
create index ticket_import_run_idx on ticket (import_run_id);
