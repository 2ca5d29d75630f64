select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2048') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2048');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('4524', '2301', '6210', '6743', '9587', '5098', '10330', '10106', '4767', '6289', '10075', '9062', '8052', '5249', '4787', '4447', '5811', '7130') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3596', '3914', '2005', '2038', '3096', '3971', '1655', '3195', '2122', '3230', '1685', '1212', '1258', '2151', '3727', '2480', '3953', '2848', '2887', '2963', '3341', '3264', '3445', '1816', '3896', '2783', '2119', '1656', '1163', '1750', '3940', '3886', '1362', '1672', '1637', '2576', '1992', '1732', '2226', '2332', '2594', '2167', '2293', '2553', '2262', '3900', '3511', '1938', '1962', '1612', '1407', '3001', '1126', '3013', '2535', '2694', '1940', '2407', '3447', '1216', '2812', '1979', '3555', '2188', '1910', '3594', '2478', '2257', '3847', '4039', '2063', '3699', '1581', '2129', '2774', '2032', '3248', '2912', '2999', '3029', '2031', '1559', '1824', '3521', '2982', '3917', '2716', '2376', '4022', '3833', '3838', '1503', '3691', '3743', '3373', '3229', '1358', '3532', '3170', '3908', '1870', '1148', '2451', '2988', '3605', '1848', '1667', '3035', '1186', '1453');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('4524', '2301', '6210', '6743', '9587', '5098', '10330', '10106', '4767', '6289', '10075', '9062', '8052', '5249', '4787', '4447', '5811', '7130') order by pr.title;
select event_id, count(*) from event_source where event_id in ('4524', '2301', '6210', '6743', '9587', '5098', '10330', '10106', '4767', '6289', '10075', '9062', '8052', '5249', '4787', '4447', '5811', '7130') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('4524', '2301', '6210', '6743', '9587', '5098', '10330', '10106', '4767', '6289', '10075', '9062', '8052', '5249', '4787', '4447', '5811', '7130');
COMMIT;
