#!/usr/bin/env bash
# border-checks latency at a paced load: wrk on loopback against POST /api/v1/border-checks.
#
#   bench/border-checks.sh [TRAVELLERS] [CROSSINGS] [BANS] [SECONDS] [RATE]
#                                               (defaults 40000 200000 5000 60 200)
#
# Loads the generated crossings (as bench/border-ingest.sh), records BANS entry bans (names in
# Cyrillic, shared with every member) and recomputes the stays, then checks documents of the generated
# travellers at Moscow Sheremetyevo as a Russian officer: 20 connections, each pausing between
# requests so that the total is about RATE per second (wrk's delay(); the achieved rate is printed).
# A 15 s warm-up precedes the measured run.
set -euo pipefail
. "$(dirname "$0")/border-common.sh"
travellers="${1:-40000}"; crossings="${2:-200000}"; bans="${3:-5000}"; seconds="${4:-60}"; rate="${5:-200}"
data_out="$root/bench/out/border-$travellers-$crossings"
if [ ! -f "$data_out/.done" ]; then
    rm -rf "$data_out"
    java -Xmx3g "$root/bench/BorderGenerator.java" --travellers "$travellers" --crossings "$crossings" \
        --seed 42 --file-rows 20000 --out "$data_out"
    touch "$data_out/.done"
fi
db="$(mktemp -d /tmp/jsis-bench-checks-XXXX)"
trap 'stop_server; [ -z "${KEEP:-}" ] && rm -rf "$db"' EXIT
start_server "$db" --jsis.border.stay-worker.enabled=false
for s in $STATES; do
    t=$(officer_token "$s")
    for f in "$data_out/$s"/*.csv; do
        curl -fsS -H "Authorization: Bearer $t" -H 'Content-Type: text/csv' --data-binary @"$f" \
            "$base/api/v1/crossings/bulk?batchSize=10000" >/dev/null
    done
done
# Bans: an analyst of Kyrgyzstan records BANS bans on generated people (names transliterated to Cyrillic
# by a small table), so that some checks hit.
analyst=$(curl -fsS -H "Authorization: Bearer $JSIS_ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d '{"username":"bench-analyst-kgz","displayName":"Benchmark analyst","agency":"KGZ-BORDER","roles":["ANALYST"]}' \
    "$base/api/v1/users" | grep -o '"id":[0-9]*' | head -1 | grep -o '[0-9]*')
atoken=$(curl -fsS -H "Authorization: Bearer $JSIS_ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d '{"name":"benchmark","validDays":2}' "$base/api/v1/users/$analyst/tokens" | grep -o '"token":"[^"]*"' | cut -d'"' -f4)
tail -q -n +2 "$data_out"/RUS/*.csv | cut -d, -f6,7,9,10,13,15 | sort -u >"$db/docs.txt"
head -n "$bans" "$db/docs.txt" | while IFS=, read -r number issuer surname given birth nat; do
    cyr=$(echo "$surname $given" | sed -e 's/KH/Х/g;s/ZH/Ж/g;s/SH/Ш/g;s/YU/Ю/g;s/YA/Я/g' \
        -e 'y/ABVGDEZIKLMNOPRSTUFC/АБВГДЕЗИКЛМНОПРСТУФЦ/')
    echo "{\"authority\":\"Bench\",\"legalBasis\":\"Bench\",\"reason\":\"Bench\",\"validFrom\":\"2024-01-01\",\"scope\":\"ALL_MEMBERS\",\"names\":[\"$cyr\"],\"birthDate\":\"$birth\",\"distribution\":\"ALL_MEMBERS\"}"
done | xargs -d '\n' -P 2 -I{} curl -fsS -o /dev/null -H "Authorization: Bearer $atoken" -H 'Content-Type: application/json' \
    -d '{}' "$base/api/v1/entry-bans"
curl -fsS -H "Authorization: Bearer $JSIS_ADMIN_TOKEN" -X POST "$base/api/v1/stays/recompute" >/dev/null
export JSIS_TOKEN; JSIS_TOKEN=$(officer_token RUS)
export CHECK_DOCS="$db/docs.txt" CHECK_RATE="$rate" CHECK_CONNECTIONS=20
echo "machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name: *//'), commit $(git -C "$root" rev-parse --short HEAD), jar ${JSIS_JAR:-./jsis}"
echo "data: $(( $(cat "$data_out"/*/*.csv | wc -l) )) crossing lines, $(wc -l <"$db/docs.txt") documents checked at random, $bans bans"
wrk -t2 -c20 -d15s -s "$root/bench/border-checks.lua" "$base" >/dev/null
echo "measured run (${seconds}s, 20 connections, paced to ~$rate/s):"
load0=$(cut -d' ' -f1 /proc/loadavg)
c0=$(cpu_ticks "$server_pid" "$db")
wrk -t2 -c20 -d"${seconds}s" -s "$root/bench/border-checks.lua" "$base" >"$db/wrk.txt"
c1=$(cpu_ticks "$server_pid" "$db")
sed -n '/^requests=/,$p' "$db/wrk.txt" | sed 's/^/checks_/'
cpu_report "$c0" "$c1" "$(sed -n 's/^requests=//p' "$db/wrk.txt")" checks
echo "checks_load_before=$load0"
echo "checks_load_after=$(cut -d' ' -f1 /proc/loadavg)"
