select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1728') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1728');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('2277', '8462', '7013', '7230', '5314', '10977', '4729', '9395', '3926', '9588', '6887', '3983', '9998', '2723', '2377') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1196', '2776', '4001', '2792', '2975', '1725', '3081', '1900', '2351', '2209', '1704', '1792', '2406', '3762', '2662', '3602', '2194', '2049', '3735', '1142', '3752', '1855', '2620', '3591', '3445', '1086', '1631', '3020', '2064', '3252', '1287', '4029', '1327', '3557', '1799', '1626', '2687', '3662', '3536', '2315', '2042', '1612', '2845', '1955', '2963', '2893', '1371', '1808', '2469', '1404', '3128', '2552', '3349', '2494', '2684', '3137', '3052', '2794', '3978', '3674', '3618', '2646', '3904', '3839', '1610', '1798', '2128', '2542', '2861', '1436', '1803', '2523', '2012', '3257', '1177', '3122');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('2277', '8462', '7013', '7230', '5314', '10977', '4729', '9395', '3926', '9588', '6887', '3983', '9998', '2723', '2377') order by pr.title;
select event_id, count(*) from event_source where event_id in ('2277', '8462', '7013', '7230', '5314', '10977', '4729', '9395', '3926', '9588', '6887', '3983', '9998', '2723', '2377') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('2277', '8462', '7013', '7230', '5314', '10977', '4729', '9395', '3926', '9588', '6887', '3983', '9998', '2723', '2377');
COMMIT;
