select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-567') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-567');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('10794', '5556', '3396', '10098', '5984', '10192', '10679', '6093', '4017', '2173', '1087', '6703', '10490', '9352', '5782', '8387', '8953', '7488', '10111') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3382', '2064', '1176', '3874', '3209', '1898', '2072', '1615', '3313', '3957', '1897', '2102', '4033', '2416', '3330', '1870', '1068', '2905', '1208', '2471', '1122', '3775', '1546', '2519', '3196', '2650', '1369', '4013', '2140', '1967', '1339', '2349', '3951', '1552', '2229', '3965', '2522', '1620', '3493', '1199', '2966', '2990', '1848', '1155', '2925', '2770', '2583', '3612', '1817', '3994', '3632', '2718', '3071', '3630', '3689', '3782', '2333', '1835', '2190', '2257', '1810', '4044', '2288', '1187', '1116', '1809', '2476', '3828', '3841', '3691', '1689', '3749', '2497', '2168', '1353', '3660', '1736', '1687', '3073', '1682', '1410', '2014', '1066', '1465', '3787', '2995', '2996', '2119', '1721', '3830', '1144', '3285', '2188', '1195', '2945', '1088', '2525', '3055', '2528', '1683', '3385', '1730', '3360', '3608', '2393', '2211', '1784', '2412', '1918', '1420', '1160', '2166', '2800', '3813', '2459', '2065', '2149', '3337', '2749', '2986', '3111', '2999', '2086', '2404', '1245', '3082', '2448');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('10794', '5556', '3396', '10098', '5984', '10192', '10679', '6093', '4017', '2173', '1087', '6703', '10490', '9352', '5782', '8387', '8953', '7488', '10111') order by pr.title;
select event_id, count(*) from event_source where event_id in ('10794', '5556', '3396', '10098', '5984', '10192', '10679', '6093', '4017', '2173', '1087', '6703', '10490', '9352', '5782', '8387', '8953', '7488', '10111') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('10794', '5556', '3396', '10098', '5984', '10192', '10679', '6093', '4017', '2173', '1087', '6703', '10490', '9352', '5782', '8387', '8953', '7488', '10111');
COMMIT;
