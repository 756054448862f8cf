#!/usr/bin/env bash
# Scoreboard benchmark (issue #4): with PROMISES closed promises (default 1,000,000) and SURVEYS
# answered delivery surveys (default 100,000) in PostgreSQL, the p95 latency of the scoreboard
# pages and of its API under CLIENTS concurrent clients (target: under 100 ms), next to a
# baseline (the sign-in page, GET /login: Tomcat, Spring Security, the layout in Thymeleaf, no
# database) measured in the same run.
# Usage: bash bench/scoreboard/run.sh   (env: PROMISES=1000000 SURVEYS=100000 DAYS=400
#        DURATION=15 WARMUP=60 CLIENTS=8 THREADS=2 ROUNDS=2 PGPORT=55435 APP_PORT=18085
#        APP_JAVA_OPTS=-Xmx1g APP_ARGS= PROFILE=0 REBUILD=0 ONLY="<run names>" COMMIT=<for the
#        report, outside a git checkout>)
# Steps: a throwaway PostgreSQL (bench/postgres.sh); the app once with the profiles
# postgres,demo (schema, people, catalog, two years of demo history); bench/scoreboard/fill.sql
# adds the promises, their orders and the surveys with set-based SQL; the scoreboard's read
# model is emptied and its backfill set PENDING, so that the app's second start scores every
# closed promise through the product's own code (ScoreboardBackfill); then wrk
# (bench/scoreboard/get.lua) measures each page and API call in its own run, ROUNDS times.
# PROFILE=1 records the app with Java Flight Recorder during each measured run of the first
# round (bench/results/scoreboard-profile-<run>.jfr).
# Everything it starts (PostgreSQL in a temp dir, the app) is stopped on exit.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
PROMISES=${PROMISES:-1000000}
SURVEYS=${SURVEYS:-100000}
DAYS=${DAYS:-400}        # the promises closed over this many days before now
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-60}
CLIENTS=${CLIENTS:-8}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-2}      # every measured run is repeated this many times, round by round
PASSWORD=demo
PGPORT=${PGPORT:-55435}
APP_PORT=${APP_PORT:-18085}
APP_JAVA_OPTS=${APP_JAVA_OPTS:--Xmx1g}
APP_ARGS=${APP_ARGS:-}   # extra Spring arguments for experiments
ONLY=${ONLY:-}           # measure only these runs (names as in RUNS below), e.g. "page-provider api-board" (the baseline is always measured)
PROFILE=${PROFILE:-0}
TARGET_MS=100
RESULTS="$ROOT/bench/results"
mkdir -p "$RESULTS"

. bench/postgres.sh
. bench/http.sh
command -v wrk >/dev/null || { echo "wrk not found (apt-get install wrk)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 not found (reads the API's JSON)" >&2; exit 1; }

# Rebuild when the jar is missing or the sources are newer than what it was built from (the
# jar's own mtime is the reproducible-build timestamp, so target/classes is compared instead).
newest() { find "$@" -type f -printf '%T@\n' 2>/dev/null | sort -n | tail -n 1; }
if [ ! -f target/shopfront.jar ] || [ "${REBUILD:-0}" = 1 ] \
	|| awk -v s="$(newest pom.xml src/main)" -v c="$(newest target/classes)" 'BEGIN{exit !(c == "" || s > c)}'; then
	echo "== Building target/shopfront.jar"
	mvn -o -q -DskipTests package
fi

# Another benchmark on the same ports would take over or stop this one's server: refuse to start.
for port in "$PGPORT" "$APP_PORT"; do
	if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
		echo "Port $port is in use (another run?); set PGPORT and APP_PORT" >&2
		exit 1
	fi
done

WORK=$(mktemp -d /tmp/shopfront-scoreboard-bench.XXXXXX)
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

cleanup() {
	set +e
	stop_app
	pg_stop
	for log in "$WORK"/app-*.log; do cp "$log" "$RESULTS/scoreboard-$(basename "$log")" 2>/dev/null; done
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

psql_pg() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres "$@"; }

