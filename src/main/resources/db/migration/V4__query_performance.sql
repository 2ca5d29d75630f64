-- Counting the events that match a filter costs more than fetching a page once there are a
-- million of them, so counts are cached per filter under this version number. Every statement
-- that changes events, their participants or their proposals bumps it in the same transaction,
-- so a reader that reads the version first never caches an older count under a newer version.
create table event_data_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);
insert into event_data_version (version) values (1);

create function bump_event_data_version() returns trigger language plpgsql as $$
begin
    update event_data_version set version = version + 1;
    return null;
end
$$;

create trigger event_data_version after insert or update or delete or truncate on event
    for each statement execute function bump_event_data_version();
create trigger event_participant_data_version after insert or update or delete or truncate on event_participant
    for each statement execute function bump_event_data_version();
create trigger event_proposal_data_version after insert or update or delete or truncate on event_proposal
    for each statement execute function bump_event_data_version();

-- The proposal filter starts from the proposal and needs its events in one index.
create index event_proposal_proposal_event_idx on event_proposal (proposal_id, event_id);
drop index event_proposal_proposal_idx;
