#!/usr/bin/env bash
# Public portal benchmark (issue 14): 1,000,000 published results after enforcement (bench/portal/generate.sql,
# straight into pub_publication) and the anonymous pages the public uses, with 100 concurrent clients:
#   1. the public decision list  GET /public/notices?kind=…&page=…  (kinds, agencies, first pages and deep ones)
#   2. search by party name      GET /public/search?q=…             (full company names, parts of names, masked
#                                                                     citizens, a name matching nothing; province and city portals)
#   3. a cached page             GET /public  with If-None-Match (304) and without (200, Cache-Control public)
#   target (issue 14): p95 ≤ 100 ms for 1 and 2; ≥ 2,000 requests/s for 3.
#   bench/portal.sh [entries] [seconds] [connections]    (defaults: 1000000 entries, 30 s, 100 connections)
# Starts the packaged jar on a private data dir (WORK, default /tmp/portal-bench; kept, so a second run skips the
# generation) on PORT/DBPORT (default 18103/54503), prints each URL's sequential latency, then wrk --latency per
# scenario with the load average; stops the app. Needs wrk and psql (apt-get install -y wrk postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
entries=${1:-1000000}
secs=${2:-30}
conns=${3:-100}
work=${WORK:-/tmp/portal-bench}
port=${PORT:-18103}; dbport=${DBPORT:-54503}
jar=${JAR:-target/anjian-0.1.0-SNAPSHOT.jar}
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }
command -v psql >/dev/null || { echo "psql missing: apt-get install -y postgresql-client"; exit 1; }
[ -f "$jar" ] || ./mvnw -q -B -o -DskipTests package
mkdir -p "$work"
B=http://127.0.0.1:$port
export PGPASSWORD=anjian
PSQL=(psql -X -q -h 127.0.0.1 -p $dbport -U anjian -d anjian -v ON_ERROR_STOP=1)

java -Xmx1g -jar "$jar" --server.port=$port --anjian.embedded-db.port=$dbport --anjian.embedded-db.data-dir="$work/pg" \
     --anjian.files.root="$work/files" --anjian.demo-data=true --spring.flyway.out-of-order=true \
     --spring.flyway.validate-on-migrate=false --spring.flyway.ignore-migration-patterns="*:missing" > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -fs "$B/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $app 2>/dev/null || { echo "app died"; tail -50 "$work/app.log"; exit 1; }
  sleep 1
done
echo "app up (pid $app)"

have=$("${PSQL[@]}" -tAc "SELECT count(*) FROM pub_publication WHERE source_module = 'bench'")
if [ "$have" -lt "$entries" ]; then
  echo "generating $entries published entries (have $have) ..."; t0=$(date +%s)
  "${PSQL[@]}" -v n="$entries" -f bench/portal/generate.sql | tee "$work/generate.txt"
  echo "generated in $(( $(date +%s) - t0 )) s"
fi

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
agencies=$("${PSQL[@]}" -tAc "SELECT owner_agency_id FROM pub_publication WHERE source_module = 'bench' GROUP BY 1 ORDER BY 1 LIMIT 6")
city=$("${PSQL[@]}" -tAc "SELECT j.code FROM org_jurisdiction j JOIN org_agency a ON a.jurisdiction_id = j.id AND a.kind = 'EMERGENCY_MANAGEMENT' WHERE j.code = '140500'")
# what people type: a company's full name, its distinctive middle, a place + industry, a masked citizen, nothing
full=$("${PSQL[@]}" -tAc "SELECT substring(title FROM '（(.*)）') FROM pub_publication WHERE source_module = 'bench' AND title NOT LIKE '%*%' ORDER BY id LIMIT 1 OFFSET 4321")
texts=("$full" "鑫源煤业" "泽州县宏达" "张**" "不存在的单位名称" "$(echo "$full" | cut -c1-6)")
list_paths=("/public/notices" "/public/notices?kind=PENALTY_RESULT" "/public/notices?kind=INSPECTION_RESULT&page=3"
            "/public/notices?kind=PENALTY_RESULT&page=40")
for a in $agencies; do list_paths+=("/public/notices?agencyId=$a" "/public/notices?agencyId=$a&kind=PENALTY_RESULT&page=2"); done
search_paths=()
for t in "${texts[@]}"; do
  search_paths+=("/public/search?q=$(enc "$t")")
  [ -n "$city" ] && search_paths+=("/public/search?q=$(enc "$t")&portal=$city")
done
printf 'search texts:'; printf ' [%s]' "${texts[@]}"; echo

echo "=== sequential latency (median of 3 after 3 warm-ups)"
for p in "${list_paths[@]}" "${search_paths[@]}" "/public"; do
  for w in 1 2 3; do curl -s -o /dev/null "$B$p"; done
  r=$(for w in 1 2 3; do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$B$p"; done | sort -k2 -n | sed -n 2p)
  printf "  %-70s %s %6.1f ms\n" "$p" "${r% *}" "$(awk -v x="${r#* }" 'BEGIN{print x*1000}')"
done

etag=$(curl -s -D - -o /dev/null "$B/public" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }')
echo "ETag of /public: $etag"

lua() { # $1 = name, $2 = extra header line (or empty), rest = paths
  local name=$1 header=$2; shift 2
  {
    echo "local paths = {"; for p in "$@"; do echo "  '$p',"; done; echo "}"
    echo "local header = '$header'"
    cat <<'LUA'
local n = 0
local counts = {}
request = function()
  n = n + 1
  local h = {}
  if header ~= '' then h["If-None-Match"] = header end
  return wrk.format("GET", paths[(n % #paths) + 1], h)
end
response = function(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end
done = function(summary, latency, requests)
  io.write(string.format("LATENCY p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %d requests, %.1f req/s, socket errors %d, non-2xx/3xx %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
LUA
  } > "$work/$name.lua"
}
lua list "" "${list_paths[@]}"
lua search "" "${search_paths[@]}"
lua cached304 "$etag" "/public"
lua cached200 "" "/public"

echo "warm-up (10 s)"; wrk -t2 -c$conns -d10s -s "$work/list.lua" "$B" > /dev/null; wrk -t2 -c$conns -d10s -s "$work/search.lua" "$B" > /dev/null
for s in list search cached304 cached200; do
  echo "=== $s: wrk -t2 -c$conns -d${secs}s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t2 -c$conns -d${secs}s --timeout 10s --latency -s "$work/$s.lua" "$B" | grep LATENCY | tee "$work/$s.txt"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
