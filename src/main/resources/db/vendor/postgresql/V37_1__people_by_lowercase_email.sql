-- Single sign-on finds the person an identity provider names by their e-mail address,
-- whatever its case (lower(email) = lower(?)). With 50,000 people that lookup read the whole
-- table on every sign-in; this index holds the lowercase addresses, so it reads their rows.
create index app_user_email_lower_idx on app_user (lower(email));
