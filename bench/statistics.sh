#!/usr/bin/env bash
# Enforcement statistics benchmark (issue 19, STAT-09): on province-scale data (default 1,000,000 cases with ~5 records
# each from bench/cases/generate.sql, 40,000 officers and the statistics facts from bench/statistics/generate.sql):
#   1. the province's table for a year (GET /api/v1/reporting/statistics?period=YEAR), `runs` times;
#   2. a county's table for a year, 10 concurrent users (xargs -P 10), 50 requests;
#   3. a figure's drill-down page (GET /reporting/statistics/records?figure=penalties.opened), 50 requests; p50/p95;
#   and the county's table by one user (its cost without queueing). Each line also gives the CPU per request of the JVM
#   and of PostgreSQL (its processes' ticks over the phase), which the machine's load does not change much.
# WARMUP (default 20: warm-up requests per URL before measuring), REQS (default 50: requests of the measured drill-down and
# 10-user phases; a few hundred give the steady state, 50 mostly measure the first, cold wave of ten).
# CLIENT=java (default: bench/statistics/GetClient.java, one JVM with kept-alive connections) or CLIENT=curl (a bash and
# a curl per request, as before 2026-12-06 19:00; the client then costs more CPU than a drill-down).
# Targets (issue 19): province ≤ 2 s, county ≤ 300 ms with 10 users, drill-down p95 ≤ 150 ms. Numbers go to
# bench/RESULTS.md by whoever measures on a quiet machine.
#   bench/statistics.sh [cases] [runs] [year]
# Ports and data dir of this worktree by default (19006 / 55006, WORK=/tmp/h6/statistics-bench, kept between runs).
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-1000000}
runs=${2:-5}
year=${3:-2026}
work=${WORK:-/tmp/h6/statistics-bench}
port=${PORT:-19006}; dbport=${DBPORT:-55006}
jar=${JAR:-target/anjian-0.1.0-SNAPSHOT.jar}
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
until grep -q "Started AnjianApplication" "$work/app.log"; do sleep 2; done
echo "app up (pid $app), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

have=$("${PSQL[@]}" -tAc "SELECT count(*) FROM enf_case")
if [ "$have" -lt "$cases" ]; then
  echo "generating $((cases - have)) cases and their records ..."
  "${PSQL[@]}" -v cases="$((cases - have))" -f bench/cases/generate.sql
fi
if [ "$("${PSQL[@]}" -tAc "SELECT count(*) FROM off_certificate WHERE number LIKE 'BS%'")" -eq 0 ]; then
  echo "generating officers, trainings, certificates, decisions, hearings, remedies, vehicles, complaints ..."
  "${PSQL[@]}" -v officers=40000 -f bench/statistics/generate.sql
fi
# the figures read covering indexes only (V17_70): the visibility map must be set after a bulk load, as autovacuum would do
# some time later (a no-op when it already has)
"${PSQL[@]}" -c "VACUUM (ANALYZE) enf_case, enf_case_decision, enf_penalty_notice, enf_case_remedy, enf_case_member, cmp_submission, off_training, off_certificate"
echo "cases $("${PSQL[@]}" -tAc "SELECT count(*) FROM enf_case"), records $("${PSQL[@]}" -tAc "SELECT count(*) FROM rec_record"), officers $("${PSQL[@]}" -tAc "SELECT count(*) FROM off_officer")"

"${PSQL[@]}" <<'SQL'
INSERT INTO iam_user (username, display_name, agency_id, scope_path, password_hash, must_change_password, created_at, updated_at)
SELECT u.name, '统计压测', a.id, a.scope_path, (SELECT password_hash FROM iam_user WHERE username = 'zz_officer'), false, now(), now()
FROM (VALUES ('bench_stat_province', '140000'), ('bench_stat_county', '140525')) u(name, code)
JOIN org_jurisdiction j ON j.code = u.code
JOIN org_agency a ON a.jurisdiction_id = j.id AND a.kind = 'EMERGENCY_MANAGEMENT' AND a.status = 'ACTIVE'
ON CONFLICT DO NOTHING;
INSERT INTO iam_user_role (user_id, role_code) SELECT id, 'UNIT_HEAD' FROM iam_user WHERE username LIKE 'bench_stat_%'
ON CONFLICT DO NOTHING;
SQL

