#!/usr/bin/env bash
# The main list APIs at province scale against an authenticated no-op (issue 20 item 7: every main list API ≤ 2.5× the
# no-op's CPU per request and p95 ≤ 100 ms at 20 connections).
#   bench/list-apis.sh [seconds]                 (default 15 s per run)
# Env: JAR (the build to measure), WORK (data dir, kept between runs, default /tmp/anjian-listapis: copy a migrated
#      province-scale data dir there, e.g. bench/statistics.sh's, or let this script generate it), PORT / DBPORT,
#      CONNS (wrk connections, default 20), WARM (seconds of warm-up per run, default 5),
#      ONLY (a regexp of list names, e.g. ONLY='officers|deadlines'), SCOPES (default 'province city county'),
#      REPEAT (default 1: each list's scopes and their no-op measured REPEAT times back to back; above 1 the median
#      ratio per list and scope is printed at the end, the spread of one machine's runs being ±0.8), KEEP=1 (leave the app running), APP_PID (measure an app this script started before and left running),
#      JAVA_OPTS (extra JVM options, e.g. -XX:StartFlightRecording=filename=/tmp/x.jfr for a profile of the runs).
# Data: 1,000,000 cases with ~5 records each (bench/cases/generate.sql), 40,000 officers, 100,000 complaints
# (bench/statistics/generate.sql), then bench/list-apis/generate.sql: a CASE-03 deadline per case (≈ 150,000 open or
# overdue), 20,000 legal reviews, 2,750 mines with a year of checks (1 % flagged). Every step is skipped when done.
# Per list and per scope (the bench users of the province 山西省, the city 晋城市 and the county 泽州县: UNIT_HEAD +
# LEGAL_REVIEWER + GENERAL_OFFICE) one wrk run of its first page, then one run of the no-op (GET /api/v1/auth/me, the
# three users' tokens) right after, on the same app: CPU per request = user + system ticks of the JVM and of every
# PostgreSQL process of the data dir over the run ÷ requests (as bench/list-cpu.sh), p50 / p95 from wrk.
# A list of kind html is measured as its HTML page (a browser session); records and the flagged mine checks have had
# their JSON APIs since issue 20 item 7 (GET /api/v1/recordings, GET /api/v1/mines/checks/flagged).
# JVM warm-up (unmeasured, before the first measured run): JIT_WARM rounds (default 2; 0 = none) of every list of the run
# in every scope and of the no-op, each piece max(1, 30 s ÷ pieces) long, so a round lasts ≥ 30 s whatever ONLY selects —
# ≈ 54 s for all eight lists, 72 s for ONLY='deadlines|mine-checks' (was 18 s: its first list still had 1.1 ms of JIT per
# request, 2026-12-07 23:03) —, so the first list's ratio is not taken against the no-op of a JVM still compiling (the
# cases' no-op had cost 2.3× the others' on a JVM 3 s warm). WARM is then each run's own short warm-up.
# "JIT ms": the JIT compiler threads' CPU per request during the run (/proc/<pid>/task/*/stat), part of the JVM figure;
# "÷ w/o JIT" is the ratio without it on either side (a JVM still compiling after minutes of load: RESULTS.md, 2026-12-07).
# Absolute figures move with the machine's load: compare the ratios of one run. Needs wrk and psql.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-15}
work=${WORK:-/tmp/anjian-listapis}
port=${PORT:-18092}; dbport=${DBPORT:-54392}
conns=${CONNS:-20}
warm=${WARM:-5}
only=${ONLY:-.}
scopes=${SCOPES:-province city county}
jar=${JAR:-target/anjian-0.1.0-SNAPSHOT.jar}
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }
command -v psql >/dev/null || { echo "psql missing: apt-get install -y postgresql-client"; exit 1; }
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
mkdir -p "$work"
B=http://127.0.0.1:$port
export PGPASSWORD=anjian
PSQL=(psql -X -q -h 127.0.0.1 -p $dbport -U anjian -d anjian -v ON_ERROR_STOP=1)

if [ -n "${APP_PID:-}" ]; then
  app=$APP_PID
