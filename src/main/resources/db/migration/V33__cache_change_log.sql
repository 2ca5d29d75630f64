-- What each write touched, for the caches (issue 28, the news spike). Until now every write moved
-- the data version (V4, V7) and every cached page was dropped with it: with an editor saving an
-- event every 2 s, every reader of every page waited for it to be built again. Now each move of
-- the version is a row of cache_change naming what the write touched, so an instance drops only
-- the results that show it:
--   event:<id>       the event's row, participants, proposals, sources, readouts, quotes, claims
--   actor:<slug>     each actor in such an event (before and after the write), its initiator and
--                    the actors its readouts, quotes and claims name
--   proposal:<slug>  each proposal of such an event (before and after)
--   *                everything: a write to actors, their aliases and roles, proposals, stances,
--                    sources; a truncate; a statement of more than 1,000 rows
-- A reader reads the version and the rows since the one it saw last in one statement
-- (caching.DataVersion). Rows older than the last 10,000 versions are deleted as writes go on;
-- an instance that finds a version without its row takes it as a change of everything.

create table cache_change (
    version bigint primary key,
    tags    text[] not null
);

create function record_cache_change(tags text[]) returns void language plpgsql as $$
declare
    moved bigint;
begin
    update event_data_version set version = version + 1 returning version into moved;
    insert into cache_change (version, tags) values (moved, tags);
    if moved % 1000 = 0 then
        delete from cache_change where version <= moved - 10000;
    end if;
end
$$;

-- The tables that are not an event's (V4, V7) and every truncate: a change of everything.
create or replace function bump_event_data_version() returns trigger language plpgsql as $$
begin
    perform record_cache_change('{*}');
    return null;
end
$$;

create function cache_tags_of(events bigint[], actors bigint[], proposals bigint[]) returns text[]
language sql stable as $$
    select case
        when coalesce(cardinality(events), 0) + coalesce(cardinality(actors), 0)
             + coalesce(cardinality(proposals), 0) > 1000 then '{*}'::text[]
        else coalesce((select array_agg(distinct tag) from (
            select 'event:' || e as tag from unnest(events) e
            union all
            select 'actor:' || a.slug from actor a where a.id = any (actors)
            union all
            select 'actor:' || a.slug from event_participant p join actor a on a.id = p.actor_id
             where p.event_id = any (events)
            union all
            select 'actor:' || a.slug from event e join actor a on a.id = e.initiator_actor_id
             where e.id = any (events)
            union all
            select 'proposal:' || p.slug from proposal p where p.id = any (proposals)
            union all
            select 'proposal:' || p.slug from event_proposal ep join proposal p on p.id = ep.proposal_id
             where ep.event_id = any (events)
        ) t), '{}'::text[])
    end
$$;

-- A statement on one of an event's tables: its rows (the transition tables) name the events, and
-- the actor and proposal columns given as arguments (comma-separated, or empty) the rest.
create function record_event_change() returns trigger language plpgsql as $$
declare
    events    bigint[];
    actors    bigint[] := '{}';
    proposals bigint[] := '{}';
    found     bigint[];
    col       text;
    kind      int;
    rows_sql  text;
begin
    -- kind 0: the event column, 1: actor columns, 2: proposal columns (the trigger's arguments).
    for kind in 0 .. 2 loop
        foreach col in array string_to_array(TG_ARGV[kind], ',') loop
            rows_sql := case TG_OP
                when 'INSERT' then format('select %I as id from new_rows', col)
                when 'DELETE' then format('select %I as id from old_rows', col)
                else format('select %I as id from new_rows union all select %I from old_rows', col, col) end;
            -- At most 1,001 distinct ids: more is a change of everything (cache_tags_of).
            execute format('select array_agg(id) from (select distinct id from (%s) r where id is not null limit 1001) d',
                rows_sql) into found;
            found := coalesce(found, '{}');
            if kind = 0 then
                events := found;
            elsif kind = 1 then
                actors := actors || found;
            else
                proposals := proposals || found;
            end if;
        end loop;
    end loop;
    perform record_cache_change(cache_tags_of(events, actors, proposals));
    return null;
end
$$;

do $$
declare
    t record;
begin
    for t in select * from (values
        ('event', 'event_data_version', 'id', 'initiator_actor_id', ''),
        ('event_participant', 'event_participant_data_version', 'event_id', 'actor_id', ''),
        ('event_proposal', 'event_proposal_data_version', 'event_id', '', 'proposal_id'),
        ('event_source', 'event_source_data_version', 'event_id', '', ''),
        ('readout', 'readout_data_version', 'event_id', 'issuer_actor_id', ''),
        ('quote', 'quote_data_version', 'event_id', 'speaker_actor_id', ''),
        ('claim', 'claim_data_version', 'event_id', 'disputed_by_actor_id', '')
    ) as v (tab, old_trigger, event_col, actor_cols, proposal_cols) loop
        execute format('drop trigger %I on %I', t.old_trigger, t.tab);
        execute format('create trigger %I after insert on %I referencing new table as new_rows '
            'for each statement execute function record_event_change(%L, %L, %L)',
            t.tab || '_cache_insert', t.tab, t.event_col, t.actor_cols, t.proposal_cols);
        execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows '
            'for each statement execute function record_event_change(%L, %L, %L)',
            t.tab || '_cache_update', t.tab, t.event_col, t.actor_cols, t.proposal_cols);
        execute format('create trigger %I after delete on %I referencing old table as old_rows '
            'for each statement execute function record_event_change(%L, %L, %L)',
            t.tab || '_cache_delete', t.tab, t.event_col, t.actor_cols, t.proposal_cols);
        execute format('create trigger %I after truncate on %I for each statement execute function bump_event_data_version()',
            t.tab || '_cache_truncate', t.tab);
    end loop;
end
$$;
