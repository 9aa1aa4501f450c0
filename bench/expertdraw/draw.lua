-- wrk client for bench/expert-draw.sh (CLIENT=wrk): POSTs the bodies of $BODIES in turn over keep-alive connections
-- until $DRAWS draws were answered, then prints p50/p95/max and the count of answers other than 201.
-- One process for all clients: a bash + curl per draw costs the 2-core machine more CPU than the server's draw.
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bodies = {}
  for line in io.lines(os.getenv("BODIES")) do table.insert(bodies, line) end
  limit = math.ceil(tonumber(os.getenv("DRAWS")) / tonumber(os.getenv("THREADS")))
  i, done_count, failed = 0, 0, 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
end

function request()
  i = i + 1
  return wrk.format(nil, "/api/v1/experts/draws", nil, bodies[(i - 1) % #bodies + 1])
end

function response(status, headers, body)
  done_count = done_count + 1
  if status ~= 201 then failed = failed + 1 end
  if done_count >= limit then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local n, f = 0, 0
  for _, t in ipairs(threads) do n = n + t:get("done_count"); f = f + t:get("failed") end
  io.write(string.format("wrk: %d draws answered, %d not 201: p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", n, f,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency.max / 1000))
end
