select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2484') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2484');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('74369', '837666', '612011', '239356', '920128', '199630', '369552', '77203', '336261', '650887', '42492', '585074', '514655', '975502', '644717', '624409', '771598', '475761', '37219', '33898') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1675', '3532', '2263', '1602', '3455', '2602', '3145', '1797', '2451', '1406', '2598', '2682', '3647', '2094', '1126', '1604', '2947', '3537', '2863', '1860', '1863', '1498', '1580', '1074', '1937', '3295', '2922', '2304', '1904', '1076', '1448', '3371', '1129', '1854', '1544', '3501', '1699', '1433', '4028', '2995', '3700', '1612', '1472', '2368', '2894', '2028', '1104', '2684', '1467', '2107', '1558', '3919', '2808', '1954', '2871', '2055', '2648', '1872', '1791', '3351', '2816', '2063', '3291', '1209', '3473', '3163', '2289', '3886', '1669', '2153', '3775', '2498', '1507', '2455', '3334', '1326', '3384', '2854', '1856', '3540', '2488', '1925', '1139', '1160', '1499', '2050', '2545', '3939', '3613', '1384', '3715', '1089', '1671', '2293', '2490', '3925', '1838', '2563', '3350', '1932', '2280', '1080', '2175', '2276', '2300', '3662', '3584', '2591', '4024', '1829', '3680', '1181', '2787', '2206', '3821', '2392', '2767', '2133', '2541', '1921', '3230', '3489', '2868', '1786', '2155', '2650', '1340', '3263', '3314', '3084', '2496', '2505');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('74369', '837666', '612011', '239356', '920128', '199630', '369552', '77203', '336261', '650887', '42492', '585074', '514655', '975502', '644717', '624409', '771598', '475761', '37219', '33898') order by pr.title;
select event_id, count(*) from event_source where event_id in ('74369', '837666', '612011', '239356', '920128', '199630', '369552', '77203', '336261', '650887', '42492', '585074', '514655', '975502', '644717', '624409', '771598', '475761', '37219', '33898') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('74369', '837666', '612011', '239356', '920128', '199630', '369552', '77203', '336261', '650887', '42492', '585074', '514655', '975502', '644717', '624409', '771598', '475761', '37219', '33898');
COMMIT;
