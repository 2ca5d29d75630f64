select version from event_data_version;
BEGIN READ ONLY;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2016-03-18', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('10136', '6063', '3355', '2377', '9720', '1405', '10851', '7152', '7135', '6214', '6348', '9913', '2315', '5268', '5883', '3149', '2746', '5538', '3138', '10574') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2072', '1617', '1822', '2054', '3761', '1587', '1908', '2781', '2784', '4001', '2792', '2975', '1725', '3081', '2776', '1900', '2351', '2209', '1704', '1208', '2969', '1094', '1488', '2017', '1448', '3045', '2753', '2833', '1423', '2226', '2465', '1335', '1085', '3551', '1685', '1290', '2170', '1185', '3461', '1875', '3810', '1532', '3208', '2432', '2920', '1609', '1699', '1440', '1726', '2886', '2596', '1712', '2808', '2637', '2534', '2276', '2448', '1913', '3256', '2766', '1546', '1705', '3714', '3064', '3136', '3763', '3221', '2197', '1627', '3398', '2552', '1240', '2663', '2643', '2540', '2741', '2927', '1928', '3784', '3778', '2004', '3450', '3854', '3225', '2237', '3795', '2594', '3887', '3121', '3157', '1891', '3963', '3253', '2605', '3823', '2870', '2068', '1247', '2381', '1716', '3467', '2043', '3503', '2403', '2364', '1399', '2162', '1151', '3131');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('10136', '6063', '3355', '2377', '9720', '1405', '10851', '7152', '7135', '6214', '6348', '9913', '2315', '5268', '5883', '3149', '2746', '5538', '3138', '10574') order by pr.title;
select event_id, count(*) from event_source where event_id in ('10136', '6063', '3355', '2377', '9720', '1405', '10851', '7152', '7135', '6214', '6348', '9913', '2315', '5268', '5883', '3149', '2746', '5538', '3138', '10574') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('10136', '6063', '3355', '2377', '9720', '1405', '10851', '7152', '7135', '6214', '6348', '9913', '2315', '5268', '5883', '3149', '2746', '5538', '3138', '10574');
COMMIT;
