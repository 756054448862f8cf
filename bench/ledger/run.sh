#!/usr/bin/env bash
# Ledger verification benchmark: ENTRIES (default 1,000,000) chained entries written into a
# throwaway PostgreSQL by the application's own appender (bench/ledger/FillLedger.java, in
# batches), then `java -jar target/shopfront.jar verify-ledger` timed end to end (JVM start,
# Flyway's check, the walk). Then one entry near the end is changed past the trigger and
# the command must exit 1 and name it.
# Usage: bash bench/ledger/run.sh   (env: ENTRIES=1000000 BATCH=10000 PGPORT=55434
#        JAVA_OPTS=-Xmx1g RUNS=3 REBUILD=0)
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
ENTRIES=${ENTRIES:-1000000}
BATCH=${BATCH:-10000}
PGPORT=${PGPORT:-55434}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
RUNS=${RUNS:-3}

. bench/postgres.sh

if [ "${REBUILD:-0}" = 1 ] || [ ! -f target/shopfront.jar ]; then
	echo "== Building target/shopfront.jar"
	mvn -o -q package -DskipTests
fi

WORK=$(mktemp -d /tmp/shopfront-ledger-bench.XXXXXX)
cleanup() {
	set +e
	pg_stop
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== Compiling the filler against the classes of target/shopfront.jar"
java -Djarmode=tools -jar target/shopfront.jar extract --destination "$WORK/app" >/dev/null
mkdir -p "$WORK/classes"
javac -nowarn -proc:none -cp "$WORK/app/shopfront.jar" -d "$WORK/classes" bench/ledger/FillLedger.java

pg_start "$WORK" "$PGPORT"
psql_pg() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres "$@"; }
psql_pg -c "create database shopfront"

export SPRING_PROFILES_ACTIVE=postgres
export SHOPFRONT_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/shopfront"
export SHOPFRONT_DB_USER=postgres
export SHOPFRONT_DB_PASSWORD=

echo "== Filling the ledger with $ENTRIES entries (batches of $BATCH, the application's appender)"
# shellcheck disable=SC2086
SHOPFRONT_DB_URL="$SHOPFRONT_DB_URL?reWriteBatchedInserts=true" \
	java $JAVA_OPTS -cp "$WORK/classes:$WORK/app/shopfront.jar" org.shopfront.ledger.FillLedger "$ENTRIES" "$BATCH"
psql_pg -d shopfront -c "vacuum analyze ledger_entry"
psql_pg -d shopfront -At -c "select 'table size: ' || pg_size_pretty(pg_total_relation_size('ledger_entry'))"

for run in $(seq 1 "$RUNS"); do
	echo "== verify-ledger, run $run of $RUNS"
	start=$(date +%s.%N)
	# shellcheck disable=SC2086
	java $JAVA_OPTS -jar target/shopfront.jar verify-ledger | tail -n 1
	end=$(date +%s.%N)
	python3 -c "print('wall clock, JVM start to exit: %.2f s' % ($end - $start))"
done

echo "== Changing entry $((ENTRIES - 2)) past the trigger; verify-ledger must exit 1 and name it"
psql_pg -d shopfront -c "alter table ledger_entry disable trigger ledger_entry_append_only;
	update ledger_entry set content = content || ' ' where sequence_number = $((ENTRIES - 2));
	alter table ledger_entry enable trigger ledger_entry_append_only;"
set +e
# shellcheck disable=SC2086
java $JAVA_OPTS -jar target/shopfront.jar verify-ledger | tail -n 1
status=${PIPESTATUS[0]}
set -e
echo "exit code: $status"
[ "$status" = 1 ] || { echo "expected exit code 1" >&2; exit 1; }
