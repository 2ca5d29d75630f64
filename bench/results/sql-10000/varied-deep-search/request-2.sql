select version from event_data_version;
BEGIN READ ONLY;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2017-01-21', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('7125', '10917', '10900', '10605', '3058', '10431', '4360', '1893', '10832', '10706', '4246', '8013', '7458', '5180', '2365', '5612', '5386', '10825', '9116', '6412') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2422', '3407', '2728', '1370', '2253', '3752', '1055', '2306', '1611', '3544', '1456', '1626', '3666', '2956', '3605', '3852', '3394', '2245', '1850', '2599', '3691', '2432', '3191', '2111', '3613', '3368', '2465', '3656', '1815', '2045', '1364', '3548', '4016', '2412', '3399', '2760', '2958', '1206', '2104', '1556', '2212', '2148', '3508', '2668', '2307', '1612', '3770', '2877', '3239', '2657', '3349', '1954', '2311', '1685', '3029', '3698', '3056', '1841', '2479', '3126', '2197', '1214', '2675', '3681', '2678', '3742', '2232', '1598', '3077', '3540', '1904', '2591', '2189', '3321', '3785', '2280', '3462', '1913', '2117', '1627', '2331', '1897', '3280', '3142', '3283', '2611', '3634', '2508', '2540', '2489', '3469', '1714', '1298', '3632', '3700', '1945', '1305', '2193', '1471', '3942', '3328', '3938', '1429', '1146', '2352', '1824', '1928', '2997', '3097', '3962', '2661', '1550');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('7125', '10917', '10900', '10605', '3058', '10431', '4360', '1893', '10832', '10706', '4246', '8013', '7458', '5180', '2365', '5612', '5386', '10825', '9116', '6412') order by pr.title;
select event_id, count(*) from event_source where event_id in ('7125', '10917', '10900', '10605', '3058', '10431', '4360', '1893', '10832', '10706', '4246', '8013', '7458', '5180', '2365', '5612', '5386', '10825', '9116', '6412') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('7125', '10917', '10900', '10605', '3058', '10431', '4360', '1893', '10832', '10706', '4246', '8013', '7458', '5180', '2365', '5612', '5386', '10825', '9116', '6412');
COMMIT;
