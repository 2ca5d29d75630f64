select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1908') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1908');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('4894', '9988', '9679', '3584', '9201', '3614', '9529', '8253', '4246') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1697', '2768', '1152', '1582', '1842', '3724', '2611', '2956', '2685', '2694', '2746', '4014', '1752', '1061', '1456', '1626', '3666', '3150', '2817', '1576', '3709', '3227', '1651', '1574', '3057', '3513', '2744', '2484', '1185', '1558', '2493', '1798', '1289', '1915', '3481', '3324', '3923', '1513', '2232', '3907', '3888', '3281', '1690', '3296', '2925', '2964', '2404', '3683', '1243', '2914', '3916', '1364', '3503', '3201', '1337', '1930', '2560', '1994', '2728', '2922');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('4894', '9988', '9679', '3584', '9201', '3614', '9529', '8253', '4246') order by pr.title;
select event_id, count(*) from event_source where event_id in ('4894', '9988', '9679', '3584', '9201', '3614', '9529', '8253', '4246') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('4894', '9988', '9679', '3584', '9201', '3614', '9529', '8253', '4246');
COMMIT;
