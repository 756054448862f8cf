#!/usr/bin/env bash
# Issue 14's scale benchmark: every page and API list of the issue's table with wrk at 8
# connections, per size, on a throwaway PostgreSQL 15 (bench/postgres.sh) with the packaged jar
# (profiles postgres,demo): p95 (wrk's done()), app and PostgreSQL CPU per request from /proc
# (the app's also split into its request threads, JIT compiler threads and garbage collectors),
# the inbox badge's SQL by EXPLAIN ANALYZE (the generic plan the driver runs from the sixth
# execution on), and the start-up time at size (JVM start to /actuator/health UP, on a database
# whose backfills are done, as after an upgrade).
#   demo: the demo company as the demo profile seeds it (150 people, ~4,000 orders). Its list
#         pages are measured twice: as the table's people (few rows) and, as "demo (busiest)",
#         as the demo's person with the most rows in each list (pages as full as at 1M). The
#         grown sizes measure them again, as "<size> (the demo's busiest)": the same people's
#         same rows among everyone else's (the demo's busiest approver has 3 orders waiting, M 40).
#   100k: as 1m, a tenth of it (5k people, 100k orders, 2k open, 100k notices, 20k tickets, 100k
#         ledger entries); C and M as at 1m.
#   1m:   the demo, then bench/lists/fill.sql (50k people, 1M orders with their promises, 20k of
#         them open, 1M notices, 200k tickets placed at 30 pain points by one mining run),
#         LEDGER entries chained after the demo's by the app's own appender
#         (bench/ledger/FillLedger.java), then bench/scale/fill-extras.sql, and one start of the
#         app that runs its backfills (scoreboard, pain-point rollups) to the end.
# KEEP=1 keeps each size's cluster under $STATE/<size> and reuses it on the next run (no refill);
# FILL_ONLY=1 grows the databases and measures nothing (the fill can run outside the bench lock).
# Usage: flock /work/bench.lock bash bench/scale/run.sh
#   env: PGPORT=55460 APP_PORT=18090 DURATION=15 SIZES="demo 1m" KEEP=0 STATE=/tmp/shopfront-scale JAR=target/shopfront.jar
#        LEDGER=1000000 PAGES="store orders ..." (a subset of the pages below)
#        WARMUP=3 (seconds of load on each page before it is measured; longer on a busy machine)
#        ROUNDS=2 (the pages measured twice in the same JVM, one round after the other: the first
#        round's pages are measured while the JIT still compiles, more so for the first pages
#        after a start; compare the last round's figures)
#        PROFILE=1 (JFR of the app over each measured page: bench/results/profile-scale-<size>-<page>.txt and .jfr)
#        STATEMENTS=1 (PostgreSQL's statements over each measured page, from pg_stat_statements: calls,
#        time and buffers per request of the page, in bench/results/scale/statements-<size>-<page>.txt)
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
KEEP=${KEEP:-0}
FILL_ONLY=${FILL_ONLY:-0}
STATE=${STATE:-/tmp/shopfront-scale}
LEDGER=${LEDGER:-1000000}
PAGES=${PAGES:-}
WARMUP=${WARMUP:-3}
PROFILE=${PROFILE:-0}
STATEMENTS=${STATEMENTS:-0}
[ "$STATEMENTS" != 1 ] || export PG_OPTIONS="${PG_OPTIONS:-} -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_planning=on"
ROUNDS=${ROUNDS:-1}
JAR=${JAR:-target/shopfront.jar}
RESULTS="$ROOT/bench/results/scale"
mkdir -p "$RESULTS" "$STATE"

. bench/postgres.sh
. bench/http.sh
. bench/measure.sh
command -v wrk >/dev/null || { echo "wrk not found (apt-get install wrk)" >&2; exit 1; }
[ -f "$JAR" ] || mvn -o -q -DskipTests package

