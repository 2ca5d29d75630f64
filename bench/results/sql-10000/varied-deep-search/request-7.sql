select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2017-01-01', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('9123', '8353', '8178', '6687', '2914', '2630', '2159', '1819', '1558', '1160', '3354', '9967', '2437', '10088', '5879', '3038', '1562', '8516', '4937', '4357') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3770', '1735', '2085', '3710', '3641', '2761', '1286', '1411', '3267', '4015', '2932', '2059', '1909', '2746', '1794', '1187', '3875', '1917', '1259', '2624', '2372', '2667', '1194', '2504', '1896', '3097', '1636', '1781', '3336', '1385', '3206', '3192', '1899', '1991', '3380', '3216', '2512', '3175', '2601', '3910', '1124', '2062', '2246', '2316', '1712', '2705', '2203', '1174', '1466', '2206', '1715', '2994', '1756', '3723', '1692', '1053', '3918', '2592', '1223', '1710', '1668', '1972', '3536', '2099', '2560', '3299', '2147', '2077', '1496', '1672', '2796', '1305', '2630', '3976', '2536', '3049', '2237', '1850', '3745', '1728', '3410', '2733', '3884', '3494', '2328', '1603', '3374', '2663', '2452', '2277', '1551', '3106', '3131', '1328', '1219', '1166', '3342', '3048', '2639', '2047', '1822', '2078', '3501', '3080', '3166', '2714', '1108', '2800', '3427', '2240', '1198', '1881', '3042', '3171', '3868', '2374', '3732', '3301', '3942', '1706', '2020', '2766', '1579', '1783', '1430', '2555');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('9123', '8353', '8178', '6687', '2914', '2630', '2159', '1819', '1558', '1160', '3354', '9967', '2437', '10088', '5879', '3038', '1562', '8516', '4937', '4357') order by pr.title;
select event_id, count(*) from event_source where event_id in ('9123', '8353', '8178', '6687', '2914', '2630', '2159', '1819', '1558', '1160', '3354', '9967', '2437', '10088', '5879', '3038', '1562', '8516', '4937', '4357') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('9123', '8353', '8178', '6687', '2914', '2630', '2159', '1819', '1558', '1160', '3354', '9967', '2437', '10088', '5879', '3038', '1562', '8516', '4937', '4357');
COMMIT;
