-- wrk script for bench/run.py: a browser-like reader, optional rotation over many paths,
-- and a one-line JSON summary (rps, latency percentiles, errors) for the runner to parse.
--
--   PATHS_FILE=/tmp/paths.txt wrk -t1 -c4 -d20s -s bench/bench.lua http://127.0.0.1:PORT/
--
-- Without PATHS_FILE every request is the URL given to wrk (wrk's fast path: the request is
-- built once). With it, each request takes the next path of the file (threads start at
-- different offsets), e.g. thousands of different articles so that each one misses the
-- page cache.
--
-- VARY_HOST=1 (with PATHS_FILE): each request also names another port in its Host header
-- (127.0.0.1:1024, :1025, …). Django accepts it (ALLOWED_HOSTS ignores the port) and the page
-- cache keys on it, so even a handful of addresses (the first page of eight categories) miss
-- the cache on every request and are rendered and stored, as after an edit.
-- ACCEPT_ENCODING=gzip: ask for compressed responses, as a browser does.

wrk.headers["User-Agent"] =
  "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) " ..
  "Chrome/124.0 Mobile Safari/537.36"
wrk.headers["Accept"] = "text/html,application/xhtml+xml"
wrk.headers["Accept-Language"] = "vi-VN,vi;q=0.9"
local accept_encoding = os.getenv("ACCEPT_ENCODING")
if accept_encoding and accept_encoding ~= "" then
  wrk.headers["Accept-Encoding"] = accept_encoding
end

local paths_file = os.getenv("PATHS_FILE")
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

if paths_file and paths_file ~= "" then
  local paths = {}
  for line in io.lines(paths_file) do
    if line ~= "" then paths[#paths + 1] = line end
  end

  -- PATHS_OFFSET: how many of these paths earlier runs already asked for (bench/run.py),
  -- so a warm-up never turns the measured run's misses into hits.
  local offset = tonumber(os.getenv("PATHS_OFFSET") or "0") or 0

  function init(args)
    counter = offset + id * 100003
  end

  local vary_host = os.getenv("VARY_HOST") == "1"

  function request()
    counter = counter + 1
    local path = paths[(counter % #paths) + 1]
    if not vary_host then
      return wrk.format("GET", path)
    end
    local headers = {}
    for name, value in pairs(wrk.headers) do headers[name] = value end
    headers["Host"] = wrk.host .. ":" .. (1024 + math.floor(counter / #paths) % 64000)
    return wrk.format("GET", path, headers)
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, ' ..
    '"p50_us": %d, "p90_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d, "mean_us": %.1f, ' ..
    '"connect_errors": %d, "read_errors": %d, "write_errors": %d, "timeouts": %d, ' ..
    '"non_2xx_3xx": %d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(95),
    latency:percentile(99), latency.max, latency.mean,
    e.connect, e.read, e.write, e.timeout, e.status))
end
