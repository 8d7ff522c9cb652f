#!/usr/bin/env bash
# Instructions per execution of SQL statements in PostgreSQL, counted by callgrind (not a test): independent of the
# machine's load, so two schema versions can be compared on a shared machine where CPU times move by ±20 %.
#
#   bench/pg-callgrind.sh DATA_DIR FILE [N]      (N default 100)
#
# DATA_DIR: a JSIS data directory whose cluster (DATA_DIR/pg) is NOT running (a copy: the statements run for real);
# FILE: lines "--setup: SQL" run once first (e.g. PREPARE a AS ...), the other lines are the body, run N times and
# then 2N times in a single-user `postgres --single` under `valgrind --tool=callgrind` (the binaries named in
# DATA_DIR/pg/postmaster.opts, under `unshare -U` when root); the figure is (instructions of the 2N run - those of
# the N run) / N, so start-up and the setup cancel out. Keep the body's effects rolled back (BEGIN; ...; ROLLBACK)
# when the copy must stay as it was. Needs valgrind. Ends with key=value lines.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: bench/pg-callgrind.sh DATA_DIR FILE [N]" >&2; exit 2; }
dir="$1"; file="$2"; n="${3:-100}"
[[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "N expects a whole number of 1 or more, got '$n'" >&2; exit 2; }
pgdata="$(cd "$dir" && pwd)/pg"
[ -f "$pgdata/PG_VERSION" ] || { echo "$dir: no PostgreSQL cluster in $pgdata" >&2; exit 2; }
[ -f "$file" ] || { echo "$file: no such file" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "bench/pg-callgrind.sh needs valgrind (apt-get install valgrind)" >&2; exit 2; }
if [ -f "$pgdata/postmaster.pid" ] && kill -0 "$(head -1 "$pgdata/postmaster.pid")" 2>/dev/null; then
    echo "the cluster in $pgdata is running: stop it (single-user mode needs it stopped)" >&2; exit 2
fi
rm -f "$pgdata/postmaster.pid"
bin="$(dirname "$(head -1 "$pgdata/postmaster.opts" | awk '{print $1}' | tr -d '"')")"
[ -x "$bin/postgres" ] || { echo "the binaries named in $pgdata/postmaster.opts ($bin) are not here" >&2; exit 2; }
wrap=""; [ "$(id -u)" = 0 ] && wrap="unshare -U"
work="$(mktemp -d /tmp/pg-callgrind-XXXX)"; trap 'rm -rf "$work"' EXIT
body="$(grep -v '^--setup: ' "$file" | tr '\n' ' ')"
run() {  # repetitions -> instructions
    { grep '^--setup: ' "$file" | sed 's/^--setup: //' || true
      for ((i = 0; i < $1; i++)); do echo "$body"; done; } >"$work/in.sql"
    $wrap valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$bin/postgres" --single -D "$pgdata" \
        -c shared_buffers=256MB jsis <"$work/in.sql" >"$work/out.log" 2>&1
    if grep -q 'ERROR' "$work/out.log"; then grep -m3 'ERROR' "$work/out.log" >&2; exit 1; fi
    callgrind_annotate "$work/cg.out" 2>/dev/null | awk '/PROGRAM TOTALS/ && !done {gsub(",", "", $1); print $1; done = 1}'
}
a=$(run "$n"); b=$(run $((2 * n)))
echo "file=$(basename "$file")"
echo "instructions_n=$a"
echo "instructions_2n=$b"
echo "instructions_per_execution=$(( (b - a) / n ))"
