select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1490') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1490');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('5286', '8553', '1509', '10029', '2918', '5647', '7768', '8605', '10536', '6957', '1689', '1861', '1180', '6495', '2030', '5572', '10769', '2110', '9498', '3259') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1457', '2924', '2538', '1852', '1227', '2623', '2275', '2900', '3733', '3293', '3275', '2166', '2936', '1449', '1050', '2907', '2697', '3556', '1128', '3098', '1692', '1669', '3978', '3540', '1897', '1994', '1838', '2726', '2026', '1180', '3121', '3229', '1834', '1465', '2786', '2335', '2019', '3725', '1624', '1829', '3571', '1984', '1482', '2284', '1794', '1123', '2611', '1312', '1876', '2052', '3244', '2783', '2753', '2042', '2054', '2514', '3587', '1499', '2594', '3626', '1076', '1665', '2646', '3905', '2953', '2921', '1992', '2365', '1786', '2182', '2191', '2657', '2658', '2133', '2653', '2130', '1651', '2187', '2819', '3528', '1579', '1856', '3406', '1302', '3371', '1657', '2757', '3180', '2690', '1877', '1605', '1472', '1950', '3267', '2074', '3218');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('5286', '8553', '1509', '10029', '2918', '5647', '7768', '8605', '10536', '6957', '1689', '1861', '1180', '6495', '2030', '5572', '10769', '2110', '9498', '3259') order by pr.title;
select event_id, count(*) from event_source where event_id in ('5286', '8553', '1509', '10029', '2918', '5647', '7768', '8605', '10536', '6957', '1689', '1861', '1180', '6495', '2030', '5572', '10769', '2110', '9498', '3259') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('5286', '8553', '1509', '10029', '2918', '5647', '7768', '8605', '10536', '6957', '1689', '1861', '1180', '6495', '2030', '5572', '10769', '2110', '9498', '3259');
COMMIT;
