-- wrk script: POST /api/v1/crossings with a fresh crossing id per request (a traveller pool of 50,000
-- documents, so most requests hit known documents, as at a real checkpoint). Seeded per thread and per run
-- (the clock and WRK_SEED), so the measured run does not repeat the warm-up's crossing ids: repeated ids
-- would be answered as retries (ALREADY_RECORDED), which write nothing and cost less.
local counter = 0
local checkpoints = {"KAZ-KORDAI", "KAZ-ALA", "KAZ-NQZ", "KAZ-DOSTYK", "KAZ-KHORGOS", "KAZ-ZHIBEK"}
local thread_id = 0

function setup(thread)
    thread_id = thread_id + 1
    thread:set("tid", thread_id)
end

function init(args)
    math.randomseed(os.time() * 16 + (tonumber(os.getenv("WRK_SEED") or "0") or 0) * 1000 + (tid or 0))
    token = os.getenv("JSIS_TOKEN")
end

local function uuid()
    local t = "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx"
    return (string.gsub(t, "[xy]", function(c)
        local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
        return string.format("%x", v)
    end))
end

function request()
    counter = counter + 1
    local p = math.random(1, 50000)
    local body = string.format([[{"id":"%s","direction":"%s","checkpoint":"%s","crossedAt":"2026-%02d-%02dT%02d:%02d:00Z",
"document":{"type":"PASSPORT","number":"W%07d","issuingState":"UZB","surname":"TRAVELLER%d","givenNames":"WRK",
"birthDate":"19%02d-%02d-%02d","sex":"M","nationality":"UZB"},"purpose":"WORK"}]],
        uuid(), (counter % 2 == 0) and "EXIT" or "ENTRY", checkpoints[math.random(1, #checkpoints)],
        math.random(1, 10), math.random(1, 28), math.random(0, 23), math.random(0, 59),
        p, p, 50 + p % 50, 1 + p % 12, 1 + p % 28)
    local headers = {["Content-Type"] = "application/json"}
    if token and token ~= "" then headers["Authorization"] = "Bearer " .. token end
    return wrk.format("POST", "/api/v1/crossings", headers, body)
end

function done(summary, latency, requests)
    local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("requests=%d\nerrors=%d\nrate=%.0f\np50_ms=%.1f\np99_ms=%.1f\n",
        summary.requests, errors, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
