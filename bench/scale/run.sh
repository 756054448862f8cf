#!/usr/bin/env bash
# Issue 14's scale benchmark: every page and API list of the issue's table, with wrk at 8
# connections, at demo size and at company size (bench/lists/fill.sql: 1M orders, 1M notices,
# 50k people, 200k tickets; bench/scale/fill-extras.sql), with CPU per request from /proc as in
# bench/run.sh, the inbox badge's SQL by EXPLAIN ANALYZE, and the start-up time at size.
# DRAFT: written at the end of the scale branch's time and NOT yet run end to end; the ledger
# chain, scoreboard rollups, and the fulfiller/admin sign-ins at size are still to do.
# Usage: bash bench/scale/run.sh   (env: PGPORT=55460 APP_PORT=18090 DURATION=15 SIZES="demo 1m")
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
PGPORT=${PGPORT:-55460}
APP_PORT=${APP_PORT:-18090}
DURATION=${DURATION:-15}
CLIENTS=8
THREADS=2
PASSWORD=demo
SIZES=${SIZES:-demo 1m}
RESULTS="$ROOT/bench/results/scale"
mkdir -p "$RESULTS"

. bench/postgres.sh
. bench/http.sh
command -v wrk >/dev/null || { echo "wrk not found (apt-get install wrk)" >&2; exit 1; }

WORK=$(mktemp -d /tmp/shopfront-scale.XXXXXX)
APP_PID=""
stop_app() {
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
	fi
	APP_PID=""
}
cleanup() { set +e; stop_app; pg_stop; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
psql_pg() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres "$@"; }

pg_start "$WORK" "$PGPORT"
psql_pg -d postgres -c "create role shopfront login password 'shopfront'" -c "create database shopfront owner shopfront"
[ -f target/shopfront.jar ] || mvn -q -DskipTests package
BASE="http://127.0.0.1:$APP_PORT"

start_app() {  # sets APP_PID and STARTUP_SECONDS (the seconds until UP); not in a subshell, so stop_app finds the app
	local t0 i
	t0=$(date +%s.%N)
	SHOPFRONT_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/shopfront" SHOPFRONT_DB_USER=shopfront SHOPFRONT_DB_PASSWORD=shopfront \
		java -Xmx1g -jar target/shopfront.jar --spring.profiles.active=postgres,demo --server.port="$APP_PORT" \
		>>"$WORK/app.log" 2>&1 &
	APP_PID=$!
	for i in $(seq 1 600); do
		kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/app.log" >&2; exit 1; }
		curl -fsS --max-time 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
		sleep 0.5
	done
	STARTUP_SECONDS=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b - a}')
}

proc_ticks() { local t=0 p line; for p in "$@"; do
	line=$(cat "/proc/$p/stat" 2>/dev/null) || continue; line=${line##*) }
	read -r -a f <<<"$line"; t=$((t + f[11] + f[12])); done; echo "$t"; }
pg_pids() { local pm; pm=$(head -n 1 "$PGDATA/postmaster.pid"); echo "$pm" $(ps -o pid= --ppid "$pm"); }

cat >"$WORK/get.lua" <<'LUA'
local cookie, path = nil, nil
function init(args) cookie = args[1]; path = args[2] end
function request() return wrk.format("GET", path, { Cookie = cookie }) end
function done(summary, latency, requests) io.write(string.format("p95_ms %.2f\n", latency:percentile(95) / 1000)) end
LUA

measure() {  # size name user path
	local size=$1 name=$2 user=$3 path=$4 cookie pids app0 pg0 app1 pg1 out requests p95
	cookie=$(login "$user") || return 0
	pids=$(pg_pids)
	wrk -t "$THREADS" -c "$CLIENTS" -d 3s -s "$WORK/get.lua" "$BASE" -- "$cookie" "$path" >/dev/null
	app0=$(proc_ticks "$APP_PID"); pg0=$(proc_ticks $pids)
	out=$(wrk -t "$THREADS" -c "$CLIENTS" -d "${DURATION}s" --latency -s "$WORK/get.lua" "$BASE" -- "$cookie" "$path")
	app1=$(proc_ticks "$APP_PID"); pg1=$(proc_ticks $pids)
	requests=$(echo "$out" | awk '/requests in/{print $1}')
	p95=$(echo "$out" | awk '$1=="p95_ms"{print $2}')
	echo "| $size | $name | $path | $requests | $p95 | $(awk -v t=$((app1 - app0)) -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN{printf "%.2f", t * 1000 / hz / n}') | $(awk -v t=$((pg1 - pg0)) -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN{printf "%.2f", t * 1000 / hz / n}') |" | tee -a "$RESULTS/pages.md"
}

pages() {  # size: every page of the issue's table, as the people who open them
	local size=$1 customer=customer manager=manager
	if [ "$size" = 1m ]; then customer=person1; manager=person2; fi
	measure "$size" store customer /store
	measure "$size" orders "$customer" /orders
	measure "$size" api-orders "$customer" "/api/orders"
	measure "$size" inbox "$customer" /inbox
	measure "$size" badge "$customer" /inbox/badge
	measure "$size" listening fulfiller /listening
	measure "$size" public-pain-points customer /pain-points/public
	measure "$size" fulfilment fulfiller /fulfilment
	measure "$size" approvals "$manager" /approvals
	measure "$size" reports "$manager" "/orders?scope=reports"
	measure "$size" users admin /admin/users
	measure "$size" ledger admin /admin/ledger
	measure "$size" scoreboard-api admin /api/scoreboard
}

echo "load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)" | tee "$RESULTS/pages.md"
echo "| size | page | path | requests | p95 ms | app CPU ms/request | PostgreSQL CPU ms/request |" | tee -a "$RESULTS/pages.md"
echo "|---|---|---|---|---|---|---|" | tee -a "$RESULTS/pages.md"
for size in $SIZES; do
	if [ "$size" = 1m ]; then
		stop_app
		psql_pg -d shopfront -f bench/lists/fill.sql >/dev/null
		psql_pg -d shopfront -f bench/scale/fill-extras.sql >/dev/null
	fi
	start_app
	echo "start-up ($size): $STARTUP_SECONDS s" | tee -a "$RESULTS/pages.md"
	pages "$size"
done
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)" | tee -a "$RESULTS/pages.md"
