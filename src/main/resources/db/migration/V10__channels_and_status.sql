-- Channels, contact status and date notes.
--
-- A channel groups contacts by who talks to whom: ministers (Rubio–Lavrov), leaders (Trump–Putin),
-- envoys (Witkoff, Kushner with Putin or Dmitriev), delegations (expert, embassy and trilateral
-- rounds), security services, advisers (national security advisers); RELATED marks context that is
-- not itself a US–Russia contact (US–Ukraine talks, Russia–Ukraine rounds, statements, appointments).
--
-- A contact's status says whether it took place: HELD, PLANNED, CANCELLED or POSTPONED. It is not the
-- publication status (DRAFT / PUBLISHED), which stays in event.status.
--
-- A date note says how the stored date is to be read where that is not obvious, e.g. a call held on
-- the evening of 18 August in Washington, already 19 August in Moscow: the date is stored where the
-- contact took place, and the note gives the other.

alter table event
    add column channel        varchar(20)  not null default 'RELATED',
    add column contact_status varchar(12)  not null default 'HELD',
    add column date_note      varchar(500),
    add constraint event_channel_check check (channel in ('MINISTERS', 'LEADERS', 'ENVOYS', 'DELEGATIONS',
        'SECURITY_SERVICES', 'ADVISERS', 'RELATED')),
    add constraint event_contact_status_check check (contact_status in ('HELD', 'PLANNED', 'CANCELLED', 'POSTPONED'));

-- A written message (a greeting, a letter) is a contact that is neither a call nor a meeting.
alter table event drop constraint event_type_check;
alter table event add constraint event_type_check check (type in ('PHONE_CALL', 'MEETING', 'SUMMIT',
    'NEGOTIATION_ROUND', 'STATEMENT', 'APPOINTMENT', 'MILITARY_ACTION', 'MESSAGE', 'OTHER'));

-- The channels of the events V3 seeded (every other V3 event is context and stays RELATED). The
-- Anchorage summit was the leaders' meeting, with both ministers in the three-on-three: a leaders'
-- contact, not one of the ministers' own.
update event set channel = 'MINISTERS'
 where slug in ('2025-02-15-rubio-lavrov-phone-call', '2025-02-18-rubio-lavrov-meeting-riyadh',
                '2025-03-15-rubio-lavrov-phone-call', '2025-04-17-rubio-lavrov-phone-call',
                '2025-04-27-rubio-lavrov-phone-call', '2025-05-17-rubio-lavrov-phone-call',
                '2025-05-28-rubio-lavrov-phone-call', '2025-06-01-rubio-lavrov-phone-call',
                '2025-07-10-rubio-lavrov-meeting-kuala-lumpur', '2025-08-12-rubio-lavrov-phone-call',
                '2025-09-24-rubio-lavrov-meeting-new-york', '2025-10-20-rubio-lavrov-phone-call');
update event set channel = 'LEADERS' where slug = '2025-08-15-trump-putin-summit-anchorage';
update event set channel = 'ENVOYS' where slug = '2025-03-13-witkoff-putin-meeting-moscow';

-- Every filter has an index: the channel and the contact status walk the timeline like the type.
create index event_channel_idx on event (channel, sort_key desc, id desc) where status = 'PUBLISHED';
create index event_contact_status_idx on event (contact_status, sort_key desc, id desc) where status = 'PUBLISHED';
