#!/usr/bin/env bash
# The order lists, the inbox and the badge at company size (issue 14, decision 0030), before and
# after the list indexes: a throwaway PostgreSQL gets main's schema as it was before V25 (the
# migrations up to V16, in Flyway's order), bench/lists/fill.sql fills it (1M orders, 1M notices,
# 50k people, 200k tickets; see there), and each list's query is explained with ANALYZE as a
# server-prepared statement's generic plan (plan_cache_mode = force_generic_plan: what the driver
# runs from the sixth execution on). Then V25 and V25_1 are applied and the new queries explained.
# Prints one line per query: before / after execution time in ms, and the plan's top nodes.
# Usage: bash bench/lists/run.sh   (env: PGPORT=55437)
set -euo pipefail

cd "$(dirname "$0")/../.."
PGPORT=${PGPORT:-55437}
MIGRATIONS=src/main/resources/db/migration
VENDOR=src/main/resources/db/vendor/postgresql

. bench/postgres.sh

WORK=$(mktemp -d /tmp/shopfront-lists-bench.XXXXXX)
cleanup() {
	set +e
	pg_stop
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pg_start "$WORK" "$PGPORT"
psql_pg() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres "$@"; }
psql_pg -c "create database shopfront"

migrate() {  # the migrations whose version is below (or, with "from", at least) the given major
	local from=$1 to=$2
	for file in $(ls "$MIGRATIONS"/V*.sql "$VENDOR"/V*.sql | awk -F/ '{v=$NF; sub(/^V/,"",v); sub(/__.*/,"",v);
			split(v, p, "_"); printf "%05d.%05d %s\n", p[1], p[2], $0}' | sort | awk '{print $2}'); do
		major=$(basename "$file" | sed -E 's/^V([0-9]+).*/\1/')
		if [ "$major" -ge "$from" ] && [ "$major" -lt "$to" ]; then
			psql_pg -d shopfront -f "$file" >/dev/null
		fi
	done
}

echo "== Schema before the list indexes (V1..V16)"
migrate 0 25
echo "== Filling (bench/lists/fill.sql)"
time psql_pg -d shopfront -f bench/lists/fill.sql >/dev/null

C="md5('person:1')::uuid"
M="md5('person:2')::uuid"
explain() {  # name, SQL with $1 the person's id
	local name=$1 sql=$2 param=${3:-$C}
	local plan
	plan=$(psql_pg -d shopfront -At <<SQL
set plan_cache_mode = force_generic_plan;
prepare q as $sql;
explain (analyze, buffers, format text) execute q($param);
SQL
)
	local ms
	ms=$(echo "$plan" | sed -nE 's/^Execution Time: ([0-9.]+) ms/\1/p')
	printf '%-28s %9s ms   %s\n' "$name" "$ms" "$(echo "$plan" | grep -E '^ *(->)? *[A-Z][a-zA-Z ]*(Scan|Sort|Aggregate|Unique)' | head -4 | sed -E 's/  \(cost.*//; s/^ +//' | tr '\n' '|' )"
}

before() {
	local S="select id, order_number, offering_title, provider_name, customer_name, quantity, one_off_price, monthly_price, status, placed_at, delivered_at, fulfiller_id from purchase_order"
	explain "my orders" "$S where customer_id = \$1 order by placed_at desc limit 200"
	explain "team's orders" "$S where manager_id = \$1 order by placed_at desc limit 200" "$M"
	explain "approvals" "$S where manager_id = \$1 and status = 'AWAITING_APPROVAL' order by placed_at limit 200" "$M"
	explain "queue" "$S where 1 = 1 and status in ('OPEN', 'IN_PROGRESS') and \$1::uuid is not null order by placed_at limit 200"
	explain "queue providers" "select distinct provider_id, provider_name from purchase_order where status in ('OPEN', 'IN_PROGRESS') and \$1::uuid is not null order by provider_name"
	explain "inbox" "select id, subject, body, created_at, read_at from notice where recipient_id = \$1 order by created_at desc, id limit 100"
	explain "inbox badge" "select count(*) from notice where recipient_id = \$1 and read_at is null"
	explain "people (all, for 500)" "select u.id, u.username, u.display_name, u.email, u.password_hash, u.unit_id, b.name as unit_name, u.manager_id, m.display_name as manager_name, u.enabled, u.service_account, u.version, r.role from app_user u left join business_unit b on b.id = u.unit_id left join app_user m on m.id = u.manager_id left join user_role r on r.user_id = u.id where (lower(u.display_name) like '%%' or lower(u.username) like '%%' or lower(u.email) like '%%') and \$1::uuid is not null order by u.display_name, u.id"
}

after() {
	local S="select id, order_number, offering_title, provider_name, customer_name, quantity, one_off_price, monthly_price, status, placed_at, delivered_at, fulfiller_id, promised_by, promise_at_risk from purchase_order"
	local P="fetch first 51 rows only"
	explain "my orders" "$S where customer_id = \$1 order by placed_at desc, id desc $P"
	explain "my orders, page 40" "$S where customer_id = \$1 and (placed_at, id) < (now() - interval '1000 days', md5('x')::uuid) order by placed_at desc, id desc $P"
	explain "my orders by promise" "$S where customer_id = \$1 and status in ('AWAITING_APPROVAL', 'OPEN', 'IN_PROGRESS') order by promised_by nulls last, id $P"
	explain "team's orders" "$S where manager_id = \$1 order by placed_at desc, id desc $P" "$M"
	explain "approvals" "$S where manager_id = \$1 and status = 'AWAITING_APPROVAL' order by placed_at, id $P" "$M"
	explain "queue" "$S where 1 = 1 and status in ('OPEN', 'IN_PROGRESS') and \$1::uuid is not null order by placed_at, id $P"
	explain "queue by promise" "$S where 1 = 1 and status in ('OPEN', 'IN_PROGRESS') and \$1::uuid is not null order by promised_by nulls last, id $P"
	explain "queue providers" "select id, name from provider where \$1::uuid is not null order by name"
	explain "inbox (page's ids)" "select id, created_at from notice where recipient_id = \$1 order by created_at desc, id desc $P"
	explain "inbox (one step)" "select id, subject, body, created_at, read_at from notice where recipient_id = \$1 order by created_at desc, id desc $P"
	explain "inbox badge" "select count(*) from notice where recipient_id = \$1 and read_at is null"
	explain "people (a page)" "select id from app_user where 1 = 1 and \$1::uuid is not null order by display_name, id $P"
}

echo "== Before (main's queries and indexes), generic plans, execution time"
before
echo "== Applying V25 and V25_1"
time migrate 25 26
psql_pg -d shopfront -c "vacuum analyze" >/dev/null
echo "== After (this branch's queries and indexes), generic plans, execution time"
after
