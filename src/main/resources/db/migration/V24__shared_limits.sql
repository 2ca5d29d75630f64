-- Limits that hold for the site, not per instance (issue 29): every instance behind a balancer
-- counts here, so N instances allow the budget once, not N times. Unlogged: counts are cheap to
-- lose in a crash (they start afresh), and cost no WAL.

-- One token bucket per client for expensive anonymous reads (search, several actors, exports).
create unlogged table read_budget (
    client      text primary key,
    tokens      double precision not null,
    refilled_at timestamptz not null,
    consumed    boolean not null
);
create index read_budget_refilled_at on read_budget (refilled_at);

-- Failed sign-ins: per client and account, per client, per account (account is set on the rows
-- that name one, so that an admin's unlock finds them all).
create unlogged table sign_in_failure (
    key          text primary key,
    account      text,
    failures     integer not null,
    last_failure timestamptz not null
);
create index sign_in_failure_account on sign_in_failure (account);
create index sign_in_failure_last_failure on sign_in_failure (last_failure);
