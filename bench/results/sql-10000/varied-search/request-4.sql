select version from event_data_version;
BEGIN READ ONLY;
select e.id as id, e.sort_key as sort_key, (select count(*) from (select 1 from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('energy infrastructure 857') limit 10001) matches) as total from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('energy infrastructure 857') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('7133', '9922', '9210') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3830', '1905', '2569', '1181', '2698', '3636', '2193', '2486', '3810', '1197', '2836', '1392', '3540', '3246', '1981', '1185', '3019', '2392', '3500', '1668');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('7133', '9922', '9210') order by pr.title;
select event_id, count(*) from event_source where event_id in ('7133', '9922', '9210') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('7133', '9922', '9210');
COMMIT;
