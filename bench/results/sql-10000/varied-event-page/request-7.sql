select version from event_data_version;
BEGIN READ ONLY;
select e.slug, e.title, e.date_value, e.date_precision
from (select (select a.id from actor a where a.slug = 'synthetic-actor-2211') as one,
             (select a.id from actor a where a.slug = 'synthetic-actor-134') as other) pair
join event_principal_pair pp
  on pp.first_actor_id = least(pair.one, pair.other) and pp.second_actor_id = greatest(pair.one, pair.other)
join event e on e.id = pp.event_id
where pp.published
  and (pp.sort_key, pp.event_id) < ('2021-12-17', '4097')
order by pp.sort_key desc, pp.event_id desc
limit 1;
select e.slug, e.title, e.date_value, e.date_precision
from (select (select a.id from actor a where a.slug = 'synthetic-actor-2211') as one,
             (select a.id from actor a where a.slug = 'synthetic-actor-134') as other) pair
join event_principal_pair pp
  on pp.first_actor_id = least(pair.one, pair.other) and pp.second_actor_id = greatest(pair.one, pair.other)
join event e on e.id = pp.event_id
where pp.published
  and (pp.sort_key, pp.event_id) > ('2021-12-17', '4097')
order by pp.sort_key asc, pp.event_id asc
limit 1;
COMMIT;
