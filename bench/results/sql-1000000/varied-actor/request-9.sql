select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-758') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-758');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('51780', '157305', '139425', '961125', '992180', '68895', '922240', '258956', '795095', '279302', '265764', '796229', '446440', '96135', '383580', '27167', '808341', '254497', '74251', '621353') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3621', '1584', '1357', '3068', '3161', '1072', '3289', '2594', '1537', '1806', '3221', '1946', '3413', '2968', '3391', '2841', '1328', '3518', '1657', '1689', '3802', '1052', '2675', '3448', '1325', '3461', '3366', '2234', '1790', '2543', '2619', '4004', '1672', '2238', '3672', '3603', '1822', '1842', '1829', '2503', '2385', '1133', '2240', '2803', '3349', '2566', '1082', '3767', '1561', '1054', '2919', '2221', '2208', '1129', '3008', '1563', '3772', '1301', '2499', '3867', '3267', '1838', '1821', '1442', '1278', '2355', '1849', '2831', '3344', '2652', '3090', '2275', '2965', '3219', '3568', '1604', '3307', '2130', '3200', '1059', '3959', '2663', '2847', '3362', '2502', '1549', '2590', '1659', '2105', '3519', '1124', '3192', '2113', '1699', '1528', '1222', '3540', '2949', '1163', '1370', '1782', '3617', '2924', '3880', '1867', '3773', '3705', '3463', '1684', '3021', '1489', '2870', '1103', '3371', '1161', '2257', '2687', '1855', '2598', '3005', '3950', '3202', '2914', '2725', '2108', '1127', '3072');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('51780', '157305', '139425', '961125', '992180', '68895', '922240', '258956', '795095', '279302', '265764', '796229', '446440', '96135', '383580', '27167', '808341', '254497', '74251', '621353') order by pr.title;
select event_id, count(*) from event_source where event_id in ('51780', '157305', '139425', '961125', '992180', '68895', '922240', '258956', '795095', '279302', '265764', '796229', '446440', '96135', '383580', '27167', '808341', '254497', '74251', '621353') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('51780', '157305', '139425', '961125', '992180', '68895', '922240', '258956', '795095', '279302', '265764', '796229', '446440', '96135', '383580', '27167', '808341', '254497', '74251', '621353');
COMMIT;
