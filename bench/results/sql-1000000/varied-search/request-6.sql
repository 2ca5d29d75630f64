select version from event_data_version;
BEGIN READ ONLY;
select e.id as id, e.sort_key as sort_key, (select count(*) from (select 1 from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('security guarantees 1616') limit 10001) matches) as total from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('security guarantees 1616') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('894591', '580182', '433136', '323602', '4121', '468360', '492301', '581586', '973530', '865970', '734943', '90588', '759678', '185262', '158733', '845543', '710825', '962441', '668309', '7345') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2080', '2098', '2664', '2399', '2041', '2686', '3175', '2501', '3041', '3965', '1858', '2498', '1400', '2592', '2151', '2403', '1137', '2899', '2341', '4026', '2710', '1542', '3114', '2242', '1522', '3226', '2685', '3680', '1488', '2256', '3163', '1199', '1869', '3845', '3472', '1767', '1434', '1431', '1198', '3523', '1384', '1315', '2569', '3302', '2993', '3375', '4015', '1563', '3018', '2800', '3907', '2934', '1759', '3174', '3008', '3837', '3275', '1462', '1126', '3155', '3096', '3630', '1789', '1828', '1233', '3876', '2548', '1666', '1831', '3413', '2178', '1625', '2743', '1804', '3684', '3238', '3854', '1624', '3374', '1483', '2577', '2478', '1203', '2087', '3588', '1503', '3258', '2413', '3636', '2776', '2197', '3954', '2266', '3169', '3418', '2167', '1312', '1699', '2726', '1844', '2639', '2300', '3865', '1649', '3091', '1729', '3871');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('894591', '580182', '433136', '323602', '4121', '468360', '492301', '581586', '973530', '865970', '734943', '90588', '759678', '185262', '158733', '845543', '710825', '962441', '668309', '7345') order by pr.title;
select event_id, count(*) from event_source where event_id in ('894591', '580182', '433136', '323602', '4121', '468360', '492301', '581586', '973530', '865970', '734943', '90588', '759678', '185262', '158733', '845543', '710825', '962441', '668309', '7345') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('894591', '580182', '433136', '323602', '4121', '468360', '492301', '581586', '973530', '865970', '734943', '90588', '759678', '185262', '158733', '845543', '710825', '962441', '668309', '7345');
COMMIT;
