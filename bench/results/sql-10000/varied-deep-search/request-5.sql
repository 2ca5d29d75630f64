select version from event_data_version;
BEGIN READ ONLY;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2016-12-05', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('3182', '2338', '7111', '6897', '4493', '8435', '4257', '3547', '7516', '7005', '6257', '10914', '10620', '8992', '7634', '7488', '5524', '5500', '2451', '1506') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3960', '2294', '3706', '3166', '3238', '2850', '2525', '3004', '4046', '1285', '3359', '2862', '3158', '1870', '3773', '2056', '2922', '3002', '2483', '1539', '1970', '2214', '2401', '3108', '1836', '3267', '2395', '3341', '2403', '1912', '2836', '3229', '3440', '3510', '1214', '1657', '1070', '1687', '3353', '2541', '1077', '3342', '2958', '2687', '2204', '1612', '3476', '1371', '1838', '1479', '3793', '3447', '3237', '2114', '1849', '2645', '2895', '1144', '1859', '3106', '3349', '1176', '3564', '3790', '2694', '1656', '3830', '1665', '3332', '3651', '1583', '2358', '3246', '2883', '2432', '1925', '3828', '1615', '3841', '3691', '1689', '2865', '1874', '2418', '2632', '3762', '1620', '1099', '3396', '1400', '3555', '2747', '1377', '2908', '2159', '3686', '3201', '1286', '1081', '3795', '2413', '1296', '1798');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('3182', '2338', '7111', '6897', '4493', '8435', '4257', '3547', '7516', '7005', '6257', '10914', '10620', '8992', '7634', '7488', '5524', '5500', '2451', '1506') order by pr.title;
select event_id, count(*) from event_source where event_id in ('3182', '2338', '7111', '6897', '4493', '8435', '4257', '3547', '7516', '7005', '6257', '10914', '10620', '8992', '7634', '7488', '5524', '5500', '2451', '1506') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('3182', '2338', '7111', '6897', '4493', '8435', '4257', '3547', '7516', '7005', '6257', '10914', '10620', '8992', '7634', '7488', '5524', '5500', '2451', '1506');
COMMIT;
