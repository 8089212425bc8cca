#!/usr/bin/env bash
# Runs the whole platform locally: PostgreSQL, RabbitMQ, Redis, every service and the gateway (REST :5080, gRPC :5081).
# Extra arguments go to AppHost (e.g. --reset wipes local data). Ctrl+C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
ensure_prerequisites
dotnet build SendPlatform.sln -nologo -v quiet
exec dotnet run --project AppHost --no-build -- "$@"
