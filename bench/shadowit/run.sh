#!/usr/bin/env bash
# Shadow IT import benchmark (issue 15: 1 million expense lines imported and matched in under
# 60 s on PostgreSQL). For each of SIZES, a deterministic card export (CARD_PROGRAMME layout,
# bench/shadowit/make-expenses.py) is uploaded on /admin/shadow-it/import as the demo admin, like
# a browser, and the run followed in import_run until it ends; then the same file again (every
# line stored already: nothing added). Prints, per import: wall time from the upload's start to
# the run's end, lines/s, CPU of the app and of PostgreSQL (from /proc), the run's counts and
# the load average. The lines of one size are deleted before the next.
# Usage: bash bench/shadowit/run.sh   (env: SIZES="100000 1000000" PGPORT=55500 APP_PORT=8119
#        APP_JAVA_OPTS=-Xmx2g JDBC_PARAMS= PROFILE=0 REBUILD=0 KEEP_CSV=0 START_TIMEOUT=300)
# JDBC_PARAMS is appended to the app's JDBC URL, e.g. JDBC_PARAMS='?reWriteBatchedInserts=true'.
# PROFILE=1 records each import with Java Flight Recorder: bench/results/profile-shadowit-*.txt.
# Everything it starts (PostgreSQL in a temp dir, the app) is stopped on exit.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
SIZES=${SIZES:-100000 1000000}
PGPORT=${PGPORT:-55500}
APP_PORT=${APP_PORT:-8119}
APP_JAVA_OPTS=${APP_JAVA_OPTS:--Xmx2g}
JDBC_PARAMS=${JDBC_PARAMS:-}
PROFILE=${PROFILE:-0}
PROFILE_LIBS="org.shopfront.shadowit.matching org.shopfront.shadowit.ExpenseLines org.shopfront.shadowit.StoredKeys org.shopfront.shadowit.ExpenseImport org.shopfront.shared.tabular org.shopfront.imports postgresql springframework.jdbc"
PASSWORD=demo  # of every demo person
RESULTS="$ROOT/bench/results"
mkdir -p "$RESULTS"

. bench/postgres.sh
. bench/http.sh
. bench/measure.sh

WORK=$(mktemp -d /tmp/shopfront-shadowit-bench.XXXXXX)
APP_PID=""
cleanup() { stop_app_and_pg shadowit-app.log; }
trap cleanup EXIT
trap 'exit 130' INT TERM

psql_pg() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres "$@"; }

pg_start "$WORK" "$PGPORT"
psql_pg -d postgres -c "create role shopfront login password 'shopfront'" -c "create database shopfront owner shopfront"

# The jar's time is the build's fixed outputTimestamp, so it cannot tell a stale jar: REBUILD=1 after a change.
if [ ! -f target/shopfront.jar ] || [ "${REBUILD:-0}" = 1 ]; then
	echo "== Building target/shopfront.jar"
	mvn -q -DskipTests package
fi
echo "== Shopfront on port $APP_PORT, profiles postgres,demo, JDBC URL parameters '${JDBC_PARAMS}'"
# shellcheck disable=SC2086
SHOPFRONT_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/shopfront$JDBC_PARAMS" SHOPFRONT_DB_USER=shopfront \
	SHOPFRONT_DB_PASSWORD=shopfront java $APP_JAVA_OPTS -jar target/shopfront.jar \
	--spring.profiles.active=postgres,demo --server.port="$APP_PORT" >"$WORK/app.log" 2>&1 &
APP_PID=$!
BASE="http://127.0.0.1:$APP_PORT"
for i in $(seq 1 "${START_TIMEOUT:-300}"); do
	if ! kill -0 "$APP_PID" 2>/dev/null; then echo "Shopfront exited during start-up:" >&2; tail -n 40 "$WORK/app.log" >&2; exit 1; fi
	if curl -fsS --max-time 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then break; fi
	[ "$i" = "${START_TIMEOUT:-300}" ] && { echo "Shopfront not UP after ${START_TIMEOUT:-300} s" >&2; exit 1; }
	sleep 1
done
echo "   UP after ~${i}s"

