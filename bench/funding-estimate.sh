#!/usr/bin/env bash
# Benchmark for issue #3: prices 640,000 synthetic placements in-process (baseline) and through the gateway's gRPC
# stream against a freshly started platform (Release build, its own data folder, ports offset by 2000).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
ensure_prerequisites
dotnet build SendPlatform.sln -c Release -nologo -v quiet
data=$(mktemp -d)
chmod 755 "$data"
log="$data/apphost.log"
dotnet run -c Release --project AppHost --no-build -- --data "$data" --port-offset 2000 > "$log" 2>&1 &
apphost=$!
trap 'kill -TERM $apphost 2>/dev/null; wait $apphost 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do grep -q "resources healthy" "$log" && break; sleep 1; done
grep -q "resources healthy" "$log" || { cat "$log"; exit 1; }
dotnet run -c Release --project bench/FundingBench --no-build -- --placements "${1:-640000}" --rest http://127.0.0.1:7080 --grpc http://127.0.0.1:7081
