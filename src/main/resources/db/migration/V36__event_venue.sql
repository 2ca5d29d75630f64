-- The venue of an in-person contact: the building or site where it took place, as a source
-- already cited on the event names it. Set only where that source says so (checked against its
-- text); left empty everywhere else, including where domain-notes.md gives a venue that the
-- event's cited sources do not state (the first Istanbul round's consul general's residence is
-- named by TASS, which is cited on the second round only; the Kremlin meetings of 25 April,
-- 6 August and 2 December 2025 are placed "in Moscow" by their cited sources).
alter table event add column venue varchar(200);

-- Asharq Al-Awsat, "Riyadh meeting paves way for restoring US-Russian ties": "their talks at the
-- Diriyah Palace".
update event set venue = 'Diriyah Palace'
where slug = '2025-02-18-rubio-lavrov-meeting-riyadh';

-- TASS (https://tass.com/politics/1941317), 10 April 2025: "The talks are taking place at the
-- Russian consulate general".
update event set venue = 'Russian consulate general'
where slug = '2025-04-10-us-russia-embassy-talks-istanbul';

-- info9.ge, "Putin meets with Trump's representatives at the Kremlin": "a closed-door meeting late
-- on Thursday evening, January 22, at the Kremlin".
update event set venue = 'Kremlin'
where slug = '2026-01-22-witkoff-kushner-putin-meeting-moscow';

-- The history: the seed revision holds the record as compiled, now with the venue (rewritten only
-- while it is the event's one revision, as V20 does for a stance); after an editor's change the
-- venue comes as a revision of its own, by the seed. Every change is on record.
update revision r set snapshot = jsonb_set(r.snapshot, '{event,venue}', to_jsonb(e.venue))
from event e
where r.entity_type = 'EVENT' and r.entity_id = e.id and r.number = 1 and r.username = '(seed)'
  and e.venue is not null
  and not exists (select 1 from revision n where n.entity_type = 'EVENT' and n.entity_id = e.id and n.number > 1);
insert into revision (entity_type, entity_id, entity_key, number, action, status, username, snapshot)
select 'EVENT', r.entity_id, r.entity_key, r.number + 1, 'UPDATE', r.status, '(seed)',
       jsonb_set(r.snapshot, '{event,venue}', to_jsonb(e.venue))
from revision r join event e on e.id = r.entity_id
where r.entity_type = 'EVENT' and e.venue is not null
  and r.number = (select max(number) from revision m where m.entity_type = 'EVENT' and m.entity_id = r.entity_id)
  and r.number > 1
  and r.snapshot -> 'event' -> 'venue' is distinct from to_jsonb(e.venue);
