select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2671') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2671');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('8853', '6860', '5226', '3360', '7593', '4358', '1359', '9452', '4207', '10415', '8226', '6649', '2297', '4422', '7462', '10264', '1685', '7438', '1905', '9149') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1675', '2720', '3108', '2227', '3928', '3698', '1374', '2957', '3719', '2825', '2299', '2955', '1326', '2509', '3312', '1907', '3547', '2329', '2090', '1076', '3464', '1881', '1392', '1180', '3170', '3021', '1272', '2027', '2685', '2107', '2524', '1735', '3053', '1679', '2042', '3727', '1770', '3822', '3846', '1267', '3051', '1592', '3814', '2389', '3537', '2707', '1328', '3563', '2531', '3495', '2757', '3374', '2995', '3417', '3451', '3866', '2595', '3947', '1845', '1074', '3197', '1333', '3575', '1192', '1505', '2541', '3831', '3388', '2312', '2948', '1935', '2523', '1269', '2816', '2204', '3385', '2604', '1096', '3914', '3161', '2207', '2702', '2808', '3189', '1249', '2937', '3854', '2282', '2453', '3017', '1135', '2479', '3225', '3680', '1166', '2965', '3270', '3733', '3554', '3486', '3788', '2409', '1303', '2547', '2589', '2921', '2793', '2470', '2856', '2026', '1308', '1793', '1664', '2037', '1191', '2643', '3590', '3713', '2526', '2866', '1799');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('8853', '6860', '5226', '3360', '7593', '4358', '1359', '9452', '4207', '10415', '8226', '6649', '2297', '4422', '7462', '10264', '1685', '7438', '1905', '9149') order by pr.title;
select event_id, count(*) from event_source where event_id in ('8853', '6860', '5226', '3360', '7593', '4358', '1359', '9452', '4207', '10415', '8226', '6649', '2297', '4422', '7462', '10264', '1685', '7438', '1905', '9149') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('8853', '6860', '5226', '3360', '7593', '4358', '1359', '9452', '4207', '10415', '8226', '6649', '2297', '4422', '7462', '10264', '1685', '7438', '1905', '9149');
COMMIT;
