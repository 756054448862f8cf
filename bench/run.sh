#!/usr/bin/env bash
# Shopfront benchmark: order placement through the API against a bare one-row INSERT
# transaction on the same PostgreSQL, and p95 latency of the catalog and order pages.
# Usage: bash bench/run.sh   (env: DURATION=20 WARMUP=30 CLIENTS=8 THREADS=2
#        PGPORT=55432 APP_PORT=18080 APP_JAVA_OPTS=-Xmx1g THREAD_DUMPS=0 PROFILE=0 REBUILD=0 START_TIMEOUT=240
#        ORDERS_ONLY=0 PAGES_ONLY=0 JAR=target/shopfront.jar)
# ORDERS_ONLY=1 measures only pgbench and the orders (no pages, no floors), for comparing
# changes to an order's cost quickly; PAGES_ONLY=1 measures only the pages and the liveness
# probe (the yardstick of a page's CPU) and stops there; JAR runs another build (main's, say) with this script.
# The HTTP load comes from wrk (C, like pgbench) with bench/place-order.lua and bench/pages.lua,
# so that the load generator takes about as little CPU from the shared cores as pgbench does.
# PROFILE=1 records the app with Java Flight Recorder during each measured run and writes
# bench/results/profile-<run>.txt (hottest frames, share of samples per library) and .jfr.
# Everything it starts (PostgreSQL in a temp dir, the app) is stopped on exit.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-30}
CLIENTS=${CLIENTS:-8}
THREADS=${THREADS:-2}  # wrk threads; CLIENTS connections are spread over them
PASSWORD=demo          # of every demo person
PGPORT=${PGPORT:-55432}
APP_PORT=${APP_PORT:-18080}
APP_JAVA_OPTS=${APP_JAVA_OPTS:--Xmx1g}
APP_ARGS=${APP_ARGS:-}  # extra Spring arguments for experiments, e.g. --spring.web.resources.static-locations=classpath:/static/
THREAD_DUMPS=${THREAD_DUMPS:-0}
PROFILE=${PROFILE:-0}
RESULTS="$ROOT/bench/results"
mkdir -p "$RESULTS"

. bench/postgres.sh
. bench/http.sh
. bench/measure.sh
[ -x "$PGBIN/pgbench" ] || { echo "pgbench not found in $PGBIN (apt-get install postgresql)" >&2; exit 1; }

ORDERS_ONLY=${ORDERS_ONLY:-0}
JAR=${JAR:-target/shopfront.jar}

if ! command -v wrk >/dev/null; then
	echo "== Installing wrk (HTTP load generator)"
	if [ "$(id -u)" = 0 ]; then
		apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
	else
		sudo apt-get install -y wrk >/dev/null
	fi
fi
command -v wrk >/dev/null || { echo "wrk not found (apt-get install wrk)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 not found (reads the JSON of /api/needs)" >&2; exit 1; }

WORK=$(mktemp -d /tmp/shopfront-bench.XXXXXX)
APP_PID=""

cleanup() { stop_app_and_pg app.log; }
trap cleanup EXIT
trap 'exit 130' INT TERM

psql_pg() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres "$@"; }

pg_start "$WORK" "$PGPORT"
psql_pg -d postgres -c "create role shopfront login password 'shopfront'" \
	-c "create database shopfront owner shopfront"
# The baseline table lives in its own schema so that Flyway still finds "public" empty.
psql_pg -d shopfront -c "create schema bench" \
	-c "create table bench.bench_insert (id bigserial primary key, payload text, created_at timestamptz default now())"
PG_VERSION=$(psql_pg -d postgres -tAc "show server_version")
echo "   PostgreSQL $PG_VERSION: fsync=$(psql_pg -d postgres -tAc 'show fsync'), synchronous_commit=$(psql_pg -d postgres -tAc 'show synchronous_commit')"

LOAD_BEFORE=$(cut -d ' ' -f 1-3 /proc/loadavg)
echo "   load average before the run: $LOAD_BEFORE"
echo "== Baseline: pgbench, one-row INSERT per transaction, $CLIENTS clients, ${DURATION}s"
timeout $((DURATION + 60)) "$PGBIN/pgbench" -n -c "$CLIENTS" -j 2 -T "$DURATION" -h 127.0.0.1 -p "$PGPORT" -U postgres \
	-f bench/insert-one-row.sql shopfront >"$WORK/pgbench.out" 2>&1 || { cat "$WORK/pgbench.out"; exit 1; }
