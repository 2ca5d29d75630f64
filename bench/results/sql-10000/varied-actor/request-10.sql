select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2655') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2655');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('4947', '3085', '2616', '11038', '2875', '9093', '4757', '4388', '9430', '7131', '7145', '5118') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3434', '1611', '3703', '2885', '1592', '2358', '2981', '2987', '1329', '1066', '1682', '2000', '3794', '3526', '3214', '3611', '2730', '2609', '1697', '3048', '1417', '3194', '1546', '3905', '1434', '3765', '3683', '1775', '2351', '1934', '3104', '3196', '2944', '3413', '3800', '2459', '2349', '1438', '3001', '3341', '3387', '3449', '1786', '2853', '3965', '3609', '2557', '1640', '2615', '1316', '3591', '2154', '3610', '2711', '1759', '1825', '2978', '1784', '1652', '1989', '1879', '3290', '2091', '2447', '4023', '3174', '2295');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('4947', '3085', '2616', '11038', '2875', '9093', '4757', '4388', '9430', '7131', '7145', '5118') order by pr.title;
select event_id, count(*) from event_source where event_id in ('4947', '3085', '2616', '11038', '2875', '9093', '4757', '4388', '9430', '7131', '7145', '5118') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('4947', '3085', '2616', '11038', '2875', '9093', '4757', '4388', '9430', '7131', '7145', '5118');
COMMIT;
