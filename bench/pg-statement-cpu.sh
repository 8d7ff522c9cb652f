#!/usr/bin/env bash
# PostgreSQL CPU per call of the statements a register screening and a single crossing share (not a test):
#   * hits: the screening's hits query (EntityStore.screened: ten listed register entities with their
#     designations) with the visibility predicate as this database's schema has Visibility write it
#     (jsis_can_see_admitted + jsis_viewer since V2_7, else jsis_can_see), for a viewer of VIEWER (default KAZ)
#     today; hits_no_predicate: the same query without the predicate (the floor);
#   * append1, append10: audit_append (AuditLog.record's one call) with 1 and 10 records, each in BEGIN ...
#     ROLLBACK, so the trail stays intact (the commit's own cost is not in these figures); empty_txn: BEGIN;
#     SELECT 1; ROLLBACK, the floor of those;
#   * screening_two, screening_one: a register screening's database work with its ten hits and their audit entry,
#     committed: screening_two as before the eighth session (the hits query, then BEGIN, audit_append, COMMIT:
#     four round trips from psql, three from the JDBC driver, which sends BEGIN with the append), screening_one
#     as since (EntityStore's hits query that appends the entry itself, auto-commit: one round trip). These two
#     COMMIT their entries (actor system:pg-statement-cpu, action bench.statement-cpu): run the script on a copy.
# Each statement is prepared once and executed REPS times in one session; the figure is that backend's CPU time
# (utime + stime from /proc/self/stat, read by the backend itself with pg_read_file: a local server and a superuser,
# as the embedded PostgreSQL's postgres) per execution, the median of ROUNDS rounds (statements alternate within
# a round). Wall time per execution is given too; under load only the CPU figure means something.
#
#   bench/pg-statement-cpu.sh --data-dir DIR [--reps N] [--rounds R]   (a JSIS data directory, e.g. a copy of a
#        filled register: the PostgreSQL running on DIR/pg is used; when none runs, one is started with the
#        binaries named in DIR/pg/postmaster.opts, under `unshare -U` when root, and stopped at the end)
#   bench/pg-statement-cpu.sh --port P [--reps N] [--rounds R]       (a PostgreSQL on 127.0.0.1:P, database jsis)
# Defaults: 2000 repetitions, 3 rounds. Runs unattended; ends with key=value lines. To compare two schema versions,
# run it on two copies of the same data, one migrated by each jar (start each jar once on its copy).
set -euo pipefail
data_dir="" port="" reps=2000 rounds=3
usage="usage: bench/pg-statement-cpu.sh (--data-dir DIR | --port P) [--reps N] [--rounds R]"
while [ $# -gt 0 ]; do
    [ $# -ge 2 ] || { echo "$usage" >&2; exit 2; }
    case "$1" in
        --data-dir) data_dir="$2" ;;
        --port) port="$2" ;;
        --reps) reps="$2" ;;
        --rounds) rounds="$2" ;;
        *) echo "$usage" >&2; exit 2 ;;
    esac
    case "$1" in --reps|--rounds|--port) [[ "$2" =~ ^[1-9][0-9]*$ ]] || { echo "$1 expects a whole number of 1 or more, got '$2'" >&2; exit 2; } ;; esac
    shift 2
