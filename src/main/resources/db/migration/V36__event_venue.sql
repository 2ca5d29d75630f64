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