# CPU accounting from /proc, in clock ticks (as bench/run.sh): user + system time of the given
# processes, and the busy time of the whole machine (other processes included).
HZ=$(getconf CLK_TCK)
proc_ticks() { local t=0 p line; for p in "$@"; do
	line=$(cat "/proc/$p/stat" 2>/dev/null) || continue; line=${line##*) }
	t=$((t + $(echo "$line" | awk '{print $12 + $13}'))); done; echo "$t"; }
machine_ticks() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
secs() { awk -v t="$1" -v hz="$HZ" 'BEGIN{printf "%.1f", t / hz}'; }
# The postmaster and its children; the postmaster's reaped children count in its cutime/cstime.
pg_pids() { local pm; pm=$(head -n 1 "$PGDATA/postmaster.pid"); echo "$pm" $(ps -o pid= --ppid "$pm"); }
pg_ticks() { local pm; pm=$(head -n 1 "$PGDATA/postmaster.pid")
	echo $(($(proc_ticks $(pg_pids)) + $(awk '{print $16 + $17}' "/proc/$pm/stat"))); }

start_app() {  # log-name: starts the app with postgres,demo and waits until it is UP
	SHOPFRONT_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/shopfront" SHOPFRONT_DB_USER=shopfront \
		SHOPFRONT_DB_PASSWORD=shopfront java $APP_JAVA_OPTS -jar target/shopfront.jar \
		--spring.profiles.active=postgres,demo --server.port="$APP_PORT" $APP_ARGS >"$WORK/app-$1.log" 2>&1 &
	APP_PID=$!
	# Readiness (part of /actuator/health) turns UP after the ApplicationRunners (the demo data).
	local i
	for i in $(seq 1 1800); do
		if ! kill -0 "$APP_PID" 2>/dev/null; then echo "Shopfront exited during start-up:" >&2; tail -n 40 "$WORK/app-$1.log" >&2; exit 1; fi
		if curl -fsS --max-time 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then break; fi
		[ "$i" = 1800 ] && { echo "Shopfront not UP after 1800 s" >&2; tail -n 40 "$WORK/app-$1.log" >&2; exit 1; }
		sleep 1
	done
	echo "   UP after ~${i}s"
}

wait_backfill() {  # log-name: waits until the scoreboard's backfill is DONE (it may run after UP)
	local i
	for i in $(seq 1 1800); do
		if ! kill -0 "$APP_PID" 2>/dev/null; then echo "Shopfront exited during the backfill:" >&2; tail -n 40 "$WORK/app-$1.log" >&2; exit 1; fi
		[ "$(psql_pg -d shopfront -tAc "select state from score_backfill where id = 1")" = DONE ] && break
		[ "$i" = 1800 ] && { echo "backfill not DONE after 1800 s" >&2; tail -n 40 "$WORK/app-$1.log" >&2; exit 1; }
		sleep 1
	done
	for _ in $(seq 1 10); do grep -q 'Scoreboard: [0-9]* closed promises read' "$WORK/app-$1.log" && break; sleep 0.5; done
}

# The scoreboard's read model: scored_promise, score_week and, where V11 still has it (the first
# version, a8e5c70, kept the hour histograms in a table of their own), score_hours.
read_model() { psql_pg -d shopfront -tAc "select string_agg(table_name, ' ' order by table_name desc)
	from information_schema.tables
	where table_schema = 'public' and table_name in ('scored_promise', 'score_week', 'score_hours')"; }

pg_start "$WORK" "$PGPORT"
psql_pg -d postgres -c "create role shopfront login password 'shopfront'" \
	-c "create database shopfront owner shopfront"
PG_VERSION=$(psql_pg -d postgres -tAc "show server_version")
LOAD_BEFORE=$(cut -d ' ' -f 1-3 /proc/loadavg)
echo "   load average before the run: $LOAD_BEFORE"

echo "== Shopfront, first start with postgres,demo: schema, demo people, catalog and history"
start_app demo
wait_backfill demo
stop_app
psql_pg -d shopfront -tAc "select 'demo data: people ' || (select count(*) from app_user) || ', offerings '
	|| (select count(*) from offering) || ', orders ' || (select count(*) from purchase_order)
	|| ', promises ' || (select count(*) from promise) || ', answered surveys '
	|| (select count(*) from survey where answered_at is not null)" | sed 's/^/   /'

echo "== Filling $PROMISES closed promises (with their orders) over $DAYS days and $SURVEYS answered surveys"
start=$(date +%s.%N)
psql_pg -d shopfront -v promises="$PROMISES" -v surveys="$SURVEYS" -v days="$DAYS" \
	-f bench/scoreboard/fill.sql >"$WORK/fill.out"
psql_pg -d shopfront -c "vacuum analyze"
FILL_SECONDS=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.0f", b - a}')
psql_pg -d shopfront -tAc "select 'promises by status: ' || string_agg(status || ' ' || n, ', ' order by n desc)
	from (select status, count(*) as n from promise group by status) s" | sed 's/^/   /'
psql_pg -d shopfront -tAc "select 'answered surveys: ' || count(*) || ', database: '
	|| pg_size_pretty(pg_database_size('shopfront')) from survey where answered_at is not null" | sed 's/^/   /'
echo "   filled in ${FILL_SECONDS}s"

echo "== Emptying the scoreboard's read model; the backfill scores everything at the next start"
TABLES=$(read_model)
for t in $TABLES; do psql_pg -d shopfront -c "delete from $t"; done
psql_pg -d shopfront -c "update score_backfill set state = 'PENDING', scored = 0, claimed_at = null, finished_at = null" \
	-c "vacuum analyze ${TABLES// /, }"
app0=0; pg0=$(pg_ticks); start=$(date +%s.%N)
start_app bench
wait_backfill bench
pg1=$(pg_ticks); app1=$(proc_ticks "$APP_PID")
BACKFILL_WALL=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.0f", b - a}')
BACKFILL_LINE=$(grep -o 'Scoreboard: [0-9]* closed promises read, [0-9]* newly scored, in [0-9]* ms' "$WORK/app-bench.log" | tail -n 1)
[ -n "$BACKFILL_LINE" ] || { echo "no backfill line in the app's log" >&2; tail -n 40 "$WORK/app-bench.log" >&2; exit 1; }
BACKFILL_READ=$(echo "$BACKFILL_LINE" | awk '{print $2}')
BACKFILL_SCORED=$(echo "$BACKFILL_LINE" | awk '{print $6}')
BACKFILL_MS=$(echo "$BACKFILL_LINE" | awk '{print $10}')
BACKFILL_APP_CPU=$(secs $((app1 - app0)))
BACKFILL_PG_CPU=$(secs $((pg1 - pg0)))
echo "   $BACKFILL_LINE (app start to backfill done ${BACKFILL_WALL}s; app CPU ${BACKFILL_APP_CPU}s incl. start-up, PostgreSQL CPU ${BACKFILL_PG_CPU}s)"
# What autovacuum would have done to a read model built up over a year: visibility map and
# statistics current before measuring.
psql_pg -d shopfront -c "vacuum analyze ${TABLES// /, }"
for t in $TABLES; do
	psql_pg -d shopfront -tAc "select '$t: ' || count(*) || ' rows, ' || pg_size_pretty(pg_total_relation_size('$t')) from $t"
done | paste -sd ';' | sed 's/;/; /g; s/^/   read model: /'


# Who reads it: a customer and a manager, one browser session per connection for the pages,
# HTTP basic for the API (the same people).
PEOPLE="customer manager"
PAGE_AUTH="$WORK/page-auth.txt"; API_AUTH="$WORK/api-auth.txt"
echo "header Accept: text/html" >"$PAGE_AUTH"
for n in $(seq 1 "$CLIENTS"); do
	user=$(echo $PEOPLE | cut -d ' ' -f $(((n - 1) % 2 + 1)))
	echo "rotate Cookie: $(login "$user")" >>"$PAGE_AUTH"
done
echo "header Accept: application/json" >"$API_AUTH"
for user in $PEOPLE; do echo "rotate Authorization: Basic $(printf '%s:%s' "$user" "$PASSWORD" | base64 -w 0)"; done >>"$API_AUTH"
# The subject pages: the provider with the most promises (first on the board).
PROVIDER=$(curl -fsS --max-time 60 -u "customer:$PASSWORD" -H 'Accept: application/json' "$BASE/api/scoreboard?by=provider" \
	| python3 -c 'import json, sys; print(json.load(sys.stdin)["subjects"][0]["id"])')

# The runs: name, sign-in file (none for the baseline), path.
RUNS=(
	"page-provider|$PAGE_AUTH|/scoreboard"
	"page-offering|$PAGE_AUTH|/scoreboard?by=offering"
	"page-unit|$PAGE_AUTH|/scoreboard?by=unit"
	"page-subject|$PAGE_AUTH|/scoreboard/provider/$PROVIDER"
	"api-board|$API_AUTH|/api/scoreboard"
	"api-subject|$API_AUTH|/api/scoreboard/provider/$PROVIDER"
	"baseline||/login"
)
if [ -n "$ONLY" ]; then
	kept=()
	for r in "${RUNS[@]}"; do case " $ONLY baseline " in *" ${r%%|*} "*) kept+=("$r") ;; esac; done
	RUNS=("${kept[@]}")
fi
for r in "${RUNS[@]}"; do
	IFS='|' read -r run auth path <<<"$r"
	{ if [ -n "$auth" ]; then cat "$auth"; fi; echo "path $path"; } >"$WORK/in-$run.txt"
	status=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 60 -u "customer:$PASSWORD" "$BASE$path")
	[ "$status" = 200 ] || { echo "GET $path: $status" >&2; exit 1; }
