-- Load mix for wrk: rotates over the site's pages, each once with and once without gzip.
-- Outputs and fingerprinted assets change with the content, so they are passed as arguments:
--   wrk -t2 -c256 -d60s --timeout 5s --latency -s mix.lua http://127.0.0.1:8080 -- /assets/site.HASH.css /feed.xml
local paths = {
  "/", "/programm", "/sessions", "/themen", "/my-turn",
  "/impressum", "/datenschutz", "/barrierefreiheit", "/leichte-sprache",
  "/sessions/eroeffnung", "/sessions/keynote-steffi-jones", "/sessions/ki-diy-style",
  "/sessions/empowerment-fuer-weibliche-fachkraefte", "/sessions/erkenntnisse-und-impulse-aus-dem-job-turbo",
  "/sessions/integration-auslaendischer-fachkraefte", "/sessions/skilled-labour-from-india-to-germany",
  "/themen/aus-und-weiterbildung", "/themen/digitale-chancen", "/themen/fachkraeftezuwanderung",
  "/themen/unternehmenskultur",
}
local requests = {}
local cursor = 0

function init(args)
  for _, path in ipairs(args) do
    table.insert(paths, path)
  end
  for _, path in ipairs(paths) do
    table.insert(requests, wrk.format("GET", path, { ["Accept-Encoding"] = "gzip" }))
    table.insert(requests, wrk.format("GET", path))
  end
end

function request()
  cursor = cursor % #requests + 1
  return requests[cursor]
end

function done(summary)
  local errors = summary.errors
  io.write(string.format("requests %d in %.1f s; errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.requests, summary.duration / 1e6, errors.connect, errors.read, errors.write, errors.status,
    errors.timeout))
end
