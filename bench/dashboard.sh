#!/usr/bin/env bash
# Benchmark for issue #16: the inclusion dashboard over a year of national movements (about 2 million events'
# worth in its read model): PupilMoved published through the real broker until the figure is visible through the
# gateway (p50, p95), and summary reads per second with 16 readers through the gateway against the service called
# directly (the baseline). Usage: bench/dashboard.sh [--events 200] [--reads 3000] [--concurrency 16]
set -euo pipefail
source "$(dirname "$0")/platform.sh"
dotnet run -c Release --project bench/DashboardBench --no-build -- \
  --rest http://127.0.0.1:7080 --direct "$(url_of inclusion-dashboard)" --amqp amqp://guest:guest@127.0.0.1:17672/ \
  --database "Host=127.0.0.1;Port=17432;Username=postgres;Database=dashboarddb" "$@"
