#!/usr/bin/env bash
# Benchmark for issue #19: EHC needs assessments at a national year's volume (150,000 requests, 100,000 plans,
# 600,000 annual reviews) recorded through the gateway, step by step, against the same calls straight to
# ehc-assessments (the baseline); ehc-assessments' memory at the end.
# Usage: bench/ehc.sh [--requests 150000] [--concurrency 16] [--baseline-share 0.2]
set -euo pipefail
source "$(dirname "$0")/platform.sh"
dotnet run -c Release --project bench/EhcBench --no-build -- --rest http://127.0.0.1:7080 --direct "$(url_of ehc-assessments)" "$@"
