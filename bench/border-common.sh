# Shared helpers for the border benchmarks (sourced, not run).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${PORT:-18080}"
base="http://127.0.0.1:$port"
# The administrator's token of the benchmark server (fixed, so the scripts can create users).
export JSIS_ADMIN_TOKEN="${JSIS_ADMIN_TOKEN:-bench-admin-token-0123456789-abcdefghijklmnopqrstuvwxyz}"
STATES="ARM BLR KAZ KGZ RUS TJK UZB"
declare -A AGENCY=([ARM]=ARM-BORDER [BLR]=BLR-GPK [KAZ]=KAZ-BORDER [KGZ]=KGZ-BORDER [RUS]=RUS-BORDER [TJK]=TJK-BORDER [UZB]=UZB-BORDER)

# start_server DATA_DIR [extra args...]: starts ./jsis serve in the background, waits for health.
start_server() {
    local dir="$1"; shift
    (cd "$root" && JSIS_DATA_DIR="$dir" JSIS_JAVA_OPTS="${JSIS_JAVA_OPTS:--Xmx4g}" \
        exec ./jsis serve --port "$port" "$@" >"$dir/server.log" 2>&1) &
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
