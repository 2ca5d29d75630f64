select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-351') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-351');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('10427', '2284', '3458', '3988', '1738', '4882', '10349', '5486', '9965', '2087', '5562', '4311', '4281', '6406', '4785', '10851', '4059', '8844') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2868', '1274', '1483', '1945', '3549', '1399', '3137', '3468', '2497', '1925', '3122', '2359', '2951', '1756', '3644', '2727', '3620', '2632', '2284', '1887', '1147', '2895', '1663', '3566', '1521', '3642', '2803', '1462', '2704', '2982', '2375', '3399', '1941', '3092', '1680', '2333', '3408', '1341', '2746', '1745', '2192', '3960', '3047', '3510', '2106', '2885', '3173', '1653', '2898', '3553', '2475', '1939', '3303', '3212', '1248', '1391', '1424', '2643', '1801', '1735', '2347', '2483', '3172', '1134', '3395', '2179', '1101', '3032', '3561', '1794', '3904', '3922', '3478', '2971', '3625', '2769', '1781', '2681', '2825', '3260', '3683', '1788', '1298', '3401', '2239', '3533', '2846', '3041', '2269', '2942', '3826', '2771', '1917', '3754', '3369', '1182', '1305', '2247', '1596', '3603', '3983', '1520', '2389', '1699', '3836', '3413', '2923', '3376', '2238', '2283', '3217', '1244', '1732', '1116', '3111', '2855', '2695', '2791', '2162', '1151', '3131');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('10427', '2284', '3458', '3988', '1738', '4882', '10349', '5486', '9965', '2087', '5562', '4311', '4281', '6406', '4785', '10851', '4059', '8844') order by pr.title;
select event_id, count(*) from event_source where event_id in ('10427', '2284', '3458', '3988', '1738', '4882', '10349', '5486', '9965', '2087', '5562', '4311', '4281', '6406', '4785', '10851', '4059', '8844') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('10427', '2284', '3458', '3988', '1738', '4882', '10349', '5486', '9965', '2087', '5562', '4311', '4281', '6406', '4785', '10851', '4059', '8844');
COMMIT;
