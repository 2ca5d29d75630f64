select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-442') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-442');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('2229', '4282', '6362', '7905', '4342', '7165', '4983', '6103', '8188', '5182', '9264', '1233', '6394', '2185', '7553', '10369', '10449', '7015', '3659', '2557') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1490', '2440', '1680', '1865', '1797', '3160', '1327', '3964', '3308', '2764', '3175', '1376', '2323', '1780', '2732', '1284', '1096', '2157', '2857', '1199', '1517', '2729', '3276', '3110', '2752', '2292', '3422', '2932', '3554', '2806', '2172', '1555', '2698', '3530', '3239', '1719', '3917', '3531', '2502', '3440', '3007', '1207', '2414', '1907', '1832', '3181', '1688', '1566', '3356', '2987', '1329', '1384', '2567', '3047', '3625', '3896', '2529', '1255', '3022', '3555', '1968', '2971', '1804', '2855', '2134', '2377', '3560', '2315', '2401', '3113', '3599', '2949', '3628', '2341', '2425', '1929', '1918', '1214', '1418', '3259', '2933', '2197', '2869', '3363', '3726', '2588', '1311', '1200', '3704', '3380', '3627', '3418', '1417', '3426', '3970', '1409', '3814', '2707', '2024', '2962', '2326', '1322', '3841', '2281', '1328', '2458', '3888', '3168', '1955', '2543', '3604', '3861', '1668', '2977', '1079');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('2229', '4282', '6362', '7905', '4342', '7165', '4983', '6103', '8188', '5182', '9264', '1233', '6394', '2185', '7553', '10369', '10449', '7015', '3659', '2557') order by pr.title;
select event_id, count(*) from event_source where event_id in ('2229', '4282', '6362', '7905', '4342', '7165', '4983', '6103', '8188', '5182', '9264', '1233', '6394', '2185', '7553', '10369', '10449', '7015', '3659', '2557') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('2229', '4282', '6362', '7905', '4342', '7165', '4983', '6103', '8188', '5182', '9264', '1233', '6394', '2185', '7553', '10369', '10449', '7015', '3659', '2557');
COMMIT;
