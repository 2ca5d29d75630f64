select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2018-09-28', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('5178', '6410', '6250', '5847', '4241', '9564', '7925', '3236', '2810', '10795', '10444', '4869', '7685', '7447', '9794', '5199', '1751', '10314', '8323', '4203') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3034', '3362', '2222', '2180', '2494', '3827', '2465', '2307', '3654', '1183', '1327', '2970', '1174', '1180', '3349', '2248', '2975', '4034', '2765', '2513', '1608', '3311', '1354', '1136', '2526', '3744', '3012', '3339', '1402', '4027', '2720', '2689', '3682', '3296', '3724', '1257', '3248', '1916', '3436', '2567', '3292', '3634', '3338', '2220', '2866', '1891', '3566', '2702', '2569', '2789', '2331', '2057', '1747', '3154', '3152', '1862', '1889', '3167', '1924', '1248', '3460', '2273', '1630', '1473', '2400', '2100', '3564', '3796', '2917', '1424', '3918', '1940', '2095', '1570', '1497', '2408', '3626', '2979', '3839', '1477', '4045', '2617', '3363', '2895', '3735', '2912', '3454', '3021', '2340', '2372', '1483', '1580', '1089', '1363', '3624', '3462', '2590', '2575', '1271', '2394', '1372', '3440', '3710', '2809', '2995', '3213', '2577', '3907', '3736', '2986', '1361', '2829', '3286', '2754', '2708');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('5178', '6410', '6250', '5847', '4241', '9564', '7925', '3236', '2810', '10795', '10444', '4869', '7685', '7447', '9794', '5199', '1751', '10314', '8323', '4203') order by pr.title;
select event_id, count(*) from event_source where event_id in ('5178', '6410', '6250', '5847', '4241', '9564', '7925', '3236', '2810', '10795', '10444', '4869', '7685', '7447', '9794', '5199', '1751', '10314', '8323', '4203') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('5178', '6410', '6250', '5847', '4241', '9564', '7925', '3236', '2810', '10795', '10444', '4869', '7685', '7447', '9794', '5199', '1751', '10314', '8323', '4203');
COMMIT;
