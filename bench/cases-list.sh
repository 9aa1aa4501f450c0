#!/usr/bin/env bash
# Case-list benchmark (issue 4): 1,000,000 cases over five years of Shanxi and ~5,000,000 records,
# scoped and filtered case list with 20 concurrent users (wrk on loopback), API and HTML page.
#   bench/cases-list.sh [cases] [seconds]        (defaults: 1000000 cases, 60 s per run)
# Starts the packaged jar (built if missing) on a private data dir and ports, generates the data once
# (bench/cases/generate.sql; the data dir is kept in $WORK, default /tmp/anjian-caselist, so a second
# run skips generation), creates bench users of province, city and county scope, takes API tokens
# (POST /api/v1/auth/token), runs wrk --latency, prints p50/p95/p99, and stops the app.
# A kept data dir may predate a migration of a lower version than one applied (ranges per module), hence
# out-of-order on this throw-away database; and it may hold migrations of a branch not in this build (missing),
# or an older text of another module's migration (checksum), hence no validation either.
# Needs: wrk and psql (apt-get install -y wrk postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-1000000}
secs=${2:-60}
work=${WORK:-/tmp/anjian-caselist}
port=18090; dbport=54390
jar=${JAR:-target/anjian-0.1.0-SNAPSHOT.jar}      # JAR=... to measure another build on the same data
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }
command -v psql >/dev/null || { echo "psql missing: apt-get install -y postgresql-client"; exit 1; }
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
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
  echo "generating $cases cases ..."
  t0=$(date +%s)
  "${PSQL[@]}" -v cases="$cases" -f bench/cases/generate.sql
  echo "generated in $(( $(date +%s) - t0 )) s"
else
  echo "data already there: $have bench cases"
fi
"${PSQL[@]}" -tAc "SELECT 'cases ' || (SELECT count(*) FROM enf_case) || ', records ' || COALESCE((SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass('rec_record'))::text, 'none (recording not merged)')"

# Bench users (password of the demo users) of each scope: the province, three cities, six counties.
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
echo "bench users: $(echo $users)"

