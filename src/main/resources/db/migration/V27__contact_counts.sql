-- The statistics page's figures, kept by the writes (issue 28). At a million events the page
-- counted every contact per request (months, channels, initiators, and every pair of principals
-- through V15's pair rows) and answered 503 after 5-7 s. Now each figure is a sum over a few rows
-- that the database's own triggers keep in step with the events and their pairs, in the writing
-- transaction, so the page is never stale and costs the same at any size.
--
-- contact_count: the published events of a contact channel (every channel but RELATED), one row
-- per month (null: known only to the year, or not dated), channel, contact status, confirmation
-- level and initiating side. Rows whose count falls to zero stay (the page reads contacts > 0).

create table contact_count (
    month          date,
    channel        varchar(20) not null,
    contact_status varchar(12) not null,
    confirmation   varchar(20),
    initiator_side varchar(20) not null,
    contacts       bigint      not null default 0,
    constraint contact_count_key unique nulls not distinct (month, channel, contact_status, confirmation, initiator_side)
);

-- Whether a pair's event is a held contact (published, of a contact channel, held): the pair rows
-- say it themselves, so their own triggers can count them. Kept like the rest of the row: every
-- change of the event's participants, date or status rewrites its pairs (V7, V15), and a change
-- of its channel or contact status does too (below).
alter table event_principal_pair add column contact boolean not null default false;

-- The flags of the pairs already recorded (before the triggers below, which would count them).
update event_principal_pair pp
   set contact = true
  from event e
 where e.id = pp.event_id
   and e.status = 'PUBLISHED' and e.channel <> 'RELATED' and e.contact_status = 'HELD';

create or replace function event_principal_pairs_refresh(events bigint[]) returns void language sql as $$
    delete from event_principal_pair where event_id = any (events);
    insert into event_principal_pair (event_id, first_actor_id, second_actor_id, sort_key, published, contact)
    select a.event_id, a.actor_id, b.actor_id, a.sort_key, a.published,
           e.status = 'PUBLISHED' and e.channel <> 'RELATED' and e.contact_status = 'HELD'
      from event_participant a
      join event_participant b on b.event_id = a.event_id and b.actor_id > a.actor_id
      join event e on e.id = a.event_id
     where a.event_id = any (events) and a.role = 'PRINCIPAL' and b.role = 'PRINCIPAL';
$$;

create function event_contact_kind_changed() returns trigger language plpgsql as $$
begin
    perform event_principal_pairs_refresh(array[new.id]);
    return null;
end
$$;

create trigger event_contact_kind_pairs after update of channel, contact_status on event
    for each row
    when (old.channel is distinct from new.channel or old.contact_status is distinct from new.contact_status)
    execute function event_contact_kind_changed();

-- contact_pair_count: held contacts per pair of principals (any countries: the page keeps the
-- US-Russian ones), read from the top by the index below.
create table contact_pair_count (
    first_actor_id  bigint not null references actor (id) on delete cascade,
    second_actor_id bigint not null references actor (id) on delete cascade,
    contacts        bigint not null default 0,
    primary key (first_actor_id, second_actor_id)
);

create index contact_pair_count_top_idx on contact_pair_count (contacts desc, first_actor_id, second_actor_id);

-- Both tables from scratch (this migration's backfill; the benchmark's generator, which loads with
-- the triggers off, calls it too).
create function contact_counts_refresh() returns void language plpgsql as $$
begin
    delete from contact_count;
    insert into contact_count (month, channel, contact_status, confirmation, initiator_side, contacts)
    select case when e.date_precision in ('DAY', 'MONTH') then date_trunc('month', e.date_value)::date end,
           e.channel, e.contact_status, e.confirmation, e.initiator_side, count(*)
      from event e
     where e.status = 'PUBLISHED' and e.channel <> 'RELATED'
     group by 1, 2, 3, 4, 5;
    delete from contact_pair_count;
    insert into contact_pair_count (first_actor_id, second_actor_id, contacts)
    select first_actor_id, second_actor_id, count(*)
      from event_principal_pair where contact
     group by first_actor_id, second_actor_id;
end
$$;

-- One statement's events out and in, each row of the figures adjusted once (rows in key order, so
-- two writers lock them in the same order); an update that changes no figure writes nothing.
create function contact_count_follows() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into contact_count as c (month, channel, contact_status, confirmation, initiator_side, contacts)
        select case when date_precision in ('DAY', 'MONTH') then date_trunc('month', date_value)::date end,
               channel, contact_status, confirmation, initiator_side, count(*)
          from new_events where status = 'PUBLISHED' and channel <> 'RELATED'
         group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
        on conflict on constraint contact_count_key do update set contacts = c.contacts + excluded.contacts;
    elsif tg_op = 'DELETE' then
        insert into contact_count as c (month, channel, contact_status, confirmation, initiator_side, contacts)
        select case when date_precision in ('DAY', 'MONTH') then date_trunc('month', date_value)::date end,
               channel, contact_status, confirmation, initiator_side, -count(*)
          from old_events where status = 'PUBLISHED' and channel <> 'RELATED'
         group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
        on conflict on constraint contact_count_key do update set contacts = c.contacts + excluded.contacts;
    else
        insert into contact_count as c (month, channel, contact_status, confirmation, initiator_side, contacts)
        select month, channel, contact_status, confirmation, initiator_side, sum(delta)
          from (select case when date_precision in ('DAY', 'MONTH') then date_trunc('month', date_value)::date end
                           as month, channel, contact_status, confirmation, initiator_side, -1 as delta
                  from old_events where status = 'PUBLISHED' and channel <> 'RELATED'
                union all
                select case when date_precision in ('DAY', 'MONTH') then date_trunc('month', date_value)::date end,
                       channel, contact_status, confirmation, initiator_side, 1
                  from new_events where status = 'PUBLISHED' and channel <> 'RELATED') changes
         group by 1, 2, 3, 4, 5 having sum(delta) <> 0 order by 1, 2, 3, 4, 5
        on conflict on constraint contact_count_key do update set contacts = c.contacts + excluded.contacts;
    end if;
    return null;
