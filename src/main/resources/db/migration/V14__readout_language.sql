-- The language a readout was issued in (an ISO 639 code such as "en" or "ru"), where a source
-- says so; null where it is not recorded. The seeded readouts stay null: their sources give the
-- language of the report that carries the readout, not always the language it was issued in.
alter table readout add column language varchar(16);

comment on column readout.language is
    'Language the readout was issued in (ISO 639 code); null where not recorded';

-- Every recorded revision keeps the shape the app writes: each readout in an event's snapshot
-- gains "language": null, so a revision restored later reads as it did (no language).
update revision r
set snapshot = jsonb_set(r.snapshot, '{event,readouts}', (
        select coalesce(jsonb_agg(
                   case when ro ? 'language' then ro else ro || '{"language": null}'::jsonb end
                   order by n), '[]'::jsonb)
        from jsonb_array_elements(r.snapshot -> 'event' -> 'readouts') with ordinality as x(ro, n)))
where r.entity_type = 'EVENT'
  and jsonb_typeof(r.snapshot -> 'event' -> 'readouts') = 'array';
