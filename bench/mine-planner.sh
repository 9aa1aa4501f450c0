#!/usr/bin/env bash
# Mine commissioners' planner (issue 16, MC-09): the province-scale synthetic instance — 900 coal mines, 600
# underground non-coal, 1,000 open pits (400 ≥ 500 kt/yr), 250 independent ponds, 9,000 commissioners — solved in
# process (no database) for each time limit, then judged by the independent checker (hard violations, unstaffed
# mines) with the soft score.
#   bench/mine-planner.sh [scale] [seconds,...]     (defaults: 1.0 and "60,300"; smoke: bench/mine-planner.sh 0.02 5)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -Pbench test -Dtest=MinePlannerBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.scale="${1:-1.0}" -Dbench.seconds="${2:-60,300}" 2>&1 | grep -E "^(instance|limit)"
