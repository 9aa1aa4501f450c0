#!/usr/bin/env bash
# Issue 17: the department's coverage view at province scale (2,750 mines, 9,000 commissioners, one year of checks
# ≈ 1,000,000 check items, generated in SQL by bench/mine-coverage.sql; the coal mines in groups of 3). Self-contained
# like bench/statistics.sh: starts the packaged jar on a private data dir and ports, generates the data if missing,
# signs in a province and a county unit head, times with curl (p50/p95):
#   1. the province month view per mine, 2. per coal group, 3. per commissioner, 4. red only,
#   5. a county's month view and 6. a county's week view.
# Targets (issue 17): province month p95 ≤ 1 s, county ≤ 200 ms. Numbers go to bench/RESULTS.md by whoever measures on
# a quiet machine.
#   bench/mine-coverage.sh [mines] [runs] [month]        e.g. bench/mine-coverage.sh 200 5   (a smoke run)
# Defaults: 2750 mines (commissioners = mines × 9000 / 2750), 20 runs, month 2026-11; PORT=18110 DBPORT=54510
# WORK=/tmp/mine-coverage-bench (kept between runs: the data is generated once per data dir).
set -euo pipefail
cd "$(dirname "$0")/.."
mines=${1:-2750}
runs=${2:-20}
month=${3:-2026-11}
week=${WEEK:-2026-W47}
county=${COUNTY:-140525}
work=${WORK:-/tmp/mine-coverage-bench}
port=${PORT:-18110}; dbport=${DBPORT:-54510}
jar=${JAR:-target/anjian-0.1.0-SNAPSHOT.jar}
[ -f "$jar" ] || ./mvnw -q -B -o -DskipTests package
mkdir -p "$work"
B=http://127.0.0.1:$port
export PGPASSWORD=anjian
PSQL=(psql -X -q -h 127.0.0.1 -p "$dbport" -U anjian -d anjian -v ON_ERROR_STOP=1)

java -Xmx1g -jar "$jar" --server.port="$port" --anjian.embedded-db.port="$dbport" --anjian.embedded-db.data-dir="$work/pg" \
     --anjian.files.root="$work/files" --anjian.demo-data=true --spring.flyway.out-of-order=true > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -fs "$B/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $app 2>/dev/null || { echo "app died"; tail -50 "$work/app.log"; exit 1; }
  sleep 1
done
until grep -q "Started AnjianApplication" "$work/app.log"; do sleep 2; done
echo "app up (pid $app), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

# on the checks, not the mines: the mines are committed first, so an interrupted generation must resume (it is idempotent)
if [ "$("${PSQL[@]}" -tAc "SELECT count(*) FROM mine_check WHERE recorded_by = 'bench'")" -eq 0 ]; then
  echo "generating $mines mines, $((mines * 9000 / 2750)) commissioners and a year of checks ..."
  "${PSQL[@]}" -v mines="$mines" -v commissioners="$((mines * 9000 / 2750))" -f bench/mine-coverage.sql
fi
echo "mines $("${PSQL[@]}" -tAc "SELECT count(*) FROM mine_mine"), checks $("${PSQL[@]}" -tAc "SELECT count(*) FROM mine_check"), answers $("${PSQL[@]}" -tAc "SELECT count(*) FROM mine_check_answer")"

"${PSQL[@]}" -v county="$county" <<'SQL'
INSERT INTO iam_user (username, display_name, agency_id, scope_path, password_hash, must_change_password, created_at, updated_at)
SELECT u.name, '覆盖压测', a.id, a.scope_path, (SELECT password_hash FROM iam_user WHERE username = 'zz_officer'), false, now(), now()
FROM (VALUES ('bench_cov_province', '140000'), ('bench_cov_county', :'county')) u(name, code)
JOIN org_jurisdiction j ON j.code = u.code
JOIN org_agency a ON a.jurisdiction_id = j.id AND a.kind = 'EMERGENCY_MANAGEMENT' AND a.status = 'ACTIVE'
ON CONFLICT DO NOTHING;
INSERT INTO iam_user_role (user_id, role_code) SELECT id, 'UNIT_HEAD' FROM iam_user WHERE username LIKE 'bench_cov_%'
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
pj=$(login bench_cov_province)
cj=$(login bench_cov_county)

stats() {   # reads seconds, one per line: n, p50, p95, max in ms
  sort -n | awk '{a[NR]=$1} END {printf "n=%d p50=%.0f ms p95=%.0f ms max=%.0f ms\n", NR, a[int(NR*0.5+0.5)]*1000, a[int(NR*0.95+0.5)]*1000, a[NR]*1000}'
}
t() {   # one timed GET; fails loudly on a non-2xx (e.g. a session that did not sign in)
  curl -fs -o /dev/null -w '%{time_total}\n' -b "$1" "$2" || { echo "request failed: $2" >&2; exit 1; }
}
run() {   # label jar url
  t "$2" "$3" > /dev/null   # warm-up
  printf '%s: ' "$1"
  for _ in $(seq "$runs"); do t "$2" "$3"; done | stats
}
run "1. province month, per mine" "$pj" "$B/mines/coverage?month=$month&size=100"
run "2. province month, per coal group" "$pj" "$B/mines/coverage/groups?month=$month&size=100"
run "3. province month, per commissioner" "$pj" "$B/mines/coverage/commissioners?month=$month&size=100"
run "4. province month, red only" "$pj" "$B/mines/coverage?month=$month&red=true&size=100"
run "5. county month" "$cj" "$B/mines/coverage?month=$month"
run "6. county week" "$cj" "$B/mines/coverage?week=$week"
