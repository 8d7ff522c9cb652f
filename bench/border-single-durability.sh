#!/usr/bin/env bash
# SIGKILL durability of the single-crossing API: every acknowledged crossing survives a crash, with its audit
# entry, and nothing is half-written.
#
#   bench/border-single-durability.sh [SENDERS] [KILL_AFTER_SECONDS]      (defaults 4 and 10)
#
# 1. starts JSIS on a fresh, durable embedded database (fsync on); 2. SENDERS loops post single crossings
# (POST /api/v1/crossings; a pool of 3,000 documents, so new documents, known ones, exact links and other
# spellings of a known surname all occur), each noting the crossings answered 201; 3. after KILL_AFTER_SECONDS
# kills the server and its PostgreSQL with SIGKILL while requests are in flight; 4. restarts on the same data
# directory and checks that every acknowledged crossing is there, that every stored crossing has exactly one
# audit entry recording it, and that no document lacks a crossing and no traveller a document (a statement's
# rows are kept together or not at all); 5. resends every crossing sent: acknowledged ones must be answered
# ALREADY_RECORDED, and each id is stored once. Ends with key=value lines; exits 1 on any failure.
set -euo pipefail
. "$(dirname "$0")/border-common.sh"
senders="${1:-4}"; kill_after="${2:-10}"
db="$(mktemp -d /tmp/jsis-single-durability-XXXX)"
trap 'stop_server; pkill -KILL -f -- "$db/pg" 2>/dev/null || true; [ -z "${KEEP:-}" ] && rm -rf "$db"' EXIT
start_server "$db"
token=$(officer_token KAZ)
send() {
    local k="$1" i=0 id p surname body code
    while :; do
        i=$((i + 1)); id=$(cat /proc/sys/kernel/random/uuid); p=$(( (RANDOM * 32768 + RANDOM) % 3000 ))
        # Every fifth request spells the surname in another letter case (a known document then needs the
        # JVM's identity check).
        surname="DURABLE$p"; [ $((i % 5)) -eq 0 ] && surname="Durable$p"
        body=$(printf '{"id":"%s","direction":"%s","checkpoint":"KAZ-KORDAI","crossedAt":"2026-%02d-%02dT%02d:00:00Z","document":{"type":"PASSPORT","number":"D%07d","issuingState":"UZB","surname":"%s","givenNames":"SENDER","birthDate":"19%02d-%02d-%02d","sex":"M","nationality":"UZB"},"purpose":"WORK"}' \
            "$id" "$([ $((i % 2)) -eq 0 ] && echo EXIT || echo ENTRY)" $((1 + RANDOM % 10)) $((1 + RANDOM % 28)) \
            $((RANDOM % 24)) "$p" "$surname" $((50 + p % 50)) $((1 + p % 12)) $((1 + p % 28)))
        echo "$body" >>"$db/sent.$k"
        code=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
            -d "$body" "$base/api/v1/crossings" 2>/dev/null || true)
        case "$code" in
            201) echo "$id" >>"$db/acked.$k" ;;
            000) return 0 ;;
            *) echo "sender $k: $id answered $code" >&2; echo "$id $code" >>"$db/refused" ;;
        esac
    done
}
pids=()
for k in $(seq 1 "$senders"); do : >"$db/sent.$k"; : >"$db/acked.$k"; send "$k" & pids+=($!); done
sleep "$kill_after"
echo "killing the server (pid $server_pid) and its PostgreSQL with SIGKILL while $senders senders are sending"
kill -KILL "$server_pid"
pkill -KILL -f -- "$db/pg" || true
for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
server_pid=""
cat "$db"/acked.* >"$db/acked.txt"
cat "$db"/sent.* >"$db/sent.txt"
acked=$(wc -l <"$db/acked.txt"); sent=$(wc -l <"$db/sent.txt")
echo "sent $sent crossings, $acked acknowledged before the crash"
start_server "$db"
pgport=$(sed -n 4p "$db/pg/postmaster.pid")
psql_() { psql -X -q -t -A -h 127.0.0.1 -p "$pgport" -U postgres -d jsis "$@"; }
missing=$(psql_ -c "CREATE TEMP TABLE acked (id uuid)" -c "\\copy acked FROM '$db/acked.txt'" \
    -c "SELECT count(*) FROM acked a LEFT JOIN border_crossing c USING (id) WHERE c.id IS NULL" | tail -1)
unaudited=$(psql_ -c "SELECT count(*) FROM border_crossing c WHERE (SELECT count(*) FROM audit_record r
    JOIN audit_entry e ON e.seq = r.entry_seq WHERE r.record_type = 'border-crossing' AND r.record_id = c.id::text
    AND e.query_terms LIKE '%\"inserted\":\"1\"%') <> 1")
orphans=$(psql_ -c "SELECT (SELECT count(*) FROM border_document d WHERE NOT EXISTS (SELECT 1 FROM border_crossing c
    WHERE c.document_id = d.id)) + (SELECT count(*) FROM border_traveller t WHERE NOT EXISTS (SELECT 1 FROM border_document d
    WHERE d.traveller_id = t.id))")
stored_before=$(psql_ -c "SELECT count(*) FROM border_crossing")
echo "after restart: $stored_before crossings stored; acknowledged but missing: $missing; without exactly one audit entry: $unaudited; documents without a crossing and travellers without a document: $orphans"
# Resend everything: an acknowledged crossing is a retry (200), any other one is either (201 when it was lost).
wrong=0
while read -r body; do
    id=$(echo "$body" | cut -d'"' -f4)
    code=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "$body" "$base/api/v1/crossings")
    if grep -qx "$id" "$db/acked.txt"; then [ "$code" = "200" ] || wrong=$((wrong + 1))
    else { [ "$code" = "200" ] || [ "$code" = "201" ]; } || wrong=$((wrong + 1)); fi
done <"$db/sent.txt"
stored=$(psql_ -c "SELECT count(*) FROM border_crossing")
distinct=$(psql_ -c "SELECT count(DISTINCT id) FROM border_crossing")
echo "single_durability_sent=$sent"
echo "single_durability_acked=$acked"
echo "single_durability_missing=$missing"
echo "single_durability_unaudited=$unaudited"
echo "single_durability_orphans=$orphans"
echo "single_durability_resend_wrong_answers=$wrong"
echo "single_durability_stored_after_resend=$stored"
echo "single_durability_distinct_ids=$distinct"
if [ "$acked" -gt 0 ] && [ "$missing" = "0" ] && [ "$unaudited" = "0" ] && [ "$orphans" = "0" ] && [ "$wrong" = "0" ] \
    && [ "$stored" = "$sent" ] && [ "$distinct" = "$sent" ] && [ ! -s "$db/refused" ]; then
    echo "single_durability=PASS"
else
    echo "single_durability=FAIL"; exit 1
fi
