-- The occasion of a contact: the gathering it took place during or on the sidelines of (a
-- ministerial meeting, the UN General Assembly, another meeting of the leaders). Set only where a
-- source already cited on the event says so; left empty everywhere else.
alter table event add column occasion varchar(200);

-- Seed 002_25fc6c82eb263419.txt: "held on the fringes of the ASEAN foreign ministers' summit".
update event set occasion = 'ASEAN foreign ministers'' meetings'
where slug = '2025-07-10-rubio-lavrov-meeting-kuala-lumpur';

-- Devdiscourse, "Diplomatic Dialogues at ASEAN: Lavrov Meets Rubio" (11 July 2025), cited on the
-- event; the meetings of the day before (seed 002).
update event set occasion = 'ASEAN foreign ministers'' meetings'
where slug = '2025-07-11-rubio-lavrov-conversation-kuala-lumpur';

-- Sputnik, "Highlights of Lavrov-Rubio talks on UNGA sidelines".
update event set occasion = 'UN General Assembly'
where slug = '2025-09-24-rubio-lavrov-meeting-new-york';

-- Newser, "Trump Pauses Talks, Calls Putin" (18 August 2025), cited on the event: Trump called Putin,
-- breaking off his White House talks with Zelensky and European leaders.
update event set occasion = 'Trump''s White House meeting with Zelensky and European leaders'
where slug = '2025-08-18-trump-putin-phone-call';

-- The history: the seed revision holds the record as compiled, now with the occasion (rewritten only
-- while it is the event's one revision, as V20 does for a stance); after an editor's change the
-- occasion comes as a revision of its own, by the seed. Every change is on record.
update revision r set snapshot = jsonb_set(r.snapshot, '{event,occasion}', to_jsonb(e.occasion))
from event e
where r.entity_type = 'EVENT' and r.entity_id = e.id and r.number = 1 and r.username = '(seed)'
  and e.occasion is not null
  and not exists (select 1 from revision n where n.entity_type = 'EVENT' and n.entity_id = e.id and n.number > 1);
insert into revision (entity_type, entity_id, entity_key, number, action, status, username, snapshot)
select 'EVENT', r.entity_id, r.entity_key, r.number + 1, 'UPDATE', r.status, '(seed)',
       jsonb_set(r.snapshot, '{event,occasion}', to_jsonb(e.occasion))
from revision r join event e on e.id = r.entity_id
where r.entity_type = 'EVENT' and e.occasion is not null
  and r.number = (select max(number) from revision m where m.entity_type = 'EVENT' and m.entity_id = r.entity_id)
  and r.number > 1
  and r.snapshot -> 'event' -> 'occasion' is distinct from to_jsonb(e.occasion);
