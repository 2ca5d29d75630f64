select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1913') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1913');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('7707', '7454', '10467', '10987', '8710', '9167', '8585', '10760', '2618', '7528', '3190') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1237', '1739', '3640', '3346', '1337', '2961', '2999', '1620', '2980', '3693', '2269', '2265', '2820', '2366', '1552', '2560', '1663', '2539', '3862', '1346', '3673', '1048', '1400', '1376', '3027', '3176', '3393', '2554', '2671', '2376', '3125', '3367', '2987', '2119', '1059', '3374', '3475', '3119', '1387', '2719', '3863', '2981', '1445', '2690', '3928', '3592', '2203', '3514', '1673', '2588', '2523', '2740', '3446', '3130', '2165', '3528', '2312', '2670', '2498', '1558', '3840', '3550', '1902', '1974', '3880', '3521', '3811', '2603');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('7707', '7454', '10467', '10987', '8710', '9167', '8585', '10760', '2618', '7528', '3190') order by pr.title;
select event_id, count(*) from event_source where event_id in ('7707', '7454', '10467', '10987', '8710', '9167', '8585', '10760', '2618', '7528', '3190') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('7707', '7454', '10467', '10987', '8710', '9167', '8585', '10760', '2618', '7528', '3190');
COMMIT;
