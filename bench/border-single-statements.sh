#!/usr/bin/env bash
# Where PostgreSQL's time goes under the single-crossing load: bench/border-single.lua against a fresh durable
# database whose PostgreSQL is restarted with pg_stat_statements (track = all and track_planning, so the statements inside
# functions such as audit_append are listed too), then the statements by total time.
#
#   bench/border-single-statements.sh [SECONDS] [CONNECTIONS]     (defaults 20 and 16; WARMUP=N, default 10)
#
# JFR=FILE also records a JFR profile (settings=profile) of the server during the measured run.
# Ends with the top statements (calls, total and per-call wall time in ms, rows) and key=value lines.
set -euo pipefail
. "$(dirname "$0")/border-common.sh"
seconds="${1:-20}"; connections="${2:-16}"
require_counts SECONDS="$seconds" CONNECTIONS="$connections" WARMUP="${WARMUP:-10}"
db="$(mktemp -d /tmp/jsis-bench-statements-XXXX)"
trap 'stop_server; [ -z "${KEEP:-}" ] && rm -rf "$db"' EXIT
pg_port() { ps -eo args | grep "[p]ostgres.*$db" | grep -o -- '-p [0-9]*' | head -1 | cut -d' ' -f2; }
sql() { psql -h localhost -p "$(pg_port)" -U postgres -d jsis -X "$@"; }
start_server "$db"
sql -qc "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"
sql -qc "ALTER SYSTEM SET pg_stat_statements.track = 'all'"
sql -qc "ALTER SYSTEM SET pg_stat_statements.track_planning = on"
stop_server; sleep 2
start_server "$db"
sql -qc "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
export JSIS_TOKEN; JSIS_TOKEN=$(officer_token KAZ)
echo "machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name: *//'), commit $(git -C "$root" rev-parse --short HEAD), jar ${JSIS_JAR:-./jsis}"
wrk -t2 -c"$connections" -d"${WARMUP:-10}s" -s "$root/bench/border-single.lua" "$base" >/dev/null
sql -qc "SELECT pg_stat_statements_reset()" >/dev/null
load0=$(cut -d' ' -f1 /proc/loadavg)
c0=$(cpu_ticks "$server_pid" "$db")
if [ -n "${JFR:-}" ]; then jcmd "$server_pid" JFR.start name=statements settings=profile filename="$JFR" >/dev/null; fi
wrk -t2 -c"$connections" -d"${seconds}s" -s "$root/bench/border-single.lua" "$base" >"$db/wrk.txt"
if [ -n "${JFR:-}" ]; then jcmd "$server_pid" JFR.stop name=statements >/dev/null; fi
c1=$(cpu_ticks "$server_pid" "$db")
sql -c "SELECT calls, round(total_exec_time::numeric, 1) AS total_ms,
               round((total_exec_time / nullif(calls, 0))::numeric, 4) AS ms_per_call, plans,
               round(total_plan_time::numeric, 1) AS plan_ms, rows,
               left(regexp_replace(query, '\s+', ' ', 'g'), 100) AS statement
        FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 25"
sed -n '/^requests=/,$p' "$db/wrk.txt" | sed 's/^/statements_/'
cpu_report "$c0" "$c1" "$(sed -n 's/^requests=//p' "$db/wrk.txt")" statements
echo "statements_load_before=$load0"
echo "statements_load_after=$(cut -d' ' -f1 /proc/loadavg)"
