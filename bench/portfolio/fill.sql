-- Fills the demo database for bench/portfolio/run.sh (PostgreSQL): :initiatives finished
-- initiatives over two years in the demo's units, each with its three promises and its three
-- portfolio rows (as PortfolioEntries writes them), and ledger entries of kind
-- initiative-promise up to :entries in all. The ledger's hashes are placeholders: this
-- database is for measuring pages, not for verify-ledger.
create temporary table bench_unit as
select row_number() over (order by id) - 1 as n, id, head_id from business_unit where head_id is not null;

create temporary table bench_initiative as
select g, gen_random_uuid() as id, u.id as unit_id, u.head_id,
    current_date - 30 - (g % 700) as closed_on,
    (0.75 + random() * 0.8)::numeric(12, 6) as budget_ratio,
    (0.85 + random() * 0.4)::numeric(12, 6) as date_ratio,
    (random() * 1.1)::numeric(12, 6) as value_ratio,
    random() < 0.2 as replanned, random() < 0.6 as warned
from generate_series(1, :initiatives) g
join bench_unit u on u.n = g % (select count(*) from bench_unit);

insert into initiative (id, demand_id, proposal_id, proposal_version, option_id, title, option_name, option_kind,
    unit_id, sponsor_id, it_owner_id, currency, one_off_cost, started_at, status, spent, scope, delivered_on,
    closed_at, version)
select b.id, gen_random_uuid(), gen_random_uuid(), 1, gen_random_uuid(), 'Bench initiative ' || b.g, 'Build',
    'BUILD_INSIDE', b.unit_id, b.head_id, (select id from app_user where username = 'fulfiller'), 'EUR', 100000,
    (b.closed_on - 200)::timestamp with time zone, 'CLOSED', 100000 * b.budget_ratio, 1, b.closed_on,
    b.closed_on::timestamp with time zone, 0
from bench_initiative b;

insert into initiative_promise (id, initiative_id, measure, seq, status, amount, currency, due_on, made_at,
    closed_at, actual_amount, actual_on, version)
select gen_random_uuid(), b.id, m.measure, 1,
    case when (m.measure = 'BUDGET' and b.budget_ratio > 1) or (m.measure = 'DATE' and b.date_ratio > 1)
        or (m.measure = 'VALUE' and b.value_ratio < 1) then 'BROKEN' else 'KEPT' end,
    case when m.measure = 'DATE' then null else 100000 end, 'EUR',
    case when m.measure = 'DATE' then b.closed_on - 10 end, (b.closed_on - 200)::timestamp with time zone,
    b.closed_on::timestamp with time zone,
    case when m.measure = 'BUDGET' then 100000 * b.budget_ratio when m.measure = 'VALUE' then 100000 * b.value_ratio end,
    case when m.measure = 'DATE' then b.closed_on end, 0
from bench_initiative b cross join (values ('BUDGET'), ('DATE'), ('VALUE')) m(measure);

insert into portfolio_entry (initiative_id, measure, unit_id, closed_on, quarter, outcome, counted, missed, overrun,
    replanned, slipped, warned, currency, promised_amount, actual_amount)
select b.id, m.measure, b.unit_id, b.closed_on, date_trunc('quarter', b.closed_on)::date,
    case when m.ratio > 1 then 'BROKEN' else 'KEPT' end, true, m.ratio > 1, m.ratio - 1, b.replanned,
    m.ratio > 1 or b.replanned, b.warned, 'EUR', 100000, 100000 * m.ratio
from bench_initiative b
cross join lateral (values ('BUDGET', b.budget_ratio), ('DATE', b.date_ratio), ('VALUE', 2 - b.value_ratio))
    m(measure, ratio);

insert into ledger_entry (sequence_number, recorded_at, kind, subject, event, content, previous_hash, hash)
select h.sequence_number + g, now() - (:entries - g) * interval '1 minute', 'initiative-promise',
    gen_random_uuid()::text, case when g % 3 = 0 then 'made' else 'kept' end,
    '{"measure":"BUDGET","promised":{"amount":100000,"currency":"EUR"}}', repeat('0', 64), repeat('0', 64)
from ledger_head h, generate_series(1, greatest(0, :entries - (select count(*) from ledger_entry))) g;

update ledger_head set sequence_number = (select max(sequence_number) from ledger_entry), hash = repeat('0', 64)
where id = 1;
