#!/usr/bin/env bash
# Legal-review benchmark (issue 10): the what-if classifier endpoint and the legal unit's inbox with 10,000 open
# reviews in the province, 20 concurrent clients (wrk on loopback), each against a trivial authenticated baseline
# measured with the same wrk settings right before it (report the ratio: the machine is shared).
#   bench/legal-review.sh [reviews] [seconds]      (defaults: 10000 open reviews, 30 s per wrk run)
# Starts the packaged jar (JAR=..., default target/anjian-0.1.0-SNAPSHOT.jar) on a private data dir ($WORK, default
# /tmp/lr-bench, kept: a second run skips the generation) and ports 18095 / 54395, generates the reviews once with
# bench/legalreview/generate.sql, takes API tokens and browser sessions of the demo legal reviewers of the province
# (sx_legal), Jincheng (jc_legal) and Zezhou (zz_legal), then runs, each wrk -t2 -c20 --latency:
#   1. baseline  GET /api/v1/auth/me (token)          2. POST /api/v1/legal-review/classify (token, 8 bodies)
#   3. baseline  GET /api/v1/auth/me (token)          4. GET /api/v1/legal-review/reviews?… (3 users × 6 filters)
#   5. baseline  GET / (session)                      6. GET /legal-review?… (session, same filters)
# Needs: wrk and psql (apt-get install -y wrk postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
reviews=${1:-10000}
secs=${2:-30}
work=${WORK:-/tmp/lr-bench}
port=${PORT:-18095}; dbport=${DBPORT:-54395}
jar=${JAR:-target/anjian-0.1.0-SNAPSHOT.jar}
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }
command -v psql >/dev/null || { echo "psql missing: apt-get install -y postgresql-client"; exit 1; }
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
mkdir -p "$work"
B=http://127.0.0.1:$port
export PGPASSWORD=anjian
PSQL=(psql -X -q -h 127.0.0.1 -p $dbport -U anjian -d anjian -v ON_ERROR_STOP=1)

java -Xmx1g -jar "$jar" --server.port=$port --anjian.embedded-db.port=$dbport --anjian.embedded-db.data-dir="$work/pg" \
     --anjian.files.root="$work/files" --anjian.demo-data=true --spring.flyway.out-of-order=true > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -fs "$B/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $app 2>/dev/null || { echo "app died"; tail -50 "$work/app.log"; exit 1; }
  sleep 1
done
echo "app up (pid $app)"

have=$("${PSQL[@]}" -tAc "SELECT count(*) FROM enf_case WHERE opened_by = 'bench-lr'")
if [ "$have" -lt "$reviews" ]; then
  echo "generating $reviews open reviews ..."
  t0=$(date +%s)
  "${PSQL[@]}" -v reviews="$reviews" -f bench/legalreview/generate.sql
  echo "generated in $(( $(date +%s) - t0 )) s"
else
  echo "data already there: $have bench reviews"
fi
"${PSQL[@]}" -tAc "SELECT 'open reviews in the province: ' || count(*) || ' (sx_legal), Jincheng ' || count(*) FILTER (WHERE scope_path LIKE '/1/43/%')
  || ', Zezhou ' || count(*) FILTER (WHERE scope_path LIKE '/1/43/48/%') FROM lr_review WHERE status IN ('SUPPLEMENT_REQUESTED', 'UNDER_REVIEW', 'AWAITING_APPROVAL', 'DIRECTOR_REVIEW')"

users="sx_legal jc_legal zz_legal"
tokens=(); cookies=()
for u in $users; do
  t=$(curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"$u\",\"password\":\"Anjian@2026\"}" "$B/api/v1/auth/token" \
      | sed -E 's/.*"token":"([^"]+)".*/\1/')
  tokens+=("$t")
  for s in 1 2 3 4 5 6; do   # several sessions per user (concurrent first requests of one session collide: RESULTS.md)
    jar_=$work/cookies-$u-$s; rm -f "$jar_"
    csrf=$(curl -fs -c "$jar_" -b "$jar_" "$B/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
    curl -fs -o /dev/null -c "$jar_" -b "$jar_" --data-urlencode "username=$u" --data-urlencode "password=Anjian@2026" \
         --data-urlencode "_csrf=$csrf" "$B/login"
    curl -fs -o /dev/null -b "$jar_" "$B/legal-review"
    cookies+=("$(awk '$6 == "SESSION" {print "SESSION=" $7}' "$jar_")")
  done
done
# the page shows the generated reviews (a province legal reviewer, newest first, then a page of them)
n=$(curl -fs -b "$work/cookies-sx_legal-1" "$B/legal-review?page=3" | grep -c '压测法审案件' || true)
echo "page /legal-review?page=3 as sx_legal lists $n generated reviews"

filters=("" "status=UNDER_REVIEW" "status=SUPPLEMENT_REQUESTED" "q=%E5%8A%A8%E7%81%AB" "sort=submitted,asc" "page=5")
bodies=('{"caseKind":"PENALTY","partyKind":"ORGANIZATION","fineYuan":60000,"measures":["SUSPEND_PRODUCTION"]}'
        '{"caseKind":"PENALTY","partyKind":"CITIZEN","fineYuan":"9999.99"}'
        '{"caseKind":"PENALTY","partyKind":"CITIZEN","fineYuan":12000,"confiscationYuan":"15000.50","date":"2025-03-01"}'
        '{"caseKind":"COERCIVE","partyKind":"ORGANIZATION","measures":["SEAL_PREMISES","POWER_CUT"]}'
        '{"caseKind":"LICENCE","partyKind":"ORGANIZATION","measures":["LICENCE_HEARING"],"date":"2024-06-30"}'
        '{"caseKind":"PENALTY","partyKind":"ORGANIZATION","fineYuan":80000,"date":"2026-01-15"}'
        '{"caseKind":"PENALTY","partyKind":"ORGANIZATION","fineYuan":"120000","confiscationYuan":60000,"measures":["REVOKE_LICENCE","COMPLEX_CASE"]}'
        '{"caseKind":"PENALTY","partyKind":"CITIZEN"}')

lua() { # $1 = name, $2 = me|classify|api|home|html
  {
    echo "local auth = {"
    if [ "$2" = home ] || [ "$2" = html ]; then
      for c in "${cookies[@]}"; do echo "  {'Cookie', '$c'},"; done
    else
      for t in "${tokens[@]}"; do echo "  {'Authorization', 'Bearer $t'},"; done
    fi
    echo "}"
    echo "local method = '$([ "$2" = classify ] && echo POST || echo GET)'"
    echo "local paths = {"
    case $2 in
      me) echo "  '/api/v1/auth/me'," ;;
      home) echo "  '/'," ;;
      classify) for b in "${bodies[@]}"; do echo "  [[$b]],"; done ;;
      api) for f in "${filters[@]}"; do echo "  '/api/v1/legal-review/reviews?$f',"; done ;;
      html) for f in "${filters[@]}"; do echo "  '/legal-review?$f',"; done ;;
    esac
    echo "}"
    cat <<'LUA'
