-- The record brought up to 29 April 2026: the Trump–Putin phone call of that day, from
-- /work/shared/domain-notes.md, section "After March 2026" (found 2026-12-06; the stored reporting
-- thins out after March 2026 and ends about 5 June 2026). Seeded as V11 seeds a contact, with a
-- first revision for each new record as V12 writes them.
--
-- Rules (V11's):
--   * Every fact comes from the notes' row and cites the report it comes from. The Russian account
--     rests on two Pravda-network aggregators of the Kremlin readout: they are cited as the Russian
--     account, not as independent confirmation. The US account is second-hand (Trump's words as the
--     press reported them): Business Upturn's report and HUM News English.
--   * Addresses only as the notes give them in full (with https://). HUM News English has no verified
--     address: stored by outlet, title and date, url NULL.
--   * duration_minutes only where the sources agree on one figure: "more than 1.5 hours" (Ushakov) and
--     "90 minutes" (the press) are not one figure, so it stays NULL and each is a claim with its source.
--   * The initiator is not reported.
--   * Not seeded: the Victory Day truce itself (declared 4 May, context, not a contact); anything the
--     notes list under "Not to seed".

-- 1. Sources
insert into source (outlet, title, url, language, published_on, published_precision, agencies)
values ('News-Pravda.com', '[Report on the Trump–Putin phone call of 29 April 2026, giving the Kremlin''s readout]',
        'https://news-pravda.com/world/2026/04/29/2273016.html',
        'en', date '2026-04-29', 'DAY', null),
       ('Pravda network (pravda-7pd.pages.dev)', '[Copy of the Kremlin''s readout of the Trump–Putin phone call of 29 April 2026]',
        'https://pravda-7pd.pages.dev/world/2026/04/29/2273130.html',
        'en', date '2026-04-29', 'DAY', null),
       ('Business Upturn', 'Putin proposes Ukraine ceasefire as Trump call lasts 90 minutes',
        'https://www.businessupturn.com/usa/wp-json/wp/v2/posts/117844',
        'en', date '2026-04-29', 'DAY', null),
       ('HUM News English', 'Trump and Putin discuss temporary Ukraine ceasefire in 90-minute call',
        null,
        'en', date '2026-04-30', 'DAY', null);

-- 2. The event
insert into event (slug, title, type, channel, contact_status, date_value, date_precision, end_date, date_note,
                   duration_minutes, place, country, initiator_side, initiator_note, initiator_source_id, summary)
values ('2026-04-29-trump-putin-phone-call', 'Trump–Putin phone call', 'PHONE_CALL', 'LEADERS', 'HELD',
        date '2026-04-29', 'DAY', null, null, null, null, null, 'NOT_REPORTED', null, null,
        'A call of more than an hour and a half. The Russian side (Yuri Ushakov) said Putin was ready to declare a truce for Victory Day (9 May) and Trump supported it; Trump said a deal on Ukraine was "close"; Zelensky must respond to the proposals made earlier; Putin condemned the attempt on Trump''s life; on Iran, extending the ceasefire was right and a ground operation would be "dangerous"; the call was "frank and businesslike". Trump called it "very good" and said a short pause in the fighting could be announced; the US account is second-hand, as the press reported it.');

-- 3. Participants
insert into event_participant (event_id, actor_id, role)
select (select id from event where slug = v.event), (select id from actor where slug = v.actor), v.role
from (values
    ('2026-04-29-trump-putin-phone-call', 'donald-trump', 'PRINCIPAL'),
    ('2026-04-29-trump-putin-phone-call', 'vladimir-putin', 'PRINCIPAL')
) as v (event, actor, role);

-- 4. Event sources
insert into event_source (event_id, source_id)
select (select id from event where slug = v.event), (select id from source s where v.src in (s.seed_file, s.url, s.title))
from (values
    ('2026-04-29-trump-putin-phone-call', 'https://news-pravda.com/world/2026/04/29/2273016.html'),
    ('2026-04-29-trump-putin-phone-call', 'https://pravda-7pd.pages.dev/world/2026/04/29/2273130.html'),
    ('2026-04-29-trump-putin-phone-call', 'https://www.businessupturn.com/usa/wp-json/wp/v2/posts/117844'),
    ('2026-04-29-trump-putin-phone-call', 'Trump and Putin discuss temporary Ukraine ceasefire in 90-minute call')
) as v (event, src);

-- 5. Readouts: the Russian readout's points (Ushakov), the US account as reported.
insert into readout (event_id, side, issuer_actor_id, summary, key_quotes, source_id)
select (select id from event where slug = v.event), v.side, (select id from actor where slug = v.issuer),
       v.summary, v.key_quotes, (select id from source s where v.src in (s.seed_file, s.url, s.title))
from (values
    ('2026-04-29-trump-putin-phone-call', 'RUSSIA', 'yuri-ushakov',
        'Putin is ready to declare a truce for Victory Day (9 May) and Trump supported it; Trump said a deal on Ukraine is "close"; Zelensky must respond to the proposals made earlier; Putin condemned the attempt on Trump''s life; on Iran, extending the ceasefire was right and a ground operation would be "dangerous"; the conversation was "frank and businesslike".',
        array['close', 'dangerous', 'frank and businesslike'], 'https://news-pravda.com/world/2026/04/29/2273016.html'),
    ('2026-04-29-trump-putin-phone-call', 'US', 'donald-trump',
        'Trump called the call "very good" and said a short pause in the fighting could be announced (as reported by the press; no White House readout).',
        array['very good'], 'https://www.businessupturn.com/usa/wp-json/wp/v2/posts/117844')
) as v (event, side, issuer, summary, key_quotes, src);

-- 6. Claims: the two lengths, each with its source.
insert into claim (event_id, text, status, disputed_by_actor_id, source_id)
select (select id from event where slug = v.event), v.text, v.status,
       (select id from actor where slug = v.disputed_by),
       (select id from source s where v.src in (s.seed_file, s.url, s.title))
from (values
    ('2026-04-29-trump-putin-phone-call', 'The call lasted more than 1.5 hours (Ushakov, in the Kremlin''s readout).',
        'REPORTED', null, 'https://news-pravda.com/world/2026/04/29/2273016.html'),
    ('2026-04-29-trump-putin-phone-call', 'The call lasted 90 minutes (Business Upturn).',
        'REPORTED', null, 'https://www.businessupturn.com/usa/wp-json/wp/v2/posts/117844')
) as v (event, text, status, disputed_by, src);

-- 7. First revisions of the new records, exactly as V12 writes them (each readout with its
--    language since V14).
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
                    'source', ro.source_id,
                    'language', pg_temp.clean(ro.language))
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
