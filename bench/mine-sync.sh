#!/usr/bin/env bash
# Issue 17 performance: a phone sync of 50 checks with 200 photos completes with the network dropping twice, with no
# duplicate. Runs MineSyncBench (bench profile): the real app page /m/ in headless Chromium (Playwright, 390 px), the
# checks and small generated photos queued offline through the app's own queue, the network cut twice mid-sync, then
# the server counted (checks, photo references, stored files). Prints the sync time and the HTTP write requests,
# failures and retries; exits non-zero on any mismatch. Needs /usr/bin/chromium.
#   bench/mine-sync.sh [checks] [photos]      (defaults: 50 200; smoke: bench/mine-sync.sh 5 10)
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp /tmp/mine-sync-bench.XXXXXX)
status=0
ANJIAN_REQUIRE_BROWSER=1 ./mvnw -q -B -ntp -o -Pbench test -Dtest=MineSyncBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.checks="${1:-50}" -Dbench.photos="${2:-200}" >"$log" 2>&1 || status=$?
grep -E "^(drop [0-9]|sync:|server:|refused)|AssertionFailed|expected|Expecting|Tests run:.*Fail" "$log" || true
if [ "$status" -ne 0 ]; then
    echo "mine-sync: FAILED (exit $status); full log: $log" >&2
    exit "$status"
fi
echo "mine-sync: OK (full log: $log)"
