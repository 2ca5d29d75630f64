select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2495') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2495');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('7565', '2637', '4014', '5497', '3811', '8736', '5046', '5484', '4158', '3480', '10579', '7626', '1474', '4494', '8848') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3810', '3496', '3543', '3488', '1444', '1818', '2821', '2626', '2513', '3379', '3447', '3087', '1237', '3614', '1803', '1149', '1713', '3506', '2494', '2969', '2463', '3341', '3487', '2957', '2220', '3357', '1603', '1523', '3261', '1535', '1253', '3999', '1662', '3097', '2760', '1301', '1744', '2511', '3139', '1780', '1617', '1144', '3234', '1956', '1664', '1578', '2705', '3055', '4045', '3745', '2828', '3239', '3824', '2171', '1363', '2267', '2983', '3625', '3787', '3474', '3853', '3868', '3925', '1901', '2950', '3219', '2876', '2674', '2887', '2115', '3310', '1172', '2485', '1902', '2151', '3319', '2585', '2124', '3675', '1084', '1459', '1976', '3228', '2103', '3577');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('7565', '2637', '4014', '5497', '3811', '8736', '5046', '5484', '4158', '3480', '10579', '7626', '1474', '4494', '8848') order by pr.title;
select event_id, count(*) from event_source where event_id in ('7565', '2637', '4014', '5497', '3811', '8736', '5046', '5484', '4158', '3480', '10579', '7626', '1474', '4494', '8848') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('7565', '2637', '4014', '5497', '3811', '8736', '5046', '5484', '4158', '3480', '10579', '7626', '1474', '4494', '8848');
COMMIT;
