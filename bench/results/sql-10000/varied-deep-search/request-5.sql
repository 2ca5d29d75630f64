select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2016-06-01', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('10709', '10302', '9169', '8266', '6723', '5920', '5187', '5040', '4587', '4351', '2479', '1351', '9626', '8206', '1222', '2079', '7483', '4334', '3874', '3591') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1133', '3132', '3400', '3136', '2246', '2714', '2949', '3195', '3436', '1510', '1084', '1467', '2914', '2855', '3620', '3475', '3467', '1570', '1356', '2600', '3126', '3871', '3354', '3105', '3142', '1766', '1454', '1807', '1665', '2907', '2394', '2176', '2278', '1149', '2908', '2178', '3563', '2468', '3265', '1268', '2958', '1564', '3148', '1907', '2465', '3791', '2057', '2967', '2110', '1566', '1307', '3822', '2463', '3175', '3394', '3819', '3103', '1500', '1768', '2601', '1544', '3073', '3638', '2835', '1202', '2808', '2328', '3795', '2700', '4001', '2720', '1898', '3705', '3416', '2493', '1678', '3209', '2704', '1122', '3367', '1769', '2050', '3065', '1672', '3155', '3880', '1703', '4016', '3469', '2412', '1420', '3862', '1831', '2734', '1535', '3742', '2010', '3351', '1509', '3330', '3080');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('10709', '10302', '9169', '8266', '6723', '5920', '5187', '5040', '4587', '4351', '2479', '1351', '9626', '8206', '1222', '2079', '7483', '4334', '3874', '3591') order by pr.title;
select event_id, count(*) from event_source where event_id in ('10709', '10302', '9169', '8266', '6723', '5920', '5187', '5040', '4587', '4351', '2479', '1351', '9626', '8206', '1222', '2079', '7483', '4334', '3874', '3591') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('10709', '10302', '9169', '8266', '6723', '5920', '5187', '5040', '4587', '4351', '2479', '1351', '9626', '8206', '1222', '2079', '7483', '4334', '3874', '3591');
COMMIT;
