select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1477') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1477');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('6876', '3423', '7501', '5188', '9605', '10036', '4547', '2792', '6914', '2521', '9972', '1404', '7915', '5898', '4873', '2754', '5065', '8425', '1811', '9414') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1556', '2327', '2038', '1632', '3437', '1062', '3189', '2525', '1824', '2129', '2836', '2348', '2819', '1218', '3890', '3672', '1822', '2569', '2434', '1443', '2250', '2287', '3280', '3358', '2316', '2184', '2653', '3487', '2275', '2326', '3209', '1282', '3515', '1528', '3547', '1396', '4002', '3275', '1769', '1131', '2118', '3377', '1090', '3124', '1359', '1957', '2839', '2345', '2258', '2589', '3048', '3525', '1910', '3406', '2237', '2285', '1422', '3323', '2193', '3061', '3820', '1481', '2973', '3939', '3548', '1836', '2656', '3634', '3060', '3098', '1207', '1264', '2313', '1608', '1575', '3084', '3756', '1081', '2022', '3797', '2340', '3899', '1763', '3251', '2899', '2048', '3613', '2788', '1700', '3029', '3519', '2971', '3766', '1988', '3006', '2332', '2606', '1386', '3584', '3248', '2618', '1320', '3329', '2638', '2591', '2592', '2135', '1761', '3514', '1239', '1252', '3005', '4003', '2616', '1857');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('6876', '3423', '7501', '5188', '9605', '10036', '4547', '2792', '6914', '2521', '9972', '1404', '7915', '5898', '4873', '2754', '5065', '8425', '1811', '9414') order by pr.title;
select event_id, count(*) from event_source where event_id in ('6876', '3423', '7501', '5188', '9605', '10036', '4547', '2792', '6914', '2521', '9972', '1404', '7915', '5898', '4873', '2754', '5065', '8425', '1811', '9414') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('6876', '3423', '7501', '5188', '9605', '10036', '4547', '2792', '6914', '2521', '9972', '1404', '7915', '5898', '4873', '2754', '5065', '8425', '1811', '9414');
COMMIT;
