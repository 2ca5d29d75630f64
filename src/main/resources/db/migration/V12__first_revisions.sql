-- Every record gets a first revision: the records that migrations seeded (V3, V11) had none, so
-- the change feed (/api/changes) did not list them and their history had nothing to restore.
-- Each snapshot is exactly the JSON the app writes for a record's first revision
-- (RevisionLog's snapshot of Event.toData() in an EventSnapshot, Actor.toData(),
-- Proposal.toData(), Source.toData()): the same fields, the same order of rows, blank text as
-- null and text stripped as InputCheck.clean does. FirstRevisionTests compares every one with
-- what the app builds. Records that already have a history (edited after V6) keep it as it is.

-- InputCheck.clean: blank is null, otherwise stripped of the characters Java's
-- Character.isWhitespace accepts.
create function pg_temp.clean(value text) returns text language sql immutable as $$
    select nullif(regexp_replace(value,
        '^[\t\n\u000b\f\r\u001c-\u001f \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+|[\t\n\u000b\f\r\u001c-\u001f \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+$',
        '', 'g'), '')
$$;

-- PartialDate.iso(): at the date's own precision; null when unknown.
create function pg_temp.iso(value date, precision_ text) returns text language sql immutable as $$
    select case precision_
        when 'DAY' then to_char(value, 'YYYY-MM-DD')
        when 'MONTH' then to_char(value, 'YYYY-MM')
        when 'YEAR' then extract(year from value)::int::text
    end
$$;

-- Sources, actors, proposals, then events, each in id order: the feed lists them in this order.
insert into revision (entity_type, entity_id, entity_key, number, action, status, username, snapshot)
select 'SOURCE', s.id, s.id::text, 1, 'CREATE', null, '(seed)', jsonb_build_object(
        'outlet', pg_temp.clean(s.outlet),
        'title', pg_temp.clean(s.title),
        'url', pg_temp.clean(s.url),
        'language', pg_temp.clean(s.language),
        'published', pg_temp.clean(pg_temp.iso(s.published_on, s.published_precision)),
        'publishedPrecision', s.published_precision,
        'agencies', pg_temp.clean(s.agencies),
        'archivedText', pg_temp.clean(s.archived_text),
        -- SourceData.isEmpty(), which the snapshot's JSON carries as a property
        'empty', pg_temp.clean(s.outlet) is null and pg_temp.clean(s.title) is null and pg_temp.clean(s.url) is null
            and s.published_on is null and pg_temp.clean(s.agencies) is null and pg_temp.clean(s.archived_text) is null)
from source s
where not exists (select 1 from revision r where r.entity_type = 'SOURCE' and r.entity_id = s.id)
order by s.id;

insert into revision (entity_type, entity_id, entity_key, number, action, status, username, snapshot)
select 'ACTOR', a.id, a.slug, 1, 'CREATE', null, '(seed)', jsonb_build_object(
        'slug', pg_temp.clean(a.slug),
        'name', pg_temp.clean(a.name),
        'kind', a.kind,
        'country', pg_temp.clean(a.country),
        'description', pg_temp.clean(a.description),
        -- ActorData.AliasData, sorted by name as Java compares strings
        'aliases', coalesce((select jsonb_agg(jsonb_build_object(
                    'name', pg_temp.clean(al.name),
                    'language', pg_temp.clean(al.language))
                order by al.name collate "C")
            from actor_alias al where al.actor_id = a.id), '[]'::jsonb),
        -- @OrderBy("startDate nulls first, id")
        'roles', coalesce((select jsonb_agg(jsonb_build_object(
                    'title', pg_temp.clean(ro.title),
                    'organization', pg_temp.clean(ro.organization),
                    'startDate', to_char(ro.start_date, 'YYYY-MM-DD'),
                    'endDate', to_char(ro.end_date, 'YYYY-MM-DD'),
                    'source', ro.source_id)
                order by ro.start_date nulls first, ro.id)
            from actor_role ro where ro.actor_id = a.id), '[]'::jsonb))
from actor a
where not exists (select 1 from revision r where r.entity_type = 'ACTOR' and r.entity_id = a.id)
order by a.id;

insert into revision (entity_type, entity_id, entity_key, number, action, status, username, snapshot)
select 'PROPOSAL', p.id, p.slug, 1, 'CREATE', null, '(seed)', jsonb_build_object(
        'slug', pg_temp.clean(p.slug),
        'title', pg_temp.clean(p.title),
        'summary', pg_temp.clean(p.summary),
        'proposer', (select pg_temp.clean(a.slug) from actor a where a.id = p.proposer_actor_id),
        'date', pg_temp.clean(pg_temp.iso(p.date_value, p.date_precision)),
        'datePrecision', p.date_precision,
        -- @OrderBy("dateValue nulls first, id")
        'positions', coalesce((select jsonb_agg(jsonb_build_object(
                    'party', pg_temp.clean(a.slug),
                    'stance', pp.stance,
                    'date', pg_temp.clean(pg_temp.iso(pp.date_value, pp.date_precision)),
                    'datePrecision', pp.date_precision,
                    'note', pg_temp.clean(pp.note),
                    'source', pp.source_id)
                order by pp.date_value nulls first, pp.id)
            from proposal_position pp join actor a on a.id = pp.actor_id
            where pp.proposal_id = p.id), '[]'::jsonb))
