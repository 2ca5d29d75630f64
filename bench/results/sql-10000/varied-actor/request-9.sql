select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-79') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-79');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('10500', '4904', '1420', '7415', '5697', '11013', '11043', '10124', '1719', '3636', '9213', '3161', '10362', '5075', '10455', '7844', '1260', '7832', '4513', '5884') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3634', '1127', '1596', '3450', '3818', '3702', '3762', '1648', '1917', '2951', '1720', '3729', '3887', '2446', '2270', '1341', '2179', '1870', '3592', '3766', '3236', '1245', '1619', '2502', '3459', '2643', '2033', '1366', '2701', '2854', '1189', '3581', '1089', '1119', '3210', '2093', '2063', '4036', '3593', '2344', '2263', '3612', '1377', '2851', '1734', '1400', '2460', '2700', '3469', '3359', '2846', '2681', '3918', '1804', '2486', '3000', '4016', '3389', '2456', '2850', '2329', '3331', '1673', '3143', '2505', '1484', '2844', '1314', '3636', '3013', '1419', '1979', '2785', '3742', '3052', '1645', '3362', '1250', '2607', '4021', '3930', '2005', '2016', '1278', '3299', '3048', '1745', '2055', '3597', '2642', '3224', '2183', '2198', '3765', '3377', '1675', '2808', '1320', '1921', '1207', '1281', '3332', '3312', '1906', '3041', '4015', '2166', '2238', '1273', '3334', '1941', '1691', '2673', '1168', '2762', '2370', '2203', '3513', '2281', '3527', '3911', '4008', '3971', '3103', '3914', '1556', '3557', '1834');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('10500', '4904', '1420', '7415', '5697', '11013', '11043', '10124', '1719', '3636', '9213', '3161', '10362', '5075', '10455', '7844', '1260', '7832', '4513', '5884') order by pr.title;
select event_id, count(*) from event_source where event_id in ('10500', '4904', '1420', '7415', '5697', '11013', '11043', '10124', '1719', '3636', '9213', '3161', '10362', '5075', '10455', '7844', '1260', '7832', '4513', '5884') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('10500', '4904', '1420', '7415', '5697', '11013', '11043', '10124', '1719', '3636', '9213', '3161', '10362', '5075', '10455', '7844', '1260', '7832', '4513', '5884');
COMMIT;
