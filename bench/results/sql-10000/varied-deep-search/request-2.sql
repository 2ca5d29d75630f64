select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2018-09-19', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('3658', '1338', '8638', '3062', '8924', '4277', '8967', '7619', '5167', '4012', '3259', '1363', '2223', '9226', '8503', '5114', '1747', '9994', '9772', '7773') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3883', '3227', '1458', '3116', '1808', '1874', '1524', '3127', '1689', '2703', '2347', '2052', '2979', '3441', '2395', '2761', '1342', '2644', '1085', '3316', '4015', '2373', '1325', '1686', '3024', '3934', '1651', '2571', '3477', '3225', '3235', '3217', '2284', '2538', '1794', '1123', '2611', '2183', '3631', '2881', '3264', '1557', '3721', '2898', '3938', '1478', '2376', '2855', '3097', '1666', '3057', '1783', '3120', '1238', '1445', '2670', '1466', '3428', '3964', '2842', '1124', '2067', '3226', '2345', '2190', '2285', '2123', '3083', '3033', '2396', '1164', '3548', '3114', '2557', '1065', '2038', '3755', '1116', '2521', '1925', '2648', '2481', '2674', '2479', '3344', '2015', '1778', '3331', '3382', '3596', '1527', '1773', '2438', '2834', '2772', '1740', '3216', '2282', '1581', '3432', '3992', '1395', '1876', '2640', '1999', '1520', '3017', '3207', '1130', '4038', '2590', '1451', '3262', '2422', '1269', '1613', '2204', '2308', '2923', '2353', '3371', '1829', '3846', '3663', '1845', '1412');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('3658', '1338', '8638', '3062', '8924', '4277', '8967', '7619', '5167', '4012', '3259', '1363', '2223', '9226', '8503', '5114', '1747', '9994', '9772', '7773') order by pr.title;
select event_id, count(*) from event_source where event_id in ('3658', '1338', '8638', '3062', '8924', '4277', '8967', '7619', '5167', '4012', '3259', '1363', '2223', '9226', '8503', '5114', '1747', '9994', '9772', '7773') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('3658', '1338', '8638', '3062', '8924', '4277', '8967', '7619', '5167', '4012', '3259', '1363', '2223', '9226', '8503', '5114', '1747', '9994', '9772', '7773');
COMMIT;
