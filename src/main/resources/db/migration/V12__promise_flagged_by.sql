-- Who flagged a promise's delay: the fulfiller who last gave its new date and reason; null
-- while the at-risk watch alone has turned it at risk.
alter table promise add column flagged_by uuid;
