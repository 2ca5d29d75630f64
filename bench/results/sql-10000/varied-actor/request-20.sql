select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1602') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1602');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('3396', '2464', '1979', '5401', '10884', '2524', '3351', '1981', '8579', '6671', '6639', '2861', '2340', '4553', '2564', '8620', '8118', '2201', '6266', '5099') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1145', '2404', '2042', '2650', '1649', '1176', '1063', '3068', '3240', '3036', '3310', '2062', '2121', '3694', '1432', '3739', '3427', '2253', '2752', '1828', '2369', '3669', '3735', '3886', '3390', '1815', '2698', '3101', '1596', '3207', '1397', '1114', '3691', '3592', '2532', '3908', '1576', '2129', '3574', '1493', '3300', '1939', '2299', '2094', '3138', '3203', '1219', '2471', '1122', '1615', '3775', '1546', '2519', '3196', '1401', '2167', '3824', '3621', '3843', '2993', '2192', '2189', '1886', '1173', '2244', '3615', '1587', '3032', '2974', '3340', '1760', '2853', '3667', '2303', '2948', '2575', '3181', '2459', '4000', '2038', '2665', '3620', '2701', '3596', '2490', '2217', '1318', '1421', '1356', '3121', '2077', '3250', '2653', '1076', '2259', '1619', '2050', '2875');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('3396', '2464', '1979', '5401', '10884', '2524', '3351', '1981', '8579', '6671', '6639', '2861', '2340', '4553', '2564', '8620', '8118', '2201', '6266', '5099') order by pr.title;
select event_id, count(*) from event_source where event_id in ('3396', '2464', '1979', '5401', '10884', '2524', '3351', '1981', '8579', '6671', '6639', '2861', '2340', '4553', '2564', '8620', '8118', '2201', '6266', '5099') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('3396', '2464', '1979', '5401', '10884', '2524', '3351', '1981', '8579', '6671', '6639', '2861', '2340', '4553', '2564', '8620', '8118', '2201', '6266', '5099');
COMMIT;
