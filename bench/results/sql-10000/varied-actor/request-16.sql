select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-233') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-233');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('10751', '10548', '5912', '6311', '10228', '6185', '1920', '10219', '3049', '4316', '5007', '4501', '3385', '4879', '4239', '10867', '7085', '10362', '10353', '8712') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1846', '2040', '1281', '3997', '1778', '3435', '3313', '3915', '2670', '2474', '4022', '1923', '3388', '1852', '3425', '2418', '3550', '2552', '2722', '1445', '2723', '3796', '1953', '2877', '3513', '3952', '3293', '1912', '1085', '1232', '2268', '1540', '2667', '1431', '2317', '3331', '2028', '3125', '2878', '1686', '3597', '1267', '3165', '3242', '1062', '1768', '3972', '1364', '3344', '1177', '2846', '4006', '2633', '1891', '1726', '3105', '3017', '3178', '3977', '3832', '1599', '1130', '1636', '2969', '3531', '3517', '3259', '2250', '2600', '2579', '2065', '2500', '1124', '1075', '3382', '1386', '3612', '1136', '3338', '1160', '2944', '2180', '3923', '3804', '3443', '1346', '3665', '3107', '2038', '1503', '3020', '3715', '2803', '3297', '3551', '3420', '3290', '1324', '2495', '1207', '1534', '2857', '2551', '3332', '1127', '1382', '3230', '1265', '2377', '3776', '1247', '2403', '1410', '3755', '2599', '1318', '3051', '1456', '1985', '1335', '3449', '2113', '1076', '2976', '2645', '3713');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('10751', '10548', '5912', '6311', '10228', '6185', '1920', '10219', '3049', '4316', '5007', '4501', '3385', '4879', '4239', '10867', '7085', '10362', '10353', '8712') order by pr.title;
select event_id, count(*) from event_source where event_id in ('10751', '10548', '5912', '6311', '10228', '6185', '1920', '10219', '3049', '4316', '5007', '4501', '3385', '4879', '4239', '10867', '7085', '10362', '10353', '8712') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('10751', '10548', '5912', '6311', '10228', '6185', '1920', '10219', '3049', '4316', '5007', '4501', '3385', '4879', '4239', '10867', '7085', '10362', '10353', '8712');
COMMIT;
