#!/usr/bin/env bash
# Peer comparison on one core each: compromise (quotations + people), wink-nlp (tokens + entities) and
# QuoteMiner's full pipeline (CLI, --threads 1, JSON written to /dev/null), over the same folder of .txt
# articles. usage: bench/peers/run.sh FOLDER   (installs the npm packages on first use)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
folder="$(cd "$1" && pwd)"
[[ -d "$here/node_modules" ]] || (cd "$here" && npm ci --no-audit --no-fund >/dev/null)
dotnet build "$root/src/QuoteMiner.Cli" -c Release >/dev/null
bytes=$(cat "$folder"/*.txt | wc -c)

compromise=$(taskset -c 0 node "$here/peers.mjs" compromise "$folder" | sed -n 's/.*"mbPerSecond":\([0-9.]*\).*/\1/p')
wink=$(taskset -c 0 node "$here/peers.mjs" wink "$folder" | sed -n 's/.*"mbPerSecond":\([0-9.]*\).*/\1/p')
start=$(date +%s.%N)
taskset -c 0 dotnet "$root/src/QuoteMiner.Cli/bin/Release/net10.0/quoteminer.dll" extract --threads 1 --quiet "$folder" > /dev/null
end=$(date +%s.%N)
quoteminer=$(echo "$bytes / 1000000 / ($end - $start)" | bc -l)

printf '%-40s %8s %8s\n' "tool (one core)" "MB/s" "ratio"
printf '%-40s %8.2f %8s\n' "compromise quotations()+people()" "$compromise" "1.0"
printf '%-40s %8.2f %8.1f\n' "wink-nlp tokens+entities" "$wink" "$(echo "$wink / $compromise" | bc -l)"
printf '%-40s %8.2f %8.1f\n' "QuoteMiner full pipeline (incl. startup)" "$quoteminer" "$(echo "$quoteminer / $compromise" | bc -l)"
