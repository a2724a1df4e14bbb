-- Search queries for wrk: "page" asks for a small prerendered page instead (/impressum), the baseline on the
-- same server and host; "one" asks one query again and again, "mix" the visitor queries below in turn (each kept
-- after its first request), "new" a query never asked before on every request (a counter appended to a word,
-- so nothing is kept and every request searches, highlights and renders).
-- wrk ... -s src/test/resources/load/search.lua URL -- page|one|mix|new
local queries = {"Zuwanderung", "Pflege", "Ausbildungen", "Weiterbildung Handwerk", "Fatma Oeztuerk",
  "Fatma Ozturk", "Mehmet Yilmaz", "Katharina Schaefer", "Lukas Hartman", "Miriam Schmitd", "Digitalisierung",
  "Gleichstelung Logistik", "Arbeitskultur IT-Branche", "Fachkraeftesicherung Handwerk", "Sprachkurse",
  "Anerkennungsverfahren", "Mentoring", "Kinderbetreuung", "Visaverfahren", "Teilzeitausbildung",
  "Arbeitszeitmodelle", "Hochschulen", "Handwerkskammer", "Energiewnde", "Quereinsteigende Gastronomie",
  "Engpass Energiewende", "Kindertagesbetreuung Integration", "wertschätzende Unternehmenskultur",
  "Netzwerke Region", "xyzzy", "und", "Job-Turbo", "KI", "Öztürk", "Bauwirtschaft Praxis Beispiele",
  "Erfahrungen Regionen Einzelhandel", "Abwanderung", "Wohnraum", "Berufsschulen", "Lernplattformen"}
local mode = "one"
local counter = 0

local function encode(text)
  return (text:gsub("[^%w%-_.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  mode = args[1] or "one"
  -- each thread its own counter: every thread's Lua state starts with the same random seed
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16))
  counter = math.random(1, 1000000000)
end

function request()
  counter = counter + 1
  if mode == "page" then
    return wrk.format("GET", "/impressum")
  end
  local query
  if mode == "one" then
    query = "Zuwanderung Pflege"
  elseif mode == "mix" then
    query = queries[counter % #queries + 1]
  else
    query = queries[counter % #queries + 1] .. " w" .. counter
  end
  return wrk.format("GET", "/suche?q=" .. encode(query))
end
