#!/usr/bin/env bash
# Issue 20 item 6: the mixed load — officers' pages (case list page and API, a case's page, the deadlines page), the
# commissioners' phone sync (a photo PUT /api/v1/files and a check PUT /api/v1/mines/work/checks/{uuid}, each with its
# own Idempotency-Key, bearer token as the app's API clients), the public portal (2/3 repeated pages the page cache
# answers, 1/3 searches nobody asked before) and the county's statistics for the year, at once: N closed-loop clients
# (no think time; of every 10: 4 officers, 3 public, 2 phones, 1 statistics) for S seconds. Runs MixedLoadBench (bench
# profile) on the packaged jar: one PostgreSQL (zonky, durable: fsync and synchronous commit on) and one S3-compatible
# store (S3Proxy on loopback, the two-node IT's) shared by the nodes; first one node, then (nodes ≥ 2) N nodes with
# every client's requests alternating between them. Data: the demo data plus CASES generated cases (default 20,000,
# bench/cases/generate.sql; needs psql). Prints per kind p50/p95/p99, error rate, req/s, CPU per request (nodes' JVMs +
# PostgreSQL + S3 server from /proc, the load generator not counted) and the 2-node / 1-node throughput ratio.
#   bench/mixed-load.sh [clients] [seconds] [nodes]     (defaults 200 600 2; smoke: bench/mixed-load.sh 20 60 2)
#   env: CASES (20000), WARMUP (s; default seconds/5 within 10..60), NODE_JVM (default "-Xmx1g -XX:+UseG1GC"),
#        JAR (default target/anjian-0.1.0-SNAPSHOT.jar, built when missing), PG_PORT / PORT_A / PORT_B (fixed ports of
#        PostgreSQL and the nodes on a shared machine; default: any free port)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-$PWD/target/anjian-0.1.0-SNAPSHOT.jar}
[ -f "$jar" ] || ./mvnw -q -B -ntp -o -DskipTests package
command -v psql >/dev/null || { echo "mixed-load: needs psql (apt-get install -y postgresql-client)" >&2; exit 1; }
log=$(mktemp /tmp/mixed-load-bench.XXXXXX)
status=0
./mvnw -q -B -ntp -o -Pbench test -Dtest=MixedLoadBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Danjian.jar="$jar" -Danjian.node.jvm="${NODE_JVM:--Xmx1g -XX:+UseG1GC}" \
    -Dbench.clients="${1:-200}" -Dbench.seconds="${2:-600}" -Dbench.nodes="${3:-2}" -Dbench.cases="${CASES:-20000}" \
    ${WARMUP:+-Dbench.warmup=$WARMUP} ${PG_PORT:+-Danjian.nodes.pg-port=$PG_PORT} \
    ${PORT_A:+-Danjian.nodes.port.node-a=$PORT_A} ${PORT_B:+-Danjian.nodes.port.node-b=$PORT_B} >"$log" 2>&1 || status=$?
grep -F "[mixed]" "$log" || true
if [ "$status" -ne 0 ]; then
    grep -E "AssertionFailed|Expecting|expected|Exception" "$log" | head -20 >&2 || true
    echo "mixed-load: FAILED (exit $status); full log: $log" >&2
    exit "$status"
fi
echo "mixed-load: OK (full log: $log)"
