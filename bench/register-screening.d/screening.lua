-- wrk script for bench/register-screening: POSTs /api/v1/screenings with names from QUERIES (one per line),
-- in turn, with the bearer TOKEN; each connection waits DELAY_MS before each request, so that
-- CONNECTIONS * 1000 / DELAY_MS is the offered rate (minus service time).
local queries = {}
local token = os.getenv("TOKEN")
local delay_ms = tonumber(os.getenv("DELAY_MS") or "20")
for line in io.lines(os.getenv("QUERIES")) do
  queries[#queries + 1] = line
end
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token

function delay()
  return delay_ms
end

function request()
  i = i % #queries + 1
  local name = queries[i]:gsub('"', '\\"')
  return wrk.format(nil, "/api/v1/screenings", nil, '{"name":"' .. name .. '","purpose":"BORDER_CHECK"}')
end

function done(summary, latency, requests)
  io.write(string.format("bench_requests=%d\n", summary.requests))
  io.write(string.format("bench_errors=%d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("bench_rate=%.1f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency_p50_ms=%.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("latency_p90_ms=%.2f\n", latency:percentile(90) / 1000))
  io.write(string.format("latency_p99_ms=%.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("latency_max_ms=%.2f\n", latency.max / 1000))
end
