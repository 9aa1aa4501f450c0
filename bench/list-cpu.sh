#!/usr/bin/env bash
# CPU per request of the main HTML list pages against their JSON APIs and an authenticated no-op (issue 20 item 7).
#   bench/list-cpu.sh [cases] [seconds]            (defaults: 50000 generated cases, 20 s per run)
# Env: JAR (the build to measure), WORK (data dir, kept between runs, default /tmp/anjian-listcpu), PORT / DBPORT,
#      WARM (seconds of warm-up per run, default 10), CONNS (wrk connections, default 4: CPU per request, not throughput, is the figure), ONLY (a regexp of page names, e.g. ONLY='cases|officers'),
#      APP_PID (measure the app this script started before and left running with KEEP=1),
#      JFR=1 (an extra, uncounted run of the /cases page under a flight recording: $WORK/cases.jfr; JFR_ONLY, a regexp
#      of page names, profiles those pages instead: $WORK/<name>.jfr; JAVA_OPTS='-XX:FlightRecorderOptions:stackdepth=256' keeps deep
#      stacks: the default 64 frames cut a rendering stack before the controller and the filters),
#      JAVA_OPTS (extra options for the app's JVM), APP_ARGS (added to the app's command line, e.g. an A/B of one setting on
#      one jar: APP_ARGS='--spring.thymeleaf.servlet.produce-partial-output-while-processing=false'),
#      JIT_WARM (at least this many rounds of the JVM warm-up before anything is measured, default 3: each round runs every
#      page, API and the no-op for JIT_SECS seconds, default 3, so the first page is not measured on a JVM still compiling;
#      then more rounds, up to JIT_MAX (default 8), until the JIT threads' CPU in a round is ≤ JIT_SETTLE % (default 5) of
#      the JVM's — each round's share is printed),
#      REPEAT (default 1: each page's triple HTML / API / no-op runs REPEAT times one after the other; with REPEAT > 1 a
#      MEDIAN line gives the median of the runs' ratios — one six-second triple moves by ±0.3).
# For each page it runs, one after the other on the same app: the HTML page, its API, the no-op
# (GET /api/v1/auth/me with a bearer token). CPU = user + system ticks of the app's JVM and of every
# PostgreSQL process of the data dir (/proc/<pid>/stat) over the run, divided by the requests wrk completed.
# "JIT ms": the JIT compiler threads' CPU per request over the run (/proc/<pid>/task/*/stat, threads "C1/C2 CompilerThre"),
# part of the JVM figure; "w/o JIT" is page ÷ API without it on either side (compilation is not the page's own work).
# Absolute figures move with the machine's load; the ratios (page ÷ API, API ÷ no-op) measured in one run
# are what to compare. The users are the bench users of bench/cases-list.sh (UNIT_HEAD of ten agencies).
# Needs: wrk and psql (apt-get install -y wrk postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-50000}
secs=${2:-20}
work=${WORK:-/tmp/anjian-listcpu}
port=${PORT:-18091}; dbport=${DBPORT:-54391}
conns=${CONNS:-4}
warm=${WARM:-10}      # seconds of warm-up before each measured run
only=${ONLY:-.}
jar=${JAR:-target/anjian-0.1.0-SNAPSHOT.jar}
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }
command -v psql >/dev/null || { echo "psql missing: apt-get install -y postgresql-client"; exit 1; }
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
mkdir -p "$work"
B=http://127.0.0.1:$port
export PGPASSWORD=anjian
PSQL=(psql -X -q -h 127.0.0.1 -p $dbport -U anjian -d anjian -v ON_ERROR_STOP=1)

if [ -n "${APP_PID:-}" ]; then   # measure an app already running on $PORT with this data dir (started by this script)
  app=$APP_PID
else
  java ${JAVA_OPTS:-} -Xmx1g -XX:+UseParallelGC -jar "$jar" --server.port=$port --anjian.embedded-db.port=$dbport \
       --anjian.embedded-db.data-dir="$work/pg" --anjian.files.root="$work/files" --anjian.demo-data=true \
       --spring.flyway.out-of-order=true --spring.flyway.validate-on-migrate=false \
       --spring.flyway.ignore-migration-patterns="*:missing" ${APP_ARGS:-} > "$work/app.log" 2>&1 &
  app=$!
  [ -n "${KEEP:-}" ] || trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
