-- The server benches' load script for wrk (Debian's `wrk`, LuaJIT): counts every answer by status and prints the run
-- as one JSON line at the end (scripts/bench/wrk.mjs reads it). With `pledge` as the first argument after `--`, every
-- request is a new signature with a new Idempotency-Key (as scripts/bench/server-pledges-config.mjs benchPledge makes
-- them): the second argument is the first signature number of this run, the third the form's start time. With `body`,
-- every request POSTs the contents of the file named by the third argument with a new Idempotency-Key.
--
--   wrk -s scripts/bench/wrk.lua URL -- [pledge FIRST STARTED_AT | body FIRST FILE]

local threads = {}
local counter = 0

function setup(thread)
  thread:set("thread_id", #threads)
  table.insert(threads, thread)
end

local lists = { "ap", "h", "sp", "frp", "sv", "krf", "v", "bygdelista" }
local roles = { "kandidat", "folkevalgt", "listetopp", "partilag" }
local mode, first, started_at, fixed_body

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
