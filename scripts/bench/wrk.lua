-- The server benches' load script for wrk (Debian's `wrk`, LuaJIT): counts every answer by status and prints the run
-- as one JSON line at the end (scripts/bench/wrk.mjs reads it). With `pledge` as the first argument after `--`, every
-- request is a new signature with a new Idempotency-Key (as scripts/bench/server-pledges-config.mjs benchPledge makes
-- them): the second argument is the first signature number of this run, the third the form's start time. With `body`,
-- every request POSTs the contents of the file named by the third argument with a new Idempotency-Key. A fourth
-- argument paces the requests at that many per second (wrk's delay hook, each request given the next slot of an even
-- schedule; the connections are the most that are ever under way), rather than as fast as the answers come.
--
--   wrk -s scripts/bench/wrk.lua URL -- [pledge FIRST STARTED_AT [RATE] | body FIRST FILE [RATE]]

local threads = {}
local counter = 0

function setup(thread)
  thread:set("thread_id", #threads)
  table.insert(threads, thread)
end

local lists = { "ap", "h", "sp", "frp", "sv", "krf", "v", "bygdelista" }
local roles = { "kandidat", "folkevalgt", "listetopp", "partilag" }
local mode, first, started_at, fixed_body, interval_ms, next_slot

local ffi = require("ffi")
ffi.cdef([[
  typedef struct { long tv_sec; long tv_nsec; } kw_timespec;
  int clock_gettime(int clock_id, kw_timespec *tp);
]])
local timespec = ffi.new("kw_timespec")
--- Milliseconds on the monotonic clock.
local function now_ms()
  ffi.C.clock_gettime(1, timespec)
  return tonumber(timespec.tv_sec) * 1000 + tonumber(timespec.tv_nsec) / 1e6
end

function init(args)
  statuses = {}
  mode = args[1]
  first = tonumber(args[2] or "0")
  started_at = args[3] or ""
  if mode == "body" then
    local file = assert(io.open(args[3], "rb"))
    fixed_body = file:read("*a")
    file:close()
  end
  local rate = tonumber(args[4] or "")
  if rate and rate > 0 then interval_ms = 1000 / rate end
end

-- Paced: wait for the next slot of the schedule (none when the run is behind it, so a slow answer is caught up on).
function delay()
  if not interval_ms then return 0 end
  local now = now_ms()
  next_slot = math.max(next_slot or now, now - 1000) + interval_ms
  return math.max(0, math.floor(next_slot - now))
end

function request()
  if mode ~= "pledge" and mode ~= "body" then
    return wrk.request()
  end
  counter = counter + 1
  -- Unique across threads and runs: thread t numbers its requests first + t, first + t + 64, …
  local n = first + thread_id + 64 * counter
  local headers = {}
  for k, v in pairs(wrk.headers) do headers[k] = v end
  headers["Idempotency-Key"] = string.format("wrk-%d", n)
  if mode == "body" then
    return wrk.format("POST", nil, headers, fixed_body)
  end
  local body = string.format(
    '{"campaign":"valgloftet-bench","name":"Kandidat Nummer %d Nordmann-Hansen","list":"%s","role":"%s",' ..
      '"email":"kandidat.%d@example.no","consent":true,"website":"","startedAt":"%s"}',
    n, lists[n % #lists + 1], roles[n % #roles + 1], n, started_at)
  return wrk.format("POST", nil, headers, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for status, count in pairs(s) do counts[status] = (counts[status] or 0) + count end
  end
  local parts = {}
  for status, count in pairs(counts) do table.insert(parts, string.format('"%d":%d', status, count)) end
  io.write(string.format(
    'WRK-RESULT {"statuses":{%s},"durationUs":%d,"requests":%d,"errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d},' ..
      '"latencyUs":{"p50":%d,"p99":%d,"max":%d}}\n',
    table.concat(parts, ","), summary.duration, summary.requests, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout, latency:percentile(50), latency:percentile(99), latency.max))
end
