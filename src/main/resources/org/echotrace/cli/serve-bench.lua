-- wrk script of `echotrace bench serve`: cycles through the request paths listed one per line in
-- the file named by ET_PATHS, and prints one JSON line of latency percentiles when done.
local paths = {}
for line in io.lines(os.getenv("ET_PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"p50_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d,"requests":%d,"duration_us":%d,"errors_status":%d,"errors_socket":%d}\n',
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, summary.requests, summary.duration,
    e.status, e.connect + e.read + e.write + e.timeout))
end
