-- Initiatives: the option a business leader chose, with its budget, date and value promises
-- (re-plans add promises that replace the earlier ones, which stay), the spend and milestones
-- its owners report, the retailer calls made to its sponsor, and the portfolio's read model.
create table initiative (
    id uuid primary key,
    -- one initiative per decided demand: a redelivered decision finds it and adds nothing
    demand_id uuid not null unique,
    proposal_id uuid not null,
    proposal_version integer not null,
    option_id uuid not null,
    title varchar(300) not null,
    option_name varchar(300) not null,
    option_kind varchar(20) not null,
    provider_id uuid,
    provider_name varchar(200),
    unit_id uuid not null references business_unit (id),
    -- the IT owner's business unit at the start: the team whose record the promises add to
    team_id uuid references business_unit (id),
    sponsor_id uuid not null references app_user (id),
    it_owner_id uuid not null references app_user (id),
    currency char(3) not null,
    one_off_cost numeric(19, 4) not null,
    running_cost numeric(19, 4),
    effort_days numeric(12, 2),
    work_kind varchar(100),
    started_at timestamp with time zone not null,
    status varchar(12) not null,
    spent numeric(19, 4) not null default 0,
    -- the share of the work first planned that is still in scope (re-scoping lowers it)
    scope numeric(9, 6) not null default 1,
    delivered_on date,
    closed_at timestamp with time zone,
    end_note varchar(2000),
    version integer not null default 0
);
create index initiative_status on initiative (status, id);
create index initiative_unit on initiative (unit_id, started_at);

create table initiative_promise (
    id uuid primary key,
    initiative_id uuid not null references initiative (id),
    measure varchar(6) not null,
    seq integer not null,
    status varchar(12) not null,
    -- what is promised: money (the budget; the value per year), a day (the date), a target
    -- figure with its unit (the value)
    amount numeric(19, 4),
    currency char(3),
    due_on date,
    target varchar(300),
    target_unit varchar(60),
    target_today numeric(19, 4),
    target_figure numeric(19, 4),
    made_at timestamp with time zone not null,
    made_by uuid references app_user (id),
    reason varchar(2000),
    replaces uuid references initiative_promise (id),
    -- the evidence the figure rests on: how comparable past projects overran theirs
    evidence boolean not null default false,
    confidence double precision,
    uplift numeric(12, 6),
    comparable integer,
    share_within double precision,
    segment varchar(200),
    at_risk_at timestamp with time zone,
    projected_amount numeric(19, 4),
    projected_on date,
    closed_at timestamp with time zone,
    actual_amount numeric(19, 4),
    actual_on date,
    actual_figure numeric(19, 4),
    note varchar(2000),
    version integer not null default 0,
    constraint initiative_promise_seq unique (initiative_id, measure, seq)
);
create index initiative_promise_initiative on initiative_promise (initiative_id, status);
-- the promises at risk now are few: the portfolio and lists find them by status
create index initiative_promise_status on initiative_promise (status, initiative_id);

create table initiative_spend (
    id uuid primary key,
    initiative_id uuid not null references initiative (id),
    amount numeric(19, 4) not null check (amount > 0),
    currency char(3) not null,
    spent_on date not null,
    note varchar(500) not null,
    reported_by uuid not null references app_user (id),
    reported_at timestamp with time zone not null
);
create index initiative_spend_initiative on initiative_spend (initiative_id, spent_on);

create table initiative_milestone (
    id uuid primary key,
    initiative_id uuid not null references initiative (id),
    name varchar(200) not null,
    planned_on date not null,
    done_on date,
    -- the delivery: done, it closes the date and budget promises
    final boolean not null default false,
    added_at timestamp with time zone not null,
    version integer not null default 0
);
create index initiative_milestone_initiative on initiative_milestone (initiative_id, planned_on);

-- The retailer call: one per promise that turned at risk; the sponsor's answer is recorded on it.
create table initiative_call (
    id uuid primary key,
    initiative_id uuid not null references initiative (id),
    promise_id uuid not null unique references initiative_promise (id),
    made_at timestamp with time zone not null,
    answer varchar(12),
    answered_at timestamp with time zone,
    answered_by uuid references app_user (id),
    what_goes varchar(2000),
    scope_cut numeric(9, 6),
    new_due_on date,
    extra_amount numeric(19, 4),
    answer_note varchar(2000)
);
create index initiative_call_initiative on initiative_call (initiative_id, answered_at);

-- The portfolio's read model: one row per initiative and measure once the measure's last
-- promise has closed, judged against the first promise (re-plans do not move the baseline).
create table portfolio_entry (
    initiative_id uuid not null references initiative (id),
    measure varchar(6) not null,
    unit_id uuid not null,
    closed_on date not null,
    quarter date not null,
    outcome varchar(12) not null,
    -- false for a cancelled promise (the sponsor stopped before anything was at risk)
    counted boolean not null,
    -- over budget, late or short of value against the first promise
    missed boolean not null,
    -- actual against the first promise (0.45 is 45 % over; for value, the shortfall); null
    -- when there is no actual (a stopped initiative was never delivered)
    overrun numeric(12, 6),
    replanned boolean not null,
    -- did not hold as first promised (re-planned, or broken), and whether the sponsor was
    -- told before it did
    slipped boolean not null,
    warned boolean not null,
    currency char(3),
    promised_amount numeric(19, 4),
    actual_amount numeric(19, 4),
    primary key (initiative_id, measure)
);
create index portfolio_entry_quarter on portfolio_entry (quarter, unit_id);
