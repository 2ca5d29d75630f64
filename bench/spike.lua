-- The news-spike readers (issue 28): every request one of the paths in SPIKE_PATHS (separated
-- by spaces), at random: the timeline, a channel, the statistics, a few event pages and the API.
-- bench/run.sh runs it twice at 32 connections, without and with an editor saving an event
-- every 2 s, and compares the two.
local paths = {}

function init(args)
  for path in string.gmatch(os.getenv("SPIKE_PATHS") or "/", "[^ ]+") do
    paths[#paths + 1] = path
  end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
