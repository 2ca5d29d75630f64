select version from event_data_version;
BEGIN READ ONLY;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2017-07-11', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('10206', '7692', '6559', '5381', '3923', '10049', '6754', '3170', '8493', '10364', '5646', '5023', '9485', '5102', '3732', '3551', '2409', '7531', '6454', '6059') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1099', '1516', '1217', '1283', '3290', '3553', '3228', '2061', '3913', '1777', '1101', '1145', '1591', '3748', '2619', '2691', '2260', '3386', '3373', '4011', '2411', '3629', '1435', '2768', '3365', '3881', '3053', '3341', '2645', '3515', '2169', '2888', '2716', '2133', '3949', '2684', '2466', '2987', '1961', '2758', '2634', '1690', '3492', '4039', '1955', '3741', '2332', '1840', '2864', '2870', '1984', '2088', '1385', '1693', '3848', '1918', '1606', '2146', '1459', '2914', '2279', '1058', '3388', '2372', '1480', '3471', '1590', '2275', '2055', '3921', '2479', '3733', '3480', '2379', '1682', '1448', '3392', '2754', '1125', '1793', '3606', '3963', '3658', '1630', '3573', '1676', '2970', '2852', '1972', '3570', '3687', '2705', '1624', '3824', '1262', '3955', '2549', '3336', '2058', '1771', '3800', '3478', '2160', '1295', '2223', '2470', '3591', '3046', '2021', '1358', '3823', '1340', '3819', '1586', '1634', '1648');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('10206', '7692', '6559', '5381', '3923', '10049', '6754', '3170', '8493', '10364', '5646', '5023', '9485', '5102', '3732', '3551', '2409', '7531', '6454', '6059') order by pr.title;
select event_id, count(*) from event_source where event_id in ('10206', '7692', '6559', '5381', '3923', '10049', '6754', '3170', '8493', '10364', '5646', '5023', '9485', '5102', '3732', '3551', '2409', '7531', '6454', '6059') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('10206', '7692', '6559', '5381', '3923', '10049', '6754', '3170', '8493', '10364', '5646', '5023', '9485', '5102', '3732', '3551', '2409', '7531', '6454', '6059');
COMMIT;
