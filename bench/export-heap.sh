#!/usr/bin/env bash
# Where the case export's heap goes (issue 12, bench/cases-export.sh measured +86 MB live for 100,000 cases), part by
# part, without the application: live heap (full GC, then used) sampled while rows stream.
#   1. bench/export-heap/HeapProbe.java: N case-like rows through kernel.SheetExport (FastExcel, SXSSF) to a null
#      stream — the writer's share;
#   2. bench/export-heap/JdbcProbe.java: N case-like rows from an embedded PostgreSQL through kernel.ExportJdbc (fetch
#      size 1,000), inside a read-only transaction and with autocommit — PgJDBC reads every row at once without a
#      transaction, whatever the fetch size.
#   bench/export-heap.sh [rows]     (default 100000; needs target/classes: ./mvnw -o -q compile)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
./mvnw -B -ntp -o -q dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null
CP=target/classes:$(cat "$out/cp.txt")
javac -proc:none -cp "$CP" -d "$out" bench/export-heap/HeapProbe.java bench/export-heap/JdbcProbe.java
java -Xmx512m -cp "$out:$CP" HeapProbe "$rows" 2>/dev/null | grep '^rows'
java -Xmx512m -cp "$out:$CP" JdbcProbe "$rows" 2>/dev/null | grep 'rows:'
