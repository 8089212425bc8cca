#!/usr/bin/env bash
# Benchmark for issue #6: tailored lists over a national register of 24,000 settings, loaded through the gateway's
# gRPC stream; p50/p99 latency and lists per second through the gateway. The baseline is the same requests straight
# to inclusion-plans, bypassing the gateway.
set -euo pipefail
source "$(dirname "$0")/platform.sh"
dotnet run -c Release --project bench/TailoredListsBench --no-build -- \
  --rest http://127.0.0.1:7080 --grpc http://127.0.0.1:7081 --direct "$(url_of inclusion-plans)" "$@"
