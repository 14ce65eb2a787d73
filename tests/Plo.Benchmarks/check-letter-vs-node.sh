#!/usr/bin/env bash
# The checker CLI as shipped (the native build of plo) against the plain Node stack, side by side in one run:
# 1,000 letters written from the templates and sample families, each tool three times in turn, medians and ratio.
# Also one letter on its own, and a check that the native and managed builds print the same bytes.
# Usage: tests/Plo.Benchmarks/check-letter-vs-node.sh [WORK_DIR]   (needs the .NET SDK, Node.js and npm)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-$(mktemp -d -t plo-vs-node-XXXX)}"
mkdir -p "$work"

echo "Building the native checker and the corpus in $work ..."
dotnet publish "$repo/src/Plo.Cli" -c Release -r linux-x64 -p:PloNative=true -o "$work/native" -v quiet -nologo >/dev/null
dotnet build "$repo/src/Plo.Cli" -c Release -o "$work/managed" -v quiet -nologo >/dev/null
dotnet run -c Release --project "$repo/tests/Plo.Benchmarks" -- corpus "$work/letters" 1000
cp "$repo/tests/Plo.Benchmarks/node-reference/"{package.json,check.mjs} "$work/"
(cd "$work" && npm install --silent --no-audit --no-fund >/dev/null)

# Wall milliseconds of one run, output discarded (exit 1 means "a letter has errors", which is not a failure here).
wall() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null || [ $? -eq 1 ]
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }

plo=() node=() single=()
for _ in 1 2 3; do
  plo+=("$(wall "$work/native/plo" check-letter "$work/letters")")
  node+=("$(wall node "$work/check.mjs" "$work/letters")")
done
for _ in 1 2 3 4 5; do
  single+=("$(wall "$work/native/plo" check-letter "$work/letters/letter-0000.txt")")
done

"$work/native/plo" check-letter "$work/letters" --format json >"$work/native.json" || true
"$work/managed/plo" check-letter "$work/letters" --format json >"$work/managed.json" || true
cmp -s "$work/native.json" "$work/managed.json" && same="yes" || same="NO"

p=$(median "${plo[@]}") n=$(median "${node[@]}")
echo "runs (ms): plo ${plo[*]}; node ${node[*]}; one letter ${single[*]}"
echo "1000 letters: plo check-letter (native) ${p} ms, Node text-readability + write-good ${n} ms: $(awk "BEGIN { printf \"%.1f\", $n / $p }")x faster"
echo "one letter: plo check-letter (native) $(median "${single[@]}") ms"
echo "native and managed builds print the same JSON: $same"
[ "$same" = "yes" ]
