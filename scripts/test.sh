#!/usr/bin/env bash
# Runs every test: the contracts' guard (buf lint and breaking, scripts/contracts.sh), unit, service (real gRPC),
# integration (real PostgreSQL, RabbitMQ, Redis started by the tests) and end-to-end through the gateway.
# Extra arguments go to dotnet test (e.g. --filter), and then the contracts' guard is left out.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
ensure_prerequisites tests
# Errors the in-process services log go here (tests/TestKit/Logging), and are shown if the run fails.
export SEND_SERVICE_LOG_DIR="$PWD/TestResults/service-logs"
rm -rf "$SEND_SERVICE_LOG_DIR"
status=0
# The contracts first: lint, compatibility with the last release, the package, and proof the guard bites.
if [ "$#" -eq 0 ]; then
  bash scripts/contracts.sh check || status=$?
  bash scripts/contracts.sh prove || status=$?
fi
dotnet test SendPlatform.sln --blame-hang-timeout 10m "$@" || status=$?
if [ "$status" -ne 0 ] && [ -d "$SEND_SERVICE_LOG_DIR" ]; then
  for log in "$SEND_SERVICE_LOG_DIR"/*.log; do
    echo "=== errors logged by the services under test: $(basename "$log") (last 80 lines) ==="
    tail -n 80 "$log"
  done
fi
exit "$status"
