-- Feedback: the delivery survey (one per delivered promise) and the trust pulse.
create table survey (
    id uuid primary key,
    promise_id uuid not null unique references promise (id),
    order_id uuid not null unique references purchase_order (id),
    customer_id uuid not null references app_user (id),
    what varchar(300) not null,
    asked_at timestamp with time zone not null,
    answered_at timestamp with time zone,
    -- the customer's view, which may differ from the promise's recorded outcome
    promise_kept boolean,
    satisfaction smallint check (satisfaction between 1 and 5),
    comment varchar(2000)
);
create index survey_customer on survey (customer_id);
create index survey_answered on survey (answered_at);

-- One row per round of the trust pulse; the unique number lets one node start a round.
create table pulse_round (
    id uuid primary key,
    number integer not null unique,
    asked_at timestamp with time zone not null
);

-- One question per business unit and round, asked of the unit's head at the time.
create table pulse_answer (
    id uuid primary key,
    round_id uuid not null references pulse_round (id),
    unit_id uuid not null references business_unit (id),
    head_id uuid not null references app_user (id),
    asked_at timestamp with time zone not null,
    answered_at timestamp with time zone,
    score smallint check (score between 0 and 10),
    comment varchar(2000),
    constraint pulse_answer_round_unit unique (round_id, unit_id)
);
create index pulse_answer_unit on pulse_answer (unit_id, answered_at);