login() {   # a browser session for $1; prints the cookie jar's path
  local jar_="$work/cookies-$1"; rm -f "$jar_"
  local csrf
  csrf=$(curl -fs -c "$jar_" -b "$jar_" "$B/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -fs -o /dev/null -c "$jar_" -b "$jar_" --data-urlencode "username=$1" --data-urlencode "password=Anjian@2026" \
       --data-urlencode "_csrf=$csrf" "$B/login"
  echo "$jar_"
}
pj=$(login bench_stat_province)
cj=$(login bench_stat_county)

stats() {   # reads seconds, one per line: n, p50, p95, max in ms
  sort -n | awk '{a[NR]=$1} END {printf "n=%d p50=%.0f ms p95=%.0f ms max=%.0f ms", NR, a[int(NR*0.5+0.5)]*1000, a[int(NR*0.95+0.5)]*1000, a[NR]*1000}'
}
t() { curl -fs -o /dev/null -w '%{time_total}\n' -b "$1" "$2"; }
export -f t
client=${CLIENT:-java}
get() {   # $1 cookie jar, $2 url, $3 requests, $4 concurrent clients: seconds per request, one per line
  if [ "$client" = curl ]; then
    seq "$3" | xargs -P "$4" -I{} bash -c "t '$1' '$2'"
  else
    java -Xmx128m bench/statistics/GetClient.java "$2" "$1" "$3" "$4"
  fi
}
hz=$(getconf CLK_TCK)
cpu() {   # JVM ticks, PostgreSQL ticks (the postmaster, its reaped children and its live ones)
  local pm p pg; pm=$(head -1 "$work/pg/postmaster.pid")
  pg=$(awk '{print $14 + $15 + $16 + $17}' /proc/$pm/stat)
  for p in $(ps -o pid= --ppid "$pm"); do pg=$(( pg + $(awk '{print $14 + $15}' /proc/$p/stat 2>/dev/null || echo 0) )); done
  echo "$(awk '{print $14 + $15}' /proc/$app/stat) $pg"
}
measure() {   # $1 cookie jar, $2 url, $3 requests, $4 clients: latency figures and CPU per request
  local c0 c1 out
  c0=$(cpu); out=$(get "$@" | stats); c1=$(cpu)
  awk -v a="$c0" -v b="$c1" -v o="$out" -v n="$3" -v hz="$hz" 'BEGIN { split(a, x, " "); split(b, y, " ");
    printf "%s; CPU per request: JVM %.1f ms, PostgreSQL %.1f ms\n", o, (y[1] - x[1]) * 1000 / hz / n, (y[2] - x[2]) * 1000 / hz / n }'
}

curl -fs -o /dev/null -b "$pj" "$B/api/v1/reporting/statistics?period=$year"   # warm-up
warmup=${WARMUP:-20}; reqs=${REQS:-50}   # warm-up requests per URL, requests per measured phase (10 users)
get "$cj" "$B/api/v1/reporting/statistics?period=$year" "$warmup" 2 > /dev/null
get "$cj" "$B/reporting/statistics/records?period=$year&figure=penalties.opened" "$warmup" 2 > /dev/null
echo "load average $(cut -d' ' -f1-3 /proc/loadavg), client $client"
echo "1. province table, year $year:"
measure "$pj" "$B/api/v1/reporting/statistics?period=$year" "$runs" 1
echo "2. county table, year $year, 10 concurrent users:"
measure "$cj" "$B/api/v1/reporting/statistics?period=$year" "$reqs" 10
echo "2b. county table, year $year, one user:"
measure "$cj" "$B/api/v1/reporting/statistics?period=$year" 20 1
echo "3. drill-down page (penalties opened, county, year $year):"
measure "$cj" "$B/reporting/statistics/records?period=$year&figure=penalties.opened" "$reqs" 1
echo "3b. drill-down page, 10 concurrent users:"
measure "$cj" "$B/reporting/statistics/records?period=$year&figure=penalties.opened" "$reqs" 10
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
