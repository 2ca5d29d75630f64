select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2797') and (select count(*) from event_participant p where p.event_id = d.event_id and p.actor_id in (select a.id from actor a where a.slug in ('synthetic-actor-234', 'synthetic-actor-2999', 'synthetic-actor-1480', 'synthetic-actor-2180'))) = '4' and e.type in ('PHONE_CALL', 'MEETING', 'SUMMIT', 'NEGOTIATION_ROUND', 'STATEMENT', 'APPOINTMENT', 'MILITARY_ACTION', 'MESSAGE', 'OTHER') and e.channel in ('MINISTERS', 'LEADERS', 'ENVOYS', 'DELEGATIONS', 'SECURITY_SERVICES', 'ADVISERS', 'RELATED') and e.contact_status in ('HELD', 'PLANNED', 'CANCELLED', 'POSTPONED') order by d.sort_key desc, d.event_id desc limit '26';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2797') and (select count(*) from event_participant p where p.event_id = d.event_id and p.actor_id in (select a.id from actor a where a.slug in ('synthetic-actor-234', 'synthetic-actor-2999', 'synthetic-actor-1480', 'synthetic-actor-2180'))) = '4' and e.type in ('PHONE_CALL', 'MEETING', 'SUMMIT', 'NEGOTIATION_ROUND', 'STATEMENT', 'APPOINTMENT', 'MILITARY_ACTION', 'MESSAGE', 'OTHER') and e.channel in ('MINISTERS', 'LEADERS', 'ENVOYS', 'DELEGATIONS', 'SECURITY_SERVICES', 'ADVISERS', 'RELATED') and e.contact_status in ('HELD', 'PLANNED', 'CANCELLED', 'POSTPONED');
COMMIT;
BEGIN READ ONLY;
select version from event_data_version;
select a.slug, a.name, a.country from actor a
join (select p.actor_id, count(*) as events from event_participant p
      join event e on e.id = p.event_id and e.status = 'PUBLISHED'
      group by p.actor_id order by events desc, p.actor_id limit '100') busiest
  on busiest.actor_id = a.id
order by a.country nulls last, a.name;
select slug, name, country from actor where slug in ('synthetic-actor-2797', 'synthetic-actor-2999', 'synthetic-actor-1480', 'synthetic-actor-2180') order by name;
COMMIT;
BEGIN READ ONLY;
select slug, title from proposal order by title;
COMMIT;
