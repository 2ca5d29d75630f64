-- How many published events each actor took part in, kept in step with the participations by
-- the database's own triggers, so the actor list (page and API) and the timeline's busiest-actor
-- filter read one row per actor instead of counting every participation: at a million events the
-- count took over 5 s (5.5 million participations) and both lists answered 503.

create table actor_event_count (
    actor_id bigint primary key references actor (id) on delete cascade,
    events   bigint not null default 0
);

-- Every actor's count from scratch (the migration's backfill; the benchmark's generator, which
-- loads participations with the triggers off, calls it too).
create function actor_event_counts_refresh() returns void language sql as $$
    insert into actor_event_count as c (actor_id, events)
    select a.id, count(p.event_id)
      from actor a left join event_participant p on p.actor_id = a.id and p.published
     group by a.id
    on conflict (actor_id) do update set events = excluded.events;
$$;

select actor_event_counts_refresh();

-- A statement's participations in and out, each actor adjusted once per statement (publishing an
-- event flips the published flag of all its participations in one update). Actors in id order, so
-- two writers lock their rows in the same order.
create function actor_event_count_follows() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into actor_event_count as c (actor_id, events)
        select actor_id, -count(*) from old_participants where published group by actor_id order by actor_id
        on conflict (actor_id) do update set events = c.events + excluded.events;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        insert into actor_event_count as c (actor_id, events)
        select actor_id, count(*) from new_participants where published group by actor_id order by actor_id
        on conflict (actor_id) do update set events = c.events + excluded.events;
    end if;
    return null;
end
$$;

create trigger actor_event_count_insert after insert on event_participant
    referencing new table as new_participants
    for each statement execute function actor_event_count_follows();
create trigger actor_event_count_update after update on event_participant
    referencing old table as old_participants new table as new_participants
    for each statement execute function actor_event_count_follows();
create trigger actor_event_count_delete after delete on event_participant
    referencing old table as old_participants
    for each statement execute function actor_event_count_follows();
