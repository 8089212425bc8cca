#!/usr/bin/env bash
# Runs every test: unit, service (real gRPC), integration (real PostgreSQL, RabbitMQ, Redis started by the tests)
# and end-to-end through the gateway. Extra arguments go to dotnet test (e.g. --filter).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
ensure_prerequisites tests
dotnet test SendPlatform.sln --blame-hang-timeout 10m "$@"
