-- wrk script for bench/run.sh: the floor of the stack, GET requests that do (almost) nothing.
--   wrk -t 2 -c 8 -d 20s --latency -s bench/floor.lua http://127.0.0.1:18080 -- NAME FILE
-- FILE has lines "auth Basic …" (optional, rotated per request) and "path /…" (rotated).
-- The figures bound what any request through Tomcat, Spring Security and Spring MVC can
-- reach on this machine, next to the baseline and the order placement.

dofile("bench/common.lua")
expected = 200
name = "?"

function init(args)
	name = args[1] or error("usage: -- NAME FILE")
	local auths, paths = {}, {}
	for line in io.lines(args[2] or error("usage: -- NAME FILE")) do
		local kind, value = line:match("^(%a+) (.+)$")
		if kind == "auth" then table.insert(auths, value)
		elseif kind == "path" then table.insert(paths, value) end
	end
	assert(#paths > 0, "no path lines")
	for k = 0, math.max(#auths, 1) * #paths - 1 do
		local headers = { ["Accept"] = "application/json" }
		if #auths > 0 then headers["Authorization"] = auths[k % #auths + 1] end
		requests[#requests + 1] = wrk.format("GET", paths[math.floor(k / math.max(#auths, 1)) % #paths + 1], headers)
	end
	next_request = (id or 0) * 7 % #requests + 1
end

function done(summary, latency, requests)
	report(first_thread_value("name"), "count", summary, latency)
end
