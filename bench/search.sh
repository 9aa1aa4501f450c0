#!/usr/bin/env bash
# Global-search benchmark (issue 12): GET /api/v1/search?q= at province scale — 100,000 cases (and their
# ~5 records each when recording is there), 60,000 enterprises, 5,000 officers, ~150,000 document numbers —
# for ten UNIT_HEAD users of province, city and county scope, with a rotating mix of what people type
# (a full case number, part of one, a document number, an enterprise name, part of a name, a credit
# code prefix, a person's name, a word matching nothing). Baseline from the same run and settings:
# GET /api/v1/auth/me (token auth, no query), so the ratio search / baseline separates the search's cost
# from what the shared machine adds.
#   bench/search.sh [cases] [seconds] [connections]      (defaults: 100000 cases, 30 s, 4 connections)
# Starts the packaged jar on a private data dir (WORK, default /tmp/h-search/bench) and ports 18095/54395,
# generates the data once (bench/cases/generate.sql, bench/search/generate.sql), takes API tokens,
# prints each query's sequential latency per scope, then wrk --latency for search and baseline; stops the app.
# Needs: wrk and psql (apt-get install -y wrk postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-100000}
secs=${2:-30}
conns=${3:-4}
work=${WORK:-/tmp/h-search/bench}
port=18095; dbport=54395
jar=${JAR:-target/anjian-0.1.0-SNAPSHOT.jar}
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }
command -v psql >/dev/null || { echo "psql missing: apt-get install -y postgresql-client"; exit 1; }
[ -f "$jar" ] || ./mvnw -q -B -o -DskipTests package
mkdir -p "$work"
B=http://127.0.0.1:$port
export PGPASSWORD=anjian
PSQL=(psql -X -q -h 127.0.0.1 -p $dbport -U anjian -d anjian -v ON_ERROR_STOP=1)

java -Xmx1g -jar "$jar" --server.port=$port --anjian.embedded-db.port=$dbport --anjian.embedded-db.data-dir="$work/pg" \
     --anjian.files.root="$work/files" --anjian.demo-data=true --spring.flyway.out-of-order=true --spring.flyway.validate-on-migrate=false --spring.flyway.ignore-migration-patterns="*:missing" > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -fs "$B/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $app 2>/dev/null || { echo "app died"; tail -50 "$work/app.log"; exit 1; }
  sleep 1
done
echo "app up (pid $app)"

have=$("${PSQL[@]}" -tAc "SELECT count(*) FROM enf_case WHERE opened_by = 'bench'")
if [ "$have" -lt "$cases" ]; then
  echo "generating $cases cases ..."; t0=$(date +%s)
  "${PSQL[@]}" -v cases="$cases" -f bench/cases/generate.sql > "$work/generate-cases.txt"
  echo "generated in $(( $(date +%s) - t0 )) s"
fi
"${PSQL[@]}" -f bench/search/generate.sql

"${PSQL[@]}" <<'SQL'
INSERT INTO iam_user (username, display_name, agency_id, scope_path, password_hash, must_change_password, created_at, updated_at)
SELECT 'bench_' || j.code, '压测' || j.name, a.id, a.scope_path,
       (SELECT password_hash FROM iam_user WHERE username = 'zz_officer'), false, now(), now()
FROM org_agency a JOIN org_jurisdiction j ON j.id = a.jurisdiction_id
WHERE a.kind = 'EMERGENCY_MANAGEMENT' AND a.status = 'ACTIVE'
  AND j.code IN ('140000', '140100', '140500', '140900', '140105', '140525', '140902', '140981', '140222', '140729')
ON CONFLICT DO NOTHING;
INSERT INTO iam_user_role (user_id, role_code)
SELECT id, 'UNIT_HEAD' FROM iam_user WHERE username LIKE 'bench\_%' ON CONFLICT DO NOTHING;
SQL
users=$("${PSQL[@]}" -tAc "SELECT username FROM iam_user WHERE username LIKE 'bench\_%' ORDER BY username")
tokens=()
for u in $users; do
  tokens+=("$(curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"$u\",\"password\":\"Anjian@2026\"}" \
      "$B/api/v1/auth/token" | sed -E 's/.*"token":"([^"]+)".*/\1/')")
