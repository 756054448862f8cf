-- What bench/scale/run.sh adds to bench/lists/fill.sql on the app's full schema (issue 14): the
-- rollups the app keeps are left for its backfills to build at its next start, as an upgraded
-- database has them built: the pain-point board's (PainPointRollupBackfill, decision 0031) from
-- the fill's mining run, and the scoreboard's (ScoreboardBackfill) from the fill's closed
-- promises. run.sh starts the app once and waits for both before it measures.
\set ON_ERROR_STOP on
update pain_point_rollup_backfill set status = 'PENDING' where id = 1;
update score_backfill set state = 'PENDING', claimed_at = null, finished_at = null where id = 1;
