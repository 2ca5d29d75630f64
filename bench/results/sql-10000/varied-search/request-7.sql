select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select e.id as id, e.sort_key as sort_key, (select count(*) from (select 1 from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('security guarantees 1896') limit 10001) matches) as total from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('security guarantees 1896') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('4258', '10193', '7968', '6535') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2438', '3232', '2468', '1970', '3845', '2944', '3060', '1157', '2636', '2906', '3577', '3846', '2023', '2217', '1966', '3735', '1729', '3768', '2271', '1601', '2550', '2346', '2558', '2929');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('4258', '10193', '7968', '6535') order by pr.title;
select event_id, count(*) from event_source where event_id in ('4258', '10193', '7968', '6535') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('4258', '10193', '7968', '6535');
COMMIT;