else
  # shellcheck disable=SC2086
  java -Xmx1g -XX:+UseParallelGC ${JAVA_OPTS:-} -jar "$jar" --server.port=$port --anjian.embedded-db.port=$dbport \
       --anjian.embedded-db.data-dir="$work/pg" --anjian.files.root="$work/files" --anjian.demo-data=true \
       --spring.flyway.out-of-order=true --spring.flyway.validate-on-migrate=false \
       --spring.flyway.ignore-migration-patterns="*:missing" > "$work/app.log" 2>&1 &
  app=$!
  [ -n "${KEEP:-}" ] || trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
fi
until curl -fs "$B/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $app 2>/dev/null || { echo "app died"; tail -50 "$work/app.log"; exit 1; }
  sleep 2
done
until grep -q "Started .* in" "$work/app.log"; do sleep 2; done
sleep "${SETTLE:-20}"   # the demo loaders and the first scheduled jobs finish after the start
echo "app up (pid $app, $jar)"

# the data: cases and records, officers and complaints, then what this benchmark adds (each skipped when there)
have=$("${PSQL[@]}" -tAc "SELECT count(*) FROM enf_case")   # as bench/statistics.sh counts them
if [ "$have" -lt 1000000 ]; then
  echo "generating cases and records ..."; "${PSQL[@]}" -v cases=$((1000000 - have)) -f bench/cases/generate.sql > /dev/null
fi
if [ "$("${PSQL[@]}" -tAc "SELECT count(*) FROM off_certificate WHERE number LIKE 'BS%'")" -eq 0 ]; then
  echo "generating officers and complaints ..."; "${PSQL[@]}" -v officers=40000 -f bench/statistics/generate.sql > /dev/null
fi
"${PSQL[@]}" -v reviews=20000 -f bench/list-apis/generate.sql

"${PSQL[@]}" <<'SQL'
INSERT INTO iam_user (username, display_name, agency_id, scope_path, password_hash, must_change_password, created_at, updated_at)
SELECT 'bench_' || j.code, '压测' || j.name, a.id, a.scope_path,
       (SELECT password_hash FROM iam_user WHERE username = 'zz_officer'), false, now(), now()
FROM org_agency a JOIN org_jurisdiction j ON j.id = a.jurisdiction_id
WHERE a.kind = 'EMERGENCY_MANAGEMENT' AND a.status = 'ACTIVE'
  AND j.code IN ('140000', '140500', '140525')
