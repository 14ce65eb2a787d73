-- wrk: GET /api/cases/{id} over the case ids in ids.txt, in turn, with the load user's bearer token.
local ids = {}
for line in io.lines(os.getenv("PLO_IDS")) do ids[#ids + 1] = line end
local token = os.getenv("PLO_TOKEN")
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/cases/" .. ids[(n % #ids) + 1], { ["Authorization"] = "Bearer " .. token })
end
