-- wrk: GET /api/overview (first page and summary) with the load user's bearer token.
local token = os.getenv("PLO_TOKEN")
request = function()
  return wrk.format("GET", "/api/overview", { ["Authorization"] = "Bearer " .. token })
end
