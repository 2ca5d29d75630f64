select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2016-10-25', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('10675', '9579', '8405', '5127', '3676', '3471', '2467', '6686', '6292', '6110', '5875', '9899', '8180', '5781', '7922', '7291', '6025', '4000', '10567', '4943') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2681', '4025', '2771', '2496', '2756', '1875', '2505', '2802', '3421', '2118', '3407', '3230', '1939', '3990', '3857', '3120', '3083', '3640', '3176', '1283', '1694', '2946', '1541', '2481', '2669', '1889', '1267', '1880', '3081', '3359', '3597', '2297', '3082', '2288', '2964', '1943', '4003', '3960', '3346', '2782', '1950', '1114', '1707', '1118', '2107', '3659', '1784', '1816', '3367', '3651', '2571', '3665', '3719', '1303', '2824', '1998', '4038', '3482', '1480', '2031', '3714', '2151', '2520', '3775', '2905', '1171', '3437', '1445', '3496', '3142', '4021', '2408', '2682', '1261', '3435', '2426', '1356', '1815', '2799', '3318', '1675', '1772', '2012', '3385', '2407', '2453', '3404', '3732', '1475', '1156', '3301', '1873', '3997', '3774', '3845', '1374', '2536', '3716', '2676', '3633', '1176', '2399', '3672', '1338', '1271', '1901', '3319', '1438', '3216', '2010', '1091', '2589', '3284', '2166', '1333', '3099', '3488', '2473', '3796', '3924', '3758', '3887', '3981', '2099', '3765', '2291', '2377', '1488');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('10675', '9579', '8405', '5127', '3676', '3471', '2467', '6686', '6292', '6110', '5875', '9899', '8180', '5781', '7922', '7291', '6025', '4000', '10567', '4943') order by pr.title;
select event_id, count(*) from event_source where event_id in ('10675', '9579', '8405', '5127', '3676', '3471', '2467', '6686', '6292', '6110', '5875', '9899', '8180', '5781', '7922', '7291', '6025', '4000', '10567', '4943') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('10675', '9579', '8405', '5127', '3676', '3471', '2467', '6686', '6292', '6110', '5875', '9899', '8180', '5781', '7922', '7291', '6025', '4000', '10567', '4943');
COMMIT;
