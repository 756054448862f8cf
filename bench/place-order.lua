-- wrk script for bench/run.sh: POST /api/orders with HTTP basic as several demo people.
--   wrk -t 2 -c 8 -d 20s --latency -s bench/place-order.lua http://127.0.0.1:18080 -- ORDERS_FILE
-- ORDERS_FILE (written by run.sh) has one item per line:
--   auth Basic <base64 of user:demo>     one line per demo person
--   body {"offeringId":"…","quantity":1,"answers":[…]}   one line per service offering
-- Every request takes the next person and, once per round of people, the next offering;
-- all requests are formatted once in init(), so request() only picks a string.
-- Only 201 Created counts as an order; anything else is counted per thread and reported.

dofile("bench/common.lua")
expected = 201

function init(args)
	local file = args[1] or error("usage: -- ORDERS_FILE")
	local auths, bodies = {}, {}
	for line in io.lines(file) do
		local kind, value = line:match("^(%a+) (.+)$")
		if kind == "auth" then table.insert(auths, value)
		elseif kind == "body" then table.insert(bodies, value) end
	end
	assert(#auths > 0 and #bodies > 0, "no auth or body lines in " .. file)
	for k = 0, #auths * #bodies - 1 do
		local auth = auths[k % #auths + 1]
		local body = bodies[math.floor(k / #auths) % #bodies + 1]
		requests[#requests + 1] = wrk.format("POST", "/api/orders", {
			["Authorization"] = auth,
			["Content-Type"] = "application/json",
			["Accept"] = "application/json",
		}, body)
	end
	-- Threads start at different places in the rotation.
	next_request = (id or 0) * 7 % #requests + 1
end

function done(summary, latency, requests)
	report("orders", "ok", summary, latency)
end
