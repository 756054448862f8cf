-- New tickets are placed with the miner's own features (decision 0029): the stems a run learned
-- as boilerplate of its corpus (left out before pairs of stems are formed, space separated) and
-- how much a title word counts, beside each pain point's centroid over the run's features.

alter table mining_run add column dropped_stems varchar(20000);
alter table mining_run add column title_weight real;
