#!/usr/bin/env bash
# Installs what running or testing the platform needs on Debian/Ubuntu: the servers AppHost and the tests start
# from the machine's own binaries. The .NET 10 SDK must already be on PATH.
set -euo pipefail

# tzdata: oversight rules count days by the calendar in England (Europe/London).
packages=(postgresql rabbitmq-server redis-server tzdata)
# The dashboard's pages are tested in Debian's Chromium (Playwright drives it; browsers cannot be downloaded).
test_packages=(chromium unzip)
# The gateway's load benchmark (bench/gateway-h2load.sh) drives HTTP/1.1, HTTP/2 and gRPC with h2load.
bench_packages=(nghttp2-client)

# With "tests", also what the tests need; with "bench", what the benchmarks need.
ensure_prerequisites() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET 10 SDK is required: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
    exit 1
  fi
  local missing=()
  local wanted=("${packages[@]}")
  [ "${1:-}" = "tests" ] && wanted+=("${test_packages[@]}")
  [ "${1:-}" = "bench" ] && wanted+=("${bench_packages[@]}")
  for p in "${wanted[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  # The dashboard's front end (GOV.UK Frontend, Sass) is built with npm from its lock file; any Node.js 18+ will do.
  command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]}..."
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    # The packages' own system services are not needed: AppHost and the tests run private instances.
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}
