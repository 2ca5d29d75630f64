select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-164') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-164');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('8983', '8400', '8816', '3448', '8070', '2652', '4310', '4344', '4673', '2782', '6079', '8345', '6920', '7123', '3253', '7092', '1750', '6561', '4447', '5599') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3021', '1212', '2360', '3861', '3064', '1450', '3889', '1089', '2410', '1775', '1149', '2374', '4045', '3792', '1118', '3744', '2640', '2038', '1792', '2436', '3382', '2554', '2781', '1935', '2673', '1297', '1706', '2493', '3475', '2669', '1334', '3961', '1143', '2995', '2006', '3055', '3547', '3443', '3691', '3971', '1655', '3195', '2122', '3096', '3230', '1685', '1258', '2257', '3046', '1396', '1205', '1625', '2188', '1807', '3394', '1574', '3783', '3314', '2824', '2606', '3576', '2278', '3110', '1964', '3907', '3418', '2804', '1302', '2929', '1165', '2658', '2268', '3053', '3087', '3804', '2087', '1599', '2716', '3940', '3628', '3593', '3303', '2670', '3188', '1175', '2657', '3416', '3040', '3924', '3429', '3652', '1067', '2921', '1236', '3277', '1219', '3817', '2231', '1597', '1561', '2330', '3126', '2646', '1445', '1100', '3991', '1550', '2917', '2086', '2666', '3890', '1296', '1217', '1331', '3860', '3561', '1508', '3657', '2141', '3326', '2102', '3468', '2046', '2955', '3634', '2513', '1913', '3450', '3067', '3410', '2204', '2635', '3362', '2867', '2905');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('8983', '8400', '8816', '3448', '8070', '2652', '4310', '4344', '4673', '2782', '6079', '8345', '6920', '7123', '3253', '7092', '1750', '6561', '4447', '5599') order by pr.title;
select event_id, count(*) from event_source where event_id in ('8983', '8400', '8816', '3448', '8070', '2652', '4310', '4344', '4673', '2782', '6079', '8345', '6920', '7123', '3253', '7092', '1750', '6561', '4447', '5599') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('8983', '8400', '8816', '3448', '8070', '2652', '4310', '4344', '4673', '2782', '6079', '8345', '6920', '7123', '3253', '7092', '1750', '6561', '4447', '5599');
COMMIT;