# API tokens, and a session cookie for the HTML page, per user
tokens=(); cookies=()
for u in $users; do
  t=$(curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"$u\",\"password\":\"Anjian@2026\"}" "$B/api/v1/auth/token" \
      | sed -E 's/.*"token":"([^"]+)".*/\1/')
  tokens+=("$t")
  # several browser sessions per user, so that two requests in flight rarely share one session
  # (concurrent first requests of one session collide in Spring Session JDBC: see bench/RESULTS.md)
  for s in 1 2 3 4 5 6; do
    jar_=$work/cookies-$u-$s; rm -f "$jar_"
    csrf=$(curl -fs -c "$jar_" -b "$jar_" "$B/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
    curl -fs -o /dev/null -c "$jar_" -b "$jar_" --data-urlencode "username=$u" --data-urlencode "password=Anjian@2026" \
         --data-urlencode "_csrf=$csrf" "$B/login"
    # one sequential request first, so the session's attributes exist before the concurrent load
    curl -fs -o /dev/null -b "$jar_" "$B/cases"
    cookies+=("$(awk '$6 == "SESSION" {print "SESSION=" $7}' "$jar_")")
  done
done

# The filters users apply: none, one of each, party search, a date range, overdue, combinations, and a
# page deep in the past (keyset cursor two years back).
deep=$(( ($(date +%s) - 2 * 365 * 86400) * 1000000 )).999999999
queries=("" "stage=INVESTIGATION" "kind=PENALTY" "source=COMPLAINT" "overdue=true" "party=%E9%91%AB%E6%BA%90"
         "from=2024-01-01&to=2024-06-30" "kind=PENALTY&stage=ARCHIVED&from=2023-01-01&to=2023-12-31"
         "stage=EXECUTION&source=ANNUAL_PLAN" "party=%E7%85%A4%E4%B8%9A&kind=INSPECTION" "after=$deep" "kind=COERCIVE&overdue=true")

lua() { # $1 = api|html
  {
    echo "local auth = {"
    if [ "$1" = api ]; then
      for t in "${tokens[@]}"; do echo "  {'Authorization', 'Bearer $t'},"; done
    else
      for c in "${cookies[@]}"; do echo "  {'Cookie', '$c'},"; done
    fi
    echo "}"
    echo "local paths = {"
    for q in "${queries[@]}"; do
      if [ "$1" = api ]; then echo "  '/api/v1/cases?$q',"; else echo "  '/cases?$q',"; fi
    done
    echo "}"
    cat <<'LUA'
local n = 0
request = function()
  n = n + 1
  local a = auth[(n % #auth) + 1]
  local p = paths[(math.floor(n / #auth) % #paths) + 1]
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

# Per filter, sequentially (no concurrency): median of 3 after 5 warm-up calls (PgJDBC server-prepares a
# statement from its 5th use, and PostgreSQL may then switch to a generic plan), for a province, a city
# and a county user; every answer must be 200.
for u in bench_140000 bench_140500 bench_140525; do
  i=0; for v in $users; do [ "$v" = "$u" ] && break; i=$((i + 1)); done
  t=${tokens[$i]}
  for q in "${queries[@]}"; do
    for k in 1 2 3 4 5; do curl -s -o /dev/null -H "Authorization: Bearer $t" "$B/api/v1/cases?$q"; done
    r=$(for k in 1 2 3; do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $t" "$B/api/v1/cases?$q"; done | sort -k2 -n | sed -n 2p)
    printf "  %-13s %-62s %s %5.0f ms\n" "$u" "${q:-(no filter)}" "${r% *}" "$(awk -v x="${r#* }" 'BEGIN{print x*1000}')"
  done
done

lua api; lua html
echo "warm-up (15 s, API)"; wrk -t2 -c20 -d15s -s "$work/api.lua" "$B" > /dev/null
# CPU seconds (user + system) of the JVM and of every PostgreSQL process of this data dir, so that the
# cost per request can be told apart from what a busy machine adds while waiting for a core
cpu() {
  local pm; pm=$(head -1 "$work/pg/postmaster.pid")
  local jvm pg=0 p
  jvm=$(awk '{print $14 + $15}' /proc/$app/stat)
  for p in $pm $(ps -o pid= --ppid "$pm"); do pg=$(( pg + $(awk '{print $14 + $15}' /proc/$p/stat 2>/dev/null || echo 0) )); done
  echo "$jvm $pg"
}
per_request() { # $1 = cpu before, $2 = cpu after, $3 = wrk output
  local n; n=$(grep -o '[0-9]* requests, ' "$3" | head -1 | cut -d' ' -f1)
  awk -v a="$1" -v b="$2" -v n="$n" -v hz="$(getconf CLK_TCK)" 'BEGIN { split(a, x, " "); split(b, y, " ");
    printf "CPU per request: JVM %.2f ms, PostgreSQL %.2f ms (%d requests); load average %s\n",
      (y[1] - x[1]) * 1000 / hz / n, (y[2] - x[2]) * 1000 / hz / n, n, "'"$(cut -d' ' -f1-3 /proc/loadavg)"'" }'
}
echo "=== API: wrk -t2 -c20 -d${secs}s --latency, ${#tokens[@]} users x ${#queries[@]} filters; load average $(cut -d' ' -f1-3 /proc/loadavg)"
c0=$(cpu)
wrk -t2 -c20 -d${secs}s --latency -s "$work/api.lua" "$B" | tee "$work/api.txt"
per_request "$c0" "$(cpu)" "$work/api.txt"
echo "=== HTML page /cases: wrk -t2 -c20 -d${secs}s --latency; load average $(cut -d' ' -f1-3 /proc/loadavg)"
c0=$(cpu)
wrk -t2 -c20 -d${secs}s --latency -s "$work/html.lua" "$B" | tee "$work/html.txt"
per_request "$c0" "$(cpu)" "$work/html.txt"
