-- The sources V18 added for the Trump–Putin call of 29 April 2026 came after V16 set the seeded
-- sources' voices, so they were left UNKNOWN. By the same rule (the outlet alone): the Pravda
-- network's pages reprint the Kremlin's readout (aggregators, as V16 has News-Pravda.com);
-- Business Upturn and HUM News English are privately owned (independent media in V16's sense:
-- no state owns them).
update source s
   set voice = v.voice
  from (values
    ('News-Pravda.com', 'AGGREGATOR'),
    ('Pravda network (pravda-7pd.pages.dev)', 'AGGREGATOR'),
    ('Business Upturn', 'INDEPENDENT_MEDIA'),
    ('HUM News English', 'INDEPENDENT_MEDIA')
  ) as v (outlet, voice)
 where s.outlet = v.outlet and s.voice = 'UNKNOWN';

-- Their first revisions hold what the app would record now, the voice included (as V16 did).
update revision r
   set snapshot = r.snapshot || jsonb_build_object('voice', s.voice, 'voiceOf', s.voice_of,
                                                   'reprintOf', s.reprint_of_source_id)
  from source s
 where r.entity_type = 'SOURCE' and s.id = r.entity_id
   and (not (r.snapshot ? 'voice') or r.snapshot ->> 'voice' is distinct from s.voice);
