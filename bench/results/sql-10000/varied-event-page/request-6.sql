select version from event_data_version;
BEGIN READ ONLY;
select version from event_data_version;
select e1_0.id,e1_0.channel,e1_0.contact_status,e1_0.country,e1_0.created_at,e1_0.date_note,e1_0.date_precision,e1_0.date_value,e1_0.duration_minutes,e1_0.end_date,e1_0.initiator_side,e1_0.initiator_actor_id,e1_0.initiator_note,e1_0.initiator_source_id,e1_0.place,e1_0.slug,e1_0.status,e1_0.summary,e1_0.title,e1_0.type,e1_0.updated_at,e1_0.version from event e1_0 where e1_0.slug='synthetic-event-8615' and e1_0.status='PUBLISHED';
select p1_0.event_id,p1_0.id,p1_0.actor_id,p1_0.role from event_participant p1_0 where p1_0.event_id='9679' order by p1_0.role,p1_0.id;
select a1_0.id,a1_0.country,a1_0.created_at,a1_0.description,a1_0.kind,a1_0.name,a1_0.slug,a1_0.updated_at,a1_0.version from actor a1_0 where a1_0.id = any ('{1243,2914,3916,2956,1364,3503,3201}');
select r1_0.actor_id,r1_0.id,r1_0.end_date,r1_0.organization,r1_0.source_id,r1_0.start_date,r1_0.title from actor_role r1_0 where r1_0.actor_id = any ('{1243,1364,2914,2956,3201,3503,3916}') order by r1_0.start_date asc nulls first,r1_0.id;
select r1_0.event_id,r1_0.id,r1_0.issuer_actor_id,r1_0.key_quotes,r1_0.side,r1_0.source_id,r1_0.summary from readout r1_0 where r1_0.event_id='9679' order by r1_0.side,r1_0.id;
select a1_0.id,a1_0.country,a1_0.created_at,a1_0.description,a1_0.kind,a1_0.name,a1_0.slug,a1_0.updated_at,a1_0.version from actor a1_0 where a1_0.id = any ('{2288,2148,2568}');
select s1_0.id,s1_0.agencies,s1_0.archived_text,s1_0.created_at,s1_0.language,s1_0.outlet,s1_0.published_on,s1_0.published_precision,s1_0.seed_file,s1_0.title,s1_0.updated_at,s1_0.url,s1_0.version from source s1_0 where s1_0.id = any ('{1150,1121}');
select q1_0.event_id,q1_0.id,q1_0.context,q1_0.source_id,q1_0.speaker_actor_id,q1_0.text from quote q1_0 where q1_0.event_id='9679' order by q1_0.id;
select c1_0.event_id,c1_0.id,c1_0.disputed_by_actor_id,c1_0.source_id,c1_0.status,c1_0.text from claim c1_0 where c1_0.event_id='9679' order by c1_0.id;
select p1_0.event_id,p1_1.id,p1_1.created_at,p1_1.date_precision,p1_1.date_value,p1_1.proposer_actor_id,p1_1.slug,p1_1.summary,p1_1.title,p1_1.updated_at,p1_1.version from event_proposal p1_0 join proposal p1_1 on p1_1.id=p1_0.proposal_id where p1_0.event_id='9679';
select s1_0.event_id,s1_1.id,s1_1.agencies,s1_1.archived_text,s1_1.created_at,s1_1.language,s1_1.outlet,s1_1.published_on,s1_1.published_precision,s1_1.seed_file,s1_1.title,s1_1.updated_at,s1_1.url,s1_1.version from event_source s1_0 join source s1_1 on s1_1.id=s1_0.source_id where s1_0.event_id='9679';
COMMIT;
BEGIN READ ONLY;
select version from event_data_version;
select e.slug, e.title, e.date_value, e.date_precision
from event_participant d
join event_participant second on second.sort_key = d.sort_key and second.event_id = d.event_id
join event e on e.id = d.event_id
where d.published and d.role = 'PRINCIPAL'
  and second.published and second.role = 'PRINCIPAL'
  and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2455')
  and second.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2153')
  and (d.sort_key, d.event_id) < ('2022-01-01', '9679')
  and (second.sort_key, second.event_id) < ('2022-01-01', '9679')
order by d.sort_key desc, d.event_id desc
limit 1;
select e.slug, e.title, e.date_value, e.date_precision
from event_participant d
join event_participant second on second.sort_key = d.sort_key and second.event_id = d.event_id
join event e on e.id = d.event_id
where d.published and d.role = 'PRINCIPAL'
  and second.published and second.role = 'PRINCIPAL'
  and d.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2455')
  and second.actor_id = (select a.id from actor a where a.slug = 'synthetic-actor-2153')
  and (d.sort_key, d.event_id) > ('2022-01-01', '9679')
  and (second.sort_key, second.event_id) > ('2022-01-01', '9679')
order by d.sort_key asc, d.event_id asc
limit 1;
COMMIT;
