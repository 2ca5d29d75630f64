-- Whose voice each source is, and how well each contact is confirmed (issue 25).
--
-- A source's voice: a government speaking for itself (the US, Russia, Ukraine, or another, named in
-- voice_of), state media (a state owns or funds it; voice_of names the state), independent media
-- (no state owns it: this says nothing of its line), an aggregator (a reprint or digest of others;
-- reprint_of_source_id names the report it copies where that report is recorded), or UNKNOWN where
-- the outlet cannot be classified from what the record holds (it then counts as the weakest voice).
--
-- A contact's confirmation level is derived from its readouts, its sources' voices and its claims by
-- the rules of org.backchannel.event.ConfirmationRules (README, "How sure is each contact"), never
-- typed. It is stored on the event, with its reason in words, so the timeline can filter on it: the
-- write service works it out again on every write of an event and every change of a source it
-- cites. Migration 16.1 (db.migration.V16_1__Confirmation_levels, Java, with the same rules) fills
-- it for the events already recorded.

alter table source
    add column voice                varchar(30)  not null default 'UNKNOWN',
    add column voice_of             varchar(100),
    add column reprint_of_source_id bigint references source (id) on delete set null,
    add constraint source_voice_check check (voice in ('US_GOVERNMENT', 'RUSSIAN_GOVERNMENT',
        'UKRAINIAN_GOVERNMENT', 'OTHER_GOVERNMENT', 'STATE_MEDIA', 'INDEPENDENT_MEDIA', 'AGGREGATOR', 'UNKNOWN')),
    add constraint source_voice_of_check check (voice <> 'OTHER_GOVERNMENT' or voice_of is not null),
    add constraint source_reprint_check check (reprint_of_source_id is null
        or (voice = 'AGGREGATOR' and reprint_of_source_id <> id));

create index source_reprint_of_idx on source (reprint_of_source_id) where reprint_of_source_id is not null;

alter table event
    add column confirmation        varchar(20),
    add column confirmation_reason varchar(1000),
    add constraint event_confirmation_check check (confirmation in ('BOTH_GOVERNMENTS', 'ONE_GOVERNMENT',
        'REPORTED', 'DISPUTED', 'PLANNED', 'CANCELLED'));

-- The confirmation filter walks the timeline like the channel and the contact status (V10).
create index event_confirmation_idx on event (confirmation, sort_key desc, id desc) where status = 'PUBLISHED';

