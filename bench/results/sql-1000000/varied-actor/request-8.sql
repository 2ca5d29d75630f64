select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1903') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1903');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('843404', '341930', '366768', '906969', '727983', '40701', '422604', '130768', '938054', '818908', '690515', '650975', '246178', '96091', '829830', '29377', '158152', '295636', '285441', '306685') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2951', '2017', '2866', '2966', '3603', '3866', '3186', '1458', '1476', '3089', '1660', '1246', '3515', '3353', '4008', '3149', '1980', '4002', '2407', '3775', '1232', '2556', '3059', '2544', '2589', '1716', '1723', '1096', '3993', '2973', '1559', '3898', '2331', '2181', '3584', '2581', '3724', '2941', '2741', '2246', '1863', '2925', '3076', '2135', '3807', '2630', '1273', '1420', '1290', '2491', '2061', '3400', '2508', '3995', '2679', '3185', '1073', '3408', '3974', '2986', '2884', '1691', '2736', '3903', '1414', '3118', '2533', '2177', '1386', '1609', '2552', '2706', '3842', '2209', '1875', '2958', '1626', '1286', '1235', '1274', '1448', '3567', '3423', '2401', '3798', '3871', '2662', '3499', '3257', '2944', '2021', '2117', '2179', '2303', '3194', '2833', '1387', '3622', '2337', '3822', '2953', '1178', '2475', '3270', '2620', '2485', '2882', '1048', '1968', '2812', '2189', '3156', '1547', '3225', '3382', '3247', '3479', '2461', '2670', '1174', '3074', '3456', '3318');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('843404', '341930', '366768', '906969', '727983', '40701', '422604', '130768', '938054', '818908', '690515', '650975', '246178', '96091', '829830', '29377', '158152', '295636', '285441', '306685') order by pr.title;
select event_id, count(*) from event_source where event_id in ('843404', '341930', '366768', '906969', '727983', '40701', '422604', '130768', '938054', '818908', '690515', '650975', '246178', '96091', '829830', '29377', '158152', '295636', '285441', '306685') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('843404', '341930', '366768', '906969', '727983', '40701', '422604', '130768', '938054', '818908', '690515', '650975', '246178', '96091', '829830', '29377', '158152', '295636', '285441', '306685');
COMMIT;
