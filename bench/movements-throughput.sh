#!/usr/bin/env bash
# Benchmark for issue #4: sustained movement notifications per second, single calls and batches, each counted
# delivered only when its PupilMoved event is on the broker. The baseline is single calls straight to
# pupil-movements, bypassing the gateway. For issue #18 each phase also waits for the three services consuming
# PupilMoved to claim every event, and gives how far behind the broker each ran (p50, p95), and the CPU each movement
# cost the whole machine, by program, read from /proc: every part of the platform shares the cores, so that cost
# bounds the rate this machine can reach.
set -euo pipefail
# Traces sampled 1 in 100, as a national deployment would (README); with every trace kept, the dashboard took 16% of
# the machine during a bulk return (bench/RESULTS.md).
apphost_args=(--Platform:OTEL_TRACES_SAMPLER=parentbased_traceidratio --Platform:OTEL_TRACES_SAMPLER_ARG=0.01)
source "$(dirname "$0")/platform.sh"
dotnet run -c Release --project bench/MovementsBench --no-build -- \
  --rest http://127.0.0.1:7080 --grpc http://127.0.0.1:7081 \
  --direct "$(url_of pupil-movements)" --amqp "$(url_of messaging)" \
  --postgres "Host=127.0.0.1;Port=$(url_of postgres | sed -E 's/.*:([0-9]+)$/\1/');Username=postgres" "$@"
