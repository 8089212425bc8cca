#!/usr/bin/env bash
# Installs what running or testing the platform needs on Debian/Ubuntu: the servers AppHost and the tests start
# from the machine's own binaries. The .NET 10 SDK must already be on PATH.
set -euo pipefail

# tzdata: oversight rules count days by the calendar in England (Europe/London).
packages=(postgresql rabbitmq-server redis-server tzdata)

ensure_prerequisites() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET 10 SDK is required: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
    exit 1
  fi
  local missing=()
  for p in "${packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]}..."
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    # The packages' own system services are not needed: AppHost and the tests run private instances.
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}
