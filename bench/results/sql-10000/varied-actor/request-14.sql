select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2538') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2538');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('5692', '9207', '3219', '3162', '6114', '5072', '9096', '9179', '10355', '1946', '1219', '2891', '5462', '2035', '3154', '4086', '7521', '1776', '1715', '10040') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3073', '3586', '2572', '3994', '3915', '3791', '2929', '2694', '1522', '3624', '1477', '2210', '2143', '3526', '2399', '3312', '3681', '2828', '2963', '4033', '1532', '3553', '3371', '1472', '2008', '2688', '4019', '3481', '2994', '3584', '1708', '2134', '1264', '1241', '1181', '2230', '2291', '1910', '2818', '1484', '1904', '3091', '2190', '2326', '2967', '2624', '1263', '1473', '2140', '3141', '2424', '1988', '3454', '1478', '3948', '2076', '2161', '2186', '1451', '2378', '3098', '2633', '3013', '1470', '2965', '1863', '4018', '3647', '3671', '1123', '1233', '2402', '2097', '3022', '3138', '1054', '1514', '2328', '1324', '2188', '3706', '1871', '1864', '3600', '2286', '2763', '1136', '2547', '1752', '1436', '3434', '2545', '3581', '2897', '1527', '1694', '1290', '2548', '1804', '3080', '3963', '2276', '2283', '2501', '1627');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('5692', '9207', '3219', '3162', '6114', '5072', '9096', '9179', '10355', '1946', '1219', '2891', '5462', '2035', '3154', '4086', '7521', '1776', '1715', '10040') order by pr.title;
select event_id, count(*) from event_source where event_id in ('5692', '9207', '3219', '3162', '6114', '5072', '9096', '9179', '10355', '1946', '1219', '2891', '5462', '2035', '3154', '4086', '7521', '1776', '1715', '10040') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('5692', '9207', '3219', '3162', '6114', '5072', '9096', '9179', '10355', '1946', '1219', '2891', '5462', '2035', '3154', '4086', '7521', '1776', '1715', '10040');
COMMIT;
