#!/usr/bin/env bash
# Issue 17: the department's coverage view at province scale (2,750 mines, 9,000 commissioners, one year of checks
# ≈ 1,000,000 check items), generated in SQL by bench/mine-coverage.sql. Times the province month view and a county
# week view with curl loops (p50/p95). Run against a started application (demo data on) — never port 8080.
#   BASE=http://localhost:19001 DB="postgresql://postgres@localhost:55001/postgres" bench/mine-coverage.sh
set -euo pipefail
BASE=${BASE:-http://localhost:19001}
DB=${DB:-postgresql://postgres@localhost:55001/postgres}
USER_NAME=${USER_NAME:-sx_unithead}
PASS=${PASS:-Anjian@2026}
MONTH=${MONTH:-2026-11}
COUNTY=${COUNTY:-140525}
N=${N:-20}
here=$(cd "$(dirname "$0")" && pwd)

echo "generating (idempotent: skipped when the bench rows exist)…"
psql "$DB" -v ON_ERROR_STOP=1 -q -f "$here/mine-coverage.sql"

jar=$(mktemp); trap 'rm -f "$jar"' EXIT
token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$USER_NAME&password=$PASS&_csrf=$token" "$BASE/login"

time_it() { # label url
  local label=$1 url=$2; local t=()
  for _ in $(seq "$N"); do
    t+=("$(curl -s -b "$jar" -o /dev/null -w '%{time_total}' "$url")")
  done
  printf '%s\n' "${t[@]}" | sort -n | awk -v l="$label" '{a[NR]=$1} END {printf "%s: n=%d p50=%.3fs p95=%.3fs max=%.3fs\n", l, NR, a[int(NR*0.5)+1>NR?NR:int(NR*0.5)+1], a[int(NR*0.95)>0?int(NR*0.95):1], a[NR]}'
}
time_it "province month view" "$BASE/mines/coverage?month=$MONTH&size=100"
time_it "province month red only" "$BASE/mines/coverage?month=$MONTH&red=true&size=100"
time_it "county month view" "$BASE/mines/coverage?month=$MONTH&region=$COUNTY"
time_it "county week view" "$BASE/mines/coverage?week=2026-W47&region=$COUNTY"
