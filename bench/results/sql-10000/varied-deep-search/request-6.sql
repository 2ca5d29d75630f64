select version from event_data_version;
BEGIN READ ONLY;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2018-01-02', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('10514', '7004', '9419', '8228', '6047', '5864', '5539', '4625', '3566', '3457', '3193', '2564', '2385', '7860', '2017', '6752', '10784', '7886', '7820', '4746') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1100', '1290', '2799', '1634', '3264', '1313', '4038', '3723', '3734', '1183', '1713', '1369', '1861', '3471', '1731', '2977', '3207', '1397', '1114', '3691', '3068', '3592', '2532', '2650', '1476', '3301', '2272', '3347', '1736', '1854', '1630', '1416', '1718', '3569', '3056', '3231', '2098', '1512', '1819', '1294', '2891', '2537', '1635', '3798', '3344', '3878', '3069', '1568', '1586', '3982', '1280', '1500', '1351', '1181', '1821', '3285', '4009', '2644', '3498', '2408', '1239', '1468', '2146', '2036', '3059', '1663', '2527', '3447', '2407', '1477', '3441', '3963', '3045', '2510', '2786', '1780', '3872', '1235', '1704', '3551', '1137', '1396', '3459', '1969', '1169', '2626', '2442', '3974', '2214', '1643', '2180', '3308', '1840', '1108', '1998', '3923', '3611', '3990', '1325', '3159', '1647', '3322', '2619', '2197', '1787', '1834', '2849', '1460', '3822', '3364', '1350', '2398');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('10514', '7004', '9419', '8228', '6047', '5864', '5539', '4625', '3566', '3457', '3193', '2564', '2385', '7860', '2017', '6752', '10784', '7886', '7820', '4746') order by pr.title;
select event_id, count(*) from event_source where event_id in ('10514', '7004', '9419', '8228', '6047', '5864', '5539', '4625', '3566', '3457', '3193', '2564', '2385', '7860', '2017', '6752', '10784', '7886', '7820', '4746') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('10514', '7004', '9419', '8228', '6047', '5864', '5539', '4625', '3566', '3457', '3193', '2564', '2385', '7860', '2017', '6752', '10784', '7886', '7820', '4746');
COMMIT;
