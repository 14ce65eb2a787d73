#!/usr/bin/env bash
# Reads under load: the API built for Release on SQLite, seeded with 500 synthetic families (about 750 children, a
# large council), on loopback; wrk drives GET /api/cases/{id} and then GET /api/overview, each for 30 s at 32
# connections. Rate limiting is as shipped; the load user gets a high limit through configuration only.
# Usage: tests/Plo.Benchmarks/load/run.sh [SECONDS] [CONNECTIONS]   (installs wrk with apt-get when missing)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
seconds="${1:-30}" connections="${2:-32}" port=5199
work="$(mktemp -d -t plo-load-XXXX)"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

export ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development # the Development signing key, for tokens
export ConnectionStrings__Plo="Data Source=$work/plo.db" Database__SeedDemoData=false
export Logging__LogLevel__Default=Warning

echo "Building (Release) and seeding 500 families in $work ..."
dotnet build "$repo/src/Plo.Api" -c Release -v quiet -nologo >/dev/null
dotnet build "$repo/src/Plo.Cli" -c Release -v quiet -nologo >/dev/null
plo="$repo/src/Plo.Cli/bin/Release/net10.0/plo"
"$plo" migrate >/dev/null
"$plo" seed --families 500 >/dev/null
"$plo" import-staff "$here/load-staff.csv" >/dev/null # the load user, a senior manager who sees every case
export PLO_TOKEN="$("$plo" token --user load-test --role SeniorManager)"

(cd "$repo/src/Plo.Api" && exec dotnet bin/Release/net10.0/Plo.Api.dll --urls "http://127.0.0.1:$port" \
  --RateLimiting:Users:load-test:Api:TokenLimit=1000000 --RateLimiting:Users:load-test:Api:TokensPerPeriod=1000000) \
  >"$work/api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done

for page in 1 2 3 4; do
  curl -sf -H "Authorization: Bearer $PLO_TOKEN" "http://127.0.0.1:$port/api/overview?pageSize=500&page=$page"
done | grep -o '"caseId":"[0-9a-f-]*"' | cut -d'"' -f4 | sort -u >"$work/ids.txt"
export PLO_IDS="$work/ids.txt"
echo "$(wc -l <"$work/ids.txt") cases; $(nproc) cores; $seconds s each at $connections connections"

for target in cases overview; do
  cat "$here/$target.lua" "$here/report.lua" >"$work/$target.lua"
  wrk -t2 -c"$connections" -d20s -s "$work/$target.lua" "http://127.0.0.1:$port" >/dev/null # warm up: the JIT tiers up
  printf '%-9s ' "$target:"
  wrk -t2 -c"$connections" -d"${seconds}s" -s "$work/$target.lua" "http://127.0.0.1:$port" | grep '^RESULT' |
    sed 's/^RESULT //'
done
