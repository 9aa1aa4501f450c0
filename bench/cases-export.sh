#!/usr/bin/env bash
# Case-list Excel export benchmark (issue 12): 100,000 cases exported through GET /cases/export by a
# province user (every case in scope), wall time and heap growth of the app, against a baseline of the same rows
# read by the same SQL without writing Excel (psql COPY to /dev/null).
#   bench/cases-export.sh [cases] [runs]          (defaults: 100000 cases, 3 timed runs)
# Starts the packaged jar (built if missing) with -Xmx512m on a private data dir (WORK, default /tmp/h-export/bench,
# kept: a second run skips the generation) and the ports of this worktree (18094 / 54394), generates the cases once
# with bench/cases/generate.sql (the case-list benchmark's generator: cases over five years in every city and county,
# ~5 records each), takes an API token of a bench user of the province, then:
#   1. baseline: the export's query (same columns, joins, scope and order) through psql COPY ... TO STDOUT > /dev/null;
#   2. export:   curl of /cases/export, `runs` times; wall time, bytes, rows (unzip + count of <row>);
#   3. heap:     during one more export, G1 "used" sampled by jcmd GC.heap_info every 100 ms (peak − before: includes
#                garbage not yet collected), and the live set — jcmd GC.class_histogram's total, a full GC and a count
#                in one safepoint — before, 3× during and after the export (growth of what the export keeps reachable).
# Needs psql, jcmd (the JDK), curl, unzip.
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-100000}
runs=${2:-3}
work=${WORK:-/tmp/h-export/bench}
port=${PORT:-18094}; dbport=${DBPORT:-54394}
jar=${JAR:-target/anjian-0.1.0-SNAPSHOT.jar}
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
mkdir -p "$work"
B=http://127.0.0.1:$port
export PGPASSWORD=anjian
PSQL=(psql -X -q -h 127.0.0.1 -p $dbport -U anjian -d anjian -v ON_ERROR_STOP=1)

java -Xmx512m -jar "$jar" --server.port=$port --anjian.embedded-db.port=$dbport --anjian.embedded-db.data-dir="$work/pg" \
     --anjian.files.root="$work/files" --anjian.demo-data=true --spring.flyway.out-of-order=true \
     --spring.flyway.validate-on-migrate=false --spring.flyway.ignore-migration-patterns="*:missing" \
     --spring.mvc.async.request-timeout=10m > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -fs "$B/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $app 2>/dev/null || { echo "app died"; tail -50 "$work/app.log"; exit 1; }
  sleep 1
done
until grep -q "Started AnjianApplication" "$work/app.log"; do sleep 2; done   # demo data loaded
echo "app up (pid $app), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"

have=$("${PSQL[@]}" -tAc "SELECT count(*) FROM enf_case WHERE opened_by = 'bench'")
if [ "$have" -lt "$cases" ]; then
  echo "generating $((cases - have)) cases ..."
  t0=$(date +%s)
  "${PSQL[@]}" -v cases="$((cases - have))" -f bench/cases/generate.sql
  echo "generated in $(( $(date +%s) - t0 )) s"
fi
"${PSQL[@]}" <<'SQL'
INSERT INTO iam_user (username, display_name, agency_id, scope_path, password_hash, must_change_password, created_at, updated_at)
SELECT 'bench_export', '导出压测', a.id, a.scope_path, (SELECT password_hash FROM iam_user WHERE username = 'zz_officer'),
       false, now(), now()