PGBENCH_TPS=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$WORK/pgbench.out" | tail -n 1)
PGBENCH_LAT=$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' "$WORK/pgbench.out")
grep -E '^(number of transactions actually processed|number of failed|latency average|tps)' "$WORK/pgbench.out" | sed 's/^/   /'
[ -n "$PGBENCH_TPS" ] || { cat "$WORK/pgbench.out"; exit 1; }

echo "== Shopfront: build and start on port $APP_PORT with profiles postgres,demo"
# Rebuild when the jar is missing or older than the sources (after a merge, say).
if [ "$JAR" = target/shopfront.jar ] && { [ ! -f target/shopfront.jar ] || [ "${REBUILD:-0}" = 1 ] \
	|| [ -n "$(find pom.xml src/main -newer target/shopfront.jar -print -quit)" ]; }; then
	mvn -q -DskipTests package
fi
SHOPFRONT_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/shopfront" SHOPFRONT_DB_USER=shopfront SHOPFRONT_DB_PASSWORD=shopfront \
	java $APP_JAVA_OPTS -jar "$JAR" --spring.profiles.active=postgres,demo --server.port="$APP_PORT" $APP_ARGS \
	>"$WORK/app.log" 2>&1 &
APP_PID=$!
BASE="http://127.0.0.1:$APP_PORT"
for i in $(seq 1 "${START_TIMEOUT:-240}"); do
	if ! kill -0 "$APP_PID" 2>/dev/null; then echo "Shopfront exited during start-up:" >&2; tail -n 40 "$WORK/app.log" >&2; exit 1; fi
	if curl -fsS --max-time 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then break; fi
	[ "$i" = "${START_TIMEOUT:-240}" ] && { echo "Shopfront not UP after ${START_TIMEOUT:-240} s" >&2; tail -n 40 "$WORK/app.log" >&2; exit 1; }
	sleep 1
done
echo "   UP after ~${i}s"
psql_pg -d shopfront -tAc "select 'users ' || (select count(*) from app_user) || ', needs ' || (select count(*) from need)
	|| ', offerings ' || (select count(*) from offering) || ', orders ' || (select count(*) from purchase_order)" | sed 's/^/   demo data: /'

thread_dumps() {
	# Optional sampling of the app's threads during the measured run of place-orders.
	[ "$THREAD_DUMPS" -gt 0 ] || return 0
	sleep 2
	for n in $(seq 1 "$THREAD_DUMPS"); do
		jcmd "$APP_PID" Thread.print >"$RESULTS/threads-$n.txt" 2>/dev/null || true
		top -H -b -n 1 -d 1 -p "$APP_PID" 2>/dev/null | head -n 30 >"$RESULTS/threads-top-$n.txt" || true
		sleep 1
	done
}

# The demo's start-up work goes on in the background after the app is UP (the promise
# history's scoreboard backfill, mining the demo tickets): measuring during it would measure
# that work. Waits until the app and PostgreSQL together use under a tenth of a core over 5 s.
wait_until_idle() {
	local waited=0 before after pids
	while [ "$waited" -lt 600 ]; do
		pids=$(pg_pids)
		before=$(( $(proc_ticks "$APP_PID") + $(proc_ticks $pids) )); sleep 5; waited=$((waited + 5))
		after=$(( $(proc_ticks "$APP_PID") + $(proc_ticks $pids) ))
		if [ $((after - before)) -lt $((HZ / 2)) ]; then echo "   app idle after ${waited}s of background start-up work"; return 0; fi
	done
	echo "   app still busy after 600s; measuring anyway" >&2
}

