select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-596') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-596');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('1439', '5290', '9012', '4683', '4900', '11022', '7289', '3523', '10885', '4479', '6664', '6245', '5882', '6053', '8159', '8563', '7673', '5281', '9773', '4020') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3076', '2146', '1480', '3668', '1428', '1644', '3896', '3377', '1857', '3109', '3632', '2451', '2363', '3186', '3348', '2016', '3574', '2153', '2195', '1537', '1927', '1747', '1773', '1388', '3355', '2413', '2224', '1921', '1296', '3918', '2004', '3200', '1360', '1919', '3070', '1400', '3317', '3823', '1903', '3517', '1457', '1225', '3562', '1414', '3581', '3197', '2796', '2057', '1684', '1083', '1154', '1068', '3011', '3946', '3363', '1699', '3533', '1502', '3587', '3376', '1661', '1900', '3044', '1752', '2563', '2758', '1549', '2804', '1890', '3101', '1226', '3287', '1696', '2651', '3018', '2189', '2596', '3373', '2034', '2140', '2827', '3548', '2269', '1963', '2998', '2549', '3740', '1139', '2459', '2311', '1319', '2325', '3607', '2143', '2304', '2991', '2337', '2893', '3239', '2420', '1646', '3870', '3033', '1557', '4041', '1725', '1593', '2870', '1217', '2082', '1802', '2238', '2108', '3630', '2160', '3386', '2395', '2999', '1113');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('1439', '5290', '9012', '4683', '4900', '11022', '7289', '3523', '10885', '4479', '6664', '6245', '5882', '6053', '8159', '8563', '7673', '5281', '9773', '4020') order by pr.title;
select event_id, count(*) from event_source where event_id in ('1439', '5290', '9012', '4683', '4900', '11022', '7289', '3523', '10885', '4479', '6664', '6245', '5882', '6053', '8159', '8563', '7673', '5281', '9773', '4020') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('1439', '5290', '9012', '4683', '4900', '11022', '7289', '3523', '10885', '4479', '6664', '6245', '5882', '6053', '8159', '8563', '7673', '5281', '9773', '4020');
COMMIT;
