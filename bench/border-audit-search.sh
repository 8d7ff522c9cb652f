#!/usr/bin/env bash
# The auditor's search by one record id on a database filled by the bulk ingest:
#   KEEP=1 bench/border-ingest.sh 2000000 10000000 2     # keeps its database, prints data_dir=DIR
#   bench/border-audit-search.sh DIR [STATE]             # STATE's auditor, default RUS
# Starts ./jsis serve on DIR, creates an AUDITOR of STATE, takes a crossing id from the middle of STATE's
# generated files (bench/out/border-*/STATE), and times GET /api/v1/audit/entries?recordId=ID three times and
# the newest page of STATE's accesses twice. Ends with key=value lines.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/border-common.sh"
db="${1:?usage: bench/border-audit-search.sh DATA_DIR [STATE]}"
state="${2:-RUS}"
files=("$root"/bench/out/border-*/"$state"/*.csv)
[ -f "${files[0]}" ] || { echo "no generated crossing files in bench/out/border-*/$state" >&2; exit 2; }
trap stop_server EXIT
start_server "$db" --jsis.border.stay-worker.enabled=false
user="bench-auditor-$(echo "$state" | tr 'A-Z' 'a-z')-$$"
id=$(curl -fsS -H "Authorization: Bearer $JSIS_ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user\",\"displayName\":\"Benchmark auditor $state\",\"agency\":\"${AGENCY[$state]}\",\"roles\":[\"AUDITOR\"]}" \
    "$base/api/v1/users" | grep -o '"id":[0-9]*' | head -1 | grep -o '[0-9]*')
token=$(curl -fsS -H "Authorization: Bearer $JSIS_ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d '{"name":"benchmark","validDays":2}' "$base/api/v1/users/$id/tokens" | grep -o '"token":"[^"]*"' | cut -d'"' -f4)
file="${files[$(( ${#files[@]} / 2 ))]}"
record=$(sed -n "$(( $(wc -l < "$file") / 2 ))p" "$file" | cut -d, -f1)
echo "machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/Model name: *//'), commit $(git -C "$root" rev-parse --short HEAD)"
echo "record_id=$record"
for i in 1 2 3; do
    curl -fsS -o /dev/null -w "audit_search_by_record_s=%{time_total}\n" \
        -H "Authorization: Bearer $token" "$base/api/v1/audit/entries?recordId=$record"
done
for i in 1 2; do
    curl -fsS -o /dev/null -w "audit_newest_page_s=%{time_total}\n" \
        -H "Authorization: Bearer $token" "$base/api/v1/audit/entries"
done
echo "load_average=$(cut -d' ' -f1-3 /proc/loadavg)"
