select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2046') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2046');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('2986', '8581', '3467', '1078', '4914', '5005', '8586', '6736', '6200', '2883', '5307', '8942', '8613', '4162', '9748', '6965', '1277', '8164', '4287', '2220') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3718', '3042', '1988', '1880', '2577', '3094', '2051', '3025', '3561', '2257', '3759', '2114', '2169', '3681', '1414', '3224', '3957', '2891', '1356', '1701', '1247', '2886', '1618', '1384', '2697', '2630', '2271', '4024', '3972', '1424', '2014', '1544', '2148', '1283', '2395', '3644', '2323', '3021', '1309', '2057', '2099', '3510', '1179', '3442', '1090', '1467', '3587', '2344', '2649', '1105', '2386', '2220', '2315', '2123', '1420', '1336', '2223', '2821', '2537', '1981', '2639', '3655', '2074', '3003', '1940', '1713', '3781', '1923', '2309', '2437', '1672', '3525', '2831', '1601', '3961', '1415', '2198', '3325', '3609', '2217', '3877', '2939', '3722', '3434', '4043', '3193', '3296', '3032', '2516', '2721', '3502', '2889', '1966', '1854', '2382', '2013', '2786', '3348', '2225', '3907', '1580', '1116', '1049', '2659', '1509', '3261', '3186', '2674', '1974', '2620', '3185', '2756', '2261', '1143', '3829', '1135', '3526', '1166', '1951', '2762');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('2986', '8581', '3467', '1078', '4914', '5005', '8586', '6736', '6200', '2883', '5307', '8942', '8613', '4162', '9748', '6965', '1277', '8164', '4287', '2220') order by pr.title;
select event_id, count(*) from event_source where event_id in ('2986', '8581', '3467', '1078', '4914', '5005', '8586', '6736', '6200', '2883', '5307', '8942', '8613', '4162', '9748', '6965', '1277', '8164', '4287', '2220') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('2986', '8581', '3467', '1078', '4914', '5005', '8586', '6736', '6200', '2883', '5307', '8942', '8613', '4162', '9748', '6965', '1277', '8164', '4287', '2220');
COMMIT;