done
echo "bench users: $(echo $users)"

# What people type, taken from the data: a whole case number of Zezhou, its tail, a document number, an
# enterprise's full name, a name fragment, a credit-code prefix, an officer's name, and nothing-matching text.
full_case=$("${PSQL[@]}" -tAc "SELECT case_number FROM enf_case c JOIN org_jurisdiction j ON c.scope_path LIKE j.path || '%' WHERE j.code = '140525' AND c.opened_by = 'bench' ORDER BY c.id LIMIT 1")
doc=$("${PSQL[@]}" -tAc "SELECT text FROM doc_number WHERE issued_by = 'bench' AND type_code = 'CASE_TRANSFER' ORDER BY id LIMIT 1")
ent=$("${PSQL[@]}" -tAc "SELECT name FROM ent_enterprise WHERE credit_code LIKE '91149%' ORDER BY id LIMIT 1 OFFSET 777")
person=$("${PSQL[@]}" -tAc "SELECT name FROM off_officer ORDER BY person_id DESC LIMIT 1")
tail_=$(echo "$full_case" | grep -o '〔[0-9]*〕[0-9]*')
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
texts=("$full_case" "$tail_" "$doc" "$ent" "鑫源煤业" "91149000000001" "$person" "张伟" "不存在的单位名称")
queries=(); for t in "${texts[@]}"; do queries+=("$(enc "$t")"); done
printf 'queries:'; printf ' [%s]' "${texts[@]}"; echo

for u in bench_140000 bench_140500 bench_140525; do
  i=0; for v in $users; do [ "$v" = "$u" ] && break; i=$((i + 1)); done
  t=${tokens[$i]}
  for k in "${!queries[@]}"; do
    q=${queries[$k]}
    for w in 1 2 3 4 5; do curl -s -o /dev/null -H "Authorization: Bearer $t" "$B/api/v1/search?q=$q"; done
    r=$(for w in 1 2 3; do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $t" "$B/api/v1/search?q=$q"; done | sort -k2 -n | sed -n 2p)
    printf "  %-13s %-28s %s %5.0f ms\n" "$u" "${texts[$k]}" "${r% *}" "$(awk -v x="${r#* }" 'BEGIN{print x*1000}')"
  done
done

lua() { # $1 = search|baseline
  {
    echo "local auth = {"; for t in "${tokens[@]}"; do echo "  'Bearer $t',"; done; echo "}"
    echo "local paths = {"
    if [ "$1" = search ]; then for q in "${queries[@]}"; do echo "  '/api/v1/search?q=$q',"; done; else echo "  '/api/v1/auth/me',"; fi
    echo "}"
    cat <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(math.floor(n / #auth) % #paths) + 1], { ["Authorization"] = auth[(n % #auth) + 1], ["Accept"] = "application/json" })
end
local errors = 0
response = function(status, headers, body)
  if status ~= 200 then errors = errors + 1; if errors <= 3 then print("HTTP " .. status .. " " .. body:sub(1, 200)) end end
end
done = function(summary, latency, requests)
  io.write(string.format("LATENCY p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %d requests, %.1f req/s, non-2xx %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, summary.requests / (summary.duration / 1e6), summary.errors.status))
end
LUA
  } > "$work/$1.lua"
}
lua search; lua baseline
echo "warm-up (10 s)"; wrk -t2 -c$conns -d10s -s "$work/search.lua" "$B" > /dev/null
echo "=== search: wrk -t2 -c$conns -d${secs}s, ${#tokens[@]} users x ${#queries[@]} texts; load average $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c$conns -d${secs}s --latency -s "$work/search.lua" "$B" | grep LATENCY | tee "$work/search.txt"
echo "=== baseline /api/v1/auth/me: same settings; load average $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c$conns -d${secs}s --latency -s "$work/baseline.lua" "$B" | grep LATENCY | tee "$work/baseline.txt"
awk 'NR==FNR { match($0, /p95 [0-9.]+/); s = substr($0, RSTART + 4, RLENGTH - 4); next }
     { match($0, /p95 [0-9.]+/); b = substr($0, RSTART + 4, RLENGTH - 4); printf "p95 ratio search / baseline: %.2f\n", s / b }' \
    "$work/search.txt" "$work/baseline.txt"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
