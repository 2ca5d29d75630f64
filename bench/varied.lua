-- Requests that each ask for something different, so no cache holds the answer before the
-- request. Set by bench/run.sh through environment variables: VARIED (what varies, below) and
-- EVENTS (how many synthetic events the database holds).
--   actor          a different actor's events (API)
--   search         a different search (API)
--   event          a different event page
--   filter-api     the largest filter a client may send, different actors each time (API):
--                  5 actors and every type, channel and contact status
--   filter-page    the same on the timeline page
--   deep-search    a word in most events ("Talks") on a deep page: a cursor years down the
--                  timeline, a different one each time (API)
-- bench/run.sh builds the same URLs in bash to capture the SQL one request runs (varied_url).
local kind = os.getenv("VARIED")
local events = tonumber(os.getenv("EVENTS"))
local actors = 3000
local words = { "ceasefire", "prisoner exchange", "grain corridor", "sanctions", "energy infrastructure",
  "nuclear plant safety", "embassy staffing", "peace talks", "security guarantees", "humanitarian corridors",
  "territorial questions", "arms control" }
local every = "&type=PHONE_CALL&type=MEETING&type=SUMMIT&type=NEGOTIATION_ROUND&type=STATEMENT"
  .. "&type=APPOINTMENT&type=MILITARY_ACTION&type=MESSAGE&type=OTHER"
  .. "&channel=MINISTERS&channel=LEADERS&channel=ENVOYS&channel=DELEGATIONS&channel=SECURITY_SERVICES"
  .. "&channel=ADVISERS&channel=RELATED"
  .. "&contact_status=HELD&contact_status=PLANNED&contact_status=CANCELLED&contact_status=POSTPONED"
local counter = 0

local b64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

-- base64url without padding, as EventCursor encodes
local function b64url(data)
  return ((data:gsub(".", function(x)
    local r, b = "", x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and "1" or "0") end
    return r
  end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(x)
    if #x < 6 then return "" end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return b64chars:sub(c + 1, c + 1)
  end))
end

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
end

local function five_actors()
  local s = ""
  for _ = 1, 5 do s = s .. "&actor=synthetic-actor-" .. math.random(0, actors - 1) end
  return s
end

function request()
  local path
  if kind == "actor" then
    path = "/api/events?actor=synthetic-actor-" .. math.random(0, actors - 1)
  elseif kind == "search" then
    -- a topic and the number in one actor's alias ("A. Volkov 1234"): 36,000 different searches
    local q = words[math.random(#words)] .. " " .. math.random(1, actors - 1)
    path = "/api/events?q=" .. q:gsub(" ", "%%20")
  elseif kind == "filter-api" then
    path = "/api/events?" .. five_actors():sub(2) .. every
  elseif kind == "filter-page" then
    path = "/?" .. five_actors():sub(2) .. every
  elseif kind == "deep-search" then
    -- a cursor in 2016-2018: newest first, that is seven to nine years down a decade's timeline
    local cursor = string.format("v1:%04d-%02d-%02d:%d", math.random(2016, 2018), math.random(1, 12),
      math.random(1, 28), 9000000000000000000)
    path = "/api/events?q=Talks&cursor=" .. b64url(cursor)
  else
    path = "/events/synthetic-event-" .. math.random(0, events - 1)
  end
  return wrk.format("GET", path)
end
