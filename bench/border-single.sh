#!/usr/bin/env bash
# Single-crossing API rate: wrk on loopback against POST /api/v1/crossings (bench/border-single.lua).
#
#   bench/border-single.sh [SECONDS] [CONNECTIONS]     (defaults 30 and 16; 2 wrk threads)
#
# Starts JSIS on a fresh embedded database (durable commits), creates a Kazakh OFFICER (crossings are
# recorded at Kazakh checkpoints), warms up for WARMUP seconds (default 10; under load the JIT compiler is
# still busy after 10 s, and its CPU counts in the JVM's figure), then measures.
set -euo pipefail
. "$(dirname "$0")/border-common.sh"
seconds="${1:-30}"; connections="${2:-16}"
require_counts SECONDS="$seconds" CONNECTIONS="$connections" WARMUP="${WARMUP:-10}"
db="$(mktemp -d /tmp/jsis-bench-single-XXXX)"
trap 'stop_server; [ -z "${KEEP:-}" ] && rm -rf "$db"' EXIT
start_server "$db"
export JSIS_TOKEN; JSIS_TOKEN=$(officer_token KAZ)
echo "machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name: *//'), commit $(git -C "$root" rev-parse --short HEAD), jar ${JSIS_JAR:-./jsis}"
wrk -t2 -c"$connections" -d"${WARMUP:-10}s" -s "$root/bench/border-single.lua" "$base" >/dev/null
echo "measured run (${seconds}s, $connections connections, after ${WARMUP:-10}s of warm-up):"
load0=$(cut -d' ' -f1 /proc/loadavg)
c0=$(cpu_ticks "$server_pid" "$db")
wrk -t2 -c"$connections" -d"${seconds}s" -s "$root/bench/border-single.lua" "$base" >"$db/wrk.txt"
c1=$(cpu_ticks "$server_pid" "$db")
sed -n '/^requests=/,$p' "$db/wrk.txt" | sed 's/^/single_/'
cpu_report "$c0" "$c1" "$(sed -n 's/^requests=//p' "$db/wrk.txt")" single
echo "single_load_before=$load0"
echo "single_load_after=$(cut -d' ' -f1 /proc/loadavg)"
# The group commit's counts (warm-up included), logged by the server when it stops (builds that have it).
stop_server
sed -n 's/.*group commit: groups=\([0-9]*\) crossings=\([0-9]*\) singly=\([0-9]*\) failed=\([0-9]*\) largest=\([0-9]*\).*/single_groups=\1\nsingle_grouped_crossings=\2\nsingle_handed_back=\3\nsingle_failed_groups=\4\nsingle_largest_group=\5/p' "$db/server.log"
