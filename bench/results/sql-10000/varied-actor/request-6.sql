select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1159') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1159');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('5398', '2051', '4979', '4765', '6563', '2360', '10684', '8886', '2459', '7759', '7462', '1150', '7344', '8612', '6555', '2067', '7783', '8739', '11033', '6541') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2107', '3462', '2748', '2207', '2139', '2856', '1520', '1362', '3452', '1933', '3351', '2170', '3549', '3617', '3976', '2127', '1250', '2405', '2989', '3207', '2864', '2873', '3819', '1429', '3449', '3739', '2941', '1852', '2252', '2739', '3717', '3899', '1172', '2591', '2907', '1532', '2981', '1157', '3244', '1790', '3635', '1849', '1726', '3810', '2347', '3223', '3159', '2939', '3647', '1400', '3641', '3049', '2124', '2377', '1721', '2217', '2635', '1113', '2644', '1369', '3830', '1072', '2668', '2400', '1821', '3158', '2287', '3360', '1756', '3854', '1626', '2843', '1932', '2412', '2204', '3385', '3719', '2604', '1096', '3914', '3161', '3224', '1646', '2053', '1542', '1946', '2592', '3500', '2323', '2469', '1855', '3744', '4027', '1535', '2613', '3055', '2433', '2728', '3937', '1921', '1714', '2259', '1750', '3591', '1284', '1954', '1455', '3348', '2711', '1086', '1340', '1414', '1094', '1388', '1323', '2208', '3502');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('5398', '2051', '4979', '4765', '6563', '2360', '10684', '8886', '2459', '7759', '7462', '1150', '7344', '8612', '6555', '2067', '7783', '8739', '11033', '6541') order by pr.title;
select event_id, count(*) from event_source where event_id in ('5398', '2051', '4979', '4765', '6563', '2360', '10684', '8886', '2459', '7759', '7462', '1150', '7344', '8612', '6555', '2067', '7783', '8739', '11033', '6541') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('5398', '2051', '4979', '4765', '6563', '2360', '10684', '8886', '2459', '7759', '7462', '1150', '7344', '8612', '6555', '2067', '7783', '8739', '11033', '6541');
COMMIT;
