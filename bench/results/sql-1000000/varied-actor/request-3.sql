select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1535') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1535');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('376944', '475355', '182115', '530418', '852100', '833297', '752551', '383125', '680439', '399232', '21815', '23370', '350720', '188723', '498174', '836443', '596854', '102833', '149414', '35142') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1619', '2307', '3161', '2587', '1964', '2877', '2650', '3302', '2583', '2978', '3769', '4041', '2648', '1577', '1055', '1370', '3505', '3487', '2267', '1282', '3229', '3409', '2177', '1839', '3469', '1957', '3349', '2093', '2171', '1241', '2688', '1192', '3625', '1198', '1678', '3244', '2551', '1097', '1700', '3582', '2018', '3157', '1706', '2440', '3483', '2795', '1255', '2378', '3598', '1926', '1451', '3501', '3455', '3594', '1113', '1357', '2432', '3804', '4035', '3130', '2798', '3926', '3985', '2816', '1153', '3805', '3028', '2845', '3261', '3183', '3293', '1841', '3617', '1754', '3640', '4030', '1117', '1809', '2829', '2633', '1238', '3256', '3115', '3977', '3510', '1643', '2422', '2407', '1052', '2168', '2818', '1520', '2861', '3506', '1407', '3723', '3413', '2974', '2840', '2516', '3149', '2429', '3543', '2284', '3811', '2269', '3192', '3055', '2379', '1918');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('376944', '475355', '182115', '530418', '852100', '833297', '752551', '383125', '680439', '399232', '21815', '23370', '350720', '188723', '498174', '836443', '596854', '102833', '149414', '35142') order by pr.title;
select event_id, count(*) from event_source where event_id in ('376944', '475355', '182115', '530418', '852100', '833297', '752551', '383125', '680439', '399232', '21815', '23370', '350720', '188723', '498174', '836443', '596854', '102833', '149414', '35142') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('376944', '475355', '182115', '530418', '852100', '833297', '752551', '383125', '680439', '399232', '21815', '23370', '350720', '188723', '498174', '836443', '596854', '102833', '149414', '35142');
COMMIT;
