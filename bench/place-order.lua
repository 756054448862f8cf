-- wrk script for bench/run.sh: POST /api/orders with HTTP basic as several demo people.
--   wrk -t 2 -c 8 -d 20s --latency -s bench/place-order.lua http://127.0.0.1:18080 -- ORDERS_FILE
-- ORDERS_FILE (written by run.sh) has one item per line:
--   auth Basic <base64 of user:demo>     one line per demo person
--   body {"offeringId":"…","quantity":1,"answers":[…]}   one line per service offering
-- Every request takes the next person and, once per round of people, the next offering;
-- all requests are formatted once in init(), so request() only picks a string.
-- Only 201 Created counts as an order; anything else is counted per thread and reported.

local threads = {}
local counter = 0

function setup(thread)
	thread:set("id", counter)
	counter = counter + 1
	table.insert(threads, thread)
end

local requests = {}
local next_request = 1
failed = 0         -- answers other than 201, read in done()
statuses = ""      -- "status:count " of those, for the report

local seen = {}

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

function request()
	local r = requests[next_request]
	next_request = next_request % #requests + 1
	return r
end

function response(status, headers, body)
	if status ~= 201 then
		failed = failed + 1
		seen[status] = (seen[status] or 0) + 1
		local s = ""
		for code, n in pairs(seen) do s = s .. code .. ":" .. n .. " " end
		statuses = s
	end
end

function done(summary, latency, requests)
	local failures, statuses_all = 0, ""
	for _, t in ipairs(threads) do
		failures = failures + t:get("failed")
		statuses_all = statuses_all .. t:get("statuses")
	end
	local e = summary.errors
	local socket_errors = e.connect + e.read + e.write + e.timeout
	local ok = summary.requests - failures
	local seconds = summary.duration / 1e6
	local ms = function(p) return string.format("%.1f", latency:percentile(p) / 1000) end
	print(string.format("result orders_ok=%d", ok))
	print(string.format("result orders_errors=%d", failures + socket_errors))
	print(string.format("result orders_seconds=%.1f", seconds))
	print(string.format("result orders_per_second=%.1f", ok / seconds))
	print("result orders_p50_ms=" .. ms(50))
	print("result orders_p95_ms=" .. ms(95))
	print("result orders_p99_ms=" .. ms(99))
	print(string.format("result orders_max_ms=%.1f", latency.max / 1000))
	if failures + socket_errors > 0 then
		print(string.format("result orders_error_detail=non-201 %d (%s) connect %d read %d write %d timeout %d",
			failures, statuses_all, e.connect, e.read, e.write, e.timeout))
	end
end
