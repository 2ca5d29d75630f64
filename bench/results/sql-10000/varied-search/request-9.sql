select version from event_data_version;
BEGIN READ ONLY;
select e.id as id, e.sort_key as sort_key, (select count(*) from (select 1 from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('prisoner exchange 560') limit 10001) matches) as total from event e where e.status = 'PUBLISHED' and e.search_vector @@ backchannel_tsquery('prisoner exchange 560') order by e.sort_key desc, e.id desc limit '21';
COMMIT;
