#!/usr/bin/env bash
# Cold start of the packaged jar on the embedded database whose data is already initialised:
# time from `java -jar` to /actuator/health = UP. Runs N times (default 5) on a private data dir
# and port, prints each time and the median.
#   bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
[ -f target/anjian-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
port=18080; dbport=54339
args=(--server.port=$port --anjian.embedded-db.port=$dbport --anjian.embedded-db.data-dir=$work/pg)
run_once() {
  local t0 t1 pid
  t0=$(date +%s.%N)
  java -jar target/anjian-0.1.0-SNAPSHOT.jar "${args[@]}" > "$work/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $pid 2>/dev/null || { echo "app died"; tail -50 "$work/app.log"; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s.%N)
  kill $pid; wait $pid 2>/dev/null || true
  awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f\n", b-a}'
}
echo "initialising data dir (first start, not counted): $(run_once) s"
times=()
for i in $(seq 1 "$runs"); do t=$(run_once); times+=("$t"); echo "run $i: $t s"; done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " s"}'
rm -rf "$work"
