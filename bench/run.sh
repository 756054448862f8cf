#!/usr/bin/env bash
# Shopfront benchmark: order placement through the API against a bare one-row INSERT
# transaction on the same PostgreSQL, and p95 latency of the catalog and order pages.
# Usage: bash bench/run.sh   (env: DURATION=20 WARMUP=30 CLIENTS=8 MAX_REQUESTS=200000
#        PGPORT=55432 APP_PORT=18080 APP_JAVA_OPTS=-Xmx1g THREAD_DUMPS=0 PROFILE=0)
# PROFILE=1 records the app with Java Flight Recorder during each measured phase and writes
# bench/results/profile-<mode>.txt (hottest frames, share of samples per library) and .jfr.
# Everything it starts (PostgreSQL in a temp dir, the app) is stopped on exit.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-30}
CLIENTS=${CLIENTS:-8}
MAX_REQUESTS=${MAX_REQUESTS:-200000}
PGPORT=${PGPORT:-55432}
APP_PORT=${APP_PORT:-18080}
APP_JAVA_OPTS=${APP_JAVA_OPTS:--Xmx1g}
APP_ARGS=${APP_ARGS:-}  # extra Spring arguments for experiments, e.g. --spring.web.resources.static-locations=classpath:/static/
THREAD_DUMPS=${THREAD_DUMPS:-0}
PROFILE=${PROFILE:-0}
RESULTS="$ROOT/bench/results"
mkdir -p "$RESULTS"

PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
[ -x "$PGBIN/pgbench" ] || { echo "pgbench not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2; exit 1; }

WORK=$(mktemp -d /tmp/shopfront-bench.XXXXXX)
PGDATA="$WORK/pgdata"
APP_PID=""
PG_STARTED=0

# PostgreSQL refuses to run as root: use the postgres account then.
as_pg() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
	set +e
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
		kill -9 "$APP_PID" 2>/dev/null
	fi
	if [ "$PG_STARTED" = 1 ]; then
		as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w -t 30 stop >/dev/null
	fi
	cp "$WORK/app.log" "$RESULTS/app.log" 2>/dev/null
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "$(id -u)" = 0 ]; then
	id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
	chown postgres "$WORK"
fi

psql_pg() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres "$@"; }

echo "== PostgreSQL: initdb in $PGDATA, port $PGPORT (default durability: fsync, synchronous_commit on)"
as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$WORK/initdb.log"
as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$WORK/postgres.log" -w -t 60 \
	-o "-p $PGPORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK" start >/dev/null
PG_STARTED=1
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
if [ ! -f target/shopfront.jar ] || [ "${REBUILD:-0}" = 1 ]; then
	mvn -q -DskipTests package
fi
SHOPFRONT_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/shopfront" SHOPFRONT_DB_USER=shopfront SHOPFRONT_DB_PASSWORD=shopfront \
	java $APP_JAVA_OPTS -jar target/shopfront.jar --spring.profiles.active=postgres,demo --server.port="$APP_PORT" $APP_ARGS \
	>"$WORK/app.log" 2>&1 &
APP_PID=$!
BASE="http://127.0.0.1:$APP_PORT"
for i in $(seq 1 240); do
	if ! kill -0 "$APP_PID" 2>/dev/null; then echo "Shopfront exited during start-up:" >&2; tail -n 40 "$WORK/app.log" >&2; exit 1; fi
	if curl -fsS --max-time 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then break; fi
	[ "$i" = 240 ] && { echo "Shopfront not UP after 240 s" >&2; tail -n 40 "$WORK/app.log" >&2; exit 1; }
	sleep 1
done
echo "   UP after ~${i}s"
psql_pg -d shopfront -tAc "select 'users ' || (select count(*) from app_user) || ', needs ' || (select count(*) from need)
	|| ', offerings ' || (select count(*) from offering) || ', orders ' || (select count(*) from purchase_order)" | sed 's/^/   demo data: /'

