#!/usr/bin/env bash
# Bulk-ingest rate and full stay recompute time of the border module, on generated data.
#
#   bench/border-ingest.sh [TRAVELLERS] [CROSSINGS] [PARALLEL]     (defaults 2000000 10000000 2)
#
# Generates the crossings (bench/BorderGenerator.java, seed 42: one folder per recording state) unless
# already there, starts JSIS on a fresh durable embedded database (port $PORT, default 18080) with the
# background stay worker off, creates one OFFICER per state with an API token, uploads every state's
# files to POST /api/v1/crossings/bulk with its state's token, PARALLEL uploads at a time (curl on
# loopback), prints crossings/s, then times POST /api/v1/stays/recompute (every derived stay, as after
# a rule change). KEEP=1 keeps the database directory.
set -euo pipefail
. "$(dirname "$0")/border-common.sh"
travellers="${1:-2000000}"; crossings="${2:-10000000}"; parallel="${3:-2}"
data_out="$root/bench/out/border-$travellers-$crossings"
if [ ! -f "$data_out/.done" ]; then
    rm -rf "$data_out"
    java -Xmx3g "$root/bench/BorderGenerator.java" --travellers "$travellers" --crossings "$crossings" \
        --seed 42 --file-rows 20000 --out "$data_out"
    touch "$data_out/.done"
fi
rows=$(( $(cat "$data_out"/*/*.csv | wc -l) - $(ls "$data_out"/*/*.csv | wc -l) ))
db="$(mktemp -d /tmp/jsis-bench-border-XXXX)"
trap 'stop_server; [ -z "${KEEP:-}" ] && rm -rf "$db"' EXIT
start_server "$db" --jsis.border.stay-worker.enabled=false
jobs="$db/jobs.txt"; : >"$jobs"
for s in $STATES; do
    t=$(officer_token "$s")
    for f in "$data_out/$s"/*.csv; do echo "$t $f" >>"$jobs"; done
done
# Interleave the states' files in time order (file number first), as national systems would send them.
sort -t/ -k2 "$jobs" | awk '{n=split($2,p,"/"); print p[n], $0}' | sort -s -k1,1 | cut -d' ' -f2- >"$jobs.sorted"
echo "machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name: *//'), commit $(git -C "$root" rev-parse --short HEAD), jar ${JSIS_JAR:-./jsis}"
load0=$(cut -d' ' -f1 /proc/loadavg)
c0=$(cpu_ticks "$server_pid" "$db")
t0=$(now_ms)
xargs -P "$parallel" -L 1 sh -c 'curl -fsS -H "Authorization: Bearer $0" -H "Content-Type: text/csv" --data-binary @"$1" \
    "'"$base"'/api/v1/crossings/bulk?batchSize=${BATCH_SIZE:-10000}" >/dev/null || echo "FAILED $1"' <"$jobs.sorted"
t1=$(now_ms)
c1=$(cpu_ticks "$server_pid" "$db")
load1=$(cut -d' ' -f1 /proc/loadavg)
stored=$(curl -fsS -H "Authorization: Bearer $JSIS_ADMIN_TOKEN" "$base/api/v1/stays/recompute" -X POST)
t2=$(now_ms)
c2=$(cpu_ticks "$server_pid" "$db")
travellers_done=$(echo "$stored" | grep -o "\"travellers\":[0-9]*" | grep -o "[0-9]*")
echo "bulk ingest: $rows crossings in $(( t1 - t0 )) ms = $(( rows * 1000 / (t1 - t0) )) crossings/s (parallel $parallel)"
echo "full stay recompute: $stored (wall $(( t2 - t1 )) ms)"
echo "ingest_crossings=$rows"
echo "ingest_ms=$(( t1 - t0 ))"
echo "ingest_rate=$(( rows * 1000 / (t1 - t0) ))"
cpu_report "$c0" "$c1" "$rows" ingest
echo "ingest_load_before=$load0"
echo "ingest_load_after=$load1"
echo "recompute_travellers=${travellers_done:-0}"
echo "recompute_ms=$(( t2 - t1 ))"
cpu_report "$c1" "$c2" "${travellers_done:-1}" recompute
echo "recompute_load_after=$(cut -d' ' -f1 /proc/loadavg)"
if [ -n "${KEEP:-}" ]; then echo "data_dir=$db"; fi
