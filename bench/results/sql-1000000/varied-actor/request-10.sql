select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1653') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1653');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('137031', '675991', '226000', '847188', '700602', '407753', '473798', '739072', '689685', '93463', '275660', '134576', '412987', '970208', '871411', '337847', '862110', '981109', '632076', '65178') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1343', '1626', '3808', '3632', '2009', '3457', '1831', '2701', '3029', '1874', '2708', '1250', '2825', '1619', '2941', '2672', '2601', '1957', '2334', '2433', '2540', '3020', '2812', '4003', '1672', '1252', '3120', '2001', '2126', '1209', '3825', '2906', '4028', '1960', '2205', '2240', '3732', '3993', '3782', '2690', '2586', '3467', '3534', '1102', '2294', '3054', '3030', '1777', '1218', '3039', '2401', '2306', '3916', '3003', '3749', '1455', '3487', '1804', '1586', '1814', '2114', '3239', '2963', '3812', '1201', '2827', '1100', '3337', '2982', '2016', '2357', '3389', '1128', '1737', '2289', '3290', '1920', '3000', '1855', '2337', '1368', '2732', '1461', '1983', '2520', '3674', '2452', '1906', '3795', '1523', '2070', '2098', '3316', '1234', '2089', '1722', '2856', '3834', '1675', '2721', '1077', '2370', '2309', '2223', '1402', '2908', '1232', '3402', '2479', '1648', '2384', '3688', '2781', '3282', '3735', '3760', '2258', '2301', '2699', '3155');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('137031', '675991', '226000', '847188', '700602', '407753', '473798', '739072', '689685', '93463', '275660', '134576', '412987', '970208', '871411', '337847', '862110', '981109', '632076', '65178') order by pr.title;
select event_id, count(*) from event_source where event_id in ('137031', '675991', '226000', '847188', '700602', '407753', '473798', '739072', '689685', '93463', '275660', '134576', '412987', '970208', '871411', '337847', '862110', '981109', '632076', '65178') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('137031', '675991', '226000', '847188', '700602', '407753', '473798', '739072', '689685', '93463', '275660', '134576', '412987', '970208', '871411', '337847', '862110', '981109', '632076', '65178');
COMMIT;
