select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-709') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-709');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('6816', '9769', '5331', '4636', '3261', '9117', '5130', '4199', '8117', '9379', '9936', '4402', '2907', '9017', '6756', '6745', '9236') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3305', '3824', '1651', '1818', '3141', '1636', '2174', '1757', '2442', '3929', '3460', '2169', '1142', '3109', '3839', '3202', '1869', '1747', '2840', '1910', '2135', '3955', '3332', '1684', '3308', '2726', '2310', '1265', '2570', '1853', '3195', '1879', '3210', '1049', '1085', '1580', '1985', '3263', '3642', '2385', '2924', '1258', '2009', '1855', '1131', '3178', '2105', '1947', '2408', '2479', '1273', '1450', '2982', '3572', '1355', '2646', '1579', '2953', '3072', '3162', '1729', '1348', '3503', '1603', '1646', '2671', '2463', '1639', '3941', '1484', '1983', '3180', '1294', '2434', '2363', '1996', '1307', '1241', '1522', '2054', '1803', '2553', '2502', '2989', '1949', '2863', '3084', '3200', '2885', '3822', '1638', '1153', '1070', '3808', '3868', '2243', '1489', '2209', '3560', '3664', '2265', '3892', '1835', '2884', '1432', '1145', '2503', '2406', '2480', '1088', '1894');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('6816', '9769', '5331', '4636', '3261', '9117', '5130', '4199', '8117', '9379', '9936', '4402', '2907', '9017', '6756', '6745', '9236') order by pr.title;
select event_id, count(*) from event_source where event_id in ('6816', '9769', '5331', '4636', '3261', '9117', '5130', '4199', '8117', '9379', '9936', '4402', '2907', '9017', '6756', '6745', '9236') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('6816', '9769', '5331', '4636', '3261', '9117', '5130', '4199', '8117', '9379', '9936', '4402', '2907', '9017', '6756', '6745', '9236');
COMMIT;
