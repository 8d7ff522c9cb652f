#!/usr/bin/env bash
# Full stay recompute on an existing border database, timed RUNS times (a rule change recomputes every
# derived stay; this is that work alone, without re-ingesting).
#
#   bench/border-recompute.sh DATA_DIR [RUNS]       (RUNS defaults to 3)
#
# DATA_DIR is a JSIS data directory left by `KEEP=1 bench/border-ingest.sh ...` (its path is printed
# there as data_dir=...). Starts JSIS on it (port $PORT, default 18080; JSIS_JAR runs a given jar)
# with the background stay worker off, then times POST /api/v1/stays/recompute. Ends with key=value
# lines: travellers, wall milliseconds of each run, the median, and JVM and PostgreSQL CPU seconds.
set -euo pipefail
. "$(dirname "$0")/border-common.sh"
db="${1:?usage: bench/border-recompute.sh DATA_DIR [RUNS]}"; runs="${2:-3}"
[ -d "$db/pg" ] || { echo "no embedded database in $db/pg" >&2; exit 2; }
trap 'stop_server' EXIT
start_server "$db" --jsis.border.stay-worker.enabled=false
echo "machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name: *//'), commit $(git -C "$root" rev-parse --short HEAD), jar ${JSIS_JAR:-./jsis}"
walls=()
for i in $(seq 1 "$runs"); do
    load0=$(cut -d' ' -f1 /proc/loadavg)
    c0=$(cpu_ticks "$server_pid" "$db")
    t0=$(now_ms)
    out=$(curl -fsS -H "Authorization: Bearer $JSIS_ADMIN_TOKEN" -X POST "$base/api/v1/stays/recompute")
    t1=$(now_ms)
    c1=$(cpu_ticks "$server_pid" "$db")
    n=$(echo "$out" | grep -o '"travellers":[0-9]*' | grep -o '[0-9]*')
    walls+=($(( t1 - t0 )))
    echo "recompute_run${i}_ms=$(( t1 - t0 ))"
    echo "recompute_run${i}_load_before=$load0"
    cpu_report "$c0" "$c1" "${n:-1}" "recompute_run${i}"
done
echo "recompute_travellers=${n:-0}"
echo "recompute_median_ms=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
echo "recompute_load_after=$(cut -d' ' -f1 /proc/loadavg)"