WORK=$(mktemp -d /tmp/shopfront-scale-run.XXXXXX)
APP_PID=""
stop_app() {
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
		kill -9 "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=""
}
cleanup() {
	set +e
	stop_app
	pg_stop
	cp "$WORK/app.log" "$RESULTS/app.log" 2>/dev/null
	rm -rf "$WORK"
	[ "$KEEP" = 1 ] || rm -rf "$STATE"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
psql_pg() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres "$@"; }
sql() { psql_pg -d shopfront -At -c "$1"; }
BASE="http://127.0.0.1:$APP_PORT"
export SHOPFRONT_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/shopfront" SHOPFRONT_DB_USER=shopfront SHOPFRONT_DB_PASSWORD=shopfront

start_app() {  # sets APP_PID and STARTUP_SECONDS (until UP); not in a subshell, so stop_app finds the app
	local t0 learnt
	learnt=$(grep -c 'Learnt delivery forecasts' "$WORK/app.log" 2>/dev/null || true)
	t0=$(date +%s.%N)
	java -Xmx1g -jar "$JAR" --spring.profiles.active=postgres,demo --server.port="$APP_PORT" \
		>>"$WORK/app.log" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 1200); do
		kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/app.log" >&2; exit 1; }
		curl -fsS --max-time 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
		sleep 0.5
	done
	STARTUP_SECONDS=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b - a}')
	# Once started, the app learns its delivery forecasts from the order history (Forecasts on
	# ApplicationReadyEvent: 13 s of a core at 1M orders, after UP): the first page measured
	# must not pay for it, so the pages wait for it (start-up is still counted until UP).
	for _ in $(seq 1 240); do
		[ "$(grep -c 'Learnt delivery forecasts' "$WORK/app.log" || true)" -gt "${learnt:-0}" ] && break
		sleep 0.5
	done
}

wait_for() {  # what, SQL that returns t when done: polls for up to 30 minutes
	local what=$1 query=$2
	for _ in $(seq 1 1800); do
		[ "$(sql "$query")" = t ] && return 0
		kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/app.log" >&2; exit 1; }
		sleep 1
	done
	echo "$what: not done after 30 minutes" >&2
	exit 1
}

fill_ledger() {  # entries: chained after the demo's, through the app's appender
	rm -rf "$WORK/app" "$WORK/classes"  # a second size extracts again
	java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
	mkdir -p "$WORK/classes"
	local app="$WORK/app/$(basename "$JAR")"  # extract names the jar as the one given
	javac -nowarn -proc:none -cp "$app" -d "$WORK/classes" bench/ledger/FillLedger.java
	SHOPFRONT_DB_URL="$SHOPFRONT_DB_URL?reWriteBatchedInserts=true" SPRING_PROFILES_ACTIVE=postgres \
		java -Xmx1g -cp "$WORK/classes:$app" org.shopfront.ledger.FillLedger "$1" 10000
}

grow() {  # size: a fresh cluster with the demo, grown to the size
	local size=$1 t0
	pg_start "$STATE/$size" "$PGPORT"
	psql_pg -d postgres -c "create role shopfront login password 'shopfront'" -c "create database shopfront owner shopfront"
	start_app
	echo "== $size: demo seeding (started in $STARTUP_SECONDS s)"
	for _ in $(seq 1 1200); do grep -q 'Demo data: ' "$WORK/app.log" && break; sleep 0.5; done
	wait_for "scoreboard backfill" "select state = 'DONE' from score_backfill"
	stop_app
	if [ "$size" != demo ]; then
		local scale=1 ledger=$LEDGER
		[ "$size" = 1m ] || { scale=10; ledger=$((LEDGER / 10)); }
		t0=$(date +%s)
		echo "== $size: bench/lists/fill.sql"
		psql_pg -d shopfront -v orders=$((1000000 / scale)) -v people=$((50000 / scale)) \
			-v open=$(((20000 / scale) - 48)) -v notices=$((1000000 / scale)) -v tickets=$((200000 / scale)) \
			-f bench/lists/fill.sql >/dev/null
		echo "== $size: $ledger ledger entries"
		fill_ledger "$ledger"
		psql_pg -d shopfront -f bench/scale/fill-extras.sql >/dev/null
		echo "== $size: the app's backfills"
		start_app
		wait_for "pain-point rollups" "select status = 'DONE' from pain_point_rollup_backfill"
		wait_for "scoreboard backfill" "select state = 'DONE' from score_backfill"
		stop_app
		psql_pg -d shopfront -c "vacuum analyze" >/dev/null
		echo "== $size grown in $(($(date +%s) - t0)) s: $(sql "select (select count(*) from app_user) || ' people, ' || (select count(*) from purchase_order) || ' orders, ' || (select count(*) from notice) || ' notices, ' || (select count(*) from ticket) || ' tickets, ' || (select count(*) from ledger_entry) || ' ledger entries, ' || (select count(*) from purchase_order where status in ('OPEN', 'IN_PROGRESS')) || ' open orders'")"
	fi
	touch "$STATE/$size/grown"
}

