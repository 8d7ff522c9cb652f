#!/usr/bin/env bash
# SIGKILL durability of bulk ingest: every acknowledged crossing survives a crash exactly once.
#
#   bench/border-durability.sh [CROSSINGS] [KILL_AFTER_FILES]      (defaults 60000 and 10)
#
# 1. generates CROSSINGS crossings (seed 7) in files of 2000 lines; 2. starts JSIS on a fresh, durable
# embedded database (fsync on); 3. uploads the files one by one (one batch, one transaction per file),
# noting each acknowledged file (HTTP 200); 4. while upload KILL_AFTER_FILES+1 is in flight, kills the
# server and its PostgreSQL with SIGKILL; 5. restarts on the same data directory (PostgreSQL crash
# recovery) and checks that every crossing of every acknowledged file is there; 6. resends every file
# and checks that the table holds each generated crossing exactly once. Exits 1 on any failure.
set -euo pipefail
. "$(dirname "$0")/border-common.sh"
crossings="${1:-60000}"; kill_after="${2:-10}"
out="$root/bench/out/durability-$crossings"
if [ ! -f "$out/.done" ]; then
    rm -rf "$out"
    java "$root/bench/BorderGenerator.java" --travellers $((crossings / 5)) --crossings "$crossings" --seed 7 \
        --file-rows 2000 --out "$out" >/dev/null
    touch "$out/.done"
fi
db="$(mktemp -d /tmp/jsis-durability-XXXX)"
trap 'stop_server; pkill -KILL -f -- "$db/pg" 2>/dev/null || true; [ -z "${KEEP:-}" ] && rm -rf "$db"' EXIT
start_server "$db" --jsis.border.stay-worker.enabled=false
declare -A TOKEN
for s in $STATES; do TOKEN[$s]=$(officer_token "$s"); done
token_of() { TOKEN[$(basename "$(dirname "$1")")]; }
auth_of() { echo "Authorization: Bearer ${TOKEN[$(basename "$(dirname "$1")")]}"; }
acked="$db/acked.txt"; : >"$acked"
n=0
for f in $(ls "$out"/*/*.csv | awk -F/ '{print $NF, $0}' | sort -s -k1,1 | cut -d' ' -f2); do
    n=$((n + 1))
    if [ "$n" -eq $((kill_after + 1)) ]; then
        curl -sS -o /dev/null -w '%{http_code}' -H "$(auth_of "$f")" -H 'Content-Type: text/csv' --data-binary @"$f" \
            "$base/api/v1/crossings/bulk?batchSize=50000" >"$db/inflight.code" 2>/dev/null &
        sleep 0.05
        echo "killing the server (pid $server_pid) and its PostgreSQL with SIGKILL during upload $n"
        kill -KILL "$server_pid"
        pkill -KILL -f -- "$db/pg" || true
        wait 2>/dev/null || true
        code="$(cat "$db/inflight.code" 2>/dev/null || true)"
        [ "$code" = "200" ] && echo "$f" >>"$acked"
        echo "in-flight upload answered: '${code:-nothing}'"
        break
    fi
    code=$(curl -sS -o /dev/null -w '%{http_code}' -H "$(auth_of "$f")" -H 'Content-Type: text/csv' --data-binary @"$f" \
        "$base/api/v1/crossings/bulk?batchSize=50000")
    [ "$code" = "200" ] && echo "$f" >>"$acked" || { echo "upload $f answered $code"; exit 1; }
done
server_pid=""
echo "acknowledged files before the crash: $(wc -l <"$acked")"
start_server "$db" --jsis.border.stay-worker.enabled=false
pgport=$(sed -n 4p "$db/pg/postmaster.pid")
psql_() { psql -X -q -t -A -h 127.0.0.1 -p "$pgport" -U postgres -d jsis "$@"; }
: >"$db/acked-ids.txt"
while read -r f; do tail -n +2 "$f" | cut -d, -f1 >>"$db/acked-ids.txt"; done <"$acked"
acked_rows=$(wc -l <"$db/acked-ids.txt")
missing=$(psql_ -c "CREATE TEMP TABLE acked (id uuid)" -c "\\copy acked FROM '$db/acked-ids.txt'" \
    -c "SELECT count(*) FROM acked a LEFT JOIN border_crossing c USING (id) WHERE c.id IS NULL" | tail -1)
echo "after restart: $acked_rows acknowledged crossings, missing: $missing"
for f in "$out"/*/*.csv; do
    curl -fsS -H "$(auth_of "$f")" -H 'Content-Type: text/csv' --data-binary @"$f" "$base/api/v1/crossings/bulk?batchSize=50000" >/dev/null
done
total=$(cat "$out"/*/*.csv | grep -vc '^id,' || true)
stored=$(psql_ -c "SELECT count(*) FROM border_crossing")
distinct=$(psql_ -c "SELECT count(DISTINCT id) FROM border_crossing")
echo "after resending everything: generated $total, stored $stored, distinct ids $distinct"
if [ "$missing" = "0" ] && [ "$stored" = "$total" ] && [ "$distinct" = "$total" ]; then
    echo "PASS: every acknowledged crossing survived the SIGKILL, and each crossing is stored exactly once"
else
    echo "FAIL"; exit 1
fi
