select version from event_data_version;
BEGIN READ ONLY;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2017-10-21', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('11047', '10854', '10089', '8319', '7911', '6849', '3233', '2151', '1395', '10988', '7853', '3234', '5889', '10864', '9843', '7427', '4088', '3904', '1266', '8672') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1600', '2416', '3050', '3929', '2972', '2105', '4011', '3707', '2056', '1706', '1733', '2129', '2156', '3763', '2729', '1084', '2910', '2054', '2771', '3090', '3382', '1945', '1330', '1177', '1500', '3013', '3329', '1657', '1716', '2811', '1242', '1068', '3620', '3588', '2149', '3507', '2829', '2938', '1883', '1738', '2351', '3801', '2613', '2303', '1111', '3350', '2690', '2239', '1283', '3327', '1741', '3451', '2211', '2821', '1374', '2049', '1537', '2806', '2270', '2988', '1747', '1187', '1963', '2920', '1753', '2413', '3692', '1401', '1292', '3926', '1430', '3374', '3602', '3373', '3657', '2712', '2229', '3310', '3502', '3248', '1699', '2880', '3240', '3634', '2169', '1804', '2018', '2395', '3623', '1866', '2453', '3224', '3658', '3846', '2942', '2245', '2402', '1674', '1640', '3024', '3864', '1173', '1238');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('11047', '10854', '10089', '8319', '7911', '6849', '3233', '2151', '1395', '10988', '7853', '3234', '5889', '10864', '9843', '7427', '4088', '3904', '1266', '8672') order by pr.title;
select event_id, count(*) from event_source where event_id in ('11047', '10854', '10089', '8319', '7911', '6849', '3233', '2151', '1395', '10988', '7853', '3234', '5889', '10864', '9843', '7427', '4088', '3904', '1266', '8672') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('11047', '10854', '10089', '8319', '7911', '6849', '3233', '2151', '1395', '10988', '7853', '3234', '5889', '10864', '9843', '7427', '4088', '3904', '1266', '8672');
COMMIT;
