select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2017-09-03', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select count(*) from (select 1 from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') limit 10001) matches;
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('6952', '6220', '3378', '10809', '8532', '7866', '5960', '5083', '10743', '8908', '7828', '7782', '7292', '7234', '6774', '6475', '6116', '5383', '3184', '2221') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2828', '2536', '2488', '3467', '3253', '1575', '1927', '1160', '2896', '1527', '1550', '3086', '1425', '4028', '2212', '2123', '1475', '1660', '3671', '1113', '2712', '3554', '1117', '1715', '1473', '3339', '3193', '3655', '2128', '3381', '1954', '1956', '2098', '1242', '1904', '1298', '3455', '3639', '1932', '2115', '1540', '2974', '1542', '2827', '1427', '1524', '3439', '3245', '3705', '3233', '1736', '2082', '3681', '1989', '2883', '3061', '2301', '3354', '1957', '2594', '1997', '2695', '1916', '2878', '2319', '2592', '1890', '2535', '3283', '3264', '3487', '1618', '1836', '3749', '2241', '2075', '1138', '2099', '3811', '3613', '1583', '2979', '2887', '3712', '2423', '3932', '3979', '1993', '1354', '2930', '1525', '1313', '2715', '3819', '3896', '2987', '3711', '1071', '2330', '2064', '3863', '3104', '3868', '3806', '1167', '1349', '1456', '3297', '2281', '1598', '2148', '3772', '1796', '1357');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('6952', '6220', '3378', '10809', '8532', '7866', '5960', '5083', '10743', '8908', '7828', '7782', '7292', '7234', '6774', '6475', '6116', '5383', '3184', '2221') order by pr.title;
select event_id, count(*) from event_source where event_id in ('6952', '6220', '3378', '10809', '8532', '7866', '5960', '5083', '10743', '8908', '7828', '7782', '7292', '7234', '6774', '6475', '6116', '5383', '3184', '2221') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('6952', '6220', '3378', '10809', '8532', '7866', '5960', '5083', '10743', '8908', '7828', '7782', '7292', '7234', '6774', '6475', '6116', '5383', '3184', '2221');
COMMIT;
