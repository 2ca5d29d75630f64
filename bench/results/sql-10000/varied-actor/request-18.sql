select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1622') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1622');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('1611', '9356', '7316', '10467', '6937', '1584', '9945', '3049', '6920', '8454', '2815', '2744', '6599', '4277', '6670', '6100', '5251', '3121', '6036', '10831') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2670', '3647', '2713', '2389', '2134', '3381', '3471', '3834', '2365', '3631', '3828', '3423', '3678', '1600', '3878', '2367', '3739', '3683', '3392', '2234', '1228', '1489', '3255', '3611', '3748', '3377', '1606', '3203', '2339', '2092', '3729', '1778', '3435', '1281', '3313', '3915', '2474', '2256', '2084', '2654', '3390', '2096', '3797', '2787', '2418', '2855', '3097', '1666', '3057', '1783', '3120', '1238', '1445', '2225', '2241', '1911', '3320', '1247', '2436', '1326', '1819', '1818', '3269', '1216', '1624', '2988', '1679', '2328', '1243', '1829', '2604', '2914', '3485', '2220', '3875', '2774', '2602', '3581', '1347', '3303', '1212', '3188', '1175', '2657', '3416', '1244', '3721', '1618', '1059', '2354', '2617', '2931', '1750', '1830', '2127', '3010', '1945', '3595', '4041', '1788', '2143', '3126', '2944', '3978', '2587', '1825', '3692', '2113', '1719', '2561', '3666', '4030', '2041', '3492', '1910', '1572', '1066', '2126', '1261', '2359', '3238', '3124', '2961', '2312', '1155', '2527', '3453', '1689', '1727');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('1611', '9356', '7316', '10467', '6937', '1584', '9945', '3049', '6920', '8454', '2815', '2744', '6599', '4277', '6670', '6100', '5251', '3121', '6036', '10831') order by pr.title;
select event_id, count(*) from event_source where event_id in ('1611', '9356', '7316', '10467', '6937', '1584', '9945', '3049', '6920', '8454', '2815', '2744', '6599', '4277', '6670', '6100', '5251', '3121', '6036', '10831') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('1611', '9356', '7316', '10467', '6937', '1584', '9945', '3049', '6920', '8454', '2815', '2744', '6599', '4277', '6670', '6100', '5251', '3121', '6036', '10831');
COMMIT;
