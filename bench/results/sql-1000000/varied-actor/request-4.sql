select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-240') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-240');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('193400', '558895', '690444', '997428', '344455', '459634', '825669', '786426', '556897', '628618', '871206', '892280', '481271', '292174', '199890', '975562', '528030', '627405', '288854', '376654') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3521', '1288', '1243', '3927', '2088', '3216', '3866', '2071', '2056', '2331', '3253', '3857', '1519', '3860', '3399', '2028', '1599', '1195', '3642', '3899', '2349', '2258', '1457', '1351', '4027', '1915', '3278', '1824', '3621', '3369', '3128', '1775', '2656', '1524', '2505', '3994', '1317', '3730', '2369', '2003', '2078', '3784', '3480', '1669', '1723', '2191', '2437', '3064', '2275', '1759', '3085', '3874', '2356', '1443', '1888', '2861', '2471', '2555', '3305', '3177', '3241', '2228', '2627', '2848', '2033', '1299', '3086', '2594', '2303', '2860', '1896', '3260', '3301', '3602', '3582', '1467', '2055', '1589', '3302', '1701', '1401', '1861', '1803', '1319', '2586', '2049', '3473', '2429', '3026', '3094', '1144', '2499', '2869', '3476', '1810', '2590', '1794', '2881', '3762', '2198', '3607', '3076', '2884', '2282', '3690', '2508', '3110', '3256', '3415', '3081', '3665', '1432', '2413', '3813', '1480', '2251', '2018', '2162', '3907', '1196', '3082', '1199');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('193400', '558895', '690444', '997428', '344455', '459634', '825669', '786426', '556897', '628618', '871206', '892280', '481271', '292174', '199890', '975562', '528030', '627405', '288854', '376654') order by pr.title;
select event_id, count(*) from event_source where event_id in ('193400', '558895', '690444', '997428', '344455', '459634', '825669', '786426', '556897', '628618', '871206', '892280', '481271', '292174', '199890', '975562', '528030', '627405', '288854', '376654') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('193400', '558895', '690444', '997428', '344455', '459634', '825669', '786426', '556897', '628618', '871206', '892280', '481271', '292174', '199890', '975562', '528030', '627405', '288854', '376654');
COMMIT;
