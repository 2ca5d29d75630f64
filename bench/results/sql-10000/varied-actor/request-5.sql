select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-781') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-781');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('7061', '7987', '8278', '4143', '5780', '4128', '9359', '6337', '4407', '6506', '4161', '2110', '5641', '10153', '6599', '7520', '1616', '9772', '9883', '1251') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2559', '1099', '3679', '3286', '1946', '2647', '1829', '3085', '1288', '3147', '1909', '2254', '1118', '2786', '2335', '2019', '3725', '1624', '2538', '3571', '1984', '1376', '1498', '4045', '3995', '3545', '1305', '1908', '1795', '3749', '1135', '3345', '2289', '3103', '2567', '2868', '1422', '3301', '3496', '2514', '3254', '1259', '1176', '2097', '3287', '3724', '1994', '3644', '2149', '2230', '1309', '3796', '3374', '2564', '3821', '1201', '2218', '2450', '3420', '2593', '1103', '2305', '3383', '3273', '1157', '2250', '3036', '1604', '1920', '4029', '3032', '3084', '3984', '3891', '3511', '3943', '2249', '1117', '3267', '1070', '1996', '1679', '2328', '1243', '2670', '2604', '2914', '2336', '2311', '2665', '2708', '1904', '3827', '1697', '1718', '3253', '3745', '1677', '3575', '2239', '3556', '1600', '3624', '2573', '2523', '3823', '3081', '3013', '2422', '1269', '1613', '2204', '2308', '2923', '2353', '3371', '3846', '2722', '1359', '3430', '1264', '2396', '1064', '2918', '1850', '1213', '3450', '3652', '3662', '2716', '3857', '1978');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('7061', '7987', '8278', '4143', '5780', '4128', '9359', '6337', '4407', '6506', '4161', '2110', '5641', '10153', '6599', '7520', '1616', '9772', '9883', '1251') order by pr.title;
select event_id, count(*) from event_source where event_id in ('7061', '7987', '8278', '4143', '5780', '4128', '9359', '6337', '4407', '6506', '4161', '2110', '5641', '10153', '6599', '7520', '1616', '9772', '9883', '1251') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('7061', '7987', '8278', '4143', '5780', '4128', '9359', '6337', '4407', '6506', '4161', '2110', '5641', '10153', '6599', '7520', '1616', '9772', '9883', '1251');
COMMIT;