done
{ cat "$PAGE_AUTH"; cat "$WORK"/in-page-*.txt 2>/dev/null | grep '^path' || true; } >"$WORK/in-warm-pages.txt"
{ cat "$API_AUTH"; cat "$WORK"/in-api-*.txt 2>/dev/null | grep '^path' || true; } >"$WORK/in-warm-api.txt"

# One wrk run: CLIENTS keep-alive connections over THREADS threads, closed loop.
wrk_run() {  # seconds input-file name: prints wrk's output; last line "loadgen_ticks N"
	local seconds=$1 input=$2 name=$3
	(
		timeout $((seconds + 30)) wrk -t "$THREADS" -c "$CLIENTS" -d "${seconds}s" --timeout 15s --latency \
			-s bench/scoreboard/get.lua "$BASE" -- "$name" "$input" || echo "wrk failed: $?" >&2
		read -r line <"/proc/$BASHPID/stat"; line=${line##*) }; read -r -a f <<<"$line"
		echo "loadgen_ticks $((f[13] + f[14]))"
	)
}

measure() {  # run round: one measured run; results as key=value in $WORK/<run>-<round>.txt
	local run=$1 round=$2 out="$WORK/$1-$2.txt" pids app0 pg0 m0 app1 pg1 m1 start end
	pids=$(pg_pids)
	if [ "$PROFILE" = 1 ] && [ "$round" = 1 ]; then jcmd "$APP_PID" JFR.start name=bench settings=profile >/dev/null; fi
	app0=$(proc_ticks "$APP_PID"); pg0=$(proc_ticks $pids); m0=$(machine_ticks); start=$(date +%s.%N)
	wrk_run "$DURATION" "$WORK/in-$run.txt" "$run" >"$WORK/$run-$round.wrk" 2>&1
	app1=$(proc_ticks "$APP_PID"); pg1=$(proc_ticks $pids); m1=$(machine_ticks); end=$(date +%s.%N)
	if [ "$PROFILE" = 1 ] && [ "$round" = 1 ]; then
		jcmd "$APP_PID" JFR.stop name=bench filename="$RESULTS/scoreboard-profile-$run.jfr" >/dev/null
	fi
	cp "$WORK/$run-$round.wrk" "$RESULTS/wrk-scoreboard-$run-$round.txt"
	{
		sed -n "s/^result $run//p" "$WORK/$run-$round.wrk"
		echo "_cpu_available=$(awk -v a="$start" -v b="$end" -v n="$(nproc)" 'BEGIN{printf "%.1f", (b - a) * n}')"
		echo "_cpu_machine=$(secs $((m1 - m0)))"
		echo "_cpu_app=$(secs $((app1 - app0)))"
		echo "_cpu_postgres=$(secs $((pg1 - pg0)))"
		echo "_cpu_loadgen=$(secs "$(sed -n 's/^loadgen_ticks //p' "$WORK/$run-$round.wrk")")"
		echo "_load=$(cut -d ' ' -f 1 /proc/loadavg)"
	} >"$out"
	grep -q '^_p95_ms=' "$out" || { echo "no results from wrk ($run):" >&2; cat "$WORK/$run-$round.wrk" >&2; exit 1; }
	printf '   %-14s p50 %7s  p95 %7s  p99 %7s ms  %6s/s  errors %s  (CPU s: app %s, PostgreSQL %s, machine %s of %s)\n' \
		"$run" "$(val "$out" p50_ms)" "$(val "$out" p95_ms)" "$(val "$out" p99_ms)" "$(val "$out" per_second)" \
		"$(val "$out" errors)" "$(val "$out" cpu_app)" "$(val "$out" cpu_postgres)" "$(val "$out" cpu_machine)" \
		"$(val "$out" cpu_available)"
}
val() { sed -n "s/^_$2=//p" "$1" | tail -n 1; }

echo "== Warm-up: ${WARMUP}s over all pages, $((WARMUP / 2))s over the API, $((WARMUP / 3))s the baseline ($CLIENTS connections)"
for w in pages:$WARMUP api:$((WARMUP / 2)) baseline:$((WARMUP / 3)); do
	name=${w%%:*}; input="$WORK/in-warm-$name.txt"; [ "$name" = baseline ] && input="$WORK/in-baseline.txt"
	grep -q '^path' "$input" || continue
	wrk_run "${w#*:}" "$input" "warm-$name" >"$WORK/warm-$name.wrk" 2>&1
	echo "   $name: $(grep -h 'Requests/sec' "$WORK/warm-$name.wrk")"
done

for round in $(seq 1 "$ROUNDS"); do
	echo "== Round $round of $ROUNDS: ${DURATION}s per run, $CLIENTS connections (load average $(cut -d ' ' -f 1-3 /proc/loadavg))"
	for r in "${RUNS[@]}"; do measure "${r%%|*}" "$round"; done
done

verdict() { awk -v v="$1" -v t="$TARGET_MS" 'BEGIN{ print (v < t) ? "met" : "MISSED" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ printf "%.1f", a / b }'; }
DATE=$(date -u '+%Y-%m-%d %H:%M UTC')
COMMIT=${COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}
{
	echo "# Scoreboard benchmark, $DATE"
	echo
	echo "Data: $PROMISES promises closed over $DAYS days and $SURVEYS answered surveys added to the demo"
	echo "history; filled in ${FILL_SECONDS}s. Backfill: $BACKFILL_READ closed promises read, $BACKFILL_SCORED newly"
	echo "scored, in **$(awk -v ms="$BACKFILL_MS" 'BEGIN{printf "%.1f", ms / 1000}') s** (app start to backfill done ${BACKFILL_WALL}s; CPU: app ${BACKFILL_APP_CPU}s with its start-up, PostgreSQL ${BACKFILL_PG_CPU}s)."
	echo
	echo "| Run | round | requests | per s | p50 ms | p95 ms | p99 ms | max ms | errors | p95 : /login p95 | target p95 < ${TARGET_MS} ms |"
	echo "|---|---|---|---|---|---|---|---|---|---|---|"
	for round in $(seq 1 "$ROUNDS"); do
		base=$(val "$WORK/baseline-$round.txt" p95_ms)
		for r in "${RUNS[@]}"; do
			run=${r%%|*}; o="$WORK/$run-$round.txt"; path=${r##*|}
			case "$run" in baseline) v="baseline" ;; *) v=$(verdict "$(val "$o" p95_ms)") ;; esac
			echo "| $run \`$path\` | $round | $(val "$o" count) | $(val "$o" per_second) | $(val "$o" p50_ms) | $(val "$o" p95_ms) | $(val "$o" p99_ms) | $(val "$o" max_ms) | $(val "$o" errors) | $(ratio "$(val "$o" p95_ms)" "$base") | $v |"
		done
	done
	echo
	echo "CPU seconds used in the measured runs (user + system; machine = all busy CPU, other processes included):"
	echo
	echo "| Run | round | available | machine busy | app JVM | PostgreSQL | wrk | load average (1 min) |"
	echo "|---|---|---|---|---|---|---|---|"
	for round in $(seq 1 "$ROUNDS"); do
		for r in "${RUNS[@]}"; do
			run=${r%%|*}; o="$WORK/$run-$round.txt"
			echo "| $run | $round | $(val "$o" cpu_available) | $(val "$o" cpu_machine) | $(val "$o" cpu_app) | $(val "$o" cpu_postgres) | $(val "$o" cpu_loadgen) | $(val "$o" load) |"
		done
	done
	echo
	echo "Setup: wrk $(wrk -v 2>&1 | head -n 1 | cut -d ' ' -f 2) -t $THREADS -c $CLIENTS --latency, closed loop; warm-up ${WARMUP}s (pages), $((WARMUP / 2))s (API), $((WARMUP / 3))s (baseline); ${DURATION}s per measured run. Pages with one form-login session per connection (customer, manager), API with HTTP basic; subject pages for provider $PROVIDER."
	echo
	echo "Machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM; $(java -version 2>&1 | head -n 1); PostgreSQL $PG_VERSION (default settings); app options $APP_JAVA_OPTS${APP_ARGS:+ (args $APP_ARGS)}; commit $COMMIT; load average before the run $LOAD_BEFORE, after $(cut -d ' ' -f 1-3 /proc/loadavg)."
} >"$RESULTS/scoreboard-latest.md"

echo
echo "================ summary ================"
cat "$RESULTS/scoreboard-latest.md"
echo
echo "(written to bench/results/scoreboard-latest.md)"
