-- wrk script: POST /api/v1/border-checks at RUS-SVO for documents of generated travellers (file named
-- by $CHECK_DOCS, one "number,issuer,surname,given,birth,nationality" per line), paced to about
-- $CHECK_RATE requests per second over all connections (each connection waits between requests).
local docs = {}
local thread_id = 0

function setup(thread)
    thread_id = thread_id + 1
    thread:set("tid", thread_id)
end

function init(args)
    math.randomseed(4200 + (tid or 0))
    token = os.getenv("JSIS_TOKEN")
    for line in io.lines(os.getenv("CHECK_DOCS")) do
        docs[#docs + 1] = line
    end
    local rate = tonumber(os.getenv("CHECK_RATE") or "200")
    local connections = tonumber(os.getenv("CHECK_CONNECTIONS") or "20")
    -- Each connection waits between requests; the expected latency ($CHECK_LATENCY_MS) is taken off the pause.
    pause = math.max(0, math.floor(1000 * connections / rate) - tonumber(os.getenv("CHECK_LATENCY_MS") or "10"))
end

function delay()
    return pause
end

function request()
    local d = {}
    for v in string.gmatch(docs[math.random(1, #docs)], "([^,]+)") do d[#d + 1] = v end
    local body = string.format([[{"checkpoint":"RUS-SVO","direction":"ENTRY","purpose":"BORDER_CHECK",
"document":{"type":"PASSPORT","number":"%s","issuingState":"%s","surname":"%s","givenNames":"%s","birthDate":"%s","nationality":"%s"}}]],
        d[1], d[2], d[3], d[4], d[5], d[6])
    return wrk.format("POST", "/api/v1/border-checks",
        {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end

function done(summary, latency, requests)
    local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("requests=%d\nerrors=%d\nrate=%.0f\np50_ms=%.1f\np90_ms=%.1f\np99_ms=%.1f\nmax_ms=%.1f\n",
        summary.requests, errors, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
