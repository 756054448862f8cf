-- wrk script for bench/scoreboard/run.sh: GET one group of paths, signed in per request.
--   wrk -t 2 -c 8 -d 20s --latency -s bench/scoreboard/get.lua http://127.0.0.1:18085 -- NAME FILE
-- FILE (written by run.sh) has lines
--   header Accept: text/html               sent with every request
--   rotate Cookie: JSESSIONID=…            one of these per request, in turn (a session or an
--   rotate Authorization: Basic …          HTTP basic header per signed-in person); optional
--   path /scoreboard?by=offering           the paths, in turn
-- Every combination of rotate line and path is formatted once in init(); request() only picks
-- the next one. Only 200 counts; anything else (a 302 to /login, say) is counted and reported.

dofile("bench/common.lua")
expected = 200
name = "?"

function init(args)
	name = args[1] or error("usage: -- NAME FILE")
	local headers, rotate, paths = {}, {}, {}
	for line in io.lines(args[2] or error("usage: -- NAME FILE")) do
		local kind, key, value = line:match("^(%a+) ([%w-]+): (.+)$")
		if kind == "header" then headers[key] = value
		elseif kind == "rotate" then table.insert(rotate, { key, value })
		else
			local path = line:match("^path (.+)$")
			if path then table.insert(paths, path) end
		end
	end
	assert(#paths > 0, "no path lines")
	local n = math.max(#rotate, 1)
	for k = 0, n * #paths - 1 do
		local h = {}
		for key, value in pairs(headers) do h[key] = value end
		if #rotate > 0 then h[rotate[k % n + 1][1]] = rotate[k % n + 1][2] end
		requests[#requests + 1] = wrk.format("GET", paths[math.floor(k / n) % #paths + 1], h)
	end
	next_request = (id or 0) * 7 % #requests + 1
end

function done(summary, latency, requests)
	report(first_thread_value("name"), "count", summary, latency)
end
