select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2017-12-23', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('10276', '4710', '10321', '8221', '3440', '3116', '9862', '5672', '4787', '2713', '8125', '3305', '11025', '4741', '4532', '3462', '10519', '8989', '2790', '8164') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3718', '3019', '1719', '2088', '3782', '2462', '3862', '3132', '3666', '2126', '3663', '1242', '1913', '1512', '1782', '4025', '3942', '3319', '1833', '2157', '2265', '3995', '4024', '2313', '1539', '1764', '1558', '3559', '1310', '2546', '2068', '2434', '2471', '3056', '3838', '1903', '3524', '1390', '1845', '3191', '2588', '2839', '3408', '3352', '1900', '1348', '2830', '2475', '1149', '3394', '3264', '1656', '1163', '1750', '3940', '3886', '1362', '1672', '3096', '1637', '1089', '2994', '2116', '1085', '1365', '1326', '3280', '3094', '3877', '2939', '3722', '3434', '4043', '3193', '3980', '2050', '1963', '2344', '2623', '2228', '3724', '2767', '1726', '4003', '1589', '3419', '1708', '1939', '2326', '3357', '2328', '1595', '3772', '2148', '1531', '2482', '1200', '3223', '2972', '1785', '2510', '3502', '1269', '1106', '2792', '3699', '2846', '3140', '2054', '3795', '3608', '1462', '1936', '1889', '1717', '3162', '1790', '2332', '1108', '1774', '3289');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('10276', '4710', '10321', '8221', '3440', '3116', '9862', '5672', '4787', '2713', '8125', '3305', '11025', '4741', '4532', '3462', '10519', '8989', '2790', '8164') order by pr.title;
select event_id, count(*) from event_source where event_id in ('10276', '4710', '10321', '8221', '3440', '3116', '9862', '5672', '4787', '2713', '8125', '3305', '11025', '4741', '4532', '3462', '10519', '8989', '2790', '8164') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('10276', '4710', '10321', '8221', '3440', '3116', '9862', '5672', '4787', '2713', '8125', '3305', '11025', '4741', '4532', '3462', '10519', '8989', '2790', '8164');
COMMIT;
