select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-736') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-736');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('476988', '852438', '312629', '652221', '85740', '856254', '161142', '325697', '659995', '933139', '842660', '728025', '581273', '32809', '83212', '27152', '718492', '639793', '484450', '884794') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3796', '3688', '3577', '1287', '2296', '1202', '3774', '1784', '2282', '2918', '2105', '3929', '2741', '3756', '1900', '1790', '3498', '2813', '1299', '1344', '2497', '2197', '1544', '2017', '2772', '2284', '3273', '4029', '1418', '1243', '1081', '3031', '1152', '1163', '3839', '3586', '1370', '1294', '2395', '3000', '3073', '1708', '3533', '2009', '3065', '2959', '2222', '2219', '1419', '2953', '3315', '2446', '1115', '2308', '1788', '1697', '2026', '1491', '3055', '2648', '1066', '1214', '2507', '3096', '2682', '2347', '1339', '3149', '2335', '3735', '2448', '2199', '1296', '2341', '3813', '1240', '3780', '3438', '3908', '2636', '1113', '2714', '3124', '3520', '1061', '1887', '1617', '3526', '1958', '1284', '3685', '2044', '3476', '1084', '1858', '3618', '3546', '1635', '1674', '2104', '3480', '1052', '3228', '3157', '2831', '3775', '3574', '2258', '3362', '1282', '1606', '3991', '4004', '3926', '3279', '3366', '3289');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('476988', '852438', '312629', '652221', '85740', '856254', '161142', '325697', '659995', '933139', '842660', '728025', '581273', '32809', '83212', '27152', '718492', '639793', '484450', '884794') order by pr.title;
select event_id, count(*) from event_source where event_id in ('476988', '852438', '312629', '652221', '85740', '856254', '161142', '325697', '659995', '933139', '842660', '728025', '581273', '32809', '83212', '27152', '718492', '639793', '484450', '884794') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('476988', '852438', '312629', '652221', '85740', '856254', '161142', '325697', '659995', '933139', '842660', '728025', '581273', '32809', '83212', '27152', '718492', '639793', '484450', '884794');
COMMIT;
