-- Baseline for bench/run.sh: the cheapest durable write, one row per transaction
-- (pgbench runs each script as its own transaction in autocommit mode).
INSERT INTO bench.bench_insert (payload) VALUES ('benchmark order from client ' || :client_id);
