select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-386') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-386');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('6055', '9399', '9492', '8420', '2957', '9668', '5410', '4863', '3365', '8006', '2531', '1880', '4431', '8747', '7333', '3593', '4069', '6075', '1484', '5553') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1434', '3784', '2926', '2960', '3303', '1758', '2833', '1276', '1103', '2832', '4018', '1479', '2293', '1260', '3498', '3570', '3298', '3645', '3896', '1407', '3492', '2805', '3655', '1957', '1941', '1396', '2909', '2103', '3219', '3128', '2319', '3668', '2651', '3798', '1859', '3823', '3730', '3054', '1612', '2660', '1799', '3454', '1685', '3980', '3990', '2171', '2814', '3422', '1665', '2449', '3014', '2282', '3429', '1119', '3104', '3579', '1306', '3263', '3449', '2938', '3820', '3388', '3967', '1422', '1051', '1672', '3047', '3947', '1328', '2356', '2560', '3776', '2057', '2948', '3979', '3299', '3560', '3861', '1460', '1511', '1688', '3622', '2690', '3918', '3271', '1504', '1258', '2999', '2052', '3984', '3690', '1731', '1172', '3634', '3133', '3089', '2127', '2592', '2870', '1643', '3400', '1788', '2698', '1884', '1360', '1696', '2269', '2935', '1187', '1934', '3377', '3610', '3962', '3754');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('6055', '9399', '9492', '8420', '2957', '9668', '5410', '4863', '3365', '8006', '2531', '1880', '4431', '8747', '7333', '3593', '4069', '6075', '1484', '5553') order by pr.title;
select event_id, count(*) from event_source where event_id in ('6055', '9399', '9492', '8420', '2957', '9668', '5410', '4863', '3365', '8006', '2531', '1880', '4431', '8747', '7333', '3593', '4069', '6075', '1484', '5553') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('6055', '9399', '9492', '8420', '2957', '9668', '5410', '4863', '3365', '8006', '2531', '1880', '4431', '8747', '7333', '3593', '4069', '6075', '1484', '5553');
COMMIT;