FROM org_agency a JOIN org_jurisdiction j ON j.id = a.jurisdiction_id
WHERE a.kind = 'EMERGENCY_MANAGEMENT' AND a.status = 'ACTIVE' AND j.code = '140000'
ON CONFLICT DO NOTHING;
INSERT INTO iam_user_role (user_id, role_code) SELECT id, 'UNIT_HEAD' FROM iam_user WHERE username = 'bench_export'
ON CONFLICT DO NOTHING;
SQL
total=$("${PSQL[@]}" -tAc "SELECT count(*) FROM enf_case")
echo "cases in the database: $total"
# a browser session (the page's export, GET /cases/export: the same handler as the API's)
jar_="$work/cookies"; rm -f "$jar_"
csrf=$(curl -fs -c "$jar_" -b "$jar_" "$B/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -fs -o /dev/null -c "$jar_" -b "$jar_" --data-urlencode "username=bench_export" --data-urlencode "password=Anjian@2026" \
     --data-urlencode "_csrf=$csrf" "$B/login"
H=(-b "$jar_")

heap_used() {   # G1 "used" of the heap in KB
  jcmd $app GC.heap_info 2>/dev/null | grep -m1 -oE 'used [0-9]+K' | grep -oE '[0-9]+'
}
live() {        # the live set in KB: GC.class_histogram runs a full GC and counts what survives in one safepoint.
  # (GC.run then GC.heap_info were two attaches; the export kept allocating between them, so "used" after the GC
  # counted up to ~100 MB of fresh garbage under load: +64, +86 and +117 MB in three runs of the same code.)
  jcmd $app GC.class_histogram 2>/dev/null | awk '$1 == "Total" { printf "%d\n", $3 / 1024 }'
}
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

# warm-up: the code paths and the table in shared buffers
curl -fs "${H[@]}" -o /dev/null "$B/cases/export"

echo "--- baseline: the export's query without Excel (psql COPY to /dev/null)"
for i in $(seq 1 "$runs"); do
  t0=$(date +%s%N)
  "${PSQL[@]}" -c "COPY (SELECT c.id, c.case_number, c.title, c.kind, c.stage, c.source, c.party_name, c.party_kind, c.opened_at,
                           c.due_at, c.closed_at, u.name AS unit_name
                    FROM enf_case c LEFT JOIN org_unit_view u ON u.id = c.unit_id
                    WHERE c.scope_path LIKE (SELECT scope_path FROM iam_user WHERE username = 'bench_export') || '%'
                    ORDER BY c.opened_at DESC NULLS LAST, c.id DESC) TO STDOUT" > /dev/null
  echo "baseline run $i: $(ms $t0) ms"
done

echo "--- export: GET /cases/export (every case of the province)"
for i in $(seq 1 "$runs"); do
  t0=$(date +%s%N)
  curl -fs "${H[@]}" -o "$work/cases.xlsx" "$B/cases/export"
  echo "export run $i: $(ms $t0) ms, $(stat -c %s "$work/cases.xlsx") bytes"
done
rows=$(unzip -p "$work/cases.xlsx" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l)
echo "rows in the sheet: $rows (header included)"

echo "--- heap (-Xmx512m)"
before_live=$(live); before=$(heap_used)
curl -fs "${H[@]}" -o /dev/null "$B/cases/export" &
dl=$!
peak=$before
while kill -0 $dl 2>/dev/null; do
  u=$(heap_used || echo 0); [ -n "$u" ] && [ "$u" -gt "$peak" ] && peak=$u
  sleep 0.1
done
wait $dl
echo "used before ${before} KB, peak during ${peak} KB: growth $(( (peak - before) / 1024 )) MB (includes uncollected garbage)"
curl -fs "${H[@]}" -o /dev/null "$B/cases/export" &
dl=$!
max_live=$before_live
for i in 1 2 3; do
  sleep 0.7
  kill -0 $dl 2>/dev/null || break
  l=$(live); [ "$l" -gt "$max_live" ] && max_live=$l
  if [ "$i" = 2 ] && [ -n "${HISTO:-}" ]; then   # HISTO=1: what the live set holds mid-export (classes by bytes)
    jcmd $app GC.class_histogram 2>/dev/null | sed -n 1,25p > "$work/histogram.txt"
  fi
done
wait $dl
after_live=$(live)
echo "live set before ${before_live} KB, max during ${max_live} KB, after ${after_live} KB: growth $(( (max_live - before_live) / 1024 )) MB"
[ -n "${HISTO:-}" ] && { echo "--- live classes mid-export (jcmd GC.class_histogram, top 22)"; cat "$work/histogram.txt"; }