# One wrk run: CLIENTS keep-alive connections over THREADS threads, closed loop (each
# connection sends its next request as soon as the previous one is answered).
wrk_run() {  # seconds script args...: prints wrk's output; last line "loadgen_ticks N"
	local seconds=$1 script=$2; shift 2
	(
		timeout $((seconds + 30)) wrk -t "$THREADS" -c "$CLIENTS" -d "${seconds}s" --timeout 15s --latency \
			-s "$script" "$BASE" -- "$@" || echo "wrk failed: $?" >&2
		# This subshell has waited for wrk: its children's CPU time is wrk's (user + system).
		read -r line <"/proc/$BASHPID/stat"; line=${line##*) }; read -r -a f <<<"$line"
		echo "loadgen_ticks $((f[13] + f[14]))"
	)
}

warm_up() {  # label script args...
	local label=$1; shift
	echo "   warm-up ($label), ${WARMUP}s ..."
	wrk_run "$WARMUP" "$@" >"$WORK/warmup-$label.txt" 2>&1
	grep -E '^(Requests/sec|  Non-2xx)|error' "$WORK/warmup-$label.txt" | sed 's/^/     /' || true
}

# The work still to do after the requests were answered: publications not yet completed (the
# listeners) and notice deliveries due now (the mails they send after their commits).
backlog() { psql_pg -d shopfront -tAc "select (select count(*) from event_publication where completion_date is null)
	+ (select count(*) from notice_delivery where state in ('PENDING', 'SENDING') and next_attempt_at <= now())"; }
drain_backlog() {  # waits (at most 600 s) until that backlog is empty; prints the seconds waited
	local start=$(date +%s.%N) n
	while n=$(backlog); [ "$n" -gt 0 ]; do
		if awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{exit !(b - a > 600)}'; then
			echo "   $n publications still incomplete after 600 s; counting anyway" >&2; break
		fi
		sleep 0.5
	done
	awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b - a}'
}

# What PostgreSQL counts for the app's database: transactions committed, rows inserted, updated
# and deleted. Independent of the load on the machine, unlike CPU time.
db_counters() { psql_pg -d postgres -tAc "select xact_commit, tup_inserted, tup_updated, tup_deleted
	from pg_stat_database where datname = 'shopfront'"; }

measure() {  # run out-file script args...: one measured run; results as key=value in out-file
	# With DRAIN=1 the run's CPU is counted until the event backlog it left is drained (the
	# listeners' work the requests triggered), and the run starts on a drained backlog.
	local run=$1 out=$2 script=$3; shift 3
	local pids app0 pg0 m0 app1 pg1 m1 start end app_run pg_run drained=""
	[ "${DRAIN:-0}" = 1 ] && echo "   backlog before ($run): drained in $(drain_backlog)s"
	pids=$(pg_pids)
	echo "   measured ($run), ${DURATION}s ..."
	profile_start
	local db0 db1
	db0=$(db_counters)
	app0=$(proc_ticks "$APP_PID"); pg0=$(proc_ticks $pids); m0=$(machine_ticks); start=$(date +%s.%N)
	wrk_run "$DURATION" "$script" "$@" >"$WORK/$run.wrk" 2>&1
	app_run=$(proc_ticks "$APP_PID"); pg_run=$(proc_ticks $pids)
	if [ "${DRAIN:-0}" = 1 ]; then
		echo "   backlog after ($run): $(backlog) publications and deliveries"
		drained=$(drain_backlog); echo "   drained in ${drained}s"
	fi
	# Connections the pool opened during the run count from zero.
	app1=$(proc_ticks "$APP_PID"); pg1=$(proc_ticks $(echo $pids $(pg_pids) | tr ' ' '\n' | sort -u)); m1=$(machine_ticks); end=$(date +%s.%N)
	profile_stop "$run"
	sleep 1; db1=$(db_counters)  # PostgreSQL publishes its counters within a second
	cp "$WORK/$run.wrk" "$RESULTS/wrk-$run.txt"
	{
		sed -n 's/^result //p' "$WORK/$run.wrk"
		echo "cpu_available_seconds=$(awk -v a="$start" -v b="$end" -v n="$(nproc)" 'BEGIN{printf "%.1f", (b - a) * n}')"
		echo "cpu_machine_busy_seconds=$(secs $((m1 - m0)))"
		echo "cpu_app_seconds=$(secs $((app1 - app0)))"
		echo "cpu_postgres_seconds=$(secs $((pg1 - pg0)))"
		echo "cpu_app_ticks=$((app1 - app0))"
		echo "cpu_postgres_ticks=$((pg1 - pg0))"
		echo "cpu_app_run_seconds=$(secs $((app_run - app0)))"
		echo "cpu_postgres_run_seconds=$(secs $((pg_run - pg0)))"
		echo "drain_seconds=${drained:-0}"
		paste -d ' ' <(echo "$db0" | tr '|' '\n') <(echo "$db1" | tr '|' '\n') \
			| awk 'BEGIN{split("db_commits db_rows_inserted db_rows_updated db_rows_deleted", k, " ")} {print k[NR] "=" $2 - $1}'
		echo "cpu_loadgen_seconds=$(secs "$(sed -n 's/^loadgen_ticks //p' "$WORK/$run.wrk")")"
	} >"$out"
	sed -n '/Latency Distribution/,/^Requests\/sec/p' "$WORK/$run.wrk" | sed 's/^/     /'
	grep -E 'error|wrk failed' "$WORK/$run.wrk" | sed 's/^/     /' || true
	grep -q '_p95_ms=' "$out" || { echo "no results from wrk ($run):" >&2; cat "$WORK/$run.wrk" >&2; exit 1; }
}
val() { sed -n "s/^$2=//p" "$1" | tail -n 1; }

api_get() {  # user path: JSON of a GET through the API with HTTP basic
	curl -fsS --max-time 15 -u "$1:$PASSWORD" -H 'Accept: application/json' "$BASE$2"
}


# Pages first, on the demo data as shipped (before the benchmark adds thousands of orders).
PAGE_USERS="customer customer2"
NEED_IDS=$(api_get customer /api/needs | python3 -c 'import json, sys; print(" ".join(n["id"] for n in json.load(sys.stdin)))')
CATALOG_PAGES=$(python3 - $NEED_IDS <<'EOF'
import sys
needs = sys.argv[1:]
pages = ["/store", "/store?q=laptop"]
step = max(1, len(needs) // 8)  # several needs, spread over the whole store
pages += ["/needs/" + n for n in needs[::step]][:8]
print("\n".join(pages))
EOF
)
# One session per client, as a browser per person would have: CLIENTS logins spread over the
# people; each wrk thread takes one person's file and rotates over its sessions per request.
n_users=$(echo $PAGE_USERS | wc -w)
PAGE_FILES=()
for user in $PAGE_USERS; do
	f="$WORK/pages-$user.txt"
	: >"$f"
	for _ in $(seq 1 $(((CLIENTS + n_users - 1) / n_users))); do cookie=$(login "$user" "/needs/${NEED_IDS%% *}"); echo "cookie $cookie" >>"$f"; done
	echo "$CATALOG_PAGES" | sed 's/^/catalog /' >>"$f"
	echo "orders /orders" >>"$f"
	api_get "$user" /api/orders | python3 -c 'import json, sys; [print("orders /orders/" + o["id"]) for o in json.load(sys.stdin)[:8]]' >>"$f"
	PAGE_FILES+=("$f")
	echo "   $user: $(grep -c '^cookie' "$f") sessions, $(grep -c '^catalog' "$f") catalog pages, $(grep -c '^orders' "$f") order pages"
done
wait_until_idle
if [ "$ORDERS_ONLY" != 1 ]; then
	echo "== Pages: $CLIENTS connections, logged in through the form as ${PAGE_USERS// / and }"
	warm_up pages bench/pages.lua all "${PAGE_FILES[@]}"
	measure catalog-pages "$WORK/catalog.txt" bench/pages.lua catalog "${PAGE_FILES[@]}"
	measure order-pages "$WORK/order-pages.txt" bench/pages.lua orders "${PAGE_FILES[@]}"
fi
if [ "${PAGES_ONLY:-0}" = 1 ]; then
	echo "path /actuator/health/liveness" >"$WORK/floor-live-input.txt"
	measure floor-live "$WORK/floor-live.txt" bench/floor.lua live "$WORK/floor-live-input.txt"
	ms() { awk -v t="$(val "$1" cpu_app_ticks)" -v n="$(val "$1" "$2")" -v hz="$HZ" 'BEGIN{printf "%.2f", (n > 0) ? 1000 * t / hz / n : 0}'; }
	{
		echo "# Shopfront pages only ($(git rev-parse --short HEAD 2>/dev/null), $JAR), $(date -u '+%Y-%m-%d %H:%M UTC')"
		echo "catalog pages: app CPU $(ms "$WORK/catalog.txt" catalog_count) ms per page, p95 $(val "$WORK/catalog.txt" catalog_p95_ms) ms, $(val "$WORK/catalog.txt" catalog_count) pages"
		echo "order pages: app CPU $(ms "$WORK/order-pages.txt" orders_count) ms per page, p95 $(val "$WORK/order-pages.txt" orders_p95_ms) ms, $(val "$WORK/order-pages.txt" orders_count) pages"
		echo "liveness probe: app CPU $(ms "$WORK/floor-live.txt" live_count) ms"
		echo "Load average before $LOAD_BEFORE, after $(cut -d ' ' -f 1-3 /proc/loadavg)"
	} | tee "$RESULTS/latest-pages.md"
	exit 0
fi

# Orders are spread over several demo people who have a manager (approval routing needs one).
ORDER_USERS=$(psql_pg -d shopfront -tAc "select string_agg(username, ',') from (select username from app_user
	where enabled and manager_id is not null order by username <> 'customer', username <> 'customer2', username
	limit $CLIENTS) u")
ORDERS_FILE="$WORK/orders-input.txt"
for user in ${ORDER_USERS//,/ }; do echo "auth Basic $(printf '%s:%s' "$user" "$PASSWORD" | base64 -w 0)"; done >"$ORDERS_FILE"
# Every service offering (non-physical, so stock never runs out), answering every order field.
for need in $NEED_IDS; do api_get customer "/api/needs/$need"; echo; done | python3 -c '
import json, sys
for line in sys.stdin:
    if not line.strip():
        continue
    for o in json.loads(line).get("options") or []:
        if o.get("physical") or o.get("outOfStock"):
            continue
        fields = o.get("orderFields") or []
        answers = ["benchmark answer %d" % (i + 1) for i in range(len(fields))]
        print("body " + json.dumps({"offeringId": o["id"], "quantity": 1, "answers": answers}, separators=(",", ":")))
' >>"$ORDERS_FILE"
N_OFFERINGS=$(grep -c '^body' "$ORDERS_FILE" || true)
[ "$N_OFFERINGS" -gt 0 ] || { echo "no orderable service offerings in the catalog" >&2; exit 1; }
echo "== Orders: $CLIENTS connections POST /api/orders (HTTP basic, person rotating per request) as $ORDER_USERS, over $N_OFFERINGS service offerings"
warm_up place-orders bench/place-order.lua "$ORDERS_FILE"
thread_dumps & DUMPER=$!
DRAIN=1 measure place-orders "$WORK/orders.txt" bench/place-order.lua "$ORDERS_FILE"
wait "$DUMPER" || true

if [ "$ORDERS_ONLY" = 1 ]; then
	o="$WORK/orders.txt"; n=$(val "$o" orders_ok)
	per() { awk -v c="$(val "$o" "$1")" -v n="$n" -v scale="$2" 'BEGIN{printf "%.2f", (n > 0) ? c * scale / n : 0}'; }
	ms=$(awk -v hz="$HZ" 'BEGIN{print 1000 / hz}')
	{
		echo "# Shopfront orders only ($(git rev-parse --short HEAD 2>/dev/null), $JAR), $(date -u '+%Y-%m-%d %H:%M UTC')"
		echo
		echo "pgbench one-row INSERT: $PGBENCH_TPS tps; orders: $(val "$o" orders_per_second)/s, $n placed, $(val "$o" orders_errors) errors, drained $(val "$o" drain_seconds) s after the run"
		echo "CPU per order (ms): app $(per cpu_app_ticks "$ms"), PostgreSQL $(per cpu_postgres_ticks "$ms")"
		echo "Per order: transactions $(per db_commits 1), rows inserted $(per db_rows_inserted 1), updated $(per db_rows_updated 1), deleted $(per db_rows_deleted 1)"
		echo "Load average before $LOAD_BEFORE, after $(cut -d ' ' -f 1-3 /proc/loadavg); machine busy $(val "$o" cpu_machine_busy_seconds) of $(val "$o" cpu_available_seconds) s"
	} | tee "$RESULTS/latest-orders.md"
	exit 0
fi

# The floor of the stack: what requests that do (almost) nothing reach on the same machine.
FLOOR_LIVE="$WORK/floor-live-input.txt"; FLOOR_READ="$WORK/floor-read-input.txt"
echo "path /actuator/health/liveness" >"$FLOOR_LIVE"
{ grep '^auth' "$ORDERS_FILE"; for need in $NEED_IDS; do echo "path /api/needs/$need"; done; } >"$FLOOR_READ"
drain_backlog >/dev/null
echo "== Floor: GET /actuator/health/liveness (no sign-in, no database), then GET /api/needs/{id} (HTTP basic, one read)"
WARMUP=$((WARMUP / 3)) warm_up floor bench/floor.lua live "$FLOOR_LIVE"
measure floor-live "$WORK/floor-live.txt" bench/floor.lua live "$FLOOR_LIVE"
measure floor-read "$WORK/floor-read.txt" bench/floor.lua read "$FLOOR_READ"
LIVE_PER_S=$(val "$WORK/floor-live.txt" live_per_second)
READ_PER_S=$(val "$WORK/floor-read.txt" read_per_second)

ORDERS_PER_S=$(val "$WORK/orders.txt" orders_per_second)
RATIO=$(awk -v a="$ORDERS_PER_S" -v b="$PGBENCH_TPS" 'BEGIN{printf "%.2f", a/b}')
CAT_P95=$(val "$WORK/catalog.txt" catalog_p95_ms)
ORD_P95=$(val "$WORK/order-pages.txt" orders_p95_ms)
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN{ ok = (op == ">=") ? (v >= t) : (v < t); print ok ? "met" : "MISSED" }'; }
V_RATIO=$(verdict "$RATIO" 0.40 ">=")
V_CAT=$(verdict "$CAT_P95" 25 "<")
V_ORD=$(verdict "$ORD_P95" 25 "<")
per_op() {  # out-file count-key ticks-key: milliseconds of CPU per counted request
	awk -v t="$(val "$1" "$3")" -v n="$(val "$1" "$2")" -v hz="$HZ" 'BEGIN{printf "%.2f", (n > 0) ? 1000 * t / hz / n : 0}'
}
per_count() {  # key: per order placed, from the order run's database counters
	awk -v c="$(val "$WORK/orders.txt" "$1")" -v n="$(val "$WORK/orders.txt" orders_ok)" 'BEGIN{printf "%.1f", (n > 0) ? c / n : 0}'
}
ORDER_APP_MS=$(per_op "$WORK/orders.txt" orders_ok cpu_app_ticks)
ORDER_PG_MS=$(per_op "$WORK/orders.txt" orders_ok cpu_postgres_ticks)
ORDER_MS=$(awk -v a="$ORDER_APP_MS" -v b="$ORDER_PG_MS" 'BEGIN{printf "%.2f", a + b}')
CAT_APP_MS=$(per_op "$WORK/catalog.txt" catalog_count cpu_app_ticks)
ORD_APP_MS=$(per_op "$WORK/order-pages.txt" orders_count cpu_app_ticks)
LIVE_APP_MS=$(per_op "$WORK/floor-live.txt" live_count cpu_app_ticks)
V_ORDER_CPU=$(verdict "$ORDER_MS" 7.0001 "<")
V_CAT_CPU=$(verdict "$CAT_APP_MS" 2.5001 "<")
V_ORD_CPU=$(verdict "$ORD_APP_MS" 2.5001 "<")

JAVA_VERSION=$(java -version 2>&1 | head -n 1)
CPU_MODEL=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)
MEM=$(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo)
DATE=$(date -u '+%Y-%m-%d %H:%M UTC')
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)

{
	echo "# Shopfront benchmark, $DATE"
	echo
	echo "| Measure | Result | Target | |"
	echo "|---|---|---|---|"
	echo "| pgbench one-row INSERT transaction, $CLIENTS clients | $PGBENCH_TPS tps (avg latency $PGBENCH_LAT ms) | baseline | |"
	echo "| Order placement POST /api/orders, $CLIENTS clients | $ORDERS_PER_S orders/s ($(val "$WORK/orders.txt" orders_ok) placed, $(val "$WORK/orders.txt" orders_errors) errors) | | |"
	echo "| Ratio orders/s : INSERT tps | $RATIO | >= 0.40 | $V_RATIO |"
	echo "| Floor: GET /actuator/health/liveness (no sign-in, no database) | $LIVE_PER_S/s, ratio $(awk -v a="$LIVE_PER_S" -v b="$PGBENCH_TPS" 'BEGIN{printf "%.2f", a/b}') | | |"
	echo "| Floor: GET /api/needs/{id} (HTTP basic, one read) | $READ_PER_S/s, ratio $(awk -v a="$READ_PER_S" -v b="$PGBENCH_TPS" 'BEGIN{printf "%.2f", a/b}') | | |"
	echo "| Catalog pages p95 (/store, /store?q=laptop, /needs/{id}) | $CAT_P95 ms | < 25 ms | $V_CAT |"
	echo "| Order pages p95 (/orders, /orders/{id}) | $ORD_P95 ms | < 25 ms | $V_ORD |"
	echo "| CPU per order placed, app + PostgreSQL, until the event backlog is drained ($(val "$WORK/orders.txt" drain_seconds) s after the run) | $ORDER_MS ms ($ORDER_APP_MS app + $ORDER_PG_MS PostgreSQL) | <= 7 ms | $V_ORDER_CPU |"
	echo "| App CPU per catalog page | $CAT_APP_MS ms | <= 2.5 ms | $V_CAT_CPU |"
	echo "| App CPU per order page | $ORD_APP_MS ms | <= 2.5 ms | $V_ORD_CPU |"
	echo "| App CPU per liveness probe (floor) | $LIVE_APP_MS ms | | |"
	echo "| Per order placed (until drained): PostgreSQL transactions committed; rows inserted, updated, deleted | $(per_count db_commits); $(per_count db_rows_inserted), $(per_count db_rows_updated), $(per_count db_rows_deleted) | | |"
	echo
	echo "Latency details (ms):"
	echo
	echo "| Requests | count | per s | p50 | p95 | p99 | max |"
	echo "|---|---|---|---|---|---|---|"
	echo "| POST /api/orders | $(val "$WORK/orders.txt" orders_ok) | $ORDERS_PER_S | $(val "$WORK/orders.txt" orders_p50_ms) | $(val "$WORK/orders.txt" orders_p95_ms) | $(val "$WORK/orders.txt" orders_p99_ms) | $(val "$WORK/orders.txt" orders_max_ms) |"
	for g in catalog:catalog orders:order-pages; do
		o="$WORK/${g#*:}.txt"; g=${g%%:*}
		echo "| $g pages ($(val "$o" ${g}_errors) errors) | $(val "$o" ${g}_count) | $(val "$o" ${g}_per_second) | $(val "$o" ${g}_p50_ms) | $(val "$o" ${g}_p95_ms) | $(val "$o" ${g}_p99_ms) | $(val "$o" ${g}_max_ms) |"
	done
	echo
	echo "CPU seconds used in the measured phase (user + system; the machine column is all busy CPU, other processes included):"
	echo
	echo "| Run | available | machine busy | app JVM | PostgreSQL | load generator (wrk) | of app, PostgreSQL: during the requests |"
	echo "|---|---|---|---|---|---|---|"
	for f in orders:place-orders catalog:catalog-pages order-pages:order-pages floor-live:floor-live floor-read:floor-read; do
		o="$WORK/${f%%:*}.txt"
		echo "| ${f#*:} | $(val "$o" cpu_available_seconds) | $(val "$o" cpu_machine_busy_seconds) | $(val "$o" cpu_app_seconds) | $(val "$o" cpu_postgres_seconds) | $(val "$o" cpu_loadgen_seconds) | $(val "$o" cpu_app_run_seconds), $(val "$o" cpu_postgres_run_seconds) |"
	done
	echo
	echo "The place-orders row counts until the event backlog the run left was drained; the last column is the part used while the requests ran."
	echo
	echo "Setup: pgbench -n -c $CLIENTS -j 2 -T $DURATION; wrk $(wrk -v 2>&1 | head -n 1 | cut -d ' ' -f 2) -t $THREADS -c $CLIENTS --latency: warm-up ${WARMUP}s (all pages; orders), then ${DURATION}s measured per run (catalog pages, order pages, orders). Latency percentiles are wrk's."
	echo
	echo "Machine: $(nproc) cores ($CPU_MODEL), $MEM RAM; $JAVA_VERSION; PostgreSQL $PG_VERSION (fsync on, synchronous_commit on, other settings default); app options $APP_JAVA_OPTS ${APP_ARGS:+(args $APP_ARGS) }; commit $COMMIT; load average before the run $LOAD_BEFORE."
} >"$RESULTS/latest.md"

echo
echo "================ summary ================"
cat "$RESULTS/latest.md"
echo
echo "(written to bench/results/latest.md)"
