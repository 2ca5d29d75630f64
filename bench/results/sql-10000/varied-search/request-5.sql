select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select e.id as id, e.sort_key as sort_key, (select count(*) from (select 1 from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('embassy staffing 115') limit 10001) matches) as total from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('embassy staffing 115') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('3795', '2007', '9713', '6186', '5696') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2582', '2660', '1860', '1455', '3348', '2832', '3892', '2087', '2464', '1222', '3220', '2070', '1133', '3813', '2639', '2393', '3450', '3163', '2904', '1163', '1591', '2160', '1828', '3027', '2688', '2195', '1896', '2587', '1235', '1370', '3764', '1451', '3000', '2759', '2112', '2316', '1873', '1992', '1223');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('3795', '2007', '9713', '6186', '5696') order by pr.title;
select event_id, count(*) from event_source where event_id in ('3795', '2007', '9713', '6186', '5696') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('3795', '2007', '9713', '6186', '5696');
COMMIT;
