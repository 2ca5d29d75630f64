select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2208') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2208');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('409062', '895120', '705457', '873913', '441835', '852183', '647542', '748959', '214378', '680439', '499274', '297502', '469859', '892280', '617217', '290501', '263257', '14053', '880290', '292985') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1764', '1743', '1796', '1452', '3414', '1087', '3856', '3256', '3747', '2288', '3340', '1575', '1662', '2916', '1591', '1531', '1109', '3063', '3608', '1637', '2370', '1677', '1139', '2666', '1761', '2224', '3303', '2708', '1184', '1082', '1071', '2748', '2657', '1687', '2365', '3761', '3684', '1571', '3184', '1422', '1061', '2211', '2642', '3180', '1642', '3019', '2506', '3738', '1942', '1273', '3259', '3551', '2189', '3995', '3975', '2407', '3032', '3707', '2327', '2927', '2659', '2112', '2118', '3448', '1539', '3494', '3163', '4030', '2583', '1117', '1809', '2829', '2633', '1238', '1698', '2521', '2250', '3114', '3811', '3400', '2266', '1708', '3489', '1660', '2381', '1557', '1151', '3579', '3216', '2427', '2392', '2526', '1894', '3205', '1319', '1963', '1231', '2533', '2182', '3734', '2348', '3223', '3823', '1780', '2198', '1288', '3607', '3076', '2884', '2282', '3690', '2508', '3110', '2938', '2261', '2166', '1763', '3704', '1715', '2815', '2168');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('409062', '895120', '705457', '873913', '441835', '852183', '647542', '748959', '214378', '680439', '499274', '297502', '469859', '892280', '617217', '290501', '263257', '14053', '880290', '292985') order by pr.title;
select event_id, count(*) from event_source where event_id in ('409062', '895120', '705457', '873913', '441835', '852183', '647542', '748959', '214378', '680439', '499274', '297502', '469859', '892280', '617217', '290501', '263257', '14053', '880290', '292985') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('409062', '895120', '705457', '873913', '441835', '852183', '647542', '748959', '214378', '680439', '499274', '297502', '469859', '892280', '617217', '290501', '263257', '14053', '880290', '292985');
COMMIT;
