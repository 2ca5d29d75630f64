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
