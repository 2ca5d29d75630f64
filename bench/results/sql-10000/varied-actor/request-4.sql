select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2432') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2432');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('6917', '1367', '8038', '4117', '10937', '8938', '2313', '10961', '9351', '8510', '4762', '6699', '8467', '1995', '9016', '7262', '9548', '6754', '2214', '5770') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3882', '1799', '1939', '3480', '2752', '1058', '2519', '3509', '2909', '1920', '3258', '3809', '1273', '1916', '3264', '1063', '2008', '1223', '1954', '1999', '2896', '2687', '3571', '3131', '1843', '1148', '1812', '2811', '3053', '3492', '2295', '2762', '3739', '3625', '2475', '1837', '2405', '2744', '1496', '2441', '2277', '1592', '1742', '1493', '3513', '1237', '1269', '3617', '3784', '1983', '3214', '3921', '2479', '3733', '1517', '3454', '2074', '3694', '1243', '2152', '1572', '1813', '3475', '1215', '1863', '3542', '3271', '3183', '2535', '3400', '2169', '2821', '1264', '1821', '3168', '3478', '2879', '2314', '3209', '1415', '2963', '3465', '3392', '1872', '1852', '1112', '3507', '1257', '2890', '1773', '1171', '3013', '2181', '3316', '3738', '2529', '2393', '3273', '1508', '3588', '2678', '3856', '3424', '3885', '1167', '2466', '2354', '1897', '2870', '3156', '3722', '2382', '2261', '1562', '3308', '3681', '3455', '3499', '2082', '3961', '3830');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('6917', '1367', '8038', '4117', '10937', '8938', '2313', '10961', '9351', '8510', '4762', '6699', '8467', '1995', '9016', '7262', '9548', '6754', '2214', '5770') order by pr.title;
select event_id, count(*) from event_source where event_id in ('6917', '1367', '8038', '4117', '10937', '8938', '2313', '10961', '9351', '8510', '4762', '6699', '8467', '1995', '9016', '7262', '9548', '6754', '2214', '5770') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('6917', '1367', '8038', '4117', '10937', '8938', '2313', '10961', '9351', '8510', '4762', '6699', '8467', '1995', '9016', '7262', '9548', '6754', '2214', '5770');
COMMIT;
