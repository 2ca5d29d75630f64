select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2016-11-20', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('10601', '10266', '8023', '7236', '6691', '3660', '10651', '8863', '4807', '4099', '2506', '1301', '10717', '8230', '2220', '3671', '4274', '3093', '2943', '1490') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3373', '1975', '2974', '1338', '2794', '3623', '1992', '3913', '1604', '2320', '1269', '1950', '2778', '3957', '2891', '1356', '1701', '1247', '2886', '3094', '2113', '1119', '2847', '3545', '1426', '1170', '4019', '3630', '2336', '1069', '3834', '2763', '3798', '3794', '3841', '2046', '2551', '1806', '1765', '2817', '1911', '2344', '3279', '3936', '1854', '3470', '3554', '2448', '1528', '3300', '2490', '1427', '3243', '2163', '3991', '3647', '3695', '3591', '3210', '3561', '3004', '2462', '1157', '2420', '3525', '1392', '3860', '1507', '3744', '1779', '1403', '2588', '3683', '3824', '1933', '3961', '1852', '1094', '3305', '1935', '2757', '1425', '2115', '2726', '2557', '1142', '2834', '3125', '3639', '1420', '2825', '1683', '4032', '1066', '1976', '2453', '2284', '1849', '3881', '3184', '2813', '2120', '2562', '1481', '3205', '1233', '1850', '2124', '1291', '3799', '1073', '3514', '3537', '2578', '2246', '1059', '2416', '1552', '3741');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('10601', '10266', '8023', '7236', '6691', '3660', '10651', '8863', '4807', '4099', '2506', '1301', '10717', '8230', '2220', '3671', '4274', '3093', '2943', '1490') order by pr.title;
select event_id, count(*) from event_source where event_id in ('10601', '10266', '8023', '7236', '6691', '3660', '10651', '8863', '4807', '4099', '2506', '1301', '10717', '8230', '2220', '3671', '4274', '3093', '2943', '1490') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('10601', '10266', '8023', '7236', '6691', '3660', '10651', '8863', '4807', '4099', '2506', '1301', '10717', '8230', '2220', '3671', '4274', '3093', '2943', '1490');
COMMIT;