cat >"$WORK/get.lua" <<'LUA'
local headers, path = nil, nil
function init(args)
	path = args[2]
	if path:find("^/api/") then headers = { Authorization = args[1], Accept = "application/json" }
	else headers = { Cookie = args[1], Accept = "text/html" } end
end
function request() return wrk.format("GET", path, headers) end
function done(summary, latency, requests)
	io.write(string.format("p95_ms %.2f\n", latency:percentile(95) / 1000))
	io.write(string.format("non2xx %d\n", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
LUA

threads_split() {  # the app's CPU ticks in its request threads, JIT compiler threads and garbage collectors (bench/measure.sh's thread_ticks)
	thread_ticks | awk '{ t[$1] = $2 } END { printf "%d %d %d\n", t["requests"], t["jit"], t["gc"] }'
}

measure() {  # size name user path
	local size=$1 name=$2 user=$3 path=$4 cookie pids app0 pg0 app1 pg1 threads0 threads1 out requests p95 errors status
	if [ -n "$PAGES" ] && ! [[ " $PAGES " == *" $name "* ]]; then return 0; fi
	if [[ "$path" == /api/* ]]; then  # machine clients sign each request (HTTP Basic), pages use the session
		cookie="Basic $(printf '%s:%s' "$user" "$PASSWORD" | base64 -w 0)"
		status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: $cookie" "$BASE$path")
	else
		cookie=$(login "$user") || { echo "| $size | $name | $path | sign-in as $user failed |" | tee -a "$OUT"; return 0; }
		status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE$path")
	fi
	pids=$(pg_pids)
	wrk -t "$THREADS" -c "$CLIENTS" -d "${WARMUP}s" -s "$WORK/get.lua" "$BASE" -- "$cookie" "$path" >/dev/null
	profile_start
	statements_start
	threads0=$(threads_split); app0=$(proc_ticks "$APP_PID"); pg0=$(proc_ticks $pids)
	out=$(wrk -t "$THREADS" -c "$CLIENTS" -d "${DURATION}s" -s "$WORK/get.lua" "$BASE" -- "$cookie" "$path")
	app1=$(proc_ticks "$APP_PID"); pg1=$(proc_ticks $pids); threads1=$(threads_split)
	profile_stop "scale-${size%% *}$([[ "$size" == *busiest* ]] && echo -busiest)-$name"
	requests=$(echo "$out" | awk '/requests in/{print $1}')
	statements_stop "${size%% *}$([[ "$size" == *busiest* ]] && echo -busiest)-$name" "$requests"
	p95=$(echo "$out" | awk '$1=="p95_ms"{print $2}')
	errors=$(echo "$out" | awk '$1=="non2xx"{print $2}')
	echo "| $size | $name | \`$path\` | $status | $requests | $p95 | $(awk -v t=$((app1 - app0)) -v n="$requests" -v hz="$HZ" 'BEGIN{printf "%.2f", t * 1000 / hz / n}') | $(awk -v t=$((pg1 - pg0)) -v n="$requests" -v hz="$HZ" 'BEGIN{printf "%.2f", t * 1000 / hz / n}') | $(awk -v a="$threads0" -v b="$threads1" -v n="$requests" -v hz="$HZ" 'BEGIN{split(a, x, " "); split(b, y, " "); printf "%.2f / %.2f / %.2f", (y[1] - x[1]) * 1000 / hz / n, (y[2] - x[2]) * 1000 / hz / n, (y[3] - x[3]) * 1000 / hz / n}') | $(cut -d ' ' -f 1 /proc/loadavg) |$([ "$errors" = 0 ] || echo " $errors errors")" | tee -a "$OUT"
}

statements_start() {  # with STATEMENTS=1: pg_stat_statements emptied before a measured page
	[ "$STATEMENTS" = 1 ] || return 0
	sql "set client_min_messages = warning; create extension if not exists pg_stat_statements" >/dev/null
	sql "select pg_stat_statements_reset()" >/dev/null
}

statements_stop() {  # name requests: with STATEMENTS=1, the page's statements per request of the page, costliest first
	[ "$STATEMENTS" = 1 ] || return 0
	psql_pg -d shopfront -P pager=off -c "select round(calls::numeric / $2, 2) as per_request,
	       round((total_exec_time + total_plan_time)::numeric * 1000 / $2, 1) as us_per_request,
	       round(shared_blks_hit::numeric / nullif(calls, 0), 1) as hit_per_call,
	       round(shared_blks_read::numeric / nullif(calls, 0), 1) as read_per_call,
	       round(rows::numeric / nullif(calls, 0), 1) as rows_per_call, left(regexp_replace(query, '\s+', ' ', 'g'), 160) as query
	  from pg_stat_statements where dbid = (select oid from pg_database where datname = 'shopfront')
	 order by total_exec_time + total_plan_time desc limit 25" >"$RESULTS/statements-$1.txt"
}

walk() {  # size name user path row-pattern: follows "more" as htmx does, to the list's last row
	local size=$1 name=$2 user=$3 path=$4 pattern=$5 cookie next=$4 pages=0 rows=0 body t0 slowest=0 t1 ms
	if [ -n "$PAGES" ] && ! [[ " $PAGES " == *" walk-$name "* ]]; then return 0; fi
	cookie=$(login "$user") || return 0
	t0=$(date +%s%N)
	: >"$WORK/walk-rows"
	while [ -n "$next" ]; do
		t1=$(date +%s%N)
		body=$(curl -fsS --max-time 30 -H "Cookie: $cookie" $([ "$pages" -gt 0 ] && echo "-H HX-Request:true") "$BASE$next")
		ms=$((($(date +%s%N) - t1) / 1000000)); [ "$ms" -le "$slowest" ] || slowest=$ms
		pages=$((pages + 1))
		echo "$body" | grep -oE "$pattern" >>"$WORK/walk-rows" || true
		next=$(echo "$body" | { grep -oE 'hx-get="[^"]*cursor=[^"]*"' || true; } | tail -n 1 | sed -E 's/^hx-get="//; s/"$//; s/&amp;/\&/g')
	done
	rows=$(wc -l <"$WORK/walk-rows")
	echo "walk ($size) $name: $pages pages, $rows rows ($(sort "$WORK/walk-rows" | uniq -d | wc -l) shown twice), $((($(date +%s%N) - t0) / 1000000)) ms in all, slowest page $slowest ms" | tee -a "$OUT"
}

badge_sql() {  # person id: the badge's count as the app sends it, generic plan, EXPLAIN ANALYZE
	local ms
	ms=$(psql_pg -d shopfront -At <<SQL | sed -nE 's/^Execution Time: ([0-9.]+) ms/\1/p'
set plan_cache_mode = force_generic_plan;
prepare q(uuid) as select count(*) from notice where recipient_id = \$1 and read_at is null;
execute q('$1'); execute q('$1');
explain (analyze, buffers) execute q('$1');
SQL
)
	echo "inbox badge SQL ($size, generic plan, EXPLAIN ANALYZE): $ms ms" | tee -a "$OUT"
}

busiest() {  # column [condition] [table]: the demo's person with the most rows of a list (by that column; the grown people, personN, left out)
	sql "select u.username from app_user u join ${3:-purchase_order} x on x.$1 = u.id where u.username not like 'person%' ${2:+and ${2#where }} group by u.username order by count(*) desc, u.username limit 1"
}

full_lists() {  # size-label: the list pages again as the demo's people with the most rows in each: at demo size so that both sizes render pages as full, at the grown sizes the same people's same rows among all the others
	local size=$1
	measure "$size" orders "$(busiest customer_id)" /orders
	measure "$size" api-orders "$(busiest customer_id)" /api/orders
	measure "$size" inbox "$(busiest recipient_id "" notice)" /inbox
	measure "$size" approvals "$(busiest manager_id "where x.status = 'AWAITING_APPROVAL'")" /approvals
	measure "$size" reports "$(busiest manager_id)" "/orders?scope=reports"
}

pages() {  # size: every page of the issue's table, as the people who open them
	local size=$1 customer=customer manager=manager id need order pain
	if [ "$size" != demo ]; then customer=person1; manager=person2; fi
	id=$(sql "select id from app_user where username = '$customer'")
	need=$(sql "select need_id from purchase_order where customer_id = '$id' order by placed_at desc limit 1")
	order=$(sql "select id from purchase_order where customer_id = '$id' order by placed_at desc limit 1")
	pain=$(sql "select p.id from pain_point p join mining_run r on r.id = p.run_id where r.status = 'DONE' order by r.finished_at desc, p.position limit 1")
	measure "$size" store "$customer" /store
	measure "$size" need "$customer" "/needs/$need"
	measure "$size" order "$customer" "/orders/$order"
	measure "$size" orders "$customer" /orders
	measure "$size" api-orders "$customer" /api/orders
	measure "$size" inbox "$customer" /inbox
	measure "$size" badge "$customer" /inbox/badge
	measure "$size" listening fulfiller /listening
	measure "$size" pain-point fulfiller "/listening/pain-points/$pain"
	measure "$size" public-pain-points "$customer" /pain-points/public
	measure "$size" fulfilment fulfiller /fulfilment
	measure "$size" approvals "$manager" /approvals
	measure "$size" reports "$manager" "/orders?scope=reports"
	if [ "$size" = demo ]; then full_lists "demo (busiest)"; else full_lists "$size (the demo's busiest)"; fi
	measure "$size" users admin /admin/users
	measure "$size" ledger admin /admin/ledger
	measure "$size" scoreboard-api admin /api/scoreboard
	badge_sql "$id"
	walk "$size" orders "$customer" /orders 'href="/orders/[0-9a-f-]{36}"'
	walk "$size" pain-point-tickets fulfiller "/listening/pain-points/$pain" '<td><span>[^<]+</span> <span class="text-muted small">[^<]*</span>'
}

OUT="$RESULTS/pages-$(date -u +%Y%m%dT%H%M).md"
echo "commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (uncommitted changes)'), load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)" | tee "$OUT"
for size in $SIZES; do
	if [ "$KEEP" != 1 ] || [ ! -f "$STATE/$size/grown" ]; then
		rm -rf "${STATE:?}/$size"
		mkdir -p "$STATE/$size"
		grow "$size"
	else
		pg_start "$STATE/$size" "$PGPORT"
	fi
	if [ "$FILL_ONLY" != 1 ]; then
		start_app
		echo "start-up ($size): $STARTUP_SECONDS s" | tee -a "$OUT"
		echo "| size | page | path | status | requests | p95 ms | app CPU ms/request | PostgreSQL CPU ms/request | of the app's: request threads / JIT / GC | load (1 min) |" | tee -a "$OUT"
		echo "|---|---|---|---|---|---|---|---|---|---|" | tee -a "$OUT"
		for round in $(seq 1 "$ROUNDS"); do
			[ "$ROUNDS" = 1 ] || echo "round $round ($size)" | tee -a "$OUT"
			pages "$size"
		done
		stop_app
	fi
	pg_stop
done
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)" | tee -a "$OUT"
