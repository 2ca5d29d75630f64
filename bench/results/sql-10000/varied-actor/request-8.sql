select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1797') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1797');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('1624', '7013', '4139', '3157', '9239', '6980', '3722', '8336', '6903', '2103', '10339', '1847', '3180', '2350', '10225', '8204') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2845', '2900', '2111', '3473', '1798', '2446', '3593', '2179', '2005', '2733', '3201', '2261', '3998', '1771', '1457', '3563', '2332', '2068', '1181', '1253', '1910', '3479', '1512', '2131', '1818', '1276', '3601', '3502', '3954', '2057', '2367', '2706', '1655', '4017', '2981', '2385', '1547', '1492', '1880', '1828', '3793', '3802', '2281', '2104', '2341', '3977', '2894', '3809', '2710', '1657', '2732', '1130', '1762', '2202', '1960', '1134', '2624', '1551', '3662', '2776', '3536', '2315', '2042', '1612', '1955', '2963', '2893', '2199', '3424', '3122', '1647', '3900', '1458', '1187', '3102', '1371', '3404', '2474', '3349', '1886', '3124', '3550', '2182', '2841', '3107', '2102', '1183', '2255');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('1624', '7013', '4139', '3157', '9239', '6980', '3722', '8336', '6903', '2103', '10339', '1847', '3180', '2350', '10225', '8204') order by pr.title;
select event_id, count(*) from event_source where event_id in ('1624', '7013', '4139', '3157', '9239', '6980', '3722', '8336', '6903', '2103', '10339', '1847', '3180', '2350', '10225', '8204') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('1624', '7013', '4139', '3157', '9239', '6980', '3722', '8336', '6903', '2103', '10339', '1847', '3180', '2350', '10225', '8204');
COMMIT;
