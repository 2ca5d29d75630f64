select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2016-10-19', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('8147', '6616', '4570', '1400', '8460', '3991', '8887', '7460', '6092', '5811', '2299', '2124', '10944', '8364', '7741', '7543', '5705', '2515', '5063', '4786') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2760', '3902', '3632', '3170', '3755', '2859', '3541', '3406', '1370', '1403', '4031', '2765', '1798', '3290', '3315', '2062', '3219', '3374', '2974', '3100', '1618', '3756', '2403', '1684', '1135', '1622', '1540', '3904', '3675', '1273', '3273', '2259', '2684', '4035', '3174', '3534', '2188', '2835', '1732', '3243', '2383', '2752', '2818', '1320', '1159', '2848', '1962', '3096', '1612', '1407', '1828', '2535', '3928', '3698', '3476', '3498', '2108', '2420', '3603', '3985', '1060', '3611', '3665', '3463', '2152', '2258', '1685', '3508', '1408', '2162', '2954', '3773', '1335', '3455', '2010', '2567', '1363', '3726', '2552', '2094', '1152', '3413', '2303', '2311', '3389', '1220', '1438', '1653', '2622', '1560', '1928', '3754', '3011', '1728', '2106', '1672', '2166', '1439', '2792', '2080', '1643', '2182', '1851', '3776', '3291', '2830', '1074');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('8147', '6616', '4570', '1400', '8460', '3991', '8887', '7460', '6092', '5811', '2299', '2124', '10944', '8364', '7741', '7543', '5705', '2515', '5063', '4786') order by pr.title;
select event_id, count(*) from event_source where event_id in ('8147', '6616', '4570', '1400', '8460', '3991', '8887', '7460', '6092', '5811', '2299', '2124', '10944', '8364', '7741', '7543', '5705', '2515', '5063', '4786') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('8147', '6616', '4570', '1400', '8460', '3991', '8887', '7460', '6092', '5811', '2299', '2124', '10944', '8364', '7741', '7543', '5705', '2515', '5063', '4786');
COMMIT;
