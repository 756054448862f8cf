#!/usr/bin/env bash
# Ticket import benchmark: ROWS ServiceNow incident rows (default 1,000,000, generated from the
# real data sets by bench/make-tickets.py) imported into a throwaway PostgreSQL through the
# application's import service (java -jar target/shopfront.jar import-tickets), twice: into an
# empty table, then the same file again (every row an update). Prints the command's JSON.
# Usage: bash bench/import.sh   (env: ROWS=1000000 PGPORT=55433 JAVA_OPTS=-Xmx1g
#        DATA_DIR=../shared/data REBUILD=0 KEEP_CSV=0)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
ROWS=${ROWS:-1000000}
PGPORT=${PGPORT:-55433}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
DATA_DIR=${DATA_DIR:-$ROOT/../shared/data}
CSV=${CSV:-/tmp/shopfront-tickets-$ROWS.csv}

. bench/postgres.sh
[ -f "$DATA_DIR/incident_event_log.csv" ] || { echo "No data sets in $DATA_DIR (set DATA_DIR)" >&2; exit 1; }

if [ "${REBUILD:-0}" = 1 ] || [ ! -f target/shopfront.jar ]; then
	echo "== Building target/shopfront.jar"
	mvn -o -q package -DskipTests
fi
if [ ! -f "$CSV" ]; then
	echo "== Writing $ROWS rows to $CSV"
	python3 bench/make-tickets.py "$DATA_DIR" "$CSV" "$ROWS"
fi
echo "== $CSV: $(du -h "$CSV" | cut -f1), $ROWS rows"

WORK=$(mktemp -d /tmp/shopfront-import-bench.XXXXXX)
cleanup() {
	set +e
	pg_stop
	rm -rf "$WORK"
	if [ "${KEEP_CSV:-0}" != 1 ]; then rm -f "$CSV"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pg_start "$WORK" "$PGPORT"
psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -c "create database shopfront"

export SPRING_PROFILES_ACTIVE=postgres
export SHOPFRONT_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/shopfront"
export SHOPFRONT_DB_USER=postgres
export SHOPFRONT_DB_PASSWORD=
LOG="--spring.main.banner-mode=off --spring.main.log-startup-info=false --logging.level.root=warn"
# CPU seconds of the cluster's finished backends, as the postmaster has reaped them (cutime + cstime):
# unlike wall time, this does not depend on what else the machine is running.
POSTMASTER=$(head -1 "$PGDATA/postmaster.pid")
pg_cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($16 + $17) / hz}' "/proc/$POSTMASTER/stat"; }
for pass in "new tickets" "same file again (updates)"; do
	echo "== Import: $pass (load average $(cut -d' ' -f1-3 /proc/loadavg))"
	before=$(pg_cpu)
	# shellcheck disable=SC2086
	/usr/bin/time -f "   JVM: wall %e s, CPU %U s user + %S s system, max RSS %M kB" java $JAVA_OPTS \
		-jar target/shopfront.jar import-tickets --file "$CSV" --format servicenow --source bench $LOG
	echo "   PostgreSQL backends: CPU $(awk -v a="$(pg_cpu)" -v b="$before" 'BEGIN {printf "%.1f", a - b}') s"
done
psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d shopfront -At \
	-c "select 'tickets stored: ' || count(*) || ', table size: ' || pg_size_pretty(pg_total_relation_size('ticket')) from ticket"
