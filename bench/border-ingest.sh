#!/usr/bin/env bash
# Bulk-ingest rate and full stay recompute time of the border module, on generated data.
#
#   bench/border-ingest.sh [TRAVELLERS] [CROSSINGS] [PARALLEL]     (defaults 2000000 10000000 2)
#
# Generates the crossings (bench/BorderGenerator.java, seed 42) unless already there, starts JSIS on a
# fresh embedded database (port $PORT, default 18080) with the background stay worker off, uploads
# every file to POST /api/v1/crossings/bulk with PARALLEL concurrent uploads (curl, loopback), prints
# crossings/s, then times POST /api/v1/stays/recompute (full recompute of every derived stay).
# Set JSIS_TOKEN when the API needs a bearer token. KEEP=1 keeps the database directory.
set -euo pipefail
. "$(dirname "$0")/border-common.sh"
travellers="${1:-2000000}"; crossings="${2:-10000000}"; parallel="${3:-2}"
data_out="$root/bench/out/border-$travellers-$crossings"
if [ ! -f "$data_out/.done" ]; then
    java -Xmx3g "$root/bench/BorderGenerator.java" --travellers "$travellers" --crossings "$crossings" \
        --seed 42 --file-rows 50000 --out "$data_out"
    touch "$data_out/.done"
fi
rows=$(( $(cat "$data_out"/*.csv | wc -l) - $(ls "$data_out"/*.csv | wc -l) ))
db="$(mktemp -d /tmp/jsis-bench-border-XXXX)"
trap 'stop_server; [ -z "${KEEP:-}" ] && rm -rf "$db"' EXIT
start_server "$db" --jsis.border.stay-worker.enabled=false
echo "machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name: *//'), commit $(git -C "$root" rev-parse --short HEAD)"
t0=$(now_ms)
ls "$data_out"/*.csv | xargs -P "$parallel" -I{} sh -c \
    "curl -fsS ${auth[*]:+${auth[*]}} -H 'Content-Type: text/csv' --data-binary @{} '$base/api/v1/crossings/bulk?batchSize=10000' >/dev/null || echo FAILED {}"
t1=$(now_ms)
stored=$(curl -fsS "${auth[@]}" "$base/api/v1/stays/recompute" -X POST)
t2=$(now_ms)
echo "bulk ingest: $rows crossings in $(( t1 - t0 )) ms = $(( rows * 1000 / (t1 - t0) )) crossings/s (parallel $parallel)"
echo "full stay recompute: $stored (wall $(( t2 - t1 )) ms)"
