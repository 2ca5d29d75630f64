select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1321') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1321');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('386273', '337323', '29219', '231792', '350071', '937493', '344455', '509116', '694907', '241277', '512778', '468327', '886333', '612403', '211131', '893181', '64657', '525820', '205376', '566558') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2622', '2004', '2369', '2323', '3524', '3741', '3019', '3698', '3121', '2983', '4031', '3774', '2052', '1799', '3868', '2349', '1144', '4015', '1757', '1945', '3938', '1565', '1870', '2468', '1787', '3697', '1231', '3718', '1853', '3888', '1846', '2917', '1441', '3708', '3499', '1433', '3536', '2111', '3290', '2505', '3994', '1317', '3730', '2003', '1288', '2078', '3784', '3480', '3608', '3471', '2908', '3768', '2809', '1141', '2188', '2100', '2294', '2063', '2412', '1591', '1138', '1695', '3814', '1463', '1243', '2070', '3769', '1775', '3599', '3685', '2488', '3180', '2584', '3260', '1294', '3251', '3271', '1766', '1731', '1173', '2895', '3113', '3513', '2445', '1876', '1318', '2521', '1523', '3107', '2790', '2202', '3670', '1157', '3586', '1848', '1180', '1497', '3633', '1336', '2322', '3447', '2629', '2747', '3662', '2119', '2320', '1518', '1499', '3396', '2602', '2403', '3215', '3859', '1219', '3544', '1613', '2034', '1894', '2694', '3580', '2196');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('386273', '337323', '29219', '231792', '350071', '937493', '344455', '509116', '694907', '241277', '512778', '468327', '886333', '612403', '211131', '893181', '64657', '525820', '205376', '566558') order by pr.title;
select event_id, count(*) from event_source where event_id in ('386273', '337323', '29219', '231792', '350071', '937493', '344455', '509116', '694907', '241277', '512778', '468327', '886333', '612403', '211131', '893181', '64657', '525820', '205376', '566558') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('386273', '337323', '29219', '231792', '350071', '937493', '344455', '509116', '694907', '241277', '512778', '468327', '886333', '612403', '211131', '893181', '64657', '525820', '205376', '566558');
COMMIT;
