select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2446') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2446');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('6088', '3007', '2962', '10767', '5506', '8018', '1355', '1793', '3300', '10726', '6407', '6589', '6868', '9491', '10924', '2703', '6537', '2881', '6687', '7763') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2591', '1542', '3494', '1268', '3190', '3380', '3612', '1756', '2891', '3979', '2187', '3459', '2854', '3699', '1477', '1988', '1131', '3413', '2370', '2355', '3030', '2163', '3803', '1955', '3736', '3772', '1600', '2716', '1337', '2927', '3674', '3407', '3347', '2785', '2645', '2531', '1287', '2916', '3309', '3765', '1864', '1123', '4027', '3589', '2693', '1581', '2217', '3784', '3087', '2874', '3141', '3895', '2930', '3853', '3169', '3177', '2857', '1755', '3848', '3465', '3029', '1763', '2525', '2763', '1930', '1884', '2367', '1991', '3675', '3578', '3654', '1553', '3352', '3102', '3693', '3149', '1728', '3410', '2733', '3884', '2328', '1603', '3374', '3122', '3003', '1252', '3021', '2976', '3023', '1985', '1551', '3405', '1258', '1429', '2856', '3116', '1075', '2095', '3533', '2129', '1515', '1291', '3051', '2555', '2795', '1245', '3609', '2293', '3283', '3016', '1471', '2268', '2817', '1810', '1256', '2540', '2860', '1162', '3274', '2813', '1234', '3214', '2243', '3379', '2705', '1754', '2008');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('6088', '3007', '2962', '10767', '5506', '8018', '1355', '1793', '3300', '10726', '6407', '6589', '6868', '9491', '10924', '2703', '6537', '2881', '6687', '7763') order by pr.title;
select event_id, count(*) from event_source where event_id in ('6088', '3007', '2962', '10767', '5506', '8018', '1355', '1793', '3300', '10726', '6407', '6589', '6868', '9491', '10924', '2703', '6537', '2881', '6687', '7763') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('6088', '3007', '2962', '10767', '5506', '8018', '1355', '1793', '3300', '10726', '6407', '6589', '6868', '9491', '10924', '2703', '6537', '2881', '6687', '7763');
COMMIT;
