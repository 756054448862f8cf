-- Signing in finds a person by their user name whatever its case (lower(username) =
-- lower(?)), and so does every API request signed with HTTP Basic. With 50,000 people that
-- lookup read the whole table (40-55 ms a request at company size, issue 14); this index
-- holds the lowercase names, so it reads one row.
create index app_user_username_lower_idx on app_user (lower(username));
