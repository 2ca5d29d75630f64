select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-491') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-491');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('10065', '1313', '8139', '10824', '7218', '3937', '6361', '3440', '9792', '3182', '7201') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1539', '1159', '2584', '1970', '2313', '3228', '1665', '3794', '3152', '3366', '3246', '3535', '2258', '3299', '1724', '1109', '1049', '3271', '3442', '3788', '1300', '3091', '2037', '1204', '1902', '3047', '2499', '3772', '1285', '2152', '1079', '3869', '2443', '2603', '3638', '2086', '2273', '2201', '3275', '2400', '3848', '1672', '3709', '1635', '2404', '3668', '2163', '1230', '1583', '1439', '2863');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('10065', '1313', '8139', '10824', '7218', '3937', '6361', '3440', '9792', '3182', '7201') order by pr.title;
select event_id, count(*) from event_source where event_id in ('10065', '1313', '8139', '10824', '7218', '3937', '6361', '3440', '9792', '3182', '7201') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('10065', '1313', '8139', '10824', '7218', '3937', '6361', '3440', '9792', '3182', '7201');
COMMIT;
