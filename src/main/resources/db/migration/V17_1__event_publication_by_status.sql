-- Spring Modulith's staleness monitor and the retry of failed listeners look for publications
-- by status on every node every 30 s; completed publications are kept for audit, so without
-- this index each look would read the whole table.
create index event_publication_by_status_idx on event_publication (status);
