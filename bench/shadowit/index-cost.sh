#!/usr/bin/env bash
# What PostgreSQL spends on expense_line's indexes alone: 1M rows shaped like
# bench/shadowit/run.sh's, inserted server-side (insert … select) into a copy of the table with
# its five indexes of today (V27 and V27_5), with V27's three, with the SHA-256 primary key only,
# and with no index; prints the wall time and PostgreSQL's CPU of each. Usage: bash bench/shadowit/index-cost.sh (env PGPORT=55500)
set -euo pipefail

cd "$(dirname "$0")/../.."
. bench/postgres.sh
PGPORT=${PGPORT:-55500}
WORK=$(mktemp -d /tmp/shopfront-index-cost.XXXXXX)
trap 'pg_stop; rm -rf "$WORK"' EXIT
pg_start "$WORK" "$PGPORT"
q() { psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres "$@"; }
ticks() { local pm line; pm=$(head -1 "$PGDATA/postmaster.pid"); line=$(cat /proc/$pm/stat); line=${line##*) }; t=$(echo "$line" | awk '{print $12+$13+$14+$15}'); for p in $(ps -o pid= --ppid $pm); do l=$(cat /proc/$p/stat 2>/dev/null) || continue; l=${l##*) }; t=$((t + $(echo "$l" | awk '{print $12+$13}'))); done; echo $t; }
for variant in "sha_pk_5_indexes" "sha_pk_3_indexes" "sha_pk_only" "no_indexes"; do
  q -c "drop table if exists e" -c "create table e (line_key varchar(64) not null, spent_on date not null, amount numeric(19,4) not null, currency varchar(3) not null, merchant varchar(500) not null, merchant_key varchar(500) not null, vendor_id varchar(100), confidence double precision not null, employee varchar(200), cost_centre varchar(200), business_unit varchar(200), reference varchar(200), import_run_id uuid, imported_at timestamptz not null)"
  case $variant in
    sha_pk_5_indexes) q -c "alter table e add primary key (line_key)" -c "create index on e (merchant_key)" -c "create index on e (vendor_id, spent_on)" -c "create index on e (business_unit, spent_on)" -c "create index on e (spent_on, vendor_id)";;
    sha_pk_3_indexes) q -c "alter table e add primary key (line_key)" -c "create index on e (merchant_key)" -c "create index on e (vendor_id, spent_on)";;
    sha_pk_only) q -c "alter table e add primary key (line_key)";;
  esac
  t0=$(ticks); s=$(date +%s.%N)
  q -c "insert into e select encode(sha256(i::text::bytea), 'hex'), date '2025-01-01' + (i % 365), i % 1000, 'USD', 'MERCHANT ' || (i % 3142) || ' SAN FRANCISCO CA', 'merchant ' || (i % 3142), case when i % 3 = 0 then 'vendor' || (i % 300) end, 0.9, 'employee' || (i % 2000) || '@example.com', 'CC-1', 'Sales', 'T' || i, null, now() from generate_series(1, 1000000) i"
  e=$(date +%s.%N); sleep 1 # the backend that ran the insert must have exited and been reaped, or its CPU is lost
  echo "$variant: wall $(awk -v a=$s -v b=$e 'BEGIN{printf "%.1f", b-a}') s, PostgreSQL CPU $(awk -v t=$(( $(ticks) - t0 )) -v hz=$(getconf CLK_TCK) 'BEGIN{printf "%.1f", t/hz}') s, load $(cut -d' ' -f1 /proc/loadavg)"
done
