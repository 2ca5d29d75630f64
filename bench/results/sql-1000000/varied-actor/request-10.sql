select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2529') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2529');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('598719', '134213', '417274', '622017', '485523', '572859', '206784', '189260', '154007', '616802', '893621', '409459', '341394', '50051', '718396', '482257', '27152', '909703', '102405', '942486') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3796', '3688', '3577', '1287', '2296', '1202', '3774', '1784', '1460', '3649', '1789', '3564', '3214', '1984', '2543', '3617', '3790', '2050', '1350', '3542', '2848', '3711', '1105', '3153', '2084', '1648', '2430', '3164', '1494', '1684', '2304', '1439', '3010', '1848', '1264', '3457', '3929', '1811', '2328', '1483', '3446', '1125', '2983', '3278', '3786', '3208', '1071', '2956', '1171', '1177', '2182', '3128', '3005', '1127', '3837', '2123', '3937', '2821', '1109', '1062', '3517', '2626', '2998', '1663', '1555', '1814', '2235', '2845', '1189', '1956', '3122', '2817', '2673', '3185', '2021', '3772', '3780', '1743', '1066', '3930', '1228', '3321', '1365', '2152', '3262', '2591', '4043', '3211', '2838', '3027', '2022', '2691', '3221', '3766', '1209', '1891', '3985', '1381', '2313', '2196', '3717', '3437', '3891', '3205', '3831', '3336', '2072', '3856', '3589', '3099', '2812', '3222', '1942', '2223', '1846', '3503');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('598719', '134213', '417274', '622017', '485523', '572859', '206784', '189260', '154007', '616802', '893621', '409459', '341394', '50051', '718396', '482257', '27152', '909703', '102405', '942486') order by pr.title;
select event_id, count(*) from event_source where event_id in ('598719', '134213', '417274', '622017', '485523', '572859', '206784', '189260', '154007', '616802', '893621', '409459', '341394', '50051', '718396', '482257', '27152', '909703', '102405', '942486') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('598719', '134213', '417274', '622017', '485523', '572859', '206784', '189260', '154007', '616802', '893621', '409459', '341394', '50051', '718396', '482257', '27152', '909703', '102405', '942486');
COMMIT;
