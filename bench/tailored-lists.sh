#!/usr/bin/env bash
# Benchmark for issue #6: tailored lists over a national register of 24,000 settings, loaded through the gateway's
# gRPC stream; p50/p99 latency and lists per second through the gateway. The baseline is the same requests straight
# to inclusion-plans, bypassing the gateway.
set -euo pipefail
# Traces sampled 1 in 100, as a national deployment would (README); every trace kept costs more CPU than the lists.
apphost_args=(--Platform:OTEL_TRACES_SAMPLER=parentbased_traceidratio --Platform:OTEL_TRACES_SAMPLER_ARG=0.01)
source "$(dirname "$0")/platform.sh"
dotnet run -c Release --project bench/TailoredListsBench --no-build -- \
  --rest http://127.0.0.1:7080 --grpc http://127.0.0.1:7081 --direct "$(url_of inclusion-plans)" "$@"
