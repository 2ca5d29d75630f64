-- The news-spike readers (issue 28): every request one of the paths in SPIKE_PATHS (separated
-- by spaces), at random: the timeline, a channel, the statistics, a few event pages and the API.
-- bench/run.sh and bench/spike.sh run it at 32 connections, one per wrk thread (each thread a
-- reader of its own), without and with an editor saving an event every 2 s, and compare the two.
--
-- Besides wrk's own latency figures, it times every request itself, from the moment wrk asks
-- for it to the moment its response is complete, and prints the percentiles of those times
-- ("per request"). wrk 4 adds made-up samples to its own histogram before printing it
-- (stats_correct, a correction for coordinated omission: for every response slower than a
-- connection's mean interval, one sample per interval it lasted), so its p99 is that of a
-- model where a slow response holds up the requests that would have followed it; the per-request
-- figures are those of the requests that were sent. The timing needs one connection per thread
-- (otherwise it says so and prints none).
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } spike_timeval;
  int gettimeofday(spike_timeval *tv, void *tz);
]]
local now_tv = ffi.new("spike_timeval")
local function now_us()
  ffi.C.gettimeofday(now_tv, nil)
  return tonumber(now_tv.tv_sec) * 1000000 + tonumber(now_tv.tv_usec)
end

local threads = {}
local paths = {}
-- Per thread: requests by their time in tenths of a millisecond, the count, and whether two
-- requests were ever outstanding at once (more than one connection on the thread).
counts = {}
timed = 0
overlapped = false
local started = nil

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  for path in string.gmatch(os.getenv("SPIKE_PATHS") or "/", "[^ ]+") do
    paths[#paths + 1] = path
  end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

function request()
  -- (wrk asks one thread for a request once before any is sent, to check the script)
  if started ~= nil and timed > 0 then
    overlapped = true
  end
  started = now_us()
  return wrk.format("GET", paths[math.random(#paths)])
end

function response(status, headers, body)
  if started ~= nil then
    local tenths = math.floor((now_us() - started) / 100)
    counts[tenths] = (counts[tenths] or 0) + 1
    timed = timed + 1
    started = nil
  end
end

function done(summary, latency, requests)
  local merged, total = {}, 0
  for _, thread in ipairs(threads) do
    if thread:get("overlapped") then
      print("per request: unavailable (more than one connection per wrk thread)")
      return
    end
    for tenths, n in pairs(thread:get("counts")) do
      merged[tenths] = (merged[tenths] or 0) + n
    end
    total = total + thread:get("timed")
  end
  local keys = {}
  for tenths in pairs(merged) do
    keys[#keys + 1] = tenths
  end
  table.sort(keys)
  local function percentile(p)
    local rank, seen = math.ceil(p / 100 * total), 0
    for _, tenths in ipairs(keys) do
      seen = seen + merged[tenths]
      if seen >= rank then
        return tenths / 10
      end
    end
    return 0
  end
  print(string.format("per request: p50 %.1f ms p99 %.1f ms p99.9 %.1f ms max %.1f ms (%d requests)",
    percentile(50), percentile(99), percentile(99.9), (keys[#keys] or 0) / 10, total))
end
