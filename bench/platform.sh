# Sourced by the benchmark scripts: builds Release and starts the whole platform from AppHost with its own data
# folder and ports offset by 2000, stopping it (and removing the folder) when the script exits. Sets $log, the
# AppHost output, whose table of resource endpoints (printed once the platform is ready) url_of reads. A script may
# set the array apphost_args first: AppHost's own settings for this run (e.g. --Gateway:Key=value for the gateway).
# Pauses the machine's DAMON monitors for the run (quiet-host.sh).
# The Aspire dashboard keeps the run's telemetry in a folder of its own in memory (tmpfs, /dev/shm where there is
# one), removed when the script ends: a benchmark's spans are of no use after it, and in its default folder
# (~/.aspire/dashboard/runs, which keeps the last ten runs) every benchmark run pushed out one of the developer's.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
apphost_args=("${apphost_args[@]}")
source scripts/prerequisites.sh
ensure_prerequisites
dotnet build SendPlatform.sln -c Release -nologo -v quiet
source bench/quiet-host.sh
data=$(mktemp -d)
chmod 755 "$data"
log="$data/apphost.log"
telemetry=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d -p "$data")
dotnet run -c Release --project AppHost --no-build -- --data "$data" --port-offset 2000 \
  --ASPIRE_DASHBOARD_DATA_DIRECTORY="$telemetry" "${apphost_args[@]}" > "$log" 2>&1 &
apphost=$!
# AppHost exits only once DCP has stopped every server (DcpPublisher:WaitForResourceCleanup), so the folder is free.
# A script adds to also_stop the processes it starts beside the platform.
also_stop=()
trap 'for p in "${also_stop[@]}"; do kill -TERM "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done
  resume_damon; kill -TERM $apphost 2>/dev/null; wait $apphost 2>/dev/null; rm -rf "$telemetry" "$data"' EXIT
pause_damon
for _ in $(seq 1 120); do grep -q "The platform is ready" "$log" && break; sleep 1; done
grep -q "The platform is ready" "$log" || { cat "$log"; exit 1; }

url_of() { grep -E "^ +$1 +" "$log" | tail -1 | awk '{print $2}'; }
