select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2016-04-07', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('3961', '1329', '10911', '8904', '5071', '8879', '1583', '8604', '7136', '5073', '8943', '7942', '7714', '7196', '6021', '5806', '4159', '3141', '1778', '1671') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3801', '2965', '2350', '2546', '3078', '2714', '1250', '1856', '3622', '2043', '3620', '2881', '1635', '3835', '2636', '2449', '1908', '2900', '2615', '1553', '2895', '3260', '3186', '2027', '2485', '3556', '3076', '1478', '1452', '3519', '2752', '3431', '2968', '2071', '1585', '2578', '3947', '2925', '3531', '3677', '3702', '3304', '3553', '1680', '1179', '2858', '3546', '3280', '1101', '1752', '3387', '3426', '1290', '1541', '1883', '3331', '3812', '3943', '1909', '2819', '3147', '1896', '3287', '1315', '1492', '2591', '1943', '2754', '1759', '2597', '2329', '1532', '1581', '3632', '3880', '1932', '2733', '3103', '2622', '2868', '1835', '2289', '4024', '2277', '3724', '1484', '2524', '3049', '2775', '3180', '2723', '1688', '2897', '2709', '3963', '3113', '3231', '2837', '3701', '3451', '1048', '2916', '1850', '2081', '1128', '3056', '2512', '1227');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('3961', '1329', '10911', '8904', '5071', '8879', '1583', '8604', '7136', '5073', '8943', '7942', '7714', '7196', '6021', '5806', '4159', '3141', '1778', '1671') order by pr.title;
select event_id, count(*) from event_source where event_id in ('3961', '1329', '10911', '8904', '5071', '8879', '1583', '8604', '7136', '5073', '8943', '7942', '7714', '7196', '6021', '5806', '4159', '3141', '1778', '1671') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('3961', '1329', '10911', '8904', '5071', '8879', '1583', '8604', '7136', '5073', '8943', '7942', '7714', '7196', '6021', '5806', '4159', '3141', '1778', '1671');
COMMIT;
