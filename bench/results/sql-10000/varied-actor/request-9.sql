select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2503') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2503');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('2697', '1361', '10368', '10228', '4707', '1678', '5309', '8704', '9443', '11017', '8892', '9661', '5905', '1075', '1346', '2757', '4486', '7860', '8776', '8388') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3346', '1485', '3933', '1494', '3272', '2722', '1589', '2676', '1241', '3551', '3290', '3553', '1854', '3109', '3880', '3203', '3050', '3088', '3154', '2529', '4012', '1274', '3029', '2344', '1951', '1975', '2725', '2638', '4006', '2249', '1932', '1853', '2560', '2806', '1168', '1359', '1848', '1747', '2505', '3887', '1735', '2844', '1386', '3971', '2604', '3074', '2711', '3674', '1579', '2554', '1870', '2937', '3866', '1352', '1918', '2759', '2037', '3593', '1142', '3969', '1258', '1161', '1108', '3806', '3080', '3517', '2835', '3842', '1560', '2039', '3401', '1137', '1396', '2893', '2293', '2029', '1382', '2328', '2294', '2810', '1724', '3499', '2620', '3450', '2494', '3787', '3892', '2438', '1989', '3884', '1333', '3177', '3902', '2735', '3492', '2248', '1107', '1431', '2751', '1756', '2570', '3914', '3388', '3801', '3862', '1264', '1923', '1281', '2803', '3297', '1130', '3420', '1324', '2495', '1677', '1479', '3651', '2359', '3478', '1357', '3562', '1383', '1633');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('2697', '1361', '10368', '10228', '4707', '1678', '5309', '8704', '9443', '11017', '8892', '9661', '5905', '1075', '1346', '2757', '4486', '7860', '8776', '8388') order by pr.title;
select event_id, count(*) from event_source where event_id in ('2697', '1361', '10368', '10228', '4707', '1678', '5309', '8704', '9443', '11017', '8892', '9661', '5905', '1075', '1346', '2757', '4486', '7860', '8776', '8388') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('2697', '1361', '10368', '10228', '4707', '1678', '5309', '8704', '9443', '11017', '8892', '9661', '5905', '1075', '1346', '2757', '4486', '7860', '8776', '8388');
COMMIT;
