select version from event_data_version;
BEGIN READ ONLY;
select e.id, e.slug, e.title, e.type, e.channel, e.contact_status, e.date_value, e.date_precision,
       e.date_note, e.end_date, e.duration_minutes, e.place, e.country, e.initiator_side,
       ia.slug as initiator_slug, ia.name as initiator_name, ia.country as initiator_country,
       e.initiator_note, s.id as source_id, s.outlet as source_outlet, s.title as source_title,
       s.url as source_url, s.published_on as source_published_on,
       s.published_precision as source_published_precision,
       e.summary, e.created_at, e.updated_at, e.version,
       (select json_agg(json_build_array(p.actor_id, a.slug, a.name, a.country, p.role) order by p.role, p.id)
        from event_participant p join actor a on a.id = p.actor_id
        where p.event_id = e.id) as participants,
       (select json_agg(json_build_array(ro.actor_id, ro.title, ro.start_date, ro.end_date))
        from actor_role ro
        where ro.actor_id in (select p.actor_id from event_participant p where p.event_id = e.id)) as roles,
       (select json_agg(json_build_array(r.side, a.slug, a.name, a.country, r.summary, r.key_quotes,
               r.language, rs.id, rs.outlet, rs.title, rs.url, rs.published_on, rs.published_precision) order by r.side, r.id)
        from readout r join actor a on a.id = r.issuer_actor_id join source rs on rs.id = r.source_id
        where r.event_id = e.id) as readouts,
       (select json_agg(json_build_array(a.slug, a.name, a.country, q.text, q.context, qs.id, qs.outlet, qs.title, qs.url, qs.published_on, qs.published_precision) order by q.id)
        from quote q join actor a on a.id = q.speaker_actor_id join source qs on qs.id = q.source_id
        where q.event_id = e.id) as quotes,
       (select json_agg(json_build_array(c.text, c.status, a.slug, a.name, a.country, cs.id, cs.outlet, cs.title, cs.url, cs.published_on, cs.published_precision) order by c.id)
        from claim c left join actor a on a.id = c.disputed_by_actor_id
        join source cs on cs.id = c.source_id
        where c.event_id = e.id) as claims,
       (select json_agg(json_build_array(pr.slug, pr.title))
        from event_proposal ep join proposal pr on pr.id = ep.proposal_id
        where ep.event_id = e.id) as proposals,
       (select json_agg(json_build_array(ss.id, ss.outlet, ss.title, ss.url, ss.published_on, ss.published_precision))
        from event_source es join source ss on ss.id = es.source_id
        where es.event_id = e.id) as sources
from event e
left join actor ia on ia.id = e.initiator_actor_id
left join source s on s.id = e.initiator_source_id
where e.slug = 'synthetic-event-62025' and e.status = 'PUBLISHED';
select e.slug, e.title, e.date_value, e.date_precision
from (select (select a.id from actor a where a.slug = 'synthetic-actor-1913') as one,
             (select a.id from actor a where a.slug = 'synthetic-actor-2806') as other) pair
join event_principal_pair pp
  on pp.first_actor_id = least(pair.one, pair.other) and pp.second_actor_id = greatest(pair.one, pair.other)
join event e on e.id = pp.event_id
where pp.published
  and (pp.sort_key, pp.event_id) < ('2019-08-06', '63089')
order by pp.sort_key desc, pp.event_id desc
limit 1;
select e.slug, e.title, e.date_value, e.date_precision
from (select (select a.id from actor a where a.slug = 'synthetic-actor-1913') as one,
             (select a.id from actor a where a.slug = 'synthetic-actor-2806') as other) pair
join event_principal_pair pp
  on pp.first_actor_id = least(pair.one, pair.other) and pp.second_actor_id = greatest(pair.one, pair.other)
join event e on e.id = pp.event_id
where pp.published
  and (pp.sort_key, pp.event_id) > ('2019-08-06', '63089')
order by pp.sort_key asc, pp.event_id asc
limit 1;
COMMIT;
