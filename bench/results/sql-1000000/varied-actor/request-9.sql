select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1571') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1571');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('737222', '667524', '991427', '942042', '898364', '227387', '692375', '489483', '493359', '905798', '414407', '750401', '405947', '811800', '851950', '96135', '802905', '710012', '351059', '910719') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1790', '2543', '2619', '1806', '4004', '1672', '2238', '2311', '3792', '3681', '3014', '4045', '2212', '1327', '2305', '2138', '2901', '3512', '1898', '1222', '1912', '2298', '1138', '1053', '2085', '1554', '1668', '2696', '3861', '3723', '2717', '1299', '3769', '2160', '2776', '2876', '3366', '1610', '1807', '1519', '4010', '3762', '3929', '1164', '3371', '3046', '1874', '2591', '3748', '1453', '3906', '2786', '2990', '1223', '2817', '2437', '2939', '3085', '3746', '3493', '2011', '3708', '2798', '2494', '1626', '2344', '3960', '2855', '1320', '3606', '1703', '2380', '3087', '2114', '3629', '1108', '1972', '3824', '2234', '2972', '3028', '3833', '2962', '2401', '3174', '3731', '2694', '1681', '2513', '1241', '1893', '3601', '2231', '3457', '2442', '2979', '3914', '3327', '1799', '2101', '2309', '2801', '3471', '1069', '2278', '2982', '2432', '1533', '2230', '2042', '4013', '3361', '3050', '3980', '3343', '2688', '1452', '3515', '3984', '1502', '2993', '3909', '2062', '1393');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('737222', '667524', '991427', '942042', '898364', '227387', '692375', '489483', '493359', '905798', '414407', '750401', '405947', '811800', '851950', '96135', '802905', '710012', '351059', '910719') order by pr.title;
select event_id, count(*) from event_source where event_id in ('737222', '667524', '991427', '942042', '898364', '227387', '692375', '489483', '493359', '905798', '414407', '750401', '405947', '811800', '851950', '96135', '802905', '710012', '351059', '910719') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('737222', '667524', '991427', '942042', '898364', '227387', '692375', '489483', '493359', '905798', '414407', '750401', '405947', '811800', '851950', '96135', '802905', '710012', '351059', '910719');
COMMIT;
