-- Shared by bench/place-order.lua and bench/pages.lua (loaded with dofile; wrk runs from the
-- project root): thread bookkeeping, request rotation, counting unexpected statuses, and the
-- "result key=value" lines that bench/run.sh reads.
-- A script sets `expected` (the status that counts as success), fills `requests` in init()
-- and sets `next_request` to where its thread starts.

local threads = {}
local counter = 0

function setup(thread)
	thread:set("id", counter)
	counter = counter + 1
	table.insert(threads, thread)
end

requests = {}
next_request = 1
failed = 0         -- answers other than `expected`, read in done()
statuses = ""      -- "status:count " of those, for the report

local seen = {}

function request()
	local r = requests[next_request]
	next_request = next_request % #requests + 1
	return r
end

function response(status, headers, body)
	if status ~= expected then
		failed = failed + 1
		seen[status] = (seen[status] or 0) + 1
		local s = ""
		for code, n in pairs(seen) do s = s .. code .. ":" .. n .. " " end
		statuses = s
	end
end

-- Prints the results of a run under `prefix`; `count_key` names the number of successes.
function report(prefix, count_key, summary, latency)
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
	print(string.format("result %s_%s=%d", prefix, count_key, ok))
	print(string.format("result %s_errors=%d", prefix, failures + socket_errors))
	print(string.format("result %s_seconds=%.1f", prefix, seconds))
	print(string.format("result %s_per_second=%.1f", prefix, ok / seconds))
	print(string.format("result %s_p50_ms=%s", prefix, ms(50)))
	print(string.format("result %s_p95_ms=%s", prefix, ms(95)))
	print(string.format("result %s_p99_ms=%s", prefix, ms(99)))
	print(string.format("result %s_max_ms=%.1f", prefix, latency.max / 1000))
	if failures + socket_errors > 0 then
		print(string.format("result %s_error_detail=non-%d %d (%s) connect %d read %d write %d timeout %d",
			prefix, expected, failures, statuses_all, e.connect, e.read, e.write, e.timeout))
	end
end

-- The group name lives in each thread's state; done() runs in the main state and asks thread 1.
function first_thread_value(name)
	return threads[1]:get(name)
end
