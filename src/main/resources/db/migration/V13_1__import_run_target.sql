-- Imports of every kind share the import runs and their rejected rows (module imports, decision
-- 0012); each run names the target its rows went to. Runs so far were all ticket imports.
alter table import_run add column target varchar(40) not null default 'tickets';
create index import_run_target_idx on import_run (target, created_at);
