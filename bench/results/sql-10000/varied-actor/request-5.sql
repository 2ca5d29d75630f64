select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2748') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2748');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('2353', '9712', '5657', '6381', '5317', '9067', '4990', '9362', '4908', '6999', '4407', '7499', '5357', '3990', '4239', '7983', '7685', '2268', '4875', '4934') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3876', '2801', '3283', '2385', '3796', '1835', '3355', '3709', '2867', '1309', '1790', '4047', '3855', '1688', '1445', '2723', '1281', '1953', '2877', '3513', '3952', '3287', '3724', '1829', '1994', '3644', '2149', '2230', '1519', '2557', '3850', '1273', '2588', '3286', '3011', '1053', '1636', '3657', '1296', '2661', '4035', '2935', '1664', '1876', '3583', '3241', '3887', '2600', '1787', '3123', '2306', '3899', '1742', '3369', '2680', '2769', '2936', '2881', '2333', '2550', '2127', '2024', '2086', '1825', '2185', '3088', '2349', '2589', '3050', '3284', '2360', '1784', '2835', '3593', '2446', '4020', '3124', '3620', '3802', '4034', '3491', '3052', '2163', '2487', '2647', '3326', '2501', '2499', '3626', '2100', '3564', '2917', '1424', '3918', '1940', '2095', '1570', '3168', '1572', '1391', '2552', '3483', '2296', '3070', '1317', '3893', '3903', '2156', '3463', '3005', '2200', '3898', '4005', '1357', '2765', '2319', '1488', '1342', '3250', '3904', '2231', '3107', '1799');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('2353', '9712', '5657', '6381', '5317', '9067', '4990', '9362', '4908', '6999', '4407', '7499', '5357', '3990', '4239', '7983', '7685', '2268', '4875', '4934') order by pr.title;
select event_id, count(*) from event_source where event_id in ('2353', '9712', '5657', '6381', '5317', '9067', '4990', '9362', '4908', '6999', '4407', '7499', '5357', '3990', '4239', '7983', '7685', '2268', '4875', '4934') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('2353', '9712', '5657', '6381', '5317', '9067', '4990', '9362', '4908', '6999', '4407', '7499', '5357', '3990', '4239', '7983', '7685', '2268', '4875', '4934');
COMMIT;
