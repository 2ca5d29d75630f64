select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2080') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2080');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('6146', '7791', '6564', '6462', '7556', '7230', '3593', '10129', '7564', '2726', '6239', '3147', '4539', '10101', '6740', '4466', '9432', '9000', '9561') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3128', '2928', '1389', '1868', '1722', '2477', '1700', '2909', '2103', '3219', '1434', '1482', '1109', '2623', '1909', '1914', '2086', '3524', '1599', '2771', '3996', '2997', '2947', '2290', '2305', '2346', '2369', '2197', '3510', '1798', '1091', '3558', '2871', '1425', '3349', '1151', '2348', '3930', '3912', '2130', '3028', '3237', '1694', '1961', '2443', '3615', '1371', '1808', '2469', '1404', '2776', '2552', '2981', '2918', '1103', '1659', '3979', '2711', '3199', '2252', '2340', '3542', '1396', '1918', '2425', '3153', '2339', '3741', '1543', '2770', '3399', '1069', '1505', '3852', '1958', '3715', '1217', '1455', '4040', '2343', '1550', '3367', '3377', '2357', '1348', '1551', '3041', '1803', '2005', '2317', '2993', '3015', '2259', '2257', '2279', '1676');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('6146', '7791', '6564', '6462', '7556', '7230', '3593', '10129', '7564', '2726', '6239', '3147', '4539', '10101', '6740', '4466', '9432', '9000', '9561') order by pr.title;
select event_id, count(*) from event_source where event_id in ('6146', '7791', '6564', '6462', '7556', '7230', '3593', '10129', '7564', '2726', '6239', '3147', '4539', '10101', '6740', '4466', '9432', '9000', '9561') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('6146', '7791', '6564', '6462', '7556', '7230', '3593', '10129', '7564', '2726', '6239', '3147', '4539', '10101', '6740', '4466', '9432', '9000', '9561');
COMMIT;
