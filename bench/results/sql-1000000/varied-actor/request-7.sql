select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2576') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2576');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('901870', '785061', '265640', '976809', '379910', '200447', '193170', '121488', '544179', '390903', '636334', '335106', '460032', '993632', '966526', '850241', '610639', '368004', '610556', '45579') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1056', '2854', '3764', '1371', '3624', '3290', '2375', '2025', '3743', '2835', '3347', '2684', '2714', '2140', '4003', '1727', '2196', '3611', '2680', '3991', '1343', '1074', '3921', '3181', '2314', '1091', '2957', '3218', '3719', '2035', '3976', '2550', '2451', '3403', '3485', '1546', '1929', '1369', '3054', '2589', '1809', '3795', '1402', '1350', '3516', '2409', '3729', '3731', '3414', '3456', '1436', '1590', '2504', '3580', '1953', '2652', '2825', '2225', '1201', '2796', '2380', '1913', '1855', '1549', '2828', '1117', '1230', '1553', '3703', '1936', '1999', '1315', '3359', '2033', '1983', '2383', '3914', '1377', '1064', '2431', '2883', '3650', '1897', '1448', '1956', '1084', '2700', '2903', '1571', '1816', '2843', '2177', '2839', '2520', '1291', '2247', '3734', '2461', '3942', '1769', '3295', '3076', '3179', '3766', '2945', '2735', '2889', '3515', '1285', '2068', '3959', '1545', '2905', '1495', '1928', '3020', '3292');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('901870', '785061', '265640', '976809', '379910', '200447', '193170', '121488', '544179', '390903', '636334', '335106', '460032', '993632', '966526', '850241', '610639', '368004', '610556', '45579') order by pr.title;
select event_id, count(*) from event_source where event_id in ('901870', '785061', '265640', '976809', '379910', '200447', '193170', '121488', '544179', '390903', '636334', '335106', '460032', '993632', '966526', '850241', '610639', '368004', '610556', '45579') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('901870', '785061', '265640', '976809', '379910', '200447', '193170', '121488', '544179', '390903', '636334', '335106', '460032', '993632', '966526', '850241', '610639', '368004', '610556', '45579');
COMMIT;
