select version from event_data_version;
BEGIN READ ONLY;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2578') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2578');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('3728', '10179', '10100', '4234', '9271', '9543', '6495', '7499', '4112', '10440', '10481', '3277', '8198', '10510', '7925', '9436', '3568', '1564', '4659', '10843') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('3626', '3051', '1491', '3833', '2421', '4005', '3141', '3071', '3222', '1874', '3518', '3171', '1073', '2113', '2629', '2595', '2405', '1717', '3530', '2639', '1849', '3563', '1376', '3209', '1219', '2179', '1701', '2916', '1496', '3831', '3559', '2829', '2594', '1076', '1665', '2646', '2538', '2487', '2647', '3326', '2501', '2499', '3796', '1497', '2408', '2979', '3839', '1477', '4045', '2617', '3363', '1653', '1057', '2780', '2665', '1209', '3320', '3500', '3769', '3342', '3613', '1835', '3339', '1392', '1617', '2514', '3780', '3577', '3540', '3446', '2347', '2828', '1117', '1986', '3838', '1356', '3469', '2827', '4039', '1783', '2908', '1909', '1911', '3318', '1586', '1406', '1746', '1054', '1837', '2176', '3818', '3181', '1827', '2812', '2836', '3315', '3778', '3192', '2109', '2854', '2970');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('3728', '10179', '10100', '4234', '9271', '9543', '6495', '7499', '4112', '10440', '10481', '3277', '8198', '10510', '7925', '9436', '3568', '1564', '4659', '10843') order by pr.title;
select event_id, count(*) from event_source where event_id in ('3728', '10179', '10100', '4234', '9271', '9543', '6495', '7499', '4112', '10440', '10481', '3277', '8198', '10510', '7925', '9436', '3568', '1564', '4659', '10843') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('3728', '10179', '10100', '4234', '9271', '9543', '6495', '7499', '4112', '10440', '10481', '3277', '8198', '10510', '7925', '9436', '3568', '1564', '4659', '10843');
COMMIT;