# PostgreSQL processes: the postmaster and its children (the app's pooled connections among them).
pg_pids() { local pm; pm=$(head -n 1 "$PGDATA/postmaster.pid"); echo "$pm" $(ps -o pid= --ppid "$pm"); }

thread_dumps() {
	# Optional sampling of the app's threads during the measured phase of place-orders.
	[ "$THREAD_DUMPS" -gt 0 ] || return 0
	sleep $((WARMUP + 2))
	for n in $(seq 1 "$THREAD_DUMPS"); do
		jcmd "$APP_PID" Thread.print >"$RESULTS/threads-$n.txt" 2>/dev/null || true
		top -H -b -n 1 -d 1 -p "$APP_PID" 2>/dev/null | head -n 30 >"$RESULTS/threads-top-$n.txt" || true
		sleep 1
	done
}

profile() {  # mode: JFR over the measured phase, then a plain-text summary of the samples
	[ "$PROFILE" = 1 ] || return 0
	local mode=$1 jfr="$WORK/$1.jfr"
	sleep "$WARMUP"
	jcmd "$APP_PID" JFR.start name=bench settings=profile duration="${DURATION}s" filename="$jfr" >/dev/null
	sleep $((DURATION + 3))
	[ -f "$jfr" ] || return 0
	cp "$jfr" "$RESULTS/profile-$mode.jfr"
	jfr print --events jdk.ExecutionSample --stack-depth 200 "$jfr" | awk -v mode="$mode" '
		/stackTrace = \[/ { inside = 1; first = 1; delete seen; n++; next }
		inside && /^[[:space:]]*\]/ { inside = 0; next }
		inside {
			line = $0; sub(/^[[:space:]]+/, "", line); sub(/[[:space:]]+line:.*/, "", line)
			if (first) { top[line]++; first = 0 }
			split("thymeleaf springframework.security jackson postgresql zaxxer springframework.jdbc modulith org.shopfront micrometer apache.catalina apache.coyote apache.tomcat.util.net springframework.expression springframework.web", libs, " ")
			for (i in libs) if (index(line, libs[i]) && !seen[libs[i]]) { seen[libs[i]] = 1; lib[libs[i]]++ }
		}
		END {
			printf "JFR execution samples of the app during the measured %s phase: %d\n\nShare of samples with a frame of (inclusive):\n", mode, n
			for (l in lib) printf "  %5.1f %%  %s\n", 100 * lib[l] / n, l | "sort -rn"
			close("sort -rn")
			printf "\nHottest top frames (self):\n"
			for (t in top) printf "  %5.1f %%  %s\n", 100 * top[t] / n, t | "sort -rn | head -n 25"
		}' >"$RESULTS/profile-$mode.txt"
}

run_load() {  # mode users out-file
	local mode=$1 users=$2 out=$3 dumper="" profiler=""
	if [ "$mode" = place-orders ]; then thread_dumps & dumper=$!; fi
	profile "$mode" & profiler=$!
	timeout $((WARMUP + DURATION + 120)) java bench/LoadTest.java "$mode" --base "$BASE" --users "$users" \
		--threads "$CLIENTS" --warmup "$WARMUP" --duration "$DURATION" --max-requests "$MAX_REQUESTS" --out "$out" \
		--cpu "app=$APP_PID" --cpu "postgres=$(pg_pids | tr ' ' ',')"
	if [ -n "$dumper" ]; then wait "$dumper"; fi
	wait "$profiler" || true
}
val() { sed -n "s/^$2=//p" "$1" | tail -n 1; }

# Pages first, on the demo data as shipped (before the benchmark adds thousands of orders).
echo "== Pages: $CLIENTS clients logged in through the form as customer / customer2"
run_load pages customer,customer2 "$WORK/pages.txt"