done
[ -n "$data_dir$port" ] || { echo "$usage" >&2; exit 2; }
command -v psql >/dev/null || { echo "bench/pg-statement-cpu.sh needs psql (apt-get install postgresql-client)" >&2; exit 2; }
viewer="${VIEWER:-KAZ}"
[[ "$viewer" =~ ^[A-Z]{3}$ ]] || { echo "VIEWER expects a state code such as KAZ, got '$viewer'" >&2; exit 2; }
work="$(mktemp -d /tmp/pg-statement-cpu-XXXX)"
started=""
cleanup() {
    if [ -n "$started" ]; then $started stop -m fast -w >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
if [ -n "$data_dir" ]; then
    pgdata="$(cd "$data_dir" && pwd)/pg"
    [ -f "$pgdata/PG_VERSION" ] || { echo "--data-dir $data_dir: no PostgreSQL cluster in $pgdata" >&2; exit 2; }
    if [ -f "$pgdata/postmaster.pid" ] && kill -0 "$(head -1 "$pgdata/postmaster.pid")" 2>/dev/null; then
        port="$(sed -n 4p "$pgdata/postmaster.pid")"
    else
        bin="$(dirname "$(head -1 "$pgdata/postmaster.opts" | awk '{print $1}' | tr -d '"')")"
        [ -x "$bin/pg_ctl" ] || { echo "the PostgreSQL binaries named in $pgdata/postmaster.opts ($bin) are not here" >&2; exit 2; }
        port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
        wrap=""; [ "$(id -u)" = 0 ] && wrap="unshare -U"
        rm -f "$pgdata/postmaster.pid"
        $wrap "$bin/pg_ctl" -D "$pgdata" -o "-p $port -c shared_buffers=1GB -c timezone=UTC" -l "$work/pg.log" start -w >/dev/null
        started="$wrap $bin/pg_ctl -D $pgdata"
    fi
fi
sql() { psql -h 127.0.0.1 -p "$port" -U postgres -d jsis -X -q -v ON_ERROR_STOP=1 "$@"; }
ids=$(sql -Atc "SELECT '{' || string_agg(id::text, ',') || '}' FROM (SELECT id FROM register_entity
                 WHERE status = 'LISTED' AND withdrawn_at IS NULL ORDER BY md5(id::text) LIMIT 10) s")
owners=$(sql -Atc "SELECT '{' || string_agg(owner_state, ',' ORDER BY n) || '}' FROM register_entity e,
                   unnest('$ids'::uuid[]) WITH ORDINALITY AS u (id, n) WHERE e.id = u.id")
[ "$ids" != "{}" ] && [ -n "$ids" ] || { echo "no listed register entities in this database" >&2; exit 2; }
if [ "$(sql -Atc "SELECT count(*) FROM pg_proc WHERE proname = 'jsis_viewer'")" != 0 ]; then
    predicate_kind=once
    predicate="jsis_can_see_admitted(e.owner_state, e.distribution, e.shared_with, CAST(\$1 AS CHAR(3)), (SELECT admitted FROM jsis_viewer(CAST(\$1 AS CHAR(3)), CAST(\$2 AS DATE))))"
else
    predicate_kind=per_row
    predicate="jsis_can_see(e.owner_state, e.distribution, e.shared_with, CAST(\$1 AS CHAR(3)), CAST(\$2 AS DATE))"
fi
hits_head="SELECT e.id, e.caption, e.kind, e.status, e.owner_state, d.authority_kind, d.authority, d.authority_state,
       d.legal_basis, d.reference, d.program, d.listed_on, d.delisted_on
  FROM register_entity e LEFT JOIN register_designation d ON d.entity_id = e.id
 WHERE e.id = ANY(\$3::uuid[]) AND e.status = 'LISTED' AND e.withdrawn_at IS NULL"
hits_tail="ORDER BY e.id, d.listed_on NULLS FIRST, d.id"
append="SELECT audit_append(now(), NULL, 'system:pg-statement-cpu', NULL, '$viewer', 'bench.statement-cpu', 'ANALYSIS',
        '{\"bench\":true}', array_fill('register-entity'::text, ARRAY[\$1]), (\$2::text[])[1:\$1],
        array_fill('$viewer'::text, ARRAY[\$1]), '{}'::int[], '{}'::int[], sha256('content'::bytea), 0)"
# statement name, preparation, execution
declare -A prep exec
prep[hits]="PREPARE q(text, date, text) AS $hits_head AND $predicate $hits_tail;"
exec[hits]="EXECUTE q('$viewer', current_date, '$ids');"
prep[hits_no_predicate]="PREPARE q(text, date, text) AS $hits_head AND \$1 IS NOT NULL AND \$2 IS NOT NULL $hits_tail;"
exec[hits_no_predicate]="EXECUTE q('$viewer', current_date, '$ids');"
prep[append1]="PREPARE q(int, text) AS $append;"
exec[append1]="BEGIN; EXECUTE q(1, '$ids'); ROLLBACK;"
prep[append10]="PREPARE q(int, text) AS $append;"
exec[append10]="BEGIN; EXECUTE q(10, '$ids'); ROLLBACK;"
# The screening: the hits query and the append, as two statements and as EntityStore's one.
screening_append="SELECT audit_append(now(), NULL, 'system:pg-statement-cpu', NULL, '$viewer', 'bench.statement-cpu',
        'ANALYSIS', '{\"bench\":true}', array_fill('register-entity'::text, ARRAY[10]), \$3::text[], \$4::text[],
        '{}'::int[], '{}'::int[], sha256('content'::bytea), 0)"
