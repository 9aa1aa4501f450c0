#!/usr/bin/env bash
# anjian restore from a backup made by ops/backup.sh, into a FRESH database and file store.
#
#   ops/restore.sh BACKUP_DIR
#
# Database — as the backup was made (BACKUP_DIR/db.kind):
#   physical  TARGET_PGDATA=<empty or absent dir>: the copy is put there; point anjian.embedded-db.data-dir
#             at it (or start it with the bundle's pg_ctl): PostgreSQL replays the copied WAL on start-up.
#   dump      a new database PGDATABASE (must not exist) on PGHOST/PGPORT is created and pg_restore'd.
# File store — TARGET_FILES_ROOT=<dir> (local) or S3_BUCKET (+ S3_ENDPOINT) to upload to with `aws s3 sync`.
#
# Afterwards: start the application on the restored copy and check it — 审计日志 → 校验哈希链
# (AuditTrail.verify) and 文件完整性 → 全部重新校验 (IntegrityScan): every chain link and every file's
# SHA-256 must verify. ops/ tests do exactly this (BackupRestoreTests).
set -euo pipefail

src=${1:?usage: ops/restore.sh BACKUP_DIR}
[ -f "$src/completed-at" ] || { echo "$src is not a complete backup (no completed-at)" >&2; exit 2; }
kind=$(cat "$src/db.kind")

if [ "$kind" = physical ]; then
  target=${TARGET_PGDATA:?TARGET_PGDATA must name an empty directory}
  if [ -d "$target" ] && [ -n "$(ls -A "$target")" ]; then
    echo "$target is not empty: restore into a fresh directory" >&2
    exit 2
  fi
  mkdir -p "$target"
  cp -a "$src/pgdata/." "$target/"
  chmod 700 "$target"
  echo "== database: physical copy in $target (WAL is replayed when it starts)"
else
  (cd "$src" && sha256sum -c --quiet db.dump.sha256)
  db=${PGDATABASE:?PGDATABASE must name the new database}
  createdb "$db"
  pg_restore --no-owner --exit-on-error -d "$db" "$src/db.dump"
  echo "== database: restored into $db"
fi

if [ -n "${TARGET_FILES_ROOT:-}" ]; then
  mkdir -p "$TARGET_FILES_ROOT/.tmp"
  cp -a "$src/files/." "$TARGET_FILES_ROOT/"
  echo "== files: $TARGET_FILES_ROOT"
elif [ -n "${S3_BUCKET:-}" ]; then
  aws ${S3_ENDPOINT:+--endpoint-url "$S3_ENDPOINT"} s3 sync "$src/files" "s3://$S3_BUCKET" --only-show-errors
  echo "== files: s3://$S3_BUCKET"
else
  echo "TARGET_FILES_ROOT or S3_BUCKET must be set" >&2
  exit 2
fi
echo "== restore complete; verify the audit chain and every file's hash before use"
