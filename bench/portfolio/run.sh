#!/usr/bin/env bash
# Portfolio benchmark (issue 10): with INITIATIVES finished initiatives (default 5,000) and
# ENTRIES ledger entries (default 200,000) in PostgreSQL, the p95 latency of /portfolio (a
# business leader's page) and /api/portfolio under CLIENTS connections (target: under 50 ms),
# beside a baseline (the sign-in page, GET /login) measured in the same run, with the CPU per
# request of the app and of PostgreSQL from /proc.
# Usage: bash bench/portfolio/run.sh   (env: INITIATIVES=5000 ENTRIES=200000 DURATION=15
#        WARMUP=30 CLIENTS=8 THREADS=2 PGPORT=55437 APP_PORT=18087 APP_JAVA_OPTS=-Xmx1g APP_ARGS=
#        JAR=target/shopfront.jar BEFORE_JAR= PROFILE=0)
# BEFORE_JAR=path/to/an-older-shopfront.jar measures that jar's page too, on the same data in
# the same run, and prints the ratio of the two (before/after). PROFILE=1 records the app with
# Java Flight Recorder during the measured page run (bench/results/portfolio-profile-page.jfr).
# Steps: a throwaway PostgreSQL (bench/postgres.sh); the app once with postgres,demo (schema and
# the demo, its initiatives included); bench/portfolio/fill.sql adds the initiatives, their
# promises, portfolio rows and ledger entries; the app again; wrk (bench/scoreboard/get.lua)
# per path. The portfolio is served from memory for shopfront.initiatives.portfolio-cache-for
# (10 s) between reads; APP_ARGS=--shopfront.initiatives.portfolio-cache-for=0s measures every
# read from the database. Everything it starts is stopped on exit.
set -euo pipefail

cd "$(dirname "$0")/../.."
INITIATIVES=${INITIATIVES:-5000}
ENTRIES=${ENTRIES:-200000}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-30}
CLIENTS=${CLIENTS:-8}
THREADS=${THREADS:-2}
PASSWORD=demo
PGPORT=${PGPORT:-55437}
APP_PORT=${APP_PORT:-18087}
APP_JAVA_OPTS=${APP_JAVA_OPTS:--Xmx1g}
APP_ARGS=${APP_ARGS:-}
JAR=${JAR:-target/shopfront.jar}
BEFORE_JAR=${BEFORE_JAR:-}
PROFILE=${PROFILE:-0}
RESULTS="$(pwd)/bench/results"
mkdir -p "$RESULTS"

. bench/postgres.sh
. bench/http.sh
command -v wrk >/dev/null || { echo "wrk not found (apt-get install wrk)" >&2; exit 1; }
[ -f "$JAR" ] || mvn -o -q -DskipTests package

WORK=$(mktemp -d /tmp/shopfront-portfolio-bench.XXXXXX)
APP_PID=""
BASE="http://127.0.0.1:$APP_PORT"
stop_app() {
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
		kill -9 "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=""
}
cleanup() { set +e; stop_app; pg_stop; cp "$WORK"/app-*.log "$RESULTS/" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
psql_pg() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres "$@"; }

