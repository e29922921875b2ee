-- Shared by every script (wrk -s loads one file, so run.sh concatenates this after it): one summary line.
function done(summary, latency, requests)
  local non2xx = (summary.errors.status or 0)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("%.0f req/s  p50 %.1f ms  p99 %.1f ms  non-2xx %d  socket errors %d\n",
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      non2xx, errors))
end
