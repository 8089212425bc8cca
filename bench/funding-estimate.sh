#!/usr/bin/env bash
# Benchmark for issue #3: prices 640,000 synthetic placements in-process (baseline) and through the gateway's gRPC
# stream against a freshly started platform.
set -euo pipefail
source "$(dirname "$0")/platform.sh"
dotnet run -c Release --project bench/FundingBench --no-build -- --placements "${1:-640000}" --rest http://127.0.0.1:7080 --grpc http://127.0.0.1:7081
