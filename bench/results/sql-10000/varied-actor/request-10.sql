select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2525') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2525');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('7464', '7310', '2807', '7063', '7296', '7986', '7892', '1169', '10653', '9059', '8493', '5213', '7468') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2300', '1529', '2929', '2198', '1782', '2202', '2178', '2009', '3617', '3573', '2156', '3250', '3013', '2245', '3725', '3276', '2052', '2577', '2343', '4035', '3477', '3391', '1319', '3526', '2531', '1948', '1886', '3288', '2576', '3613', '1619', '2172', '3645', '1926', '2699', '2887', '1722', '3599', '2285', '3269', '3004', '2889', '2511', '2247', '1143', '2192', '1070', '2869', '3319', '3701', '3663', '1622', '2633', '3596', '1265', '1152', '2329', '2126', '1939', '3658', '1630', '1676', '2970', '2852', '1972', '3570', '3687', '2705', '1855', '2032', '1063', '3202', '3149', '3857', '1673', '3860', '1712', '2261');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('7464', '7310', '2807', '7063', '7296', '7986', '7892', '1169', '10653', '9059', '8493', '5213', '7468') order by pr.title;
select event_id, count(*) from event_source where event_id in ('7464', '7310', '2807', '7063', '7296', '7986', '7892', '1169', '10653', '9059', '8493', '5213', '7468') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('7464', '7310', '2807', '7063', '7296', '7986', '7892', '1169', '10653', '9059', '8493', '5213', '7468');
COMMIT;
