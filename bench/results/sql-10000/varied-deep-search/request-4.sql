select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2017-10-03', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('10384', '9729', '7803', '6235', '9106', '9101', '1260', '10460', '5918', '5914', '5214', '4253', '3649', '2210', '1743', '7993', '7003', '5074', '4781', '7917') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3634', '1127', '1596', '3450', '3818', '3702', '3762', '1648', '2968', '1583', '1322', '2352', '1317', '1192', '2614', '3880', '2640', '3972', '1380', '2985', '2768', '3014', '1702', '3991', '3026', '3216', '1071', '3600', '2965', '1341', '3215', '4003', '2710', '2005', '1449', '3103', '2204', '2032', '3851', '2229', '2993', '1537', '1845', '2639', '3503', '2033', '2759', '3737', '2970', '2885', '1262', '1651', '1117', '3336', '1979', '3668', '2663', '3089', '1568', '3794', '4023', '1762', '2706', '3614', '1726', '2719', '3561', '2771', '3881', '2049', '3220', '3374', '3208', '2239', '1369', '2024', '2790', '3879', '3497', '1056', '3449', '1278', '1874', '2959', '3441', '3578', '3495', '1815', '3502', '2023', '3757', '3817', '3778', '1342', '2370', '3799', '4016', '1549', '2724', '1834', '2770', '3063', '2380', '1894', '3269', '2750', '2900', '1220', '3669');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('10384', '9729', '7803', '6235', '9106', '9101', '1260', '10460', '5918', '5914', '5214', '4253', '3649', '2210', '1743', '7993', '7003', '5074', '4781', '7917') order by pr.title;
select event_id, count(*) from event_source where event_id in ('10384', '9729', '7803', '6235', '9106', '9101', '1260', '10460', '5918', '5914', '5214', '4253', '3649', '2210', '1743', '7993', '7003', '5074', '4781', '7917') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('10384', '9729', '7803', '6235', '9106', '9101', '1260', '10460', '5918', '5914', '5214', '4253', '3649', '2210', '1743', '7993', '7003', '5074', '4781', '7917');
COMMIT;
