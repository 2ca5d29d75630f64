-- Full-text search over an event's title, summary, place, readouts, quotes, claims and the names
-- and aliases of its participants. Triggers keep event.search_vector current on every write.

create function event_search_document(p_event_id bigint, p_title text, p_summary text, p_place text)
returns tsvector language sql stable as $$
    select setweight(to_tsvector('english', coalesce(p_title, '')), 'A')
        || setweight(to_tsvector('english', coalesce((
               select string_agg(a.name || ' ' || coalesce((select string_agg(al.name, ' ')
                   from actor_alias al where al.actor_id = a.id), ''), ' ')
               from event_participant p join actor a on a.id = p.actor_id
               where p.event_id = p_event_id), '')), 'A')
        || setweight(to_tsvector('english', coalesce(p_summary, '') || ' ' || coalesce(p_place, '')), 'B')
        || setweight(to_tsvector('english', coalesce((
               select string_agg(r.summary || ' ' || array_to_string(r.key_quotes, ' '), ' ')
               from readout r where r.event_id = p_event_id), '')), 'C')
        || setweight(to_tsvector('english', coalesce((
               select string_agg(q.text, ' ') from quote q where q.event_id = p_event_id), '')), 'C')
        || setweight(to_tsvector('english', coalesce((
               select string_agg(c.text, ' ') from claim c where c.event_id = p_event_id), '')), 'D')
$$;

create function event_search_before_write() returns trigger language plpgsql as $$
begin
    new.search_vector := event_search_document(new.id, new.title, new.summary, new.place);
    return new;
end
$$;

create trigger event_search_before_write
    before insert or update of title, summary, place, search_vector on event
    for each row execute function event_search_before_write();

-- A change to a child row recomputes its event's document (setting search_vector fires the trigger above).
create function event_child_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update event set search_vector = null where id = old.event_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update event set search_vector = null where id = new.event_id;
    end if;
    return null;
end
$$;

create trigger readout_search after insert or update or delete on readout
    for each row execute function event_child_changed();
create trigger quote_search after insert or update or delete on quote
    for each row execute function event_child_changed();
create trigger claim_search after insert or update or delete on claim
    for each row execute function event_child_changed();
create trigger participant_search after insert or update or delete on event_participant
    for each row execute function event_child_changed();

-- Renaming an actor or changing its aliases recomputes every event it took part in.
create function actor_names_changed() returns trigger language plpgsql as $$
declare
    changed_actor bigint;
begin
    if tg_table_name = 'actor' then
        changed_actor := new.id;
    elsif tg_op = 'DELETE' then
        changed_actor := old.actor_id;
    else
        changed_actor := new.actor_id;
    end if;
    update event set search_vector = null
        where id in (select event_id from event_participant where actor_id = changed_actor);
    return null;
end
$$;

create trigger actor_name_search after update of name on actor
    for each row execute function actor_names_changed();
create trigger actor_alias_search after insert or update or delete on actor_alias
    for each row execute function actor_names_changed();

-- The query side: every word of the user's text must match, in any of its known spellings.
create function backchannel_tsquery(p_text text) returns tsquery language plpgsql stable as $$
declare
    word text;
    alternative text;
    word_query tsquery;
    alternative_query tsquery;
    result tsquery;
begin
    for word in select w from regexp_split_to_table(lower(coalesce(p_text, '')), '[^[:alnum:]]+') as w where w <> ''
    loop
        word_query := plainto_tsquery('english', word);
        continue when numnode(word_query) = 0; -- a stop word such as "the"
        for alternative in select v.variant from spelling_variant v where v.term = word
        loop
            alternative_query := plainto_tsquery('english', alternative);
            if numnode(alternative_query) > 0 then
                word_query := word_query || alternative_query;
            end if;
        end loop;
        result := coalesce(result && word_query, word_query);
    end loop;
    return result;
end
$$;

insert into spelling_variant (term, variant) values
    ('kiev', 'kyiv'), ('kyiv', 'kiev'),
    ('sergei', 'sergey'), ('sergey', 'sergei'),
    ('zelensky', 'zelenskyy'), ('zelenskyy', 'zelensky'),
    ('steven', 'steve'), ('steve', 'steven');
