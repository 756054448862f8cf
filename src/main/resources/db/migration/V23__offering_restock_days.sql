-- How many business days an out-of-stock offering takes to be back in stock, as its
-- service owner knows it; null when unknown (the store then says it cannot promise a date).
alter table offering add column restock_days int;
alter table offering add constraint offering_restock_days_in_range check (restock_days is null or (restock_days >= 0 and restock_days <= 365));
