# Shared helpers for the border benchmarks (sourced, not run).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${PORT:-18080}"
base="http://127.0.0.1:$port"
# The administrator's token of the benchmark server (fixed, so the scripts can create users).
export JSIS_ADMIN_TOKEN="${JSIS_ADMIN_TOKEN:-bench-admin-token-0123456789-abcdefghijklmnopqrstuvwxyz}"
STATES="ARM BLR KAZ KGZ RUS TJK UZB"
declare -A AGENCY=([ARM]=ARM-BORDER [BLR]=BLR-GPK [KAZ]=KAZ-BORDER [KGZ]=KGZ-BORDER [RUS]=RUS-BORDER [TJK]=TJK-BORDER [UZB]=UZB-BORDER)

# Exits 2 with a message unless every NAME=VALUE argument's value is a whole number of 1 or more (a script's
# counts and seconds, checked before anything starts).
require_counts() {
    local pair
    for pair in "$@"; do
        [[ "${pair#*=}" =~ ^[1-9][0-9]*$ ]] || {
            echo "${pair%%=*} expects a whole number of 1 or more, got '${pair#*=}'" >&2
            exit 2
        }
    done
}

# start_server DATA_DIR [extra args...]: starts ./jsis serve in the background, waits for health.
start_server() {
    local dir="$1"; shift
    if [ -n "${JSIS_JAR:-}" ]; then
        # A given jar (e.g. a baseline build of another commit, for before/after pairs in one run), with the
        # same JVM settings as ./jsis serve (server.options of this checkout, then JSIS_JAVA_OPTS), so that
        # a pair of a jar and ./jsis, or of two jars, compares the code and not the settings.
        local opts=() line word
        while read -r line; do
            line="${line%%#*}"
            for word in $line; do opts+=("$word"); done
        done <"$root/app/src/main/jvm/server.options"
        (cd "$root" && JSIS_DATA_DIR="$dir" exec java "${opts[@]}" ${JSIS_JAVA_OPTS:--Xmx4g} -jar "$JSIS_JAR" serve \
            --server.port="$port" "$@" >"$dir/server.log" 2>&1) &
    else
        (cd "$root" && JSIS_DATA_DIR="$dir" JSIS_JAVA_OPTS="${JSIS_JAVA_OPTS:--Xmx4g}" \
            exec ./jsis serve --port "$port" "$@" >"$dir/server.log" 2>&1) &
    fi
    server_pid=$!
    for _ in $(seq 1 240); do
        if curl -fsS "$base/actuator/health" >/dev/null 2>&1; then return 0; fi
        if ! kill -0 "$server_pid" 2>/dev/null; then echo "server died; see $dir/server.log" >&2; return 1; fi
        sleep 0.5
    done
    echo "server did not come up; see $dir/server.log" >&2
    return 1
}

stop_server() {
    [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
}

# officer_token STATE: creates (once per database) an OFFICER of the state's border agency and prints a token.
officer_token() {
    local state="$1" user="bench-officer-$(echo "$1" | tr 'A-Z' 'a-z')" id
    id=$(curl -sS -H "Authorization: Bearer $JSIS_ADMIN_TOKEN" "$base/api/v1/users?state=$state" \
        | grep -o "\"id\":[0-9]*,\"username\":\"$user\"" | grep -o '[0-9]*' | head -1)
    if [ -z "$id" ]; then
        id=$(curl -fsS -H "Authorization: Bearer $JSIS_ADMIN_TOKEN" -H 'Content-Type: application/json' \
            -d "{\"username\":\"$user\",\"displayName\":\"Benchmark officer $state\",\"agency\":\"${AGENCY[$state]}\",\"roles\":[\"OFFICER\"]}" \
            "$base/api/v1/users" | grep -o '"id":[0-9]*' | head -1 | grep -o '[0-9]*')
    fi
    curl -fsS -H "Authorization: Bearer $JSIS_ADMIN_TOKEN" -H 'Content-Type: application/json' \
        -d '{"name":"benchmark","validDays":2}' "$base/api/v1/users/$id/tokens" | grep -o '"token":"[^"]*"' | cut -d'"' -f4
}

now_ms() { date +%s%3N; }

# cpu_ticks PID DATA_DIR: "JAVA PG" CPU clock ticks (user+system) of the server's JVM and of its
# embedded PostgreSQL (the postmaster whose command line names DATA_DIR and every process under it,
# including finished ones it waited for).
cpu_ticks() {
    python3 - "$1" "$2" <<'PY'
import os, sys
root = int(sys.argv[1]); datadir = os.path.realpath(sys.argv[2])
procs = {}
for p in os.listdir('/proc'):
    if not p.isdigit():
        continue
    try:
        with open(f'/proc/{p}/stat') as f:
            s = f.read()
    except OSError:
        continue
    fields = s[s.rindex(')') + 2:].split()
    procs[int(p)] = (int(fields[1]), int(fields[11]) + int(fields[12]), int(fields[13]) + int(fields[14]))
kids = {}
for pid, (ppid, _, _) in procs.items():
    kids.setdefault(ppid, []).append(pid)
def tree(pid):
    out = [pid]
    for k in kids.get(pid, []):
        out += tree(k)
    return out
pg = 0
for pid in procs:
    try:
        with open(f'/proc/{pid}/cmdline', 'rb') as f:
            cmd = f.read().replace(b'\0', b' ').decode(errors='replace')
    except OSError:
        continue
    if 'postgres' in cmd and ' -D ' in cmd and datadir in cmd:
        for d in tree(pid):
            pg += procs[d][1] + procs[d][2]
print(procs.get(root, (0, 0, 0))[1], pg)
PY
}

# cpu_report BEFORE AFTER COUNT PREFIX: key=value lines of CPU seconds (JVM, PostgreSQL) between two
# cpu_ticks snapshots and milliseconds of CPU per unit of work.
cpu_report() {
    local hz; hz=$(getconf CLK_TCK)
    python3 - "$1" "$2" "$3" "$4" "$hz" <<'PY'
import sys
b = [int(x) for x in sys.argv[1].split()]; a = [int(x) for x in sys.argv[2].split()]
n = max(1, int(sys.argv[3])); p = sys.argv[4]; hz = int(sys.argv[5])
j = (a[0] - b[0]) / hz; g = (a[1] - b[1]) / hz
print(f"{p}_cpu_jvm_s={j:.1f}")
print(f"{p}_cpu_pg_s={g:.1f}")
print(f"{p}_cpu_ms_per_item={(j + g) * 1000 / n:.3f}")
PY
}
