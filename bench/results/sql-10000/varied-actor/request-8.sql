select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select d.event_id as id, d.sort_key as sort_key from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1558') order by d.sort_key desc, d.event_id desc limit '21';
select count(*) from event_participant d left join event e on e.id = d.event_id where d.published and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1558');
select p.event_id, a.id, a.slug, a.name, a.country, p.role
from event_participant p join actor a on a.id = p.actor_id
where p.event_id in ('6571', '9510', '2578', '1929', '9519', '4464', '6032', '6614', '9746', '7812', '7848', '3928', '4443', '9414', '4461', '10618', '5599') order by p.event_id, p.role, p.id;
select actor_id, title, start_date, end_date from actor_role where actor_id in ('1151', '1183', '2606', '3731', '2423', '3354', '3958', '3672', '1424', '1455', '2454', '2563', '1908', '3836', '2539', '1467', '1421', '1843', '2526', '1940', '4023', '2591', '3865', '3527', '2380', '2556', '1397', '2307', '1579', '3324', '1365', '1312', '2869', '1990', '1543', '3712', '2351', '3728', '1847', '1958', '3757', '3177', '3370', '1574', '3783', '3314', '2824', '1212', '3576', '2278', '3110', '1964', '1851', '1588', '2724', '1064', '1661', '3877', '2264', '3020', '2835', '4017', '3089', '3391', '1992', '2144', '3290', '2035', '1864', '3928', '1845', '3155', '1984', '2450', '2817', '3219', '3300', '2525', '1988', '3006', '2332', '1386', '2105', '2581', '1405', '2217', '3854', '2642', '2480', '3434', '3088', '3042', '1758', '3590', '1389', '1079', '1315', '3990', '1272', '2772', '1638', '1326', '3367', '2249', '2448', '1132', '3387', '3064', '1670', '3898', '3327');
select ep.event_id, pr.slug, pr.title from event_proposal ep join proposal pr on pr.id = ep.proposal_id
where ep.event_id in ('6571', '9510', '2578', '1929', '9519', '4464', '6032', '6614', '9746', '7812', '7848', '3928', '4443', '9414', '4461', '10618', '5599') order by pr.title;
select event_id, count(*) from event_source where event_id in ('6571', '9510', '2578', '1929', '9519', '4464', '6032', '6614', '9746', '7812', '7848', '3928', '4443', '9414', '4461', '10618', '5599') group by event_id;
select id, slug, title, type, channel, contact_status, date_value, date_precision, place, country,
       initiator_side, updated_at
from event where id in ('6571', '9510', '2578', '1929', '9519', '4464', '6032', '6614', '9746', '7812', '7848', '3928', '4443', '9414', '4461', '10618', '5599');
COMMIT;
