select version from event_data_version;
BEGIN READ ONLY;
select * from (
    select distinct on (pr.slug, a.id)
           pr.slug as proposal, a.slug as party_slug, a.name as party_name, a.country as party_country,
           pp.stance, pp.date_value, pp.date_precision, pp.note,
           s.id as source_id, s.outlet, s.title as source_title, s.url, s.published_on,
           s.published_precision
    from proposal_position pp
    join proposal pr on pr.id = pp.proposal_id
    join actor a on a.id = pp.actor_id
    join source s on s.id = pp.source_id
    where pr.slug in ('synthetic-proposal-19') and pp.date_value <= '2019-02-01'
    order by pr.slug, a.id, pp.date_value desc, pp.id desc) latest
order by proposal, date_value, party_name;
COMMIT;
BEGIN READ ONLY;
select e.slug, e.title, e.date_value, e.date_precision
from event_participant d
join event_participant second on second.sort_key = d.sort_key and second.event_id = d.event_id
join event e on e.id = d.event_id
where d.published and d.role = 'PRINCIPAL'
  and second.published and second.role = 'PRINCIPAL'
  and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-260')
  and second.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1194')
  and (d.sort_key, d.event_id) < ('2019-02-01', '9977')
  and (second.sort_key, second.event_id) < ('2019-02-01', '9977')
order by d.sort_key desc, d.event_id desc
limit 1;
select e.slug, e.title, e.date_value, e.date_precision
from event_participant d
join event_participant second on second.sort_key = d.sort_key and second.event_id = d.event_id
join event e on e.id = d.event_id
where d.published and d.role = 'PRINCIPAL'
  and second.published and second.role = 'PRINCIPAL'
  and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-260')
  and second.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-1194')
  and (d.sort_key, d.event_id) > ('2019-02-01', '9977')
  and (second.sort_key, second.event_id) > ('2019-02-01', '9977')
order by d.sort_key asc, d.event_id asc
limit 1;
COMMIT;
