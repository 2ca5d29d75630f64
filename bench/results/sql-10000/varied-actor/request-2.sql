select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-178') order by d.sort_key desc, d.event_id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('3015', '7289', '6253', '9437', '10885', '6663', '9991', '4338', '7257', '5111', '2440', '10386', '8823', '8640', '8555', '5703', '1749', '4660', '5492', '3304') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1226', '3382', '3299', '1566', '2900', '3965', '3056', '1865', '3061', '1265', '3769', '1298', '2267', '2838', '2171', '3313', '3902', '1749', '1428', '3816', '3886', '1497', '3185', '1474', '2701', '1743', '3179', '1401', '2943', '2501', '2741', '1314', '1933', '1798', '3478', '3957', '2674', '2957', '2363', '3343', '1656', '1956', '4043', '3995', '2862', '3194', '1233', '1929', '3485', '3210', '2515', '3725', '2230', '3928', '3530', '3038', '2412', '1950', '1213', '2970', '2507', '1466', '1450', '2220', '1075', '1822', '1918', '1543', '3536', '1900', '1611', '2276', '2453', '3624', '1985', '3248', '1246', '3269', '3559', '2119', '1549', '2804', '1890', '3101', '1644', '3287', '2955', '2057', '3610', '3591', '2312', '1828', '1753', '1463', '3453', '1211', '2328', '2277', '3129', '2448', '2586', '1594', '3980', '2767', '1868', '3376', '3749', '2445', '3535', '3544', '3574', '3963', '1618', '2469', '3502', '2151', '2931', '2192', '3482', '1814', '3013', '3161', '2199', '1725', '1593', '2870', '1217', '2082', '1802', '2238', '2108');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('3015', '7289', '6253', '9437', '10885', '6663', '9991', '4338', '7257', '5111', '2440', '10386', '8823', '8640', '8555', '5703', '1749', '4660', '5492', '3304') order by pr.title;
select event_id, count(*) from event_source where event_id in ('3015', '7289', '6253', '9437', '10885', '6663', '9991', '4338', '7257', '5111', '2440', '10386', '8823', '8640', '8555', '5703', '1749', '4660', '5492', '3304') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('3015', '7289', '6253', '9437', '10885', '6663', '9991', '4338', '7257', '5111', '2440', '10386', '8823', '8640', '8555', '5703', '1749', '4660', '5492', '3304');
COMMIT;
