select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1605') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1605');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('7405', '1323', '8808', '3730', '7588', '4087', '2241', '1817', '2792', '8412', '1711', '10288', '2858', '5452', '1410', '7919', '9498', '1825', '8602', '5926') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1365', '2653', '3295', '2317', '2490', '2550', '1279', '3822', '2342', '2997', '2644', '2946', '3529', '3243', '2494', '1900', '3386', '2208', '1604', '2669', '1686', '1787', '3747', '2874', '3193', '1079', '3223', '1403', '1437', '2875', '3232', '3486', '3042', '1661', '3175', '2561', '3482', '1053', '2833', '2316', '2184', '2525', '3487', '2275', '2343', '2571', '1856', '3545', '3601', '1333', '1669', '3904', '3740', '4029', '1927', '3914', '2968', '3820', '1748', '3701', '3856', '3842', '3456', '3672', '1507', '2391', '2687', '1540', '1934', '3881', '1367', '3462', '3114', '1462', '1455', '3239', '1754', '2471', '1531', '2746', '3972', '3883', '3849', '2191', '2025', '1201', '2808', '2373', '1068', '3101', '3906', '1352', '2843', '3983', '3595', '3544', '1997', '2564', '1335', '3435', '3735', '2400', '1255', '3929', '2144', '1855', '1860', '1831', '2130', '2538', '1651', '2187', '3021', '2710', '2684', '2237', '2636', '1514');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('7405', '1323', '8808', '3730', '7588', '4087', '2241', '1817', '2792', '8412', '1711', '10288', '2858', '5452', '1410', '7919', '9498', '1825', '8602', '5926') order by pr.title;
select event_id, count(*) from event_source where event_id in ('7405', '1323', '8808', '3730', '7588', '4087', '2241', '1817', '2792', '8412', '1711', '10288', '2858', '5452', '1410', '7919', '9498', '1825', '8602', '5926') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('7405', '1323', '8808', '3730', '7588', '4087', '2241', '1817', '2792', '8412', '1711', '10288', '2858', '5452', '1410', '7919', '9498', '1825', '8602', '5926');
COMMIT;