# Orders are spread over several demo people who have a manager (approval routing needs one).
ORDER_USERS=$(psql_pg -d shopfront -tAc "select string_agg(username, ',') from (select username from app_user
	where enabled and manager_id is not null order by username <> 'customer', username <> 'customer2', username
	limit $CLIENTS) u")
echo "== Orders: $CLIENTS clients POST /api/orders (HTTP basic) as $ORDER_USERS"
run_load place-orders "$ORDER_USERS" "$WORK/orders.txt"

ORDERS_PER_S=$(val "$WORK/orders.txt" orders_per_second)
RATIO=$(awk -v a="$ORDERS_PER_S" -v b="$PGBENCH_TPS" 'BEGIN{printf "%.2f", a/b}')
CAT_P95=$(val "$WORK/pages.txt" catalog_p95_ms)
ORD_P95=$(val "$WORK/pages.txt" orders_p95_ms)
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN{ ok = (op == ">=") ? (v >= t) : (v < t); print ok ? "met" : "MISSED" }'; }
V_RATIO=$(verdict "$RATIO" 0.40 ">=")
V_CAT=$(verdict "$CAT_P95" 25 "<")
V_ORD=$(verdict "$ORD_P95" 25 "<")

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
	echo "| Catalog pages p95 (/store, /store?q=laptop, /needs/{id}) | $CAT_P95 ms | < 25 ms | $V_CAT |"
	echo "| Order pages p95 (/orders, /orders/{id}) | $ORD_P95 ms | < 25 ms | $V_ORD |"
	echo
	echo "Latency details (ms):"
	echo
	echo "| Requests | count | per s | p50 | p95 | p99 | max |"
	echo "|---|---|---|---|---|---|---|"
	echo "| POST /api/orders | $(val "$WORK/orders.txt" orders_ok) | $ORDERS_PER_S | $(val "$WORK/orders.txt" orders_p50_ms) | $(val "$WORK/orders.txt" orders_p95_ms) | $(val "$WORK/orders.txt" orders_p99_ms) | $(val "$WORK/orders.txt" orders_max_ms) |"
	for g in catalog orders; do
		echo "| $g pages | $(val "$WORK/pages.txt" ${g}_count) | $(val "$WORK/pages.txt" ${g}_per_second) | $(val "$WORK/pages.txt" ${g}_p50_ms) | $(val "$WORK/pages.txt" ${g}_p95_ms) | $(val "$WORK/pages.txt" ${g}_p99_ms) | $(val "$WORK/pages.txt" ${g}_max_ms) |"
	done
	echo
	echo "CPU seconds used in the measured phase (user + system; the machine column is all busy CPU, other processes included):"
	echo
	echo "| Run | available | machine busy | app JVM | PostgreSQL | load generator |"
	echo "|---|---|---|---|---|---|"
	for f in orders:place-orders pages:pages; do
		o="$WORK/${f%%:*}.txt"
		echo "| ${f#*:} | $(val "$o" cpu_available_seconds) | $(val "$o" cpu_machine_busy_seconds) | $(val "$o" cpu_app_seconds) | $(val "$o" cpu_postgres_seconds) | $(val "$o" cpu_loadgen_seconds) |"
	done
	echo
	echo "Setup: $CLIENTS clients, warm-up ${WARMUP}s, measured ${DURATION}s (at most $MAX_REQUESTS requests); pgbench -n -c $CLIENTS -j 2 -T $DURATION."
	echo
	echo "Machine: $(nproc) cores ($CPU_MODEL), $MEM RAM; $JAVA_VERSION; PostgreSQL $PG_VERSION (fsync on, synchronous_commit on, other settings default); app options $APP_JAVA_OPTS ${APP_ARGS:+(args $APP_ARGS) }; commit $COMMIT; load average before the run $LOAD_BEFORE."
} >"$RESULTS/latest.md"

echo
echo "================ summary ================"
cat "$RESULTS/latest.md"
echo
echo "(written to bench/results/latest.md)"
