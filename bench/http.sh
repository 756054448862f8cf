# Signing in for the benchmark scripts (sourced, not run):
#   . bench/http.sh; cookie=$(login USER [PATH])
# Needs BASE (the app's address), WORK (a scratch folder) and PASSWORD (of every demo person).

login() {  # user [path]: logs in through the form like a browser (then opens path, if given), prints the session cookie
	local jar="$WORK/cookies.$RANDOM" token status
	token=$(curl -fsS --max-time 15 -c "$jar" -b "$jar" "$BASE/login" | python3 -c '
import re, sys
m = re.search(r"name=\"_csrf\"\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\s+name=\"_csrf\"", sys.stdin.read())
print(m.group(1) or m.group(2) if m else "")')
	[ -n "$token" ] || { echo "GET /login: no _csrf input" >&2; return 1; }
	status=$(curl -sS --max-time 15 -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
		--data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login")
	case "$status" in 302\ *error*|302\ *login*|[!3]*) echo "POST /login as $1: $status" >&2; return 1 ;; esac
	[ -z "${2:-}" ] || curl -fsS --max-time 15 -c "$jar" -b "$jar" -o /dev/null "$BASE$2"
	awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar" | tail -n 1 | grep . || { echo "no session cookie for $1" >&2; return 1; }
}
