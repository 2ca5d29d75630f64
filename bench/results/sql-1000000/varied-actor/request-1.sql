select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2196') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2196');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('746630', '160151', '147610', '19057', '814128', '188434', '602580', '726813', '350720', '41777', '682440', '616010', '218846', '857298', '630678', '490642', '808883', '991590', '309951', '260328') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2250', '1491', '2737', '1507', '2490', '1722', '1754', '3244', '2836', '3943', '3583', '3842', '3529', '1709', '1296', '2433', '1766', '3703', '3048', '1227', '2095', '3516', '2931', '3913', '2689', '2794', '2550', '1822', '3521', '2597', '1317', '3895', '2283', '2006', '3485', '3808', '1312', '1856', '2103', '2577', '2225', '1086', '3360', '3636', '1088', '1253', '2309', '1678', '2551', '2583', '1097', '1700', '2688', '3547', '2293', '4028', '1786', '3358', '3889', '3386', '2984', '1128', '1645', '1391', '1821', '1106', '1158', '1255', '3488', '2813', '3635', '3150', '1878', '3419', '2444', '3677', '1744', '2046', '3146', '2527', '3543', '1602', '2690', '2856', '2156', '3580', '3069', '1398', '2000', '2158', '2839', '1450', '3625', '3721', '1670', '2340', '3901', '3021', '3498', '2483', '3253', '1816', '2191', '3518', '4045', '3003', '2171', '1498', '3666', '3646', '1853', '3005', '2149', '2800', '2317', '1764', '3143', '3285');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('746630', '160151', '147610', '19057', '814128', '188434', '602580', '726813', '350720', '41777', '682440', '616010', '218846', '857298', '630678', '490642', '808883', '991590', '309951', '260328') order by pr.title;
select event_id, count(*) from event_source where event_id in ('746630', '160151', '147610', '19057', '814128', '188434', '602580', '726813', '350720', '41777', '682440', '616010', '218846', '857298', '630678', '490642', '808883', '991590', '309951', '260328') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('746630', '160151', '147610', '19057', '814128', '188434', '602580', '726813', '350720', '41777', '682440', '616010', '218846', '857298', '630678', '490642', '808883', '991590', '309951', '260328');
COMMIT;
