-- Moves on with every write of a run's rollups (decision 0044), so the board and the public page
-- can keep what they rendered until the figures change, on every node.
alter table mining_run add column board_version bigint default 0 not null;