ON CONFLICT DO NOTHING;
INSERT INTO iam_user_role (user_id, role_code)
SELECT id, r FROM iam_user, unnest(ARRAY['UNIT_HEAD', 'LEGAL_REVIEWER', 'GENERAL_OFFICE']) r
WHERE username IN ('bench_140000', 'bench_140500', 'bench_140525') ON CONFLICT DO NOTHING;
SQL
declare -A user=([province]=bench_140000 [city]=bench_140500 [county]=bench_140525)
declare -A token cookie
for s in province city county; do
  u=${user[$s]}
  token[$s]=$(curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"$u\",\"password\":\"Anjian@2026\"}" \
      "$B/api/v1/auth/token" | sed -E 's/.*"token":"([^"]+)".*/\1/')
  c=()
  for k in 1 2 3 4; do   # several sessions per user (concurrent first requests of one session collide)
    jar_=$work/cookies-$u-$k; rm -f "$jar_"
    csrf=$(curl -fs -c "$jar_" -b "$jar_" "$B/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
    curl -fs -o /dev/null -c "$jar_" -b "$jar_" --data-urlencode "username=$u" --data-urlencode "password=Anjian@2026" \
         --data-urlencode "_csrf=$csrf" "$B/login"
    curl -fs -o /dev/null -b "$jar_" "$B/recordings"
    c+=("$(awk '$6 == "SESSION" {print "SESSION=" $7}' "$jar_")")
  done
  cookie[$s]="${c[*]}"
done

# name | kind (api: bearer token, html: session, for a list without a JSON API) | path (the list's first page, default sort)
lists=(
  "cases|api|/api/v1/cases"
  "officers|api|/api/v1/personnel/officers"
  "enterprises|api|/api/v1/enterprises"
  "deadlines|api|/api/v1/calendar/deadlines"
  "submissions|api|/api/v1/complaints/submissions"
  "reviews|api|/api/v1/legal-review/reviews"
  "records|api|/api/v1/recordings"
  "mine-checks|api|/api/v1/mines/checks/flagged"
)

lua() { # $1 = file, $2 = api|html, $3 = path, $4.. = credentials (tokens or cookies)
  local f=$1 kind=$2 path=$3; shift 3
  {
    echo "local auth = {"
    for x in "$@"; do
      if [ "$kind" = api ]; then echo "  {'Authorization', 'Bearer $x'},"; else echo "  {'Cookie', '$x'},"; fi
    done
    echo "}"
    echo "local path = '$path'"
    echo "local accept = '$([ "$kind" = api ] && echo application/json || echo text/html)'"
    cat <<'LUA'
local n = 0
request = function()
  n = n + 1
  local a = auth[(n % #auth) + 1]
  return wrk.format("GET", path, { [a[1]] = a[2], ["Accept"] = accept })
end
local errors = 0
response = function(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
    if errors <= 2 then io.stderr:write("HTTP " .. status .. " " .. path .. " " .. body:sub(1, 160) .. "\n") end
  end
end
done = function(summary, latency, requests)
  io.write(string.format("REQS %d P50 %.1f P95 %.1f NON2XX %d\n", summary.requests, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, summary.errors.status + summary.errors.timeout))
end
LUA
  } > "$f"
}

cpu() { # JVM ticks, PostgreSQL ticks (the postmaster, its reaped children, every live child)
  local pm; pm=$(head -1 "$work/pg/postmaster.pid")
  local jvm pg p
  jvm=$(awk '{print $14 + $15}' /proc/$app/stat)
  pg=$(awk '{print $14 + $15 + $16 + $17}' /proc/$pm/stat)
  for p in $(ps -o pid= --ppid "$pm"); do pg=$(( pg + $(awk '{print $14 + $15}' /proc/$p/stat 2>/dev/null || echo 0) )); done
  echo "$jvm $pg"
}
jit() { # the JVM's JIT compiler threads' ticks (/proc/<pid>/task/*/stat): compilation is not the list's own work
  for t in /proc/$app/task/*/stat; do cat "$t" 2>/dev/null; echo; done | awk '
    /\(/ { n = substr($0, index($0, "(") + 1); n = substr(n, 1, index(n, ")") - 1); rest = substr($0, index($0, ") ") + 2);
      split(rest, f, " "); if (n ~ /Compiler/) j += f[12] + f[13] } END { print j + 0 }'
}
hz=$(getconf CLK_TCK)
run() { # $1 = api|html, $2 = path, $3.. = credentials → prints "jvm_ms pg_ms reqs p50 p95 non2xx jit_ms"
  local kind=$1 path=$2; shift 2
  lua "$work/run.lua" "$kind" "$path" "$@"
  wrk -t2 -c"$conns" -d"${warm}s" --timeout 60s -s "$work/run.lua" "$B" > /dev/null 2>&1
  local c0 c1 out t0 t1
  c0=$(cpu); t0=$(jit)
  out=$(wrk -t2 -c"$conns" -d"${secs}s" --timeout 60s -s "$work/run.lua" "$B" 2>>"$work/errors.txt" | grep '^REQS')
  c1=$(cpu); t1=$(jit)
  awk -v a="$c0" -v b="$c1" -v o="$out" -v hz="$hz" -v t0="$t0" -v t1="$t1" 'BEGIN { split(a, x, " "); split(b, y, " "); split(o, w, " ");
    n = w[2]; printf "%.2f %.2f %d %.1f %.1f %d %.2f\n", (y[1] - x[1]) * 1000 / hz / n, (y[2] - x[2]) * 1000 / hz / n, n, w[4], w[6], w[8],
      (t1 - t0) * 1000 / hz / n }'
}

jit_rounds=${JIT_WARM:-2}
pieces=0
for spec in "${lists[@]}" "noop|api|/api/v1/auth/me"; do
  IFS='|' read -r name kind path <<< "$spec"
  if [[ "$name" =~ $only || "$name" = noop ]]; then pieces=$((pieces + $(wc -w <<< "$scopes"))); fi
done
piece_secs=$(( (30 + pieces - 1) / pieces ))   # a round of ≥ 30 s however few lists ONLY selects
for ((round = 1; round <= jit_rounds; round++)); do   # the JVM warm-up: every list and scope, then the no-op
  for spec in "${lists[@]}" "noop|api|/api/v1/auth/me"; do
    IFS='|' read -r name kind path <<< "$spec"
    [[ "$name" =~ $only || "$name" = noop ]] || continue
    for s in $scopes; do
      if [ "$kind" = api ]; then creds=("${token[$s]}"); else read -r -a creds <<< "${cookie[$s]}"; fi
      lua "$work/warm.lua" "$kind" "$path" "${creds[@]}"
      wrk -t2 -c"$conns" -d"${piece_secs}s" --timeout 60s -s "$work/warm.lua" "$B" > /dev/null 2>&1
    done
  done
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $secs s per run, $conns connections, $warm s warm-up per run after $jit_rounds JVM warm-up rounds of $pieces × $piece_secs s; $(nproc) cores"
printf "%-12s %-9s %-5s %7s %7s %7s %7s %7s %7s %6s %9s %7s %9s\n" list scope kind "JVM ms" "PG ms" total "req/s" "p50 ms" "p95 ms" non2xx "÷ no-op" "JIT ms" "÷ w/o JIT"
repeat=${REPEAT:-1}
declare -A ratios
for spec in "${lists[@]}"; do
  IFS='|' read -r name kind path <<< "$spec"
  [[ "$name" =~ $only ]] || continue
  for ((rep = 1; rep <= repeat; rep++)); do   # REPEAT: the list's scopes and their no-op again, back to back
    lines=()
    for s in $scopes; do
      if [ "$kind" = api ]; then creds=("${token[$s]}"); else read -r -a creds <<< "${cookie[$s]}"; fi
      read -r j p n p50 p95 e jt < <(run "$kind" "$path" "${creds[@]}")
      lines+=("$s $j $p $n $p50 $p95 $e $jt")
    done
    read -r nj np nn n50 n95 ne njt < <(run api /api/v1/auth/me "${token[province]}" "${token[city]}" "${token[county]}")
    for l in "${lines[@]}"; do
      read -r s j p n p50 p95 e jt <<< "$l"
      ratios[$name.$s]+="$(awk -v j="$j" -v p="$p" -v nj="$nj" -v np="$np" 'BEGIN { printf "%.2f ", (j + p) / (nj + np) }')"
      awk -v name="$name" -v s="$s" -v k="$kind" -v j="$j" -v p="$p" -v n="$n" -v p50="$p50" -v p95="$p95" -v e="$e" \
          -v nj="$nj" -v np="$np" -v secs="$secs" -v jt="$jt" -v njt="$njt" 'BEGIN {
        printf "%-12s %-9s %-5s %7.2f %7.2f %7.2f %7.0f %7.1f %7.1f %6d %9.2f %7.2f %9.2f\n", name, s, k, j, p, j + p, n / secs, p50, p95, e,
          (j + p) / (nj + np), jt, (j + p - jt) / (nj + np - njt) }'
    done
    awk -v name="$name" -v j="$nj" -v p="$np" -v n="$nn" -v p50="$n50" -v p95="$n95" -v e="$ne" -v secs="$secs" -v jt="$njt" 'BEGIN {
      printf "%-12s %-9s %-5s %7.2f %7.2f %7.2f %7.0f %7.1f %7.1f %6d %9s %7.2f\n", name, "all", "no-op", j, p, j + p, n / secs, p50, p95, e, "", jt }'
  done
done
if [ "$repeat" -gt 1 ]; then   # the median of each list and scope's ratios over the REPEAT runs
  echo "median ÷ no-op over $repeat runs (each run's ratios in brackets):"
  for spec in "${lists[@]}"; do
    IFS='|' read -r name kind path <<< "$spec"
    [[ "$name" =~ $only ]] || continue
    for s in $scopes; do
      echo "${ratios[$name.$s]}" | tr ' ' '\n' | grep . | sort -g | awk -v name="$name" -v s="$s" -v all="${ratios[$name.$s]}" '
        { v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
          printf "%-12s %-9s median %5.2f  [%s]\n", name, s, m, substr(all, 1, length(all) - 1) }'
    done
  done
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