fi
until curl -fs "$B/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $app 2>/dev/null || { echo "app died"; tail -50 "$work/app.log"; exit 1; }
  sleep 1
done
until grep -q "Started .* in" "$work/app.log"; do sleep 2; done
sleep "${SETTLE:-30}"   # the demo loaders and the first scheduled jobs finish after the start
echo "app up (pid $app, $jar)"

have=$("${PSQL[@]}" -tAc "SELECT count(*) FROM enf_case WHERE opened_by = 'bench'")
if [ "$have" -lt "$cases" ]; then
  echo "generating $cases cases ..."
  "${PSQL[@]}" -v cases="$cases" -f bench/cases/generate.sql > /dev/null
fi
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
users="bench_140000 bench_140500 bench_140525"

tokens=(); cookies=()
for u in $users; do
  t=$(curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"$u\",\"password\":\"Anjian@2026\"}" "$B/api/v1/auth/token" \
      | sed -E 's/.*"token":"([^"]+)".*/\1/')
  tokens+=("$t")
  for s in 1 2 3 4; do   # several sessions per user (concurrent first requests of one session collide)
    jar_=$work/cookies-$u-$s; rm -f "$jar_"
    csrf=$(curl -fs -c "$jar_" -b "$jar_" "$B/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
    curl -fs -o /dev/null -c "$jar_" -b "$jar_" --data-urlencode "username=$u" --data-urlencode "password=Anjian@2026" \
         --data-urlencode "_csrf=$csrf" "$B/login"
    curl -fs -o /dev/null -b "$jar_" "$B/cases"
    cookies+=("$(awk '$6 == "SESSION" {print "SESSION=" $7}' "$jar_")")
  done
done

# name | HTML page | its API (the same filter)
pages=(
  "cases|/cases|/api/v1/cases"
  "cases-filtered|/cases?stage=INVESTIGATION&kind=PENALTY|/api/v1/cases?stage=INVESTIGATION&kind=PENALTY"
  "officers|/personnel/officers|/api/v1/personnel/officers"
  "enterprises|/enterprises|/api/v1/enterprises"
  "deadlines|/calendar/deadlines|/api/v1/calendar/deadlines"
  "submissions|/complaints/submissions|/api/v1/complaints/submissions"
  "reviews|/legal-review|/api/v1/legal-review/reviews"
  "records|/recordings|/api/v1/recordings"
  "mine-checks|/mines/checks/flagged|/api/v1/mines/checks/flagged"
)

lua() { # $1 = file, $2 = html|api, $3 = path
  {
    echo "local auth = {"
    if [ "$2" = api ]; then for t in "${tokens[@]}"; do echo "  {'Authorization', 'Bearer $t'},"; done
    else for c in "${cookies[@]}"; do echo "  {'Cookie', '$c'},"; done; fi
    echo "}"
    echo "local path = '$3'"
    echo "local accept = '$([ "$2" = api ] && echo application/json || echo text/html)'"
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
  io.write(string.format("REQS %d P95 %.1f NON2XX %d\n", summary.requests, latency:percentile(95) / 1000, summary.errors.status + summary.errors.timeout))
end
LUA
  } > "$1"
}

cpu() { # JVM ticks, PostgreSQL ticks: the postmaster's own and its reaped children's (cutime, cstime: backends and
         # workers that ended meanwhile) and every live child's
  local pm; pm=$(head -1 "$work/pg/postmaster.pid")
  local jvm pg p
  jvm=$(awk '{print $14 + $15}' /proc/$app/stat)
  pg=$(awk '{print $14 + $15 + $16 + $17}' /proc/$pm/stat)
  for p in $(ps -o pid= --ppid "$pm"); do pg=$(( pg + $(awk '{print $14 + $15}' /proc/$p/stat 2>/dev/null || echo 0) )); done
  echo "$jvm $pg"
}
jit() { # the JVM's JIT compiler threads' ticks (as bench/list-apis.sh)
  for t in /proc/$app/task/*/stat; do cat "$t" 2>/dev/null; echo; done | awk '
    /\(/ { n = substr($0, index($0, "(") + 1); n = substr(n, 1, index(n, ")") - 1); rest = substr($0, index($0, ") ") + 2);
      split(rest, f, " "); if (n ~ /Compiler/) j += f[12] + f[13] } END { print j + 0 }'
}
hz=$(getconf CLK_TCK)
run() { # $1 = label, $2 = html|api, $3 = path → prints "jvm_ms pg_ms reqs p95 non2xx jit_ms"
  lua "$work/run.lua" "$2" "$3"
  wrk -t1 -c"$conns" -d"${warm}s" --timeout 60s -s "$work/run.lua" "$B" > /dev/null 2>&1   # warm-up
  local c0 c1 out t0 t1
  c0=$(cpu); t0=$(jit)
  out=$(wrk -t2 -c"$conns" -d"${secs}s" --timeout 60s -s "$work/run.lua" "$B" 2>>"$work/errors.txt" | grep '^REQS')
  c1=$(cpu); t1=$(jit)
  awk -v a="$c0" -v b="$c1" -v o="$out" -v hz="$hz" -v t0="$t0" -v t1="$t1" 'BEGIN { split(a, x, " "); split(b, y, " "); split(o, w, " ");
    n = w[2]; printf "%.2f %.2f %d %.1f %d %.2f\n", (y[1] - x[1]) * 1000 / hz / n, (y[2] - x[2]) * 1000 / hz / n, n, w[4], w[6],
      (t1 - t0) * 1000 / hz / n }'
}

# the JVM warm-up: at least JIT_WARM rounds of every target and the no-op, so the JIT has seen all of them before anything
# is measured, then more rounds (up to JIT_MAX) until compilation settles: the JIT threads' CPU in a round ≤ JIT_SETTLE % of
# the JVM's (the "w/o JIT" column showed compilation in every run when the rounds were a fixed number)
jit_rounds=${JIT_WARM:-3}; jit_secs=${JIT_SECS:-3}; jit_max=${JIT_MAX:-8}; jit_settle=${JIT_SETTLE:-5}
for ((round = 1; round <= jit_max; round++)); do
  c0=$(cpu); t0=$(jit)
  for spec in "${pages[@]}"; do
    IFS='|' read -r name html api <<< "$spec"
    [[ "$name" =~ $only ]] || continue
    lua "$work/run.lua" html "$html"; wrk -t2 -c"$conns" -d"${jit_secs}s" --timeout 60s -s "$work/run.lua" "$B" > /dev/null 2>&1
    [ "$api" = - ] || { lua "$work/run.lua" api "$api"; wrk -t2 -c"$conns" -d"${jit_secs}s" --timeout 60s -s "$work/run.lua" "$B" > /dev/null 2>&1; }
  done
  lua "$work/run.lua" api /api/v1/auth/me; wrk -t2 -c"$conns" -d"${jit_secs}s" --timeout 60s -s "$work/run.lua" "$B" > /dev/null 2>&1
  c1=$(cpu); t1=$(jit)
  share=$(awk -v a="$c0" -v b="$c1" -v t0="$t0" -v t1="$t1" 'BEGIN { split(a, x, " "); split(b, y, " "); j = y[1] - x[1];
    printf "%.1f", (j > 0 ? (t1 - t0) * 100 / j : 0) }')
  echo "JVM warm-up round $round: JIT $share % of the JVM's CPU"
  [ "$round" -ge "$jit_rounds" ] && awk -v s="$share" -v l="$jit_settle" 'BEGIN { exit !(s <= l) }' && break
done
jit_rounds=$(( round > jit_max ? jit_max : round ))
repeat=${REPEAT:-1}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $secs s per run, $conns connections, $warm s warm-up, after $jit_rounds × $jit_secs s JVM warm-up rounds; REPEAT $repeat"
printf "%-15s %-5s %8s %8s %8s %7s %8s %6s %7s\n" page kind "JVM ms" "PG ms" "total" "req/s" "p95 ms" non2xx "JIT ms"
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for spec in "${pages[@]}"; do
  IFS='|' read -r name html api <<< "$spec"
  [[ "$name" =~ $only ]] || continue
  if [ "${JFR:-}" = 1 ] && [[ "$name" =~ ${JFR_ONLY:-^cases$} ]]; then   # a profiled run of its own, not counted
    jcmd $app JFR.start name="$name" settings=profile filename="$work/$name.jfr" > /dev/null
    run "$name" html "$html" > /dev/null
    jcmd $app JFR.stop name="$name" > /dev/null
  fi
  ratios=(); jratios=(); wratios=()
  for ((r = 1; r <= repeat; r++)); do
    read -r hj hp hn h95 he ht < <(run "$name" html "$html")
    printf "%-15s %-5s %8.2f %8.2f %8.2f %7.0f %8.1f %6d %7.2f\n" "$name" html "$hj" "$hp" "$(echo "$hj + $hp" | bc -l)" "$(echo "$hn / $secs" | bc -l)" "$h95" "$he" "$ht"
    if [ "$api" != - ]; then
      read -r aj ap an a95 ae at < <(run "$name" api "$api")
      printf "%-15s %-5s %8.2f %8.2f %8.2f %7.0f %8.1f %6d %7.2f\n" "$name" api "$aj" "$ap" "$(echo "$aj + $ap" | bc -l)" "$(echo "$an / $secs" | bc -l)" "$a95" "$ae" "$at"
    fi
    read -r nj np nn n95 ne nt < <(run noop api /api/v1/auth/me)
    printf "%-15s %-5s %8.2f %8.2f %8.2f %7.0f %8.1f %6d %7.2f\n" "$name" no-op "$nj" "$np" "$(echo "$nj + $np" | bc -l)" "$(echo "$nn / $secs" | bc -l)" "$n95" "$ne" "$nt"
    if [ "$api" != - ]; then
      line=$(awk -v hj="$hj" -v hp="$hp" -v ht="$ht" -v aj="$aj" -v ap="$ap" -v at="$at" -v nj="$nj" -v np="$np" -v name="$name" 'BEGIN {
        printf "%.4f %.4f %.4f %-15s RATIO page/API %.2f (JVM %.2f, w/o JIT %.2f)   API/no-op %.2f   page/no-op %.2f\n",
          (hj + hp) / (aj + ap), hj / aj, (hj + hp - ht) / (aj + ap - at), name,
          (hj + hp) / (aj + ap), hj / aj, (hj + hp - ht) / (aj + ap - at), (aj + ap) / (nj + np), (hj + hp) / (nj + np) }')
    else
      line=$(awk -v hj="$hj" -v hp="$hp" -v ht="$ht" -v nj="$nj" -v np="$np" -v nt="$nt" -v name="$name" 'BEGIN {
        printf "%.4f %.4f %.4f %-15s RATIO page/no-op %.2f (JVM %.2f, w/o JIT %.2f; no list API)\n",
          (hj + hp) / (nj + np), hj / nj, (hj + hp - ht) / (nj + np - nt), name,
          (hj + hp) / (nj + np), hj / nj, (hj + hp - ht) / (nj + np - nt) }')
    fi
    read -r rt rj rw rest <<< "$line"
    echo "$rest"
    ratios+=("$rt"); jratios+=("$rj"); wratios+=("$rw")
  done
  if [ "$repeat" -gt 1 ]; then
    printf "%-15s MEDIAN of %d: %s %.2f (JVM %.2f, w/o JIT %.2f)   [%s]\n" "$name" "$repeat" "$([ "$api" != - ] && echo page/API || echo page/no-op)" \
      "$(printf '%s\n' "${ratios[@]}" | median)" "$(printf '%s\n' "${jratios[@]}" | median)" "$(printf '%s\n' "${wratios[@]}" | median)" \
      "$(printf '%.2f ' "${ratios[@]}")"
  fi
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
