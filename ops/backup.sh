#!/usr/bin/env bash
# anjian backup: the database first, then the file store (README, "Backup and restore").
#
#   ops/backup.sh DEST_DIR
#
# Database — one of:
#   PGDATA_DIR=<dir>  the embedded PostgreSQL of this host (anjian.embedded-db.data-dir): an online physical
#                     copy made between pg_backup_start() and pg_backup_stop() in one psql session, plus the
#                     WAL written meanwhile. Needs only psql (any version) and a superuser connection; the
#                     copy is restored with the server's own binaries (the embedded bundle has no pg_dump).
#   otherwise         pg_dump -Fc (custom format) of PGDATABASE. pg_dump must be of the server's major
#                     version or newer.
#   Connection: the usual PGHOST, PGPORT, PGUSER, PGDATABASE (PGPASSWORD or ~/.pgpass).
# File store — one of:
#   FILES_ROOT=<dir>  the local store (anjian.files.root): its ab/cd/<sha256> objects are copied (new ones
#                     only when DEST already holds an earlier backup; objects never change).
#   S3_BUCKET=<name>  the S3 store: `aws s3 sync` of the bucket (S3_ENDPOINT for MinIO/Ceph/OSS), staging/
#                     excluded. Any mirror tool does (mc mirror, rclone): keys are the same as the local layout.
#
# Order matters: a file row is written only after its object, so objects copied after the database cover
# every row of the dump. Objects without a row (uploads after the dump) are harmless.
set -euo pipefail

dest=${1:?usage: ops/backup.sh DEST_DIR}
mkdir -p "$dest"
dest=$(cd "$dest" && pwd)
psql_opts=(-X -q -v ON_ERROR_STOP=1)

if [ -n "${PGDATA_DIR:-}" ]; then
  echo "== database: online physical copy of $PGDATA_DIR"
  rm -rf "$dest/pgdata"
  mkdir -p "$dest/pgdata/pg_wal/archive_status"
  psql "${psql_opts[@]}" -At <<SQL
select pg_backup_start('anjian-backup', true) is not null;
\! tar -C '$PGDATA_DIR' --exclude=./postmaster.pid --exclude=./postmaster.opts --exclude=./pg_wal -cf - . | tar -C '$dest/pgdata' -xf -
\o '$dest/pgdata/backup_label'
select labelfile from pg_backup_stop(false);
\o
select pg_switch_wal() is not null;
\! cp '$PGDATA_DIR'/pg_wal/0* '$dest/pgdata/pg_wal/'
SQL
  chmod 700 "$dest/pgdata"
  echo "physical" > "$dest/db.kind"
else
  echo "== database: pg_dump -Fc of ${PGDATABASE:-?}"
  pg_dump -Fc -f "$dest/db.dump.part"
  mv "$dest/db.dump.part" "$dest/db.dump"
  (cd "$dest" && sha256sum db.dump > db.dump.sha256)
  echo "dump" > "$dest/db.kind"
fi

if [ -n "${FILES_ROOT:-}" ]; then
  echo "== files: $FILES_ROOT"
  mkdir -p "$dest/files"
  # -n: objects are write-once, an object already in an earlier backup is the same bytes; .tmp is staging
  cp -a -n "$FILES_ROOT/." "$dest/files/"
  rm -rf "$dest/files/.tmp"
elif [ -n "${S3_BUCKET:-}" ]; then
  echo "== files: s3://$S3_BUCKET"
  aws ${S3_ENDPOINT:+--endpoint-url "$S3_ENDPOINT"} s3 sync "s3://$S3_BUCKET" "$dest/files" --exclude 'staging/*' --only-show-errors
else
  echo "FILES_ROOT or S3_BUCKET must be set" >&2
  exit 2
fi
date -u +%Y-%m-%dT%H:%M:%SZ > "$dest/completed-at"
echo "== backup complete: $dest"
