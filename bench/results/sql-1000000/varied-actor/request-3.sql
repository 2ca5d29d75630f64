select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1534') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1534');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('938786', '945680', '845605', '992161', '344521', '409497', '959601', '75885', '424414', '656521', '36036', '1000226', '194951', '492522', '973454', '426536', '910835', '396135', '240820', '985726') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2582', '2732', '1121', '2696', '3703', '1668', '4009', '2911', '3280', '2502', '1201', '1312', '3153', '1184', '2041', '3289', '2141', '2810', '1738', '2673', '2823', '3768', '3439', '2245', '2356', '1642', '1968', '1930', '2198', '3860', '3041', '3236', '1484', '3155', '2700', '3824', '1513', '3894', '2315', '3769', '3779', '1863', '4006', '1227', '2323', '1265', '3453', '1273', '2642', '3449', '1129', '1693', '3141', '1964', '2744', '2215', '3505', '2614', '3171', '1301', '1397', '3076', '2905', '1980', '3407', '1220', '1093', '4037', '3816', '3470', '1558', '1148', '2451', '2944', '3681', '3796', '2956', '2678', '1457', '2791', '1530', '1532', '3374', '1990', '1535', '2068', '1823', '1244', '2475', '2965', '2570', '1245', '1458', '1147', '1064', '2171', '3646', '1285', '1074', '2702', '3735', '2077', '3648', '2017', '2150', '1909', '3925', '3658', '1427', '2416', '1915', '3531', '1051', '3336', '3761', '1195', '3977', '2961', '2694', '2709', '3217', '1191', '3961', '1574', '1719', '1809', '2485');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('938786', '945680', '845605', '992161', '344521', '409497', '959601', '75885', '424414', '656521', '36036', '1000226', '194951', '492522', '973454', '426536', '910835', '396135', '240820', '985726') order by pr.title;
select event_id, count(*) from event_source where event_id in ('938786', '945680', '845605', '992161', '344521', '409497', '959601', '75885', '424414', '656521', '36036', '1000226', '194951', '492522', '973454', '426536', '910835', '396135', '240820', '985726') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('938786', '945680', '845605', '992161', '344521', '409497', '959601', '75885', '424414', '656521', '36036', '1000226', '194951', '492522', '973454', '426536', '910835', '396135', '240820', '985726');
COMMIT;