# CPU ticks of PostgreSQL: its processes now, and the backends that have ended (reaped by the postmaster).
pg_ticks() {
	local reaped line
	line=$(cat "/proc/$(head -n 1 "$PGDATA/postmaster.pid")/stat"); line=${line##*) }
	reaped=$(echo "$line" | awk '{print $14 + $15}')
	echo $(($(proc_ticks $(pg_pids)) + reaped))
}

# The demo's start-up work (its own card lines and sign-ins, the scoreboard) goes on after the
# app is UP: waits until the app and PostgreSQL together use under a tenth of a core over 5 s.
waited=0
while [ "$waited" -lt 600 ]; do
	before=$(($(proc_ticks "$APP_PID") + $(pg_ticks))); sleep 5; waited=$((waited + 5))
	[ $(($(proc_ticks "$APP_PID") + $(pg_ticks) - before)) -lt $((HZ / 2)) ] && break
done
echo "   app idle after ${waited}s; demo expense lines: $(psql_pg -d shopfront -tAc 'select count(*) from expense_line')"

cookie=$(login admin)
csrf() {
	curl -fsS --max-time 30 -b "$cookie" "$BASE/admin/shadow-it/import" | python3 -c '
import re, sys
m = re.search(r"name=\"_csrf\"\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\s+name=\"_csrf\"", sys.stdin.read())
print(m.group(1) or m.group(2) if m else "")'
}

import_file() {  # csv label: uploads the file, follows the run to its end, prints the figures
	local csv=$1 label=$2 token location id status app0 pg0 app1 pg1 start end wall
	token=$(csrf)
	[ -n "$token" ] || { echo "GET /admin/shadow-it/import: no _csrf input" >&2; exit 1; }
	local load_before; load_before=$(cut -d ' ' -f 1-3 /proc/loadavg)
	profile_start
	app0=$(proc_ticks "$APP_PID"); pg0=$(pg_ticks); start=$(date +%s.%N)
	location=$(curl -sS --max-time 600 -b "$cookie" -o /dev/null -w '%{redirect_url} %{time_total}' \
		-F "file=@$csv;type=text/csv" -F layout=CARD_PROGRAMME -F currency= -F "_csrf=$token" "$BASE/admin/shadow-it/import")
	id=$(echo "$location" | sed -n 's|.*/admin/shadow-it/imports/\([0-9a-f-]*\) .*|\1|p')
	[ -n "$id" ] || { echo "upload refused: $location" >&2; tail -n 20 "$WORK/app.log" >&2; exit 1; }
	while status=$(psql_pg -d shopfront -tAc "select status from import_run where id = '$id'");
		[ "$status" = RUNNING ] || [ "$status" = QUEUED ]; do
		sleep 0.2
	done
	end=$(date +%s.%N); app1=$(proc_ticks "$APP_PID"); pg1=$(pg_ticks)
	profile_stop "shadowit-$label"
	wall=$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.1f", b - a}')
	psql_pg -d shopfront -tA -F ' ' -c "select rows_read, rows_imported, rows_rejected,
		(select count(*) from expense_line where import_run_id = r.id),
		(select count(vendor_id) from expense_line where import_run_id = r.id),
		(select count(*) from expense_line), extract(epoch from finished_at - created_at)
		from import_run r where id = '$id'" | {
		read -r read imported rejected stored matched total inside
		echo "== $label: $status in ${wall} s wall from the upload's start (upload ${location##* } s, run start to end $(printf %.1f "$inside") s)"
		echo "   lines read $read, imported $imported, rejected $rejected; stored by this run $stored: matched $matched, unknown $((stored - matched)); lines in the table $total"
		echo "   $(awk -v n="$read" -v w="$wall" 'BEGIN{printf "%.0f", n / w}') lines/s; CPU: app $(secs $((app1 - app0))) s, PostgreSQL $(secs $((pg1 - pg0))) s"
		echo "   load average before $load_before, after $(cut -d ' ' -f 1-3 /proc/loadavg)"
	}
}

for size in $SIZES; do
	csv=/tmp/shopfront-expenses-$size.csv
	if [ ! -f "$csv" ]; then
		echo "== Writing $size lines to $csv"
		python3 bench/shadowit/make-expenses.py src/test/resources/shadowit "$csv" "$size" "$size"
	fi
	echo "== $csv: $(du -h "$csv" | cut -f1), $size lines"
	import_file "$csv" "$size-new"
	import_file "$csv" "$size-again"
	psql_pg -d shopfront -c "delete from expense_line where import_run_id in
		(select id from import_run where file_name = 'shopfront-expenses-$size.csv')" -c "vacuum analyze expense_line"
	[ "${KEEP_CSV:-0}" = 1 ] || rm -f "$csv"
done
