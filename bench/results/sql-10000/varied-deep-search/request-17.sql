select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2017-06-28', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('10167', '2711', '1812', '2369', '5719', '4568', '6284', '9465', '9087', '8620', '5674', '3203', '10760', '10583', '9868', '6690', '4628', '3447', '3292', '6886') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2162', '2072', '2209', '3589', '2971', '2166', '1775', '2416', '2398', '3858', '1285', '3335', '1885', '3868', '3934', '2063', '3314', '1498', '3099', '1777', '2279', '3769', '2058', '3735', '3407', '3131', '2168', '2062', '1752', '3535', '2339', '1908', '2762', '1373', '3127', '2644', '1631', '3424', '2781', '3050', '1305', '3763', '1722', '1501', '3588', '3104', '1416', '2803', '2669', '1733', '4004', '3789', '1251', '1400', '1771', '2989', '3437', '3945', '3587', '3279', '3461', '2747', '3992', '1407', '1553', '2874', '3353', '1933', '2149', '1070', '2262', '3359', '3191', '1457', '1194', '1822', '2435', '2444', '2007', '3895', '2525', '2850', '2865', '3887', '3949', '3604', '2912', '2758', '1059', '2658', '3739', '2650', '3423', '3472', '2463', '1101', '3990', '2295', '1435', '2785', '1455', '2553', '3505', '1783', '3654', '1781', '2154', '2371', '3242', '3444', '3027', '1385', '2043', '2221', '2961', '2498', '1558');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('10167', '2711', '1812', '2369', '5719', '4568', '6284', '9465', '9087', '8620', '5674', '3203', '10760', '10583', '9868', '6690', '4628', '3447', '3292', '6886') order by pr.title;
select event_id, count(*) from event_source where event_id in ('10167', '2711', '1812', '2369', '5719', '4568', '6284', '9465', '9087', '8620', '5674', '3203', '10760', '10583', '9868', '6690', '4628', '3447', '3292', '6886') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('10167', '2711', '1812', '2369', '5719', '4568', '6284', '9465', '9087', '8620', '5674', '3203', '10760', '10583', '9868', '6690', '4628', '3447', '3292', '6886');
COMMIT;
