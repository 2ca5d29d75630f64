select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-483') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-483');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('7405', '8676', '10652', '2705', '2577', '8157', '7273', '2357', '1515', '6421', '10276', '4359', '9256', '10073', '1217', '1796') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1581', '2720', '3946', '1531', '1555', '2135', '1550', '1333', '1173', '1114', '1976', '3000', '3824', '2196', '3699', '3994', '3661', '1559', '3635', '2472', '2715', '3988', '3048', '1503', '2737', '1648', '1443', '3117', '1366', '2363', '3767', '3347', '3440', '1893', '2134', '1990', '1475', '1821', '2222', '3111', '1077', '2841', '3716', '3456', '2819', '2920', '2390', '3789', '2094', '1918', '3539', '3553', '3721', '3534', '2033', '1526', '3196', '3201', '1715', '1347', '3065', '1136', '2653', '1462', '1455', '1669', '3239', '1754', '2471', '2453', '2751', '2438', '2671', '1353', '1959', '1737', '1101', '1481', '4026', '3730', '1684', '3502', '1870', '2248', '1370', '1181', '3976', '2825', '1195', '1303', '2021', '1680', '1659', '2592', '2148', '2482', '1200', '3223', '2972', '1785', '2510', '1628', '2613', '3482', '2622', '2739', '3706', '3424', '2634');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('7405', '8676', '10652', '2705', '2577', '8157', '7273', '2357', '1515', '6421', '10276', '4359', '9256', '10073', '1217', '1796') order by pr.title;
select event_id, count(*) from event_source where event_id in ('7405', '8676', '10652', '2705', '2577', '8157', '7273', '2357', '1515', '6421', '10276', '4359', '9256', '10073', '1217', '1796') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('7405', '8676', '10652', '2705', '2577', '8157', '7273', '2357', '1515', '6421', '10276', '4359', '9256', '10073', '1217', '1796');
COMMIT;
