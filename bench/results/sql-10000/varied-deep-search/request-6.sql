select version from event_data_version;
BEGIN READ ONLY;
select e.id as id, e.sort_key as sort_key from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('Talks') and (e.sort_key, e.id) < ('2017-05-11', '9000000000000000000') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('5142', '9968', '8432', '2721', '2610', '5243', '10506', '9383', '8403', '6437', '5389', '3358', '10215', '8341', '4035', '3819', '10955', '10555', '10395', '7557') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2312', '2128', '1114', '3812', '3272', '3308', '2932', '1595', '3302', '3194', '3617', '2887', '2969', '2914', '1865', '2447', '2919', '3392', '1056', '3269', '1376', '1845', '2625', '1671', '3705', '2578', '3506', '3822', '3933', '1062', '1205', '1427', '1685', '2110', '3723', '1085', '3326', '1347', '3197', '1300', '2219', '1728', '2377', '3539', '1397', '1856', '3818', '2190', '1709', '1394', '3376', '2966', '2988', '2047', '1966', '1409', '3753', '2240', '1222', '1799', '2183', '3884', '2888', '1392', '4000', '3316', '1672', '2901', '2622', '2435', '1835', '1674', '3488', '1896', '3596', '4037', '1143', '1610', '1978', '1476', '1605', '3000', '1171', '3226', '2607', '3095', '1604', '1082', '3757', '1853', '2145', '1852', '1198', '1538', '2773', '1526', '1208', '1956', '3253', '3712', '1542', '1955', '3764', '3341', '1342', '2019', '2788', '1268', '1867', '3360', '1827', '3946', '2273', '3387', '1202');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('5142', '9968', '8432', '2721', '2610', '5243', '10506', '9383', '8403', '6437', '5389', '3358', '10215', '8341', '4035', '3819', '10955', '10555', '10395', '7557') order by pr.title;
select event_id, count(*) from event_source where event_id in ('5142', '9968', '8432', '2721', '2610', '5243', '10506', '9383', '8403', '6437', '5389', '3358', '10215', '8341', '4035', '3819', '10955', '10555', '10395', '7557') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('5142', '9968', '8432', '2721', '2610', '5243', '10506', '9383', '8403', '6437', '5389', '3358', '10215', '8341', '4035', '3819', '10955', '10555', '10395', '7557');
COMMIT;
