# Shared helpers for the border benchmarks (sourced, not run).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${PORT:-18080}"
base="http://127.0.0.1:$port"
auth=()
[ -n "${JSIS_TOKEN:-}" ] && auth=(-H "Authorization: Bearer $JSIS_TOKEN")

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

now_ms() { date +%s%3N; }
