select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2018-06-07', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('5434', '3017', '10823', '8056', '6219', '5372', '5258', '4978', '2202', '2136', '1177', '8115', '5436', '4388', '10356', '8276', '6100', '4127', '1312', '1247') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1457', '2838', '1841', '3365', '2949', '3134', '3906', '3098', '3278', '3048', '2126', '2333', '2229', '3299', '1781', '1992', '1997', '4016', '2873', '1607', '3572', '2019', '3460', '3542', '3069', '2678', '1827', '2975', '2294', '2340', '3777', '3063', '1885', '1275', '3828', '3256', '3552', '3954', '2412', '1589', '1107', '4031', '1674', '1411', '2072', '2383', '2368', '1711', '2628', '1417', '3194', '1546', '3703', '3905', '1434', '3765', '3683', '1946', '2479', '3286', '1491', '1138', '1810', '2313', '1262', '2836', '2073', '2346', '1807', '1277', '2335', '1068', '2564', '1117', '2359', '3337', '3622', '3757', '3185', '1876', '3126', '2773', '3491', '1174', '1247', '2436', '1326', '1819', '2670', '1818', '3269', '1216', '1624', '2988', '1560', '2191', '3340', '1338', '3298', '1791', '1605', '3685', '2032', '1653', '2134', '2689', '1601', '2392', '3171', '2986', '3497', '1384', '2751', '2375', '2220', '3842', '3103', '1897', '2279', '1243', '3268', '2844', '1334', '2731', '1534');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('5434', '3017', '10823', '8056', '6219', '5372', '5258', '4978', '2202', '2136', '1177', '8115', '5436', '4388', '10356', '8276', '6100', '4127', '1312', '1247') order by pr.title;
select event_id, count(*) from event_source where event_id in ('5434', '3017', '10823', '8056', '6219', '5372', '5258', '4978', '2202', '2136', '1177', '8115', '5436', '4388', '10356', '8276', '6100', '4127', '1312', '1247') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('5434', '3017', '10823', '8056', '6219', '5372', '5258', '4978', '2202', '2136', '1177', '8115', '5436', '4388', '10356', '8276', '6100', '4127', '1312', '1247');
COMMIT;
