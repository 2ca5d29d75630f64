-- The statistics page depends only on the figures (issue 28, the news spike). Since V33 every write
-- to an event names what it touched in the change log, and the page, which shows every event's
-- figures, was built again after each of them: with an editor saving an event every 2 s, a
-- rebuild of the page every 2 s though a change of text, sources or accounts changes no figure.
-- The page reads nothing but V27's counts and the actors' names. Now a statement that changes a
-- row of the counts (contact_count, contact_pair_count) records the tag 'counts'
-- (caching.CacheTags.COUNTS) in the change log, and the page depends on it: it is rebuilt after the
-- writes that change a figure and kept through the others. V27's triggers write a count's row only
-- when a figure changes (an update that moves no figure writes no row); a write to the actors is
-- a change of everything already (V33).

create function record_counts_change() returns trigger language plpgsql as $$
begin
    if exists (select 1 from changed_rows) then
        perform record_cache_change('{counts}');
    end if;
    return null;
end
$$;

do $$
declare
    tab text;
begin
    foreach tab in array array['contact_count', 'contact_pair_count'] loop
        execute format('create trigger %I after insert on %I referencing new table as changed_rows '
            'for each statement execute function record_counts_change()', tab || '_cache_insert', tab);
        execute format('create trigger %I after update on %I referencing new table as changed_rows '
            'for each statement execute function record_counts_change()', tab || '_cache_update', tab);
        execute format('create trigger %I after delete on %I referencing old table as changed_rows '
            'for each statement execute function record_counts_change()', tab || '_cache_delete', tab);
        execute format('create trigger %I after truncate on %I for each statement execute function bump_event_data_version()',
            tab || '_cache_truncate', tab);
    end loop;
end
$$;