prep[screening_two]="PREPARE q(text, date, text) AS $hits_head AND $predicate $hits_tail;
PREPARE a(text, date, text, text) AS $screening_append;"
exec[screening_two]="EXECUTE q('$viewer', current_date, '$ids'); BEGIN; EXECUTE a('$viewer', current_date, '$ids', '$owners'); COMMIT;"
prep[screening_one]="PREPARE q(text, date, text, text) AS WITH h AS MATERIALIZED (
    SELECT e.id, e.caption, e.kind, e.status, e.owner_state FROM register_entity e
     WHERE e.id = ANY(\$3::uuid[]) AND e.status = 'LISTED' AND e.withdrawn_at IS NULL AND $predicate),
  a AS (SELECT ${screening_append#SELECT } AS seq
         WHERE (SELECT count(*) FROM h WHERE h.owner_state = (\$4::text[])[array_position(\$3::uuid[], h.id)]) = 10)
SELECT h.id, h.caption, h.kind, h.status, h.owner_state, d.authority_kind, d.authority, d.authority_state,
       d.legal_basis, d.reference, d.program, d.listed_on, d.delisted_on, (SELECT seq FROM a) AS audit_seq
  FROM h LEFT JOIN register_designation d ON d.entity_id = h.id
 ORDER BY h.id, d.listed_on NULLS FIRST, d.id;"
exec[screening_one]="EXECUTE q('$viewer', current_date, '$ids', '$owners');"
prep[empty_txn]=""
exec[empty_txn]="BEGIN; SELECT 1; ROLLBACK;"
names="hits hits_no_predicate append1 append10 empty_txn screening_two screening_one"
cpu="SELECT (a[12]::bigint + a[13]::bigint) AS v FROM (SELECT string_to_array(split_part(pg_read_file('/proc/self/stat'), ') ', 2), ' ') a) s"
hz=$(getconf CLK_TCK)
run_one() {  # name -> "cpu_ms wall_ms" per execution
    local f="$work/$1.sql"
    { echo '\set ON_ERROR_STOP on'; echo '\o /dev/null'; echo "${prep[$1]}"
      echo "${exec[$1]}"   # once before measuring (first execution plans)
      echo "$cpu \\gset c0_"; echo "SELECT extract(epoch FROM clock_timestamp()) AS v \\gset t0_"
      for ((i = 0; i < reps; i++)); do echo "${exec[$1]}"; done
      echo "SELECT extract(epoch FROM clock_timestamp()) AS v \\gset t1_"; echo "$cpu \\gset c1_"; echo '\o'
      echo "\\echo :c0_v :c1_v :t0_v :t1_v"; } >"$f"
    sql -At -f "$f" | tail -1 | awk -v n="$reps" -v hz="$hz" '{printf "%.4f %.4f\n", ($2 - $1) * 1000 / hz / n, ($4 - $3) * 1000 / n}'
}
echo "machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name: *//'), PostgreSQL $(sql -Atc 'SHOW server_version'), port $port"
echo "predicate=$predicate_kind; viewer $viewer; ids $ids; $reps executions a statement, $rounds rounds"
load0=$(cut -d' ' -f1 /proc/loadavg)
for ((r = 1; r <= rounds; r++)); do
    for n in $names; do
        read -r c w < <(run_one "$n")
        echo "$n $c $w" >>"$work/results"
        echo "round $r: $n cpu_ms=$c wall_ms=$w load=$(cut -d' ' -f1 /proc/loadavg)"
    done
done
echo "predicate=$predicate_kind"
python3 - "$work/results" <<'PY'
import sys, statistics
rows = {}
for line in open(sys.argv[1]):
    n, c, w = line.split()
    rows.setdefault(n, []).append((float(c), float(w)))
for n, v in rows.items():
    print(f"{n}_cpu_ms={statistics.median(c for c, _ in v):.4f}")
    print(f"{n}_wall_ms={statistics.median(w for _, w in v):.4f}")
PY
echo "load_before=$load0"
echo "load_after=$(cut -d' ' -f1 /proc/loadavg)"
