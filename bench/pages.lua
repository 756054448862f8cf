-- wrk script for bench/run.sh: GET catalog or order pages as logged-in demo people.
--   wrk -t 2 -c 8 -d 20s --latency -s bench/pages.lua http://127.0.0.1:18080 -- GROUP USER_FILE...
-- GROUP is catalog, orders or all (all: for the warm-up). Each USER_FILE (written by run.sh
-- after logging in with curl) holds one person's session and pages:
--   cookie JSESSIONID=…
--   catalog /store            (also /store?q=laptop, /needs/{id}, …)
--   orders /orders            (also /orders/{id} for that person's orders)
-- Thread n uses USER_FILE n (modulo their count) and cycles through the pages of GROUP.
-- Only 200 counts as a page; anything else (a 302 to /login, say) is counted and reported.

dofile("bench/common.lua")
expected = 200
group = "?"

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

function done(summary, latency, requests)
	report(first_thread_value("group"), "count", summary, latency)
end
