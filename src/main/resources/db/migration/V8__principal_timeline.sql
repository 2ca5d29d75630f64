-- Each principal's published events in timeline order, nothing else in the index. The previous and
-- next contacts of two principals are where their two timelines meet: a merge join of two
-- index-only scans that stops at the first shared event. Walking one timeline and probing the
-- other principal's row per entry cost up to a thousand random reads at a million events (80 ms
-- cold) when the two rarely met.
create index event_participant_principal_timeline_idx
    on event_participant (actor_id, sort_key desc, event_id desc) where published and role = 'PRINCIPAL';
