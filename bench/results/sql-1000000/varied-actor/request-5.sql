select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1651') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1651');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('314901', '256603', '424149', '769371', '398723', '518871', '680438', '536135', '462230', '531588', '253681', '164884', '672961', '715383', '421123', '825703', '616103', '981109', '672039', '162484') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1665', '1258', '2753', '1201', '3413', '1340', '3024', '3543', '2699', '1769', '3925', '1874', '2059', '1696', '2960', '1554', '3778', '1785', '2847', '3006', '2553', '3055', '2944', '1218', '1512', '2172', '3916', '3409', '3193', '1434', '3625', '3939', '1754', '3792', '1348', '2810', '2038', '1947', '1520', '3237', '2921', '1187', '3768', '1101', '2091', '2277', '1678', '2500', '2621', '3719', '2173', '3074', '3032', '2843', '2768', '3586', '1751', '2855', '1778', '1245', '2603', '3049', '2677', '2970', '1795', '3844', '3878', '3944', '3535', '1300', '3504', '1627', '3087', '2669', '2224', '1377', '1761', '3152', '1318', '3920', '1368', '1581', '3498', '2201', '1293', '2895', '3559', '1934', '2846', '3440', '3987', '3989', '3566', '1445', '1958', '2241', '2196', '2261', '3918', '2888', '2189', '1360', '1124', '2751', '2591', '1451', '3253', '1582', '2695', '3760', '2258', '2301', '3155', '2701');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('314901', '256603', '424149', '769371', '398723', '518871', '680438', '536135', '462230', '531588', '253681', '164884', '672961', '715383', '421123', '825703', '616103', '981109', '672039', '162484') order by pr.title;
select event_id, count(*) from event_source where event_id in ('314901', '256603', '424149', '769371', '398723', '518871', '680438', '536135', '462230', '531588', '253681', '164884', '672961', '715383', '421123', '825703', '616103', '981109', '672039', '162484') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('314901', '256603', '424149', '769371', '398723', '518871', '680438', '536135', '462230', '531588', '253681', '164884', '672961', '715383', '421123', '825703', '616103', '981109', '672039', '162484');
COMMIT;
