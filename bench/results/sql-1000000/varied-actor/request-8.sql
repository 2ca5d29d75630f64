select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2040') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2040');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('201360', '690648', '833766', '77079', '830887', '155085', '551134', '88186', '647057', '358143', '837176', '253634', '190979', '951926', '271578', '171450', '842788', '445245', '372738', '834486') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3159', '1478', '3782', '2198', '3088', '3020', '1459', '3320', '2417', '1570', '2057', '3484', '2737', '1573', '2704', '2756', '3785', '1559', '1543', '3499', '2441', '1376', '3832', '2058', '2207', '1122', '3021', '3214', '1496', '1804', '3487', '2049', '1189', '2800', '1285', '2106', '3682', '2857', '2301', '2358', '3566', '2269', '3692', '3461', '3151', '3414', '1194', '2082', '2157', '2162', '1488', '3081', '1845', '2330', '3947', '1517', '1229', '3729', '2712', '3607', '1546', '1442', '2956', '2580', '1112', '3462', '1813', '1417', '3182', '3618', '1766', '3042', '1172', '3975', '3746', '1930', '3011', '2087', '3192', '1210', '2118', '2187', '2744', '1111', '3696', '1333', '2176', '2817', '3916', '2224', '2250', '3272', '3347', '2340', '3636', '2563', '1902', '2545', '1868', '1177', '3932', '1954', '1134', '1959', '1119', '1361', '2357', '2538', '3717', '2816', '1996', '1507', '3576', '3223', '1097', '2760', '2286', '1200', '3537', '3724', '2339', '1084', '3799', '3837', '2920');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('201360', '690648', '833766', '77079', '830887', '155085', '551134', '88186', '647057', '358143', '837176', '253634', '190979', '951926', '271578', '171450', '842788', '445245', '372738', '834486') order by pr.title;
select event_id, count(*) from event_source where event_id in ('201360', '690648', '833766', '77079', '830887', '155085', '551134', '88186', '647057', '358143', '837176', '253634', '190979', '951926', '271578', '171450', '842788', '445245', '372738', '834486') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('201360', '690648', '833766', '77079', '830887', '155085', '551134', '88186', '647057', '358143', '837176', '253634', '190979', '951926', '271578', '171450', '842788', '445245', '372738', '834486');
COMMIT;
