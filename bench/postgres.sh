# A throwaway PostgreSQL cluster for the benchmark scripts (sourced, not run):
#   . bench/postgres.sh; pg_start "$WORK" "$PGPORT"; …; pg_stop   (pg_stop belongs in the EXIT trap)
# Debian's postgresql package, default settings and durability, 127.0.0.1 only; run as the
# postgres account when started as root (PostgreSQL refuses root). Sets PGBIN and PGDATA.
# PG_OPTIONS: more server settings for pg_start (e.g. "-c shared_preload_libraries=pg_stat_statements").

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ] \
	|| { echo "PostgreSQL not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2; exit 1; }
PGDATA=""
PG_STARTED=0

as_pg() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {  # work-dir port: initdb in work-dir/pgdata (unless a cluster is there: kept) and start on the port
	local work=$1 port=$2
	PGDATA="$work/pgdata"
	if [ "$(id -u)" = 0 ]; then
		id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
		chown postgres "$work"
	fi
	if [ -f "$PGDATA/PG_VERSION" ]; then
		echo "== PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}'): the kept cluster in $PGDATA, port $port"
	else
		echo "== PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}'): initdb in $PGDATA, port $port (default durability: fsync, synchronous_commit on)"
		as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$work/initdb.log"
	fi
	as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$work/postgres.log" -w -t 60 \
		-o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work ${PG_OPTIONS:-}" start >/dev/null
	PG_STARTED=1
}

pg_stop() {
	if [ "$PG_STARTED" = 1 ]; then
		as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w -t 30 stop >/dev/null
		PG_STARTED=0
	fi
}
