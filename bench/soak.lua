-- wrk script for the soak benchmark (docs/benchmarks.md, `soak`): one host and path, and a bounded rate.
-- Arguments after `--`: HOST PATH DELAY_MS. Each connection waits DELAY_MS before each request, so wrk sends at most
-- connections × 1000 / DELAY_MS requests per second and leaves the shared machine's other cores to other work.
local request_text
local pause = 0

function init(args)
  request_text = wrk.format("GET", args[2] or "/", { Host = args[1] })
  pause = tonumber(args[3] or "0")
end

function request()
  return request_text
end

function delay()
  return pause
end