end
$$;

create trigger contact_count_insert after insert on event
    referencing new table as new_events for each statement execute function contact_count_follows();
create trigger contact_count_update after update on event
    referencing old table as old_events new table as new_events for each statement
    execute function contact_count_follows();
create trigger contact_count_delete after delete on event
    referencing old table as old_events for each statement execute function contact_count_follows();

-- The pairs' rows out and in (V15 rewrites an event's pairs as a delete and an insert).
create function contact_pair_count_follows() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        insert into contact_pair_count as c (first_actor_id, second_actor_id, contacts)
        select first_actor_id, second_actor_id, -count(*) from old_pairs where contact
         group by 1, 2 order by 1, 2
        on conflict (first_actor_id, second_actor_id) do update set contacts = c.contacts + excluded.contacts;
    elsif tg_op = 'INSERT' then
        insert into contact_pair_count as c (first_actor_id, second_actor_id, contacts)
        select first_actor_id, second_actor_id, count(*) from new_pairs where contact
         group by 1, 2 order by 1, 2
        on conflict (first_actor_id, second_actor_id) do update set contacts = c.contacts + excluded.contacts;
    else
        insert into contact_pair_count as c (first_actor_id, second_actor_id, contacts)
        select first_actor_id, second_actor_id, sum(delta)
          from (select first_actor_id, second_actor_id, -1 as delta from old_pairs where contact
                union all
                select first_actor_id, second_actor_id, 1 from new_pairs where contact) changes
         group by 1, 2 having sum(delta) <> 0 order by 1, 2
        on conflict (first_actor_id, second_actor_id) do update set contacts = c.contacts + excluded.contacts;
    end if;
    return null;
end
$$;

create trigger contact_pair_count_insert after insert on event_principal_pair
    referencing new table as new_pairs for each statement execute function contact_pair_count_follows();
create trigger contact_pair_count_update after update on event_principal_pair
    referencing old table as old_pairs new table as new_pairs for each statement
    execute function contact_pair_count_follows();
create trigger contact_pair_count_delete after delete on event_principal_pair
    referencing old table as old_pairs for each statement execute function contact_pair_count_follows();

-- Both tables' figures for the events already recorded.
select contact_counts_refresh();

analyze contact_count;
analyze contact_pair_count;

-- The proposal list's order (date, undated last, then title), walked by its keyset pages.
create index proposal_list_idx on proposal ((coalesce(date_value, 'infinity'::date)), title, id);
