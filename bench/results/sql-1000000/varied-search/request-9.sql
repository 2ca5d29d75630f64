select version from event_data_version;
BEGIN READ ONLY;
select e.id as id, e.sort_key as sort_key, (select count(*) from (select 1 from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('nuclear plant safety 739') limit 10001) matches) as total from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('nuclear plant safety 739') order by e.sort_key desc, e.id desc limit '21';
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('521353', '470558', '935625', '354207', '604849', '708103', '558090', '432156', '138901', '54589', '740660', '360637', '448250', '302710', '888465', '627589', '53518', '318742', '299394', '655913') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('2408', '1787', '2744', '1144', '3743', '1854', '3283', '1745', '1291', '3843', '3864', '2883', '1117', '2893', '2063', '3583', '3437', '1938', '2178', '3110', '3731', '3794', '1656', '2528', '2384', '1913', '2851', '2867', '2398', '3196', '2678', '3270', '3038', '1802', '3393', '3326', '2305', '3364', '3644', '3299', '3252', '3530', '2518', '2171', '3227', '1549', '2698', '2752', '2780', '2134', '1781', '1949', '1736', '3514', '1061', '1207', '1700', '3255', '3886', '1405', '3954', '2529', '1495', '3056', '2356', '4028', '1218', '3907', '2146', '1648', '1970', '3465', '2728', '2199', '2595', '2858', '3795', '3790', '2322', '3183', '3399', '2069', '1635', '2440', '1457', '4015', '3577', '2688', '1508', '1511', '2906', '2819', '3742', '3724', '2477', '3584', '3197', '3618', '2404', '3575', '3808', '2599', '1612', '1735', '1123', '1946', '1556');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('521353', '470558', '935625', '354207', '604849', '708103', '558090', '432156', '138901', '54589', '740660', '360637', '448250', '302710', '888465', '627589', '53518', '318742', '299394', '655913') order by pr.title;
select event_id, count(*) from event_source where event_id in ('521353', '470558', '935625', '354207', '604849', '708103', '558090', '432156', '138901', '54589', '740660', '360637', '448250', '302710', '888465', '627589', '53518', '318742', '299394', '655913') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('521353', '470558', '935625', '354207', '604849', '708103', '558090', '432156', '138901', '54589', '740660', '360637', '448250', '302710', '888465', '627589', '53518', '318742', '299394', '655913');
COMMIT;
