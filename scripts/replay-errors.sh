#!/usr/bin/env bash
# Lists a consumer queue's poison messages (those parked in <queue>_error after their redelivery schedule ran out, or
# at once for a failure that is not transient) and replays them to the queue once the cause is fixed.
#   scripts/replay-errors.sh <queue> [--list] [--amqp URI]
# The queue is named in the service's /health (Degraded: "Poison messages: 2 in <queue>_error") and in the
# send.messaging.poison_messages gauge. The broker defaults to the AppHost's (amqp://guest:guest@127.0.0.1:15672/),
# or SEND_AMQP.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build scripts/ErrorQueues -nologo -v quiet >/dev/null
exec dotnet run --project scripts/ErrorQueues --no-build -- "$@"
