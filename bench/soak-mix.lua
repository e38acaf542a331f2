-- wrk script for bench/soak.sh: a mix of what reps and integrations read, with an API token:
-- 70 % a contact's value, 10 % its history, 10 % the top of the list, 5 % a search, 5 % health.
-- Counts answers by status across threads (the designed 503s apart from the rest).
local token = os.getenv("CLV_TOKEN")
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counts = {}
end

request = function()
  local r = math.random(100)
  local id = string.format("CDNOW%05d", math.random(1, 23570))
  local path
  if r <= 70 then
    path = "/clv/api/v1/contacts/" .. id .. "/value"
  elseif r <= 80 then
    path = "/clv/api/v1/contacts/" .. id .. "/history"
  elseif r <= 90 then
    path = "/clv/api/v1/contacts?limit=50"
  elseif r <= 95 then
    path = "/clv/api/v1/contacts?q=novak"
  else
    path = "/clv/api/v1/health"
  end
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token})
end

response = function(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

done = function(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("counts")) do
      total[status] = (total[status] or 0) + n
    end
  end
  io.write(string.format("requests %d in %.0f s: %.0f/s; socket errors %d (timeouts %d)\n", summary.requests,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.timeout))
  for status, n in pairs(total) do
    io.write(string.format("status %d: %d\n", status, n))
  end
  for _, p in pairs({50, 90, 99, 99.9}) do
    io.write(string.format("latency p%s %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
