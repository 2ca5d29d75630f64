-- An actor's events in timeline order, straight from one index. Each participation carries its
-- event's sort key and whether the event is published, kept in step by the triggers below, so a
-- page of one actor's events reads that actor's index entries in order instead of walking every
-- event by date (at a million events, an actor with 2,000 of them cost 0.7 s that way).

-- Only a change of event or actor changes an event's search document; without this narrowing,
-- the sort-key updates below would recompute a document per participant row.
drop trigger participant_search on event_participant;
create trigger participant_search after insert or delete or update of event_id, actor_id on event_participant
    for each row execute function event_child_changed();

alter table event_participant
    add column sort_key  date,
    add column published boolean not null default false;

update event_participant p
   set sort_key = e.sort_key, published = (e.status = 'PUBLISHED')
  from event e
 where e.id = p.event_id;

alter table event_participant alter column sort_key set not null;

create function participant_follows_event() returns trigger language plpgsql as $$
begin
    select e.sort_key, e.status = 'PUBLISHED' into new.sort_key, new.published
      from event e where e.id = new.event_id;
    return new;
end
$$;

create trigger participant_follows_event before insert or update of event_id on event_participant
    for each row execute function participant_follows_event();

create function event_moves_participants() returns trigger language plpgsql as $$
begin
    update event_participant
       set sort_key = new.sort_key, published = (new.status = 'PUBLISHED')
     where event_id = new.id;
    return null;
end
$$;

create trigger event_moves_participants after update of date_value, status on event
    for each row
    when (old.date_value is distinct from new.date_value or old.status is distinct from new.status)
    execute function event_moves_participants();

create index event_participant_timeline_idx
    on event_participant (actor_id, sort_key desc, event_id desc) where published;

-- Pages, event details and rendered reader pages are now cached under the data version too, so
-- every table a reader page shows bumps it: a renamed actor, a retitled proposal, a new readout
-- or stance is never served stale.
create trigger actor_data_version after insert or update or delete or truncate on actor
    for each statement execute function bump_event_data_version();
create trigger actor_alias_data_version after insert or update or delete or truncate on actor_alias
    for each statement execute function bump_event_data_version();
create trigger actor_role_data_version after insert or update or delete or truncate on actor_role
    for each statement execute function bump_event_data_version();
create trigger proposal_data_version after insert or update or delete or truncate on proposal
    for each statement execute function bump_event_data_version();
create trigger proposal_position_data_version after insert or update or delete or truncate on proposal_position
    for each statement execute function bump_event_data_version();
create trigger source_data_version after insert or update or delete or truncate on source
    for each statement execute function bump_event_data_version();
create trigger event_source_data_version after insert or update or delete or truncate on event_source
    for each statement execute function bump_event_data_version();
create trigger readout_data_version after insert or update or delete or truncate on readout
    for each statement execute function bump_event_data_version();
create trigger quote_data_version after insert or update or delete or truncate on quote
    for each statement execute function bump_event_data_version();
create trigger claim_data_version after insert or update or delete or truncate on claim
    for each statement execute function bump_event_data_version();
