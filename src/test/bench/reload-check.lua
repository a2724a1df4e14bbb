-- wrk script for reload-under-load.sh: checks every response while the content is switched underneath.
-- A response counts as good only if it is a 200 with a complete page ("</html>" at its end) that names one
-- content version ("(Stand N)" in the session title) and one stylesheet. Each thread keeps the pairs of version
-- and stylesheet it saw; the shell script then checks that every version had exactly one stylesheet and that
-- every stylesheet seen still answers.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bad = 0
  good = 0
  seen = ""
  known = {}
end

function response(status, headers, body)
  local version = body:match("%(Stand (%d+)%)")
  local stylesheet = body:match('href="(/assets/site%.[0-9a-f]+%.css)"')
  if status ~= 200 or not body:find("</html>%s*$") or not version or not stylesheet then
    bad = bad + 1
    return
  end
  good = good + 1
  local pair = version .. " " .. stylesheet
  if not known[pair] then
    known[pair] = true
    seen = seen .. pair .. "\n"
  end
end

function done(summary, latency, requests)
  local bad_total, good_total, versions = 0, 0, {}
  for _, thread in ipairs(threads) do
    bad_total = bad_total + thread:get("bad")
    good_total = good_total + thread:get("good")
    for pair in string.gmatch(thread:get("seen"), "[^\n]+") do
      versions[pair] = true
    end
  end
  io.write(string.format("checked: %d good, %d bad (non-200, incomplete or without one version)\n",
    good_total, bad_total))
  for pair in pairs(versions) do
    io.write("pair: " .. pair .. "\n")
  end
end
