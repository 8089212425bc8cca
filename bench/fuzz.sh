#!/usr/bin/env bash
# Fuzz run for issue #12: malformed requests generated from the proto descriptors, through the gateway to all five
# services (the suite's FuzzTests, with more cases). Usage: bench/fuzz.sh [cases, default 20000] [seed, default 20261130].
# Prints the count of each outcome per kind of case; exits non-zero on any 5xx, undocumented 4xx or unhealthy service.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
ensure_prerequisites
FUZZ_CASES="${1:-20000}" FUZZ_SEED="${2:-20261130}" dotnet test tests/Gateway.Tests --filter "FullyQualifiedName~Fuzz" \
  --logger "console;verbosity=detailed" --blame-hang-timeout 30m
