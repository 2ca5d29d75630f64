select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1505') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1505');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('541842', '197936', '256603', '238532', '36842', '680381', '823651', '779438', '298438', '865980', '558873', '392692', '290134', '172448', '63557', '128000', '526558', '237768', '267836', '885170') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3511', '3342', '2880', '3067', '2949', '2553', '3541', '2793', '2677', '1269', '1838', '2033', '1481', '3076', '3330', '1454', '3466', '2665', '1561', '3877', '3622', '1763', '3211', '3667', '1815', '1292', '2481', '2152', '2131', '2341', '2195', '1158', '2810', '1639', '1852', '1383', '3006', '3055', '2944', '1218', '1512', '2172', '2699', '2156', '2648', '1251', '3289', '1550', '1954', '2452', '3281', '3581', '1661', '3362', '3210', '2856', '3143', '2938', '2866', '2725', '3489', '3219', '3605', '2355', '2478', '1342', '3787', '3265', '1891', '2396', '2594', '1445', '2002', '1258', '1847', '3976', '1656', '2501', '3653', '1525', '2552', '2555', '1824', '1597', '3009', '3453', '3305', '2181', '1157', '1846', '3163', '3718', '3252', '3248', '3041', '1207', '3741', '1477', '3066', '1697', '2010', '1359', '3557', '2419', '4039', '2214', '2393', '3425', '2702', '1358', '3035', '2835', '1476', '1474', '2533', '3964', '2965', '3090', '3046', '1394', '1786');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('541842', '197936', '256603', '238532', '36842', '680381', '823651', '779438', '298438', '865980', '558873', '392692', '290134', '172448', '63557', '128000', '526558', '237768', '267836', '885170') order by pr.title;
select event_id, count(*) from event_source where event_id in ('541842', '197936', '256603', '238532', '36842', '680381', '823651', '779438', '298438', '865980', '558873', '392692', '290134', '172448', '63557', '128000', '526558', '237768', '267836', '885170') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('541842', '197936', '256603', '238532', '36842', '680381', '823651', '779438', '298438', '865980', '558873', '392692', '290134', '172448', '63557', '128000', '526558', '237768', '267836', '885170');
COMMIT;
