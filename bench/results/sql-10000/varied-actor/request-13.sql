select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1444') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1444');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('2830', '8637', '4377', '8774', '9647', '6016', '6486', '8748', '9161', '3287', '7336', '2147', '4613', '3828', '1833', '4130', '4048', '3091', '9812', '9396') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1123', '1633', '3159', '2492', '2099', '3908', '1125', '1065', '1076', '3638', '3121', '1527', '2677', '1573', '2421', '3405', '3297', '2319', '2483', '3240', '3666', '2151', '1710', '1718', '3593', '1066', '2250', '1121', '1540', '2094', '3355', '2190', '2132', '3907', '1192', '2572', '3740', '3381', '1673', '1466', '3897', '1199', '2336', '3769', '2300', '2056', '2452', '1984', '1136', '1950', '2720', '3595', '1804', '3001', '1452', '2413', '3708', '3518', '2354', '3317', '2435', '1668', '1781', '1736', '3133', '1425', '3835', '2482', '2876', '2523', '2757', '1361', '1643', '1811', '1130', '2134', '1747', '1070', '2485', '3476', '3073', '3930', '2672', '2783', '1725', '2434', '1696', '3698', '2576', '3416', '2926', '2123', '3811', '3488', '3130', '3577', '3541', '3148', '1566', '1052', '2617', '3713', '1118', '1167', '1962', '3762', '2552', '2988', '1624', '3864', '1874', '3218', '3555', '1270', '2886', '1101', '1189', '2084', '1712', '2628', '3587', '1362', '3635', '3578', '1835', '2152', '2204', '2877', '1139', '1266');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('2830', '8637', '4377', '8774', '9647', '6016', '6486', '8748', '9161', '3287', '7336', '2147', '4613', '3828', '1833', '4130', '4048', '3091', '9812', '9396') order by pr.title;
select event_id, count(*) from event_source where event_id in ('2830', '8637', '4377', '8774', '9647', '6016', '6486', '8748', '9161', '3287', '7336', '2147', '4613', '3828', '1833', '4130', '4048', '3091', '9812', '9396') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('2830', '8637', '4377', '8774', '9647', '6016', '6486', '8748', '9161', '3287', '7336', '2147', '4613', '3828', '1833', '4130', '4048', '3091', '9812', '9396');
COMMIT;
