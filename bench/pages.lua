-- wrk script for bench/run.sh: GET catalog or order pages as logged-in demo people.
--   wrk -t 2 -c 8 -d 20s --latency -s bench/pages.lua http://127.0.0.1:18080 -- GROUP USER_FILE...
-- GROUP is catalog, orders or all (all: for the warm-up). Each USER_FILE (written by run.sh
-- after logging in with curl) holds one person's session and pages:
--   cookie JSESSIONID=…
--   catalog /store            (also /store?q=laptop, /needs/{id}, …)
--   orders /orders            (also /orders/{id} for that person's orders)
-- Thread n uses USER_FILE n (modulo their count) and cycles through the pages of GROUP.
-- Only 200 counts as a page; anything else (a 302 to /login, say) is counted and reported.

local threads = {}
local counter = 0

function setup(thread)
	thread:set("id", counter)
	counter = counter + 1
	table.insert(threads, thread)
end

local requests = {}
local next_request = 1
failed = 0
statuses = ""
group = "?"

local seen = {}

function init(args)
	group = args[1] or error("usage: -- GROUP USER_FILE...")
	assert(#args >= 2, "usage: -- GROUP USER_FILE...")
	local file = args[2 + (id or 0) % (#args - 1)]
	local cookie
	local paths = {}
	for line in io.lines(file) do
		local kind, value = line:match("^(%a+) (.+)$")
		if kind == "cookie" then cookie = value
		elseif kind == group or (group == "all" and (kind == "catalog" or kind == "orders")) then
			table.insert(paths, value)
		end
	end
	assert(cookie, "no cookie line in " .. file)
	assert(#paths > 0, "no " .. group .. " pages in " .. file)
	for _, path in ipairs(paths) do
		requests[#requests + 1] = wrk.format("GET", path, { ["Cookie"] = cookie, ["Accept"] = "text/html" })
	end
	next_request = (id or 0) % #requests + 1
end

function request()
	local r = requests[next_request]
	next_request = next_request % #requests + 1
	return r
end

function response(status, headers, body)
	if status ~= 200 then
		failed = failed + 1
		seen[status] = (seen[status] or 0) + 1
		local s = ""
		for code, n in pairs(seen) do s = s .. code .. ":" .. n .. " " end
		statuses = s
	end
end

function done(summary, latency, requests)
	local failures, statuses_all, g = 0, "", threads[1]:get("group")
	for _, t in ipairs(threads) do
		failures = failures + t:get("failed")
		statuses_all = statuses_all .. t:get("statuses")
	end
	local e = summary.errors
	local socket_errors = e.connect + e.read + e.write + e.timeout
	local ok = summary.requests - failures
	local seconds = summary.duration / 1e6
	local ms = function(p) return string.format("%.1f", latency:percentile(p) / 1000) end
	print(string.format("result %s_count=%d", g, ok))
	print(string.format("result %s_errors=%d", g, failures + socket_errors))
	print(string.format("result %s_seconds=%.1f", g, seconds))
	print(string.format("result %s_per_second=%.1f", g, ok / seconds))
	print(string.format("result %s_p50_ms=%s", g, ms(50)))
	print(string.format("result %s_p95_ms=%s", g, ms(95)))
	print(string.format("result %s_p99_ms=%s", g, ms(99)))
	print(string.format("result %s_max_ms=%.1f", g, latency.max / 1000))
	if failures + socket_errors > 0 then
		print(string.format("result %s_error_detail=non-200 %d (%s) connect %d read %d write %d timeout %d",
			g, failures, statuses_all, e.connect, e.read, e.write, e.timeout))
	end
end