HZ=$(getconf CLK_TCK)
proc_ticks() { local t=0 p line; for p in "$@"; do
	line=$(cat "/proc/$p/stat" 2>/dev/null) || continue; line=${line##*) }
	t=$((t + $(echo "$line" | awk '{print $12 + $13}'))); done; echo "$t"; }
pg_pids() { local pm; pm=$(head -n 1 "$PGDATA/postmaster.pid"); echo "$pm" $(ps -o pid= --ppid "$pm"); }

start_app() {  # log-name [jar]
	SHOPFRONT_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/shopfront" SHOPFRONT_DB_USER=shopfront \
		SHOPFRONT_DB_PASSWORD=shopfront java $APP_JAVA_OPTS -jar "${2:-$JAR}" \
		--spring.profiles.active=postgres,demo --server.port="$APP_PORT" $APP_ARGS >"$WORK/app-portfolio-$1.log" 2>&1 &
	APP_PID=$!
	local i
	for i in $(seq 1 1800); do
		kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/app-portfolio-$1.log" >&2; exit 1; }
		curl -fsS --max-time 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
		sleep 1
	done
	echo "   UP after ~${i}s"
}

pg_start "$WORK" "$PGPORT"
psql_pg -d postgres -c "create role shopfront login password 'shopfront'" -c "create database shopfront owner shopfront"
echo "   load average before the run: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "== First start with postgres,demo"
start_app demo
stop_app
echo "== Filling $INITIATIVES initiatives and $ENTRIES ledger entries"
psql_pg -d shopfront -v initiatives="$INITIATIVES" -v entries="$ENTRIES" -f bench/portfolio/fill.sql
psql_pg -d shopfront -c "vacuum analyze"
psql_pg -d shopfront -tAc "select 'initiatives ' || (select count(*) from initiative) || ', portfolio rows '
	|| (select count(*) from portfolio_entry) || ', ledger entries ' || (select count(*) from ledger_entry)" | sed 's/^/   /'
start_app bench

page_input() {  # sessions are the running app's: signed in again after each start
	echo "header Accept: text/html" >"$WORK/page.txt"
	for _ in $(seq 1 "$CLIENTS"); do echo "rotate Cookie: $(login manager)" >>"$WORK/page.txt"; done
	echo "path /portfolio" >>"$WORK/page.txt"
}
page_input
{ echo "header Accept: application/json"
	echo "rotate Authorization: Basic $(printf '%s:%s' manager "$PASSWORD" | base64 -w 0)"
	echo "path /api/portfolio"; } >"$WORK/api.txt"
echo "path /login" >"$WORK/baseline.txt"

measure() {  # seconds name input
	local app0 pg0 app1 pg1 pids out="$WORK/$2.wrk"
	pids=$(pg_pids); app0=$(proc_ticks "$APP_PID"); pg0=$(proc_ticks $pids)
	if [ "$PROFILE" = 1 ] && [ "$2" = page ]; then jcmd "$APP_PID" JFR.start name=bench settings=profile >/dev/null; fi
	wrk -t "$THREADS" -c "$CLIENTS" -d "${1}s" --timeout 15s --latency -s bench/scoreboard/get.lua "$BASE" -- "$2" "$3" >"$out" 2>&1
	app1=$(proc_ticks "$APP_PID"); pg1=$(proc_ticks $pids)
	if [ "$PROFILE" = 1 ] && [ "$2" = page ]; then
		jcmd "$APP_PID" JFR.stop name=bench filename="$RESULTS/portfolio-profile-page.jfr" >/dev/null
	fi
	local n; n=$(sed -n "s/^result $2_count=//p" "$out")
	cp "$out" "$RESULTS/wrk-portfolio-$2.txt"
	printf '   %-10s p50 %s  p95 %s  p99 %s ms  %s/s  errors %s\n' "$2" "$(sed -n "s/^result $2_p50_ms=//p" "$out")" \
		"$(sed -n "s/^result $2_p95_ms=//p" "$out")" "$(sed -n "s/^result $2_p99_ms=//p" "$out")" \
		"$(sed -n "s/^result $2_per_second=//p" "$out")" "$(sed -n "s/^result $2_errors=//p" "$out")"
	awk -v a=$((app1 - app0)) -v p=$((pg1 - pg0)) -v hz="$HZ" -v n="${n:-0}" -v name="$2" -v l="$(cut -d ' ' -f 1 /proc/loadavg)" \
		'BEGIN{ if (n > 0) printf "   %-10s CPU per request: app %.2f ms, PostgreSQL %.2f ms (load %s)\n", name, 1000 * a / hz / n, 1000 * p / hz / n, l }'
}
echo "== Warm-up ${WARMUP}s"
measure "$WARMUP" warm-page "$WORK/page.txt" >/dev/null
measure "$((WARMUP / 2))" warm-api "$WORK/api.txt" >/dev/null
echo "== Measured: ${DURATION}s each, $CLIENTS connections"
measure "$DURATION" page "$WORK/page.txt"
measure "$DURATION" api "$WORK/api.txt"
measure "$DURATION" baseline "$WORK/baseline.txt"
if [ -n "$BEFORE_JAR" ]; then
	echo "== The same with $BEFORE_JAR"
	stop_app
	start_app before "$BEFORE_JAR"
	page_input
	measure "$WARMUP" warm-before "$WORK/page.txt" >/dev/null
	measure "$DURATION" before "$WORK/page.txt"
	awk -v b="$(sed -n 's/^result before_p95_ms=//p' "$WORK/before.wrk")" -v a="$(sed -n 's/^result page_p95_ms=//p' "$WORK/page.wrk")" \
		-v rb="$(sed -n 's/^result before_per_second=//p' "$WORK/before.wrk")" -v ra="$(sed -n 's/^result page_per_second=//p' "$WORK/page.wrk")" \
		'BEGIN{ printf "   page before/after: p95 %.1fx, throughput after/before %.1fx\n", b / a, ra / rb }'
fi
