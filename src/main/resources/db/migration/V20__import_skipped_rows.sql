-- An import may leave rows or values out on purpose (an estimate of 0 says nothing about
-- how estimates overrun): they are counted and listed beside the rejected rows, but never
-- fail a file that is stored whole or not at all (decision 0024).
alter table import_run add column rows_skipped bigint not null default 0;
alter table import_rejection add column skipped boolean not null default false;