from proposal p
where not exists (select 1 from revision r where r.entity_type = 'PROPOSAL' and r.entity_id = p.id)
order by p.id;

insert into revision (entity_type, entity_id, entity_key, number, action, status, username, snapshot)
select 'EVENT', e.id, e.slug, 1, 'CREATE', e.status, '(seed)', jsonb_build_object(
    'status', e.status,
    'event', jsonb_build_object(
        'slug', pg_temp.clean(e.slug),
        'title', pg_temp.clean(e.title),
        'type', e.type,
        'date', pg_temp.clean(pg_temp.iso(e.date_value, e.date_precision)),
        'datePrecision', e.date_precision,
        'endDate', to_char(e.end_date, 'YYYY-MM-DD'),
        'durationMinutes', e.duration_minutes,
        'place', pg_temp.clean(e.place),
        'country', pg_temp.clean(e.country),
        'initiator', e.initiator_side,
        'initiatorActor', (select pg_temp.clean(a.slug) from actor a where a.id = e.initiator_actor_id),
        'initiatorNote', pg_temp.clean(e.initiator_note),
        'initiatorSource', e.initiator_source_id,
        'summary', pg_temp.clean(e.summary),
        'channel', e.channel,
        'contactStatus', e.contact_status,
        'dateNote', pg_temp.clean(e.date_note),
        -- by role (in ParticipantRole's order), then by the actor's slug
        'participants', coalesce((select jsonb_agg(jsonb_build_object(
                    'actor', pg_temp.clean(a.slug),
                    'role', ep.role)
                order by array_position(array['PRINCIPAL', 'DELEGATION_MEMBER', 'HOST', 'MEDIATOR'], ep.role::text),
                         a.slug collate "C")
            from event_participant ep join actor a on a.id = ep.actor_id
            where ep.event_id = e.id), '[]'::jsonb),
        -- by side (in Side's order), then by id
        'readouts', coalesce((select jsonb_agg(jsonb_build_object(
                    'side', ro.side,
                    'issuer', pg_temp.clean(a.slug),
                    'summary', pg_temp.clean(ro.summary),
                    'keyQuotes', coalesce((select jsonb_agg(pg_temp.clean(k.quote) order by k.n)
                        from unnest(ro.key_quotes) with ordinality as k(quote, n)
                        where pg_temp.clean(k.quote) is not null), '[]'::jsonb),
                    'source', ro.source_id)
                order by array_position(array['US', 'RUSSIA', 'UKRAINE', 'OTHER'], ro.side::text), ro.id)
            from readout ro join actor a on a.id = ro.issuer_actor_id
            where ro.event_id = e.id), '[]'::jsonb),
        'quotes', coalesce((select jsonb_agg(jsonb_build_object(
                    'speaker', pg_temp.clean(a.slug),
                    'text', pg_temp.clean(q.text),
                    'context', pg_temp.clean(q.context),
                    'source', q.source_id)
                order by q.id)
            from quote q join actor a on a.id = q.speaker_actor_id
            where q.event_id = e.id), '[]'::jsonb),
        'claims', coalesce((select jsonb_agg(jsonb_build_object(
                    'text', pg_temp.clean(c.text),
                    'status', c.status,
                    'disputedBy', (select pg_temp.clean(a.slug) from actor a where a.id = c.disputed_by_actor_id),
                    'source', c.source_id)
                order by c.id)
            from claim c where c.event_id = e.id), '[]'::jsonb),
        'proposals', coalesce((select jsonb_agg(pg_temp.clean(p.slug) order by p.slug collate "C")
            from event_proposal ep join proposal p on p.id = ep.proposal_id
            where ep.event_id = e.id), '[]'::jsonb),
        'sources', coalesce((select jsonb_agg(es.source_id order by es.source_id)
            from event_source es where es.event_id = e.id), '[]'::jsonb),
        'confirmDuplicate', null))
from event e
where not exists (select 1 from revision r where r.entity_type = 'EVENT' and r.entity_id = e.id)
order by e.id;

drop function pg_temp.clean(text);
drop function pg_temp.iso(date, text);

-- Times at the precision clients keep: a JavaScript Date holds milliseconds, so an updatedAt
-- or a created time given with microseconds could not be passed back as updated_since without
-- the same change coming back again. Stored values are rounded to milliseconds (the app
-- writes whole milliseconds itself).
alter table event
    alter column created_at type timestamptz(3),
    alter column updated_at type timestamptz(3);
alter table actor
    alter column created_at type timestamptz(3),
    alter column updated_at type timestamptz(3);
alter table proposal
    alter column created_at type timestamptz(3),
    alter column updated_at type timestamptz(3);
alter table source
    alter column created_at type timestamptz(3),
    alter column updated_at type timestamptz(3);
