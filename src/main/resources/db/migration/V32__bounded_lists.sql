-- Issue 28, third round: every route bounded at a million events.
--
-- The actor list comes in keyset pages (/actors?after=<slug>) in its order: country (actors
-- without one last), name, then id. The index holds exactly those expressions, so a page is
-- one range of it, whatever the number of actors.
create index actor_list_idx on actor ((country is null), (coalesce(country, '')), name, id);
