select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2018-12-12', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('7352', '3185', '10135', '9424', '5746', '10773', '7046', '6881', '11014', '10392', '1829', '3256', '2541', '9455', '5303', '4555', '4073', '3926', '5459', '6301') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2242', '2281', '2301', '1304', '3165', '2936', '1581', '1329', '2893', '2513', '1345', '1781', '3246', '2071', '2402', '3187', '3324', '2891', '1325', '2662', '2776', '3602', '2194', '2049', '2874', '3942', '3164', '2797', '2959', '3597', '2187', '3036', '3372', '2648', '3017', '3768', '3976', '3261', '3924', '3090', '1536', '3515', '2113', '3301', '2910', '1364', '3763', '2306', '1122', '3315', '3646', '1812', '2613', '3878', '1406', '2055', '1057', '3698', '3495', '1331', '1428', '3741', '1071', '2435', '2803', '2271', '2836', '1481', '2786', '3621', '2014', '1712', '1099', '2559', '3754', '3118', '3941', '1814', '1900', '2677', '1813', '1170', '1625', '2534', '1800', '2573', '1820', '3992', '2371', '2611', '2428');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('7352', '3185', '10135', '9424', '5746', '10773', '7046', '6881', '11014', '10392', '1829', '3256', '2541', '9455', '5303', '4555', '4073', '3926', '5459', '6301') order by pr.title;
select event_id, count(*) from event_source where event_id in ('7352', '3185', '10135', '9424', '5746', '10773', '7046', '6881', '11014', '10392', '1829', '3256', '2541', '9455', '5303', '4555', '4073', '3926', '5459', '6301') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('7352', '3185', '10135', '9424', '5746', '10773', '7046', '6881', '11014', '10392', '1829', '3256', '2541', '9455', '5303', '4555', '4073', '3926', '5459', '6301');
COMMIT;
