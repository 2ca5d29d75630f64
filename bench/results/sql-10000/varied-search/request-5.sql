select version from event_data_version;
BEGIN READ ONLY;
select e.id as id, e.sort_key as sort_key, (select count(*) from (select 1 from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('sanctions 2507') limit 10001) matches) as total from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('sanctions 2507') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('3290', '3607', '5764', '4265', '6352', '6011', '10394', '7634') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2608', '3555', '3765', '3250', '2022', '3028', '1655', '2093', '2917', '1256', '3431', '3065', '1979', '2682', '1351', '1800', '2885', '3448', '3707', '2522', '3540', '1780', '2987', '1783', '2353', '1986', '3839', '3819', '3698', '3201', '2958', '2216', '2198', '2509', '1880', '3721', '1221', '1400', '1774', '1573', '1550', '1867', '1301', '3162', '1863');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('3290', '3607', '5764', '4265', '6352', '6011', '10394', '7634') order by pr.title;
select event_id, count(*) from event_source where event_id in ('3290', '3607', '5764', '4265', '6352', '6011', '10394', '7634') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('3290', '3607', '5764', '4265', '6352', '6011', '10394', '7634');
COMMIT;
