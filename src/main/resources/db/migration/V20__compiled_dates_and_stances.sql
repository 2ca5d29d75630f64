-- The seeded records' dates: the day the record was compiled, not the moment of installation.
-- Migrations V3 and V11 seeded every record with created_at and updated_at defaulting to now(), so
-- each install dated the whole record, its "Last updated", its citations (citation_date, BibTeX
-- date, CSL issued) and the feed's published and updated, to the day the app first started. The
-- record of February 2025 – March 2026 was compiled, from reporting up to about 19 March 2026, on
-- 30 November 2026 (V11, which also reviewed V3's rows): that day, at 00:00 UTC, is each seeded
-- record's date, and the pages say so (Coverage.COMPILED). A record an editor has changed since
-- (a revision after the seed's first one) keeps its own dates; the revisions keep theirs, which
-- say when each change reached this database.
update event e set created_at = timestamptz '2026-11-30 00:00:00+00', updated_at = timestamptz '2026-11-30 00:00:00+00'
where exists (select 1 from revision r
              where r.entity_type = 'EVENT' and r.entity_id = e.id and r.number = 1 and r.username = '(seed)')
  and not exists (select 1 from revision r where r.entity_type = 'EVENT' and r.entity_id = e.id and r.number > 1);

update actor a set created_at = timestamptz '2026-11-30 00:00:00+00', updated_at = timestamptz '2026-11-30 00:00:00+00'
where exists (select 1 from revision r
              where r.entity_type = 'ACTOR' and r.entity_id = a.id and r.number = 1 and r.username = '(seed)')
  and not exists (select 1 from revision r where r.entity_type = 'ACTOR' and r.entity_id = a.id and r.number > 1);

update proposal p set created_at = timestamptz '2026-11-30 00:00:00+00', updated_at = timestamptz '2026-11-30 00:00:00+00'
where exists (select 1 from revision r
              where r.entity_type = 'PROPOSAL' and r.entity_id = p.id and r.number = 1 and r.username = '(seed)')
  and not exists (select 1 from revision r where r.entity_type = 'PROPOSAL' and r.entity_id = p.id and r.number > 1);

update source s set created_at = timestamptz '2026-11-30 00:00:00+00', updated_at = timestamptz '2026-11-30 00:00:00+00'
where exists (select 1 from revision r
              where r.entity_type = 'SOURCE' and r.entity_id = s.id and r.number = 1 and r.username = '(seed)')
  and not exists (select 1 from revision r where r.entity_type = 'SOURCE' and r.entity_id = s.id and r.number > 1);

-- Ukraine's stance on the 28-point plan, as the domain notes support it: in Geneva on 23 November
-- 2025 Ukraine's delegation, led by Yermak, negotiated the plan with the US instead of accepting it
-- as it stood, and its 28 points were cut to 19 (AnewZ, "Geneva, Switzerland, 23 November, 2025").
-- UNDER_CONSIDERATION, not ACCEPTED_WITH_CONDITIONS: the report gives no acceptance. The notes
-- report no European stance on the plan, so none is recorded.
insert into proposal_position (proposal_id, actor_id, stance, date_value, date_precision, note, source_id)
select p.id, a.id, 'UNDER_CONSIDERATION', date '2025-11-23', 'DAY',
       'Ukraine''s delegation, led by Yermak, negotiated the plan with the US side in Geneva rather than accept it as it stood: its 28 points were cut to 19.',
       s.id
from proposal p, actor a, source s
where p.slug = 'us-peace-plan-28-points' and a.slug = 'andriy-yermak'
  and s.url = 'https://anewz.tv/world/world-news/15601/us-and-ukraine-agree-on-updated-peace-deal-after-talks/news'
  and not exists (select 1 from proposal_position pp where pp.proposal_id = p.id and pp.actor_id = a.id);

-- The proposal's history: its seed revision holds the record as compiled, now with this stance
-- (rewritten only while it is the one revision, as V12 wrote it; after an editor's change the
-- stance comes as a revision of its own). The positions as Proposal.toData() lists them.
create function pg_temp.positions(proposal bigint) returns jsonb language sql stable as $$
    select coalesce(jsonb_agg(jsonb_build_object(
                'party', a.slug,
                'stance', pp.stance,
                'date', case pp.date_precision
                    when 'DAY' then to_char(pp.date_value, 'YYYY-MM-DD')
                    when 'MONTH' then to_char(pp.date_value, 'YYYY-MM')
                    when 'YEAR' then extract(year from pp.date_value)::int::text end,
                'datePrecision', pp.date_precision,
                'note', nullif(btrim(pp.note), ''),
                'source', pp.source_id)
            order by pp.date_value nulls first, pp.id), '[]'::jsonb)
    from proposal_position pp join actor a on a.id = pp.actor_id
    where pp.proposal_id = proposal
$$;

update revision r set snapshot = jsonb_set(r.snapshot, '{positions}', pg_temp.positions(r.entity_id))
where r.entity_type = 'PROPOSAL' and r.number = 1
  and r.entity_id = (select id from proposal where slug = 'us-peace-plan-28-points')
  and not exists (select 1 from revision n where n.entity_type = 'PROPOSAL' and n.entity_id = r.entity_id
                  and n.number > 1);

insert into revision (entity_type, entity_id, entity_key, number, action, status, username, snapshot)
select 'PROPOSAL', r.entity_id, r.entity_key, r.number + 1, 'UPDATE', null, '(seed)',
       jsonb_set(r.snapshot, '{positions}', pg_temp.positions(r.entity_id))
from revision r
where r.entity_type = 'PROPOSAL' and r.entity_id = (select id from proposal where slug = 'us-peace-plan-28-points')
  and r.number = (select max(number) from revision m where m.entity_type = 'PROPOSAL' and m.entity_id = r.entity_id)
  and r.number > 1
  and r.snapshot -> 'positions' <> pg_temp.positions(r.entity_id);

drop function pg_temp.positions(bigint);
