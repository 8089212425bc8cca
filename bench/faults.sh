#!/usr/bin/env bash
# Fault injection for issue #15 at scale: the tests/Faults suite (the AppHost's app model with its real PostgreSQL,
# RabbitMQ and Redis, servers killed with SIGKILL and started again during write bursts through the gateway) with a
# larger burst. Usage: bench/faults.sh [movements, default 10000]. Prints one line per scenario: writes,
# acknowledged, effects counted downstream, lost, duplicated and time to converge; exits non-zero if any is wrong.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
ensure_prerequisites
log=$(mktemp)
status=0
FAULTS_MOVEMENTS="${1:-10000}" dotnet test tests/Faults --logger "console;verbosity=detailed" --blame-hang-timeout 30m >"$log" 2>&1 || status=$?
grep -aE '^ *(scenario [0-9]|(Passed|Failed) SendPlatform)' "$log" || true
echo "full log: $log"
exit "$status"
