# Measuring the app and PostgreSQL for the benchmark scripts (sourced, not run): the CPU time
# of processes from /proc, and PROFILE=1's Java Flight Recorder over a measured run.
#   . bench/measure.sh; … profile_start; …; profile_stop RUN
# Needs PGDATA (bench/postgres.sh), APP_PID, RESULTS and PROFILE. PROFILE_LIBS names the
# packages whose share of the samples the summary lists; PROFILE_SETTINGS the JFR settings
# (default profile: a sample every 10 ms; a copy of profile.jfc with a shorter
# jdk.ExecutionSample period may give more, though at load 10-15 a 1 ms period gave no more
# samples per CPU second than the default).

PROFILE_LIBS=${PROFILE_LIBS:-thymeleaf springframework.security jackson postgresql zaxxer springframework.jdbc modulith org.shopfront micrometer apache.catalina apache.coyote apache.tomcat.util.net springframework.expression springframework.web}

# PostgreSQL processes: the postmaster and its children (the app's pooled connections among them).
pg_pids() { local pm; pm=$(head -n 1 "$PGDATA/postmaster.pid"); echo "$pm" $(ps -o pid= --ppid "$pm"); }

profile_start() {
	thread_ticks >"$RESULTS/.threads-before"
	[ "$PROFILE" = 1 ] || return 0
	jcmd "$APP_PID" JFR.start name=bench settings="${PROFILE_SETTINGS:-profile}" >/dev/null
}

# The app's CPU ticks per kind of thread (request threads, GC, JIT, the rest), from /proc.
thread_ticks() { local t line name; for t in /proc/"$APP_PID"/task/*; do
	line=$(cat "$t/stat" 2>/dev/null) || continue; name=${line#*(}; name=${name%%)*}; line=${line##*) }
	case "$name" in http-nio*) name=requests;; GC*|G1*) name=gc;; C1*|C2*) name=jit;; *) name=other;; esac
	echo "$name $(echo "$line" | awk '{print $12 + $13}')"; done | awk '{t[$1] += $2} END {for (k in t) print k, t[k]}'; }

profile_stop() {  # run: the app's CPU per kind of thread; JFR over the measured run and a summary
	thread_ticks | awk -v hz="$HZ" 'NR == FNR {b[$1] = $2; next} {printf "%s %.2f s\n", $1, ($2 - b[$1]) / hz}' \
		"$RESULTS/.threads-before" - >"$RESULTS/threads-$1.txt"
	[ "$PROFILE" = 1 ] || return 0
	local run=$1 jfr="$RESULTS/profile-$1.jfr"
	jcmd "$APP_PID" JFR.stop name=bench filename="$jfr" >/dev/null || return 0
	[ -f "$jfr" ] || return 0
	jfr print --events jdk.ExecutionSample --stack-depth 200 "$jfr" | awk -v run="$run" -v names="$PROFILE_LIBS" '
		/stackTrace = \[/ { inside = 1; first = 1; delete seen; n++; next }
		inside && /^[[:space:]]*\]/ { inside = 0; next }
		inside {
			line = $0; sub(/^[[:space:]]+/, "", line); sub(/[[:space:]]+line:.*/, "", line)
			if (first) { top[line]++; first = 0 }
			split(names, libs, " ")
			for (i in libs) if (index(line, libs[i]) && !seen[libs[i]]) { seen[libs[i]] = 1; lib[libs[i]]++ }
		}
		END {
			printf "JFR execution samples of the app during the measured %s run: %d\n\nShare of samples with a frame of (inclusive):\n", run, n
			for (l in lib) printf "  %5.1f %%  %s\n", 100 * lib[l] / n, l | "sort -rn"
			close("sort -rn")
			printf "\nHottest top frames (self):\n"
			for (t in top) printf "  %5.1f %%  %s\n", 100 * top[t] / n, t | "sort -rn | head -n 25"
		}' >"$RESULTS/profile-$run.txt"
}

# CPU accounting from /proc, in clock ticks: user + system time of the given processes, and
# the busy time of the whole machine (everything but idle and iowait, other processes too).
HZ=$(getconf CLK_TCK)
proc_ticks() { local t=0 p line; for p in "$@"; do
	line=$(cat "/proc/$p/stat" 2>/dev/null) || continue; line=${line##*) }
	t=$((t + $(echo "$line" | awk '{print $12 + $13}'))); done; echo "$t"; }
machine_ticks() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
secs() { awk -v t="$1" -v hz="$HZ" 'BEGIN{printf "%.1f", t / hz}'; }

# Stops the app (APP_PID, if it runs) and PostgreSQL, keeps the app's log as $1 under
# $RESULTS and removes $WORK: the EXIT trap of the scripts that start both.
stop_app_and_pg() {
	set +e
	if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
		kill -9 "$APP_PID" 2>/dev/null
	fi
	pg_stop
	cp "$WORK/app.log" "$RESULTS/$1" 2>/dev/null
	rm -rf "$WORK"
}
