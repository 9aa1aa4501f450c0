#!/usr/bin/env bash
# Cold start of the packaged jar on the embedded database whose data is already initialised:
# time from `java -jar` to /actuator/health = UP. Runs N times (default 5) on a private data dir
# and port, prints each time and the median.
#   bench/startup.sh [runs]
#   BASE_JAR=/path/to/baseline.jar bench/startup.sh [runs]   # alternate baseline and this build, A B A B …,
#                                                            # each on its own data dir; prints the ratio per pair
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=${JAR:-target/anjian-0.1.0-SNAPSHOT.jar}
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
port=18080; dbport=54339
run_once() { # jar datadir
  local t0 t1 pid
  t0=$(date +%s.%N)
  java -jar "$1" --server.port=$port --anjian.embedded-db.port=$dbport --anjian.embedded-db.data-dir="$2" \
    > "$work/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $pid 2>/dev/null || { echo "app died"; tail -50 "$work/app.log"; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s.%N)
  kill $pid; wait $pid 2>/dev/null || true
  awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f\n", b-a}'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
if [ -z "${BASE_JAR:-}" ]; then
  echo "initialising data dir (first start, not counted): $(run_once "$jar" "$work/pg") s"
  times=()
  for i in $(seq 1 "$runs"); do t=$(run_once "$jar" "$work/pg"); times+=("$t"); echo "run $i: $t s"; done
  echo "median: $(printf '%s\n' "${times[@]}" | median) s"
else
  echo "initialising data dirs (not counted): base $(run_once "$BASE_JAR" "$work/pg-base") s, this $(run_once "$jar" "$work/pg") s"
  a=(); b=(); r=()
  for i in $(seq 1 "$runs"); do
    ta=$(run_once "$BASE_JAR" "$work/pg-base"); tb=$(run_once "$jar" "$work/pg")
    a+=("$ta"); b+=("$tb"); r+=("$(awk -v x="$tb" -v y="$ta" 'BEGIN{printf "%.3f", x/y}')")
    echo "pair $i: base $ta s, this $tb s, this/base ${r[-1]}"
  done
  echo "median: base $(printf '%s\n' "${a[@]}" | median) s, this $(printf '%s\n' "${b[@]}" | median) s, ratio this/base $(printf '%s\n' "${r[@]}" | median)"
fi
rm -rf "$work"
