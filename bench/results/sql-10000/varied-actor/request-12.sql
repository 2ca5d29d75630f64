select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2415') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2415');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('5526', '6720', '5275', '2168', '2608', '7526', '8302', '4740', '9067', '7789', '7041', '7062', '6616', '5088') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2249', '3463', '2752', '2541', '3293', '1551', '2630', '2619', '2462', '3152', '1102', '2209', '1732', '3337', '1449', '3724', '3920', '1564', '3676', '1868', '2365', '3935', '2677', '3236', '2225', '1793', '1971', '2007', '1775', '2750', '3597', '1213', '2853', '3101', '3104', '3630', '3750', '3603', '3985', '1060', '3611', '3665', '3449', '3515', '1088', '3819', '4043', '1526', '2180', '1719', '2793', '3702', '3806', '2447', '2379', '1858', '2998', '2377', '2428', '3376', '2621', '2280', '1740', '1864', '1284', '2560', '1199', '2360', '1506', '1122', '3796', '1317', '3893', '3850', '3903', '2156');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('5526', '6720', '5275', '2168', '2608', '7526', '8302', '4740', '9067', '7789', '7041', '7062', '6616', '5088') order by pr.title;
select event_id, count(*) from event_source where event_id in ('5526', '6720', '5275', '2168', '2608', '7526', '8302', '4740', '9067', '7789', '7041', '7062', '6616', '5088') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('5526', '6720', '5275', '2168', '2608', '7526', '8302', '4740', '9067', '7789', '7041', '7062', '6616', '5088');
COMMIT;
