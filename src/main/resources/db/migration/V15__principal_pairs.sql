-- Every two principals of an event as one row, in timeline order: an event page's previous and
-- next contact between its two principals is then one probe of one index, whatever the length of
-- either principal's timeline. V8's merge join of the two timelines stopped at the first shared
-- event, but when two principals rarely met it read both timelines to their ends: about 600
-- entries each at a million events (1.5 ms warm, far more cold), 6 at ten thousand.
-- The rows follow event_participant (which carries its event's sort key and publication, V7): any
-- change to an event's participants, or to its date or status, rewrites that event's pairs.
create table event_principal_pair (
    event_id        bigint  not null references event (id) on delete cascade,
    first_actor_id  bigint  not null references actor (id),
    second_actor_id bigint  not null references actor (id),
    sort_key        date    not null,
    published       boolean not null,
    primary key (event_id, first_actor_id, second_actor_id),
    check (first_actor_id < second_actor_id)
);

create index event_principal_pair_timeline_idx
    on event_principal_pair (first_actor_id, second_actor_id, sort_key desc, event_id desc) where published;

create function event_principal_pairs_refresh(events bigint[]) returns void language sql as $$
    delete from event_principal_pair where event_id = any (events);
    insert into event_principal_pair (event_id, first_actor_id, second_actor_id, sort_key, published)
    select a.event_id, a.actor_id, b.actor_id, a.sort_key, a.published
      from event_participant a
      join event_participant b on b.event_id = a.event_id and b.actor_id > a.actor_id
     where a.event_id = any (events) and a.role = 'PRINCIPAL' and b.role = 'PRINCIPAL';
$$;

-- Statement-level triggers: a bulk insert of participants rewrites each event's pairs once. A
-- trigger with transition tables serves one kind of change, so there are three, on one function
-- (PL/pgSQL plans each branch when it first runs, so each reads only the tables its trigger has).
create function participants_changed_pairs() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform event_principal_pairs_refresh(array(select distinct event_id from inserted));
    elsif tg_op = 'DELETE' then
        perform event_principal_pairs_refresh(array(select distinct event_id from deleted));
    else
        perform event_principal_pairs_refresh(array(select event_id from deleted union select event_id from inserted));
    end if;
    return null;
end
$$;

create trigger participants_inserted_pairs after insert on event_participant
    referencing new table as inserted for each statement execute function participants_changed_pairs();
create trigger participants_deleted_pairs after delete on event_participant
    referencing old table as deleted for each statement execute function participants_changed_pairs();
create trigger participants_updated_pairs after update on event_participant
    referencing old table as deleted new table as inserted for each statement
    execute function participants_changed_pairs();

select event_principal_pairs_refresh(array(select id from event));

analyze event_principal_pair;
