-- wrk script: GET /clv/api/v1/contacts/{id}/value for random CDNOW demo contacts, with an API token.
-- Environment: CLV_TOKEN (the token), CLV_PACE_MS (pause after each request per connection; 0 for full speed).
local token = os.getenv("CLV_TOKEN")
local pace = tonumber(os.getenv("CLV_PACE_MS") or "0")
local errors = 0

request = function()
  local id = string.format("CDNOW%05d", math.random(1, 23570))
  return wrk.format("GET", "/clv/api/v1/contacts/" .. id .. "/value", {["Authorization"] = "Bearer " .. token})
end

delay = function()
  return pace
end

response = function(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d in %.1f s: %.0f/s; non-2xx %d, socket errors %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in pairs({50, 90, 99, 99.9}) do
    io.write(string.format("latency p%s %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
