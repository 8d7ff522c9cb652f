-- wrk script for bench/register-screening: POSTs /api/v1/screenings with names from QUERIES (one per line;
-- a line that starts with "{" is a JSON request body without its purpose, which is added),
-- in turn, with the bearer TOKEN, at a fixed offered RATE (requests per second, for all connections of a
-- wrk thread together): request i is due at start + i / RATE, and a connection that is free waits until the
-- next due time (at once when the server is behind). The offered rate therefore does not fall when the
-- server slows down, as long as a connection is free; when all are busy, the requests sent fall behind
-- the offered ones, and the answered rate says so. Latency is wrk's, from the moment a request is written.
-- Stalls: wrk cannot tie an answer to its request here, so the script records the silences instead: the
-- longest times between two answers (at 200/s an answer comes every 5 ms). A silence of SILENCE_MS (default 50)
-- or more is printed with its wall-clock start (UTC) and the requests in flight at its end
-- (bench_silences=HH:MM:SS.mmm+MS/IN_FLIGHT ...), to be matched with the server's time-stamped logs
-- (bench/register-screening compares them with the JVM's stop-the-world pauses); a silence with requests in
-- flight is the whole server standing still, not one slow answer.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } jsis_timespec;
int clock_gettime(int clock, jsis_timespec *tp);
]]
local timespec = ffi.new("jsis_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, timespec) -- CLOCK_MONOTONIC
  return tonumber(timespec.tv_sec) * 1000 + tonumber(timespec.tv_nsec) / 1e6
end
local function wall_ms()
  ffi.C.clock_gettime(0, timespec) -- CLOCK_REALTIME, as the server's logs
  return tonumber(timespec.tv_sec) * 1000 + tonumber(timespec.tv_nsec) / 1e6
end

local queries = {}
local token = os.getenv("TOKEN")
local rate = tonumber(os.getenv("RATE") or "200")
local interval_ms = 1000 / rate
for line in io.lines(os.getenv("QUERIES")) do
  queries[#queries + 1] = line
end
local i = 0
local due = nil
sent = 0
answered = 0
local silence_ms = tonumber(os.getenv("SILENCE_MS") or "50")
local last_answer = nil
local silence_list = {}
silences = ""
first_answer = 0
last_answer_at = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token

function delay()
  local now = now_ms()
  if due == nil then
    due = now
  end
  local wait = due - now
  due = due + interval_ms
  if wait < 0 then
    return 0
  end
  return math.floor(wait)
end

function request()
  i = i % #queries + 1
  sent = sent + 1
  local line = queries[i]
  if line:sub(1, 1) == "{" then
    -- a JSON request body without its purpose (bench/register-screening --names realistic)
    return wrk.format(nil, "/api/v1/screenings", nil, line:sub(1, -2) .. ',"purpose":"BORDER_CHECK"}')
  end
  local name = line:gsub('"', '\\"')
  return wrk.format(nil, "/api/v1/screenings", nil, '{"name":"' .. name .. '","purpose":"BORDER_CHECK"}')
end

function response(status, headers, body)
  answered = answered + 1
  local now = wall_ms()
  if last_answer == nil then
    first_answer = now
  elseif now - last_answer >= silence_ms then
    silence_list[#silence_list + 1] = string.format("%s.%03d+%.0f/%d", os.date("!%H:%M:%S", math.floor(last_answer / 1000)),
        math.floor(last_answer % 1000), now - last_answer, sent - answered + 1)
    silences = table.concat(silence_list, " ")
  end
  last_answer = now
  last_answer_at = now
end

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local total_sent = 0
  for _, t in ipairs(threads) do
    total_sent = total_sent + (t:get("sent") or 0)
  end
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout
  io.write(string.format("bench_seconds=%.1f\n", seconds))
  io.write(string.format("bench_requests_sent=%d\n", total_sent))
  io.write(string.format("bench_responses=%d\n", summary.requests))
  io.write(string.format("bench_errors=%d\n", errors))
  io.write(string.format("sent_rate=%.1f\n", total_sent / seconds))
  io.write(string.format("answered_rate=%.1f\n", (summary.requests - summary.errors.status) / seconds))
  io.write(string.format("latency_p50_ms=%.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("latency_p90_ms=%.2f\n", latency:percentile(90) / 1000))
  io.write(string.format("latency_p99_ms=%.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("latency_max_ms=%.2f\n", latency.max / 1000))
  for _, t in ipairs(threads) do
    io.write(string.format("bench_answers_wall_ms=%.0f-%.0f\n", t:get("first_answer"), t:get("last_answer_at")))
    io.write("bench_silences=" .. t:get("silences") .. "\n")
  end
end
