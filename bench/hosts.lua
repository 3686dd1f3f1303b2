-- wrk script for the node benchmarks (docs/benchmarks.md). The synthetic repository gives route N the host
-- app-NNNNN.example.com and the path prefix /app-NNNNN (tests/GitOpsGateway.Benchmarks/Synthetic).
-- Arguments after `--`: FIRST COUNT. Each connection cycles through routes FIRST .. FIRST+COUNT-1.
-- Requests are formatted once in init, so wrk spends no time building them.
local requests = {}
local position = 0

function init(args)
  local first = tonumber(args[1] or "0")
  local count = tonumber(args[2] or "1")
  for index = first, first + count - 1 do
    local number = string.format("%05d", index)
    requests[#requests + 1] = wrk.format("GET", "/app-" .. number .. "/items/42", { Host = "app-" .. number .. ".example.com" })
  end
end

function request()
  position = position % #requests + 1
  return requests[position]
end
