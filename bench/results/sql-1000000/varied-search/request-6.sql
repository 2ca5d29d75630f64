select version from event_data_version;
BEGIN READ ONLY;
select e.id as id, e.sort_key as sort_key, (select count(*) from (select 1 from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('humanitarian corridors 754') limit 10001) matches) as total from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('humanitarian corridors 754') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('441832', '476767', '928843', '610610', '324407', '873536', '468204', '828767', '302710', '250324', '559864', '997109', '579363', '207859', '745363', '297835', '480365', '723527', '129448', '423389') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1839', '3024', '1802', '1384', '2007', '2103', '3549', '3989', '3145', '3071', '1604', '3325', '1435', '1743', '3257', '2083', '2398', '3196', '2678', '3270', '1787', '3038', '3393', '3326', '2305', '1614', '1105', '3912', '2092', '1143', '3654', '3271', '4029', '2740', '3533', '2692', '2075', '2562', '1078', '2538', '3847', '3108', '1451', '3394', '2106', '1445', '3414', '4035', '1729', '2026', '3733', '2887', '3950', '1705', '3738', '3607', '1641', '3971', '2019', '2522', '3078', '3839', '2094', '3297', '2871', '1216', '2461', '3072', '1295', '3211', '2254', '1758', '2605', '2153', '4033', '3065', '1830', '1247', '2196', '1135', '3710', '2499', '1076', '3019', '1472', '3956', '1598', '3188', '2050', '1506', '2734', '3630', '1199', '3766', '3146', '1308', '3349');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('441832', '476767', '928843', '610610', '324407', '873536', '468204', '828767', '302710', '250324', '559864', '997109', '579363', '207859', '745363', '297835', '480365', '723527', '129448', '423389') order by pr.title;
select event_id, count(*) from event_source where event_id in ('441832', '476767', '928843', '610610', '324407', '873536', '468204', '828767', '302710', '250324', '559864', '997109', '579363', '207859', '745363', '297835', '480365', '723527', '129448', '423389') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('441832', '476767', '928843', '610610', '324407', '873536', '468204', '828767', '302710', '250324', '559864', '997109', '579363', '207859', '745363', '297835', '480365', '723527', '129448', '423389');
COMMIT;