-- The seeded sources' voices, decided from the outlet alone. Government: the State Department's own
-- readout (reprinted in full by MENAFN) and GOV.UK. State media: TASS, Sputnik and RT (Russia; TV
-- Centre belongs to the Moscow city government), CGTN (China), TRT World (Turkey), RFE/RL (funded by
-- the US Congress), Thanh Niên (Vietnam, where the press belongs to state bodies). Aggregators:
-- sites that reprint or digest others' reports (the Pravda network's News-Pravda.com, MENAFN's
-- syndication, Devdiscourse, Newser, News.mail.ru, Dzen, london-news-net, Wikipedia). Unknown: an
-- outlet the report does not name, or one whose ownership the record cannot tell.
update source s
   set voice = v.voice, voice_of = v.voice_of
  from (values
    ('MENAFN (United States Department of State)', 'US_GOVERNMENT', null),
    ('GOV.UK', 'OTHER_GOVERNMENT', 'United Kingdom'),
    ('TASS', 'STATE_MEDIA', 'Russia'),
    ('TASS (tass.ru)', 'STATE_MEDIA', 'Russia'),
    ('Sputnik', 'STATE_MEDIA', 'Russia'),
    ('Sputnik Serbia', 'STATE_MEDIA', 'Russia'),
    ('RT', 'STATE_MEDIA', 'Russia'),
    ('TV Centre (tvc.ru)', 'STATE_MEDIA', 'Russia'),
    ('CGTN', 'STATE_MEDIA', 'China'),
    ('TRT World', 'STATE_MEDIA', 'Turkey'),
    ('RFE/RL', 'STATE_MEDIA', 'United States'),
    ('Thanh Niên (thanhnien.vn), English translation of the Vietnamese original', 'STATE_MEDIA', 'Vietnam'),
    ('News-Pravda.com', 'AGGREGATOR', null),
    ('News-Pravda.com (trump.news-pravda.com)', 'AGGREGATOR', null),
    ('london-news-net (news aggregator)', 'AGGREGATOR', null),
    ('MENAFN', 'AGGREGATOR', null),
    ('Devdiscourse', 'AGGREGATOR', null),
    ('Newser', 'AGGREGATOR', null),
    ('News.mail.ru', 'AGGREGATOR', null),
    ('Dzen (dzen.ru)', 'AGGREGATOR', null),
    ('Wikipedia', 'AGGREGATOR', null),
    ('Kyiv Independent', 'INDEPENDENT_MEDIA', null),
    ('The Kyiv Independent', 'INDEPENDENT_MEDIA', null),
    ('Kyiv Post', 'INDEPENDENT_MEDIA', null),
    ('Ukrainska Pravda', 'INDEPENDENT_MEDIA', null),
    ('Euromaidan Press', 'INDEPENDENT_MEDIA', null),
    ('Interfax-Ukraine', 'INDEPENDENT_MEDIA', null),
    ('UNN', 'INDEPENDENT_MEDIA', null),
    ('LIGA.net', 'INDEPENDENT_MEDIA', null),
    ('LIGA.net (English)', 'INDEPENDENT_MEDIA', null),
    ('NV (nv.ua)', 'INDEPENDENT_MEDIA', null),
    ('Babel', 'INDEPENDENT_MEDIA', null),
    ('Censor.net', 'INDEPENDENT_MEDIA', null),
    ('The Moscow Times', 'INDEPENDENT_MEDIA', null),
    ('Meduza', 'INDEPENDENT_MEDIA', null),
    ('Novaya Gazeta Europe', 'INDEPENDENT_MEDIA', null),
    ('Vedomosti', 'INDEPENDENT_MEDIA', null),
    ('RBC (rbc.ru)', 'INDEPENDENT_MEDIA', null),
    ('Hürriyet Daily News', 'INDEPENDENT_MEDIA', null),
    ('Harici (English)', 'INDEPENDENT_MEDIA', null),
    ('A News (anews.com.tr)', 'INDEPENDENT_MEDIA', null),
    ('Türkiye Today', 'INDEPENDENT_MEDIA', null),
    ('India TV', 'INDEPENDENT_MEDIA', null),
    ('WION', 'INDEPENDENT_MEDIA', null),
    ('Lokmat Times', 'INDEPENDENT_MEDIA', null),
    ('The Spokesman-Review', 'INDEPENDENT_MEDIA', null),
    ('Newslooks', 'INDEPENDENT_MEDIA', null),
    ('Newsmax', 'INDEPENDENT_MEDIA', null),
    ('One America News (OAN)', 'INDEPENDENT_MEDIA', null),
    ('Voz (voz.us)', 'INDEPENDENT_MEDIA', null),
    ('Gulf News', 'INDEPENDENT_MEDIA', null),
    ('Shafaq News', 'INDEPENDENT_MEDIA', null),
    ('Saudi Gazette', 'INDEPENDENT_MEDIA', null),
    ('Asharq Al-Awsat', 'INDEPENDENT_MEDIA', null),
    ('LBCI (lbcgroup.tv)', 'INDEPENDENT_MEDIA', null),
    ('Novinite', 'INDEPENDENT_MEDIA', null),
    ('Tiroler Tageszeitung (tt.com)', 'INDEPENDENT_MEDIA', null),
    ('Radar Armenia', 'INDEPENDENT_MEDIA', null),
    ('Daily Post (Nigeria)', 'INDEPENDENT_MEDIA', null)
  ) as v (outlet, voice, voice_of)
 where s.outlet = v.outlet;
-- Left UNKNOWN: the three reports whose outlet is not named (seeds 000, 003, 004), 360ua.news, AnewZ,
-- Daily8, EADaily, Interbellum News, Kurdistan24, News.az, Poland Daily 24, Pravda.ru, Pyaty Kanal,
-- info9.ge and informat.ro.

-- Every recorded revision of a source keeps the shape the app writes (SourceData): it gains the
-- source's voice, so the first revision of a seeded source still holds what the app would record.
update revision r
   set snapshot = r.snapshot || jsonb_build_object('voice', coalesce(s.voice, 'UNKNOWN'), 'voiceOf', s.voice_of,
                                                   'reprintOf', s.reprint_of_source_id)
  from source s
 where r.entity_type = 'SOURCE' and s.id = r.entity_id;
update revision r
   set snapshot = r.snapshot || '{"voice": "UNKNOWN", "voiceOf": null, "reprintOf": null}'::jsonb
 where r.entity_type = 'SOURCE' and not (r.snapshot ? 'voice');
