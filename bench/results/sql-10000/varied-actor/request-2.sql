select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1810') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1810');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('7158', '1430', '1889', '3249', '7931', '9013', '11001', '7424', '5699', '6031', '1575', '7838', '8709', '5073', '6746') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2800', '1300', '3737', '2460', '1549', '1956', '1562', '1357', '2858', '1453', '3119', '2960', '3075', '3950', '2529', '4034', '1553', '1106', '1752', '1546', '1733', '1974', '3390', '3496', '1680', '1179', '3546', '1162', '2912', '3881', '1551', '3736', '3581', '2203', '1482', '2157', '3566', '1125', '2066', '3135', '2672', '2346', '1196', '2393', '1871', '1249', '1271', '1827', '3690', '3448', '2186', '3825', '2859', '2403', '1306', '2929', '3336', '1907', '3563', '2707', '1569', '1576', '3168', '3061', '3376', '2851', '3925', '3560', '2592', '1077', '2197', '2832', '2160', '1554', '3226', '1518', '3922', '2365', '4008', '3617', '1182', '3608', '3610');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('7158', '1430', '1889', '3249', '7931', '9013', '11001', '7424', '5699', '6031', '1575', '7838', '8709', '5073', '6746') order by pr.title;
select event_id, count(*) from event_source where event_id in ('7158', '1430', '1889', '3249', '7931', '9013', '11001', '7424', '5699', '6031', '1575', '7838', '8709', '5073', '6746') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('7158', '1430', '1889', '3249', '7931', '9013', '11001', '7424', '5699', '6031', '1575', '7838', '8709', '5073', '6746');
COMMIT;