local n = 0
request = function()
  n = n + 1
  local a = auth[(n % #auth) + 1]
  local p = paths[(math.floor(n / #auth) % #paths) + 1]
  if method == "POST" then
    return wrk.format("POST", "/api/v1/legal-review/classify",
      { [a[1]] = a[2], ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, p)
  end
  return wrk.format("GET", p, { [a[1]] = a[2], ["Accept"] = (p:sub(1, 5) == "/api/" and "application/json" or "text/html") })
end
local errors = 0
done = function(summary, latency, requests)
  io.write(string.format("LATENCY p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %d requests, %.1f req/s, non-2xx %d, timeouts %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, summary.requests / (summary.duration / 1e6), summary.errors.status, summary.errors.timeout))
end
response = function(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
    if errors <= 3 then print("HTTP " .. status .. " " .. body:sub(1, 200)) end
  end
end
LUA
  } > "$work/$1.lua"
}
for k in me classify api home html; do lua $k $k; done

# sequential latency of each inbox filter per user (median of 3 after 5 warm-up calls)
for i in 0 1 2; do
  u=$(echo $users | cut -d' ' -f$((i + 1)))
  for f in "${filters[@]}"; do
    for k in 1 2 3 4 5; do curl -s -o /dev/null -H "Authorization: Bearer ${tokens[$i]}" "$B/api/v1/legal-review/reviews?$f"; done
    r=$(for k in 1 2 3; do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer ${tokens[$i]}" "$B/api/v1/legal-review/reviews?$f"; done | sort -k2 -n | sed -n 2p)
    printf "  %-9s %-30s %s %5.1f ms\n" "$u" "${f:-(no filter)}" "${r% *}" "$(awk -v x="${r#* }" 'BEGIN{print x*1000}')"
  done
done

cpu() {
  local pm; pm=$(head -1 "$work/pg/postmaster.pid")
  local jvm pg=0 p
  jvm=$(awk '{print $14 + $15}' /proc/$app/stat)
  for p in $pm $(ps -o pid= --ppid "$pm"); do pg=$(( pg + $(awk '{print $14 + $15}' /proc/$p/stat 2>/dev/null || echo 0) )); done
  echo "$jvm $pg"
}
run() { # $1 = lua name, $2 = label
  echo "=== $2: wrk -t2 -c20 -d${secs}s --latency; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  local c0 c1 n; c0=$(cpu)
  wrk -t2 -c20 -d${secs}s --latency -s "$work/$1.lua" "$B" > "$work/$1.txt"
  c1=$(cpu)
  grep -E 'LATENCY|HTTP ' "$work/$1.txt"
  n=$(grep -o '[0-9]* requests, ' "$work/$1.txt" | head -1 | cut -d' ' -f1)
  awk -v a="$c0" -v b="$c1" -v n="$n" -v hz="$(getconf CLK_TCK)" 'BEGIN { split(a, x, " "); split(b, y, " ");
    printf "CPU per request: JVM %.2f ms, PostgreSQL %.2f ms\n", (y[1] - x[1]) * 1000 / hz / n, (y[2] - x[2]) * 1000 / hz / n }'
}
p95() { grep -o 'p95 [0-9.]*' "$work/$1.txt" | cut -d' ' -f2; }
echo "warm-up (10 s each)"
for k in me classify api html; do wrk -t2 -c20 -d10s -s "$work/$k.lua" "$B" > /dev/null; done
run me "baseline GET /api/v1/auth/me"; cp "$work/me.txt" "$work/me1.txt"
run classify "POST /api/v1/legal-review/classify"
run me "baseline GET /api/v1/auth/me"; cp "$work/me.txt" "$work/me2.txt"
run api "GET /api/v1/legal-review/reviews (inbox API)"
run home "baseline GET / (session)"
run html "GET /legal-review (inbox page)"
awk -v a="$(p95 me1)" -v b="$(p95 classify)" -v c="$(p95 me2)" -v d="$(p95 api)" -v e="$(p95 home)" -v f="$(p95 html)" 'BEGIN {
  printf "RATIO p95 classify/baseline %.2f (%.1f / %.1f ms); inbox API/baseline %.2f (%.1f / %.1f ms); inbox page/home %.2f (%.1f / %.1f ms)\n",
    b / a, b, a, d / c, d, c, f / e, f, e }'
