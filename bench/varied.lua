-- Requests that each ask for something different, so no cache holds the answer before the
-- request: a different actor's events, a different search, a different event page. Set by
-- bench/run.sh through environment variables: VARIED (actor | search | event) and EVENTS (how
-- many synthetic events the database holds).
local kind = os.getenv("VARIED")
local events = tonumber(os.getenv("EVENTS"))
local actors = 3000
local words = { "ceasefire", "prisoner exchange", "grain corridor", "sanctions", "energy infrastructure",
  "nuclear plant safety", "embassy staffing", "peace talks", "security guarantees", "humanitarian corridors",
  "territorial questions", "arms control" }
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
end

function request()
  local path
  if kind == "actor" then
    path = "/api/events?actor=synthetic-actor-" .. math.random(0, actors - 1)
  elseif kind == "search" then
    -- a topic and the number in one actor's alias ("A. Volkov 1234"): 36,000 different searches
    local q = words[math.random(#words)] .. " " .. math.random(1, actors - 1)
    path = "/api/events?q=" .. q:gsub(" ", "%%20")
  else
    path = "/events/synthetic-event-" .. math.random(0, events - 1)
  end
  return wrk.format("GET", path)
end
