-- Sign-in throttling (people.SignInThrottle): failed sign-ins per account ("account:" and the
-- lower-cased user name) and per client address ("address:" and the address), shared by all
-- nodes. A row is only written when a sign-in fails.
create table sign_in_throttle (
    subject         varchar(120) not null primary key,
    failures        int          not null,
    last_failure_at timestamp with time zone not null,
    blocked_until   timestamp with time zone
);

-- People who sign in only through single sign-on, and service accounts, have no password.
alter table app_user alter column password_hash drop not null;
-- A service account is used by an integration through API tokens; it never signs in.
alter table app_user add column service_account boolean not null default false;

-- The first administrator of an install is created once: the node that inserts this one row
-- creates the account in the same transaction; any other node finds the row and stops.
create table first_admin (
    id         int  not null primary key check (id = 1),
    user_id    uuid not null references app_user (id),
    created_at timestamp with time zone not null
);

-- API tokens: only the SHA-256 of the token is stored; the token itself is shown once.
create table api_token (
    id           uuid         not null primary key,
    owner_id     uuid         not null references app_user (id),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null unique,
    token_prefix varchar(12)  not null,
    scopes       varchar(100) not null,
    created_by   uuid         not null references app_user (id),
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    last_used_at timestamp with time zone
);
create index api_token_owner on api_token (owner_id);

-- Single sign-on: which account a provider's subject signs in to.
create table sso_identity (
    issuer     varchar(300) not null,
    subject    varchar(255) not null,
    user_id    uuid         not null references app_user (id),
    created_at timestamp with time zone not null,
    primary key (issuer, subject)
);
create index sso_identity_user on sso_identity (user_id);
