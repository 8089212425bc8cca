#!/usr/bin/env bash
# Benchmark for issue #18: what the gateway costs per request, measured with h2load (nghttp2-client). Two calls, each
# straight to national-standards (the baseline), through the gateway, and through the floor (bench/ProxyFloor: YARP
# alone, the gateway's listeners and cluster settings with none of its own work, started beside the platform and run
# as the gateway is: Release, workstation GC, the gateway's own DOTNET_ settings) in the same run, with the same LA token:
#   - a cached REST read, GET /v1/reference/need-types (served from Redis): HTTP/1.1 to the gateway's REST port,
#     as partners call it, and h2c to the service, the only protocol its endpoint speaks; 16 connections each;
#   - a gRPC unary call, send.standards.v1.ReferenceData/ListNeedTypes: h2c both ways, 4 connections x 16 streams.
# The gateway's CPU per call above the floor's is what its own work costs (authentication, rate limit, authorisation,
# audit, telemetry); the floor's ratio to direct is the most any YARP gateway could reach on this machine.
# Rounds alternate the paths so drift (the machine warming, the dashboard's buffers filling) falls on all; the
# table gives each path's median. Every response is checked: h2load's status counts, and the bytes of data must be
# exactly the requests times one correct response's size (a gRPC error is an HTTP 200 with no message). Every call
# through the gateway must have its line in the audit trail.
# The gateway's rate limit is lifted for the run, so it measures the proxy and not the limiter. Later settings win.
#
# Usage: bench/gateway-h2load.sh [AppHost settings...]     e.g. --Gateway:DOTNET_gcServer=0
# Environment: REQUESTS (per run, 30000), ROUNDS (3), WARMUP (calls per path before the rounds, 100000).
set -euo pipefail
requests=${REQUESTS:-30000}
rounds=${ROUNDS:-3}
warmup=${WARMUP:-100000}
# Traces are sampled as a national deployment would sample them (1 in 100, following the caller's decision): at
# thousands of requests a second, exporting every span to AppHost's dashboard costs more CPU than the gateway does.
apphost_args=(--Gateway:RateLimits:TokensPerSecond=100000000 --Gateway:RateLimits:Burst=100000000
  --Platform:OTEL_TRACES_SAMPLER=parentbased_traceidratio --Platform:OTEL_TRACES_SAMPLER_ARG=0.01 "$@")
source "$(dirname "$0")/platform.sh"
ensure_prerequisites bench

direct=$(url_of national-standards)
gateway_pid=$(pgrep -f 'gateway/bin/Release/net10.0/SendPlatform.Gateway' | head -1)
service_pid=$(pgrep -f 'NationalStandards/bin/Release/net10.0/SendPlatform.NationalStandards$' | head -1)
collector_pid=$(pgrep -f 'tools/Aspire.Dashboard$' | head -1)
[ -n "$gateway_pid" ] && [ -n "$service_pid" ] || { echo "The gateway's or national-standards' process was not found." >&2; exit 1; }
# The floor runs with the gateway's own runtime settings (its young generation, as AppHost or this script's arguments
# set it), read from the running gateway rather than repeated here.
runtime_settings=$(tr '\0' '\n' < "/proc/$gateway_pid/environ" | grep '^DOTNET_' || true)
env $runtime_settings bench/ProxyFloor/bin/Release/net10.0/ProxyFloor 7090 7091 "$direct" > "$data/proxy-floor.log" 2>&1 &
floor_pid=$!
also_stop+=("$floor_pid")
# Each path's URL, and the process whose CPU is the proxy's (none straight to the service).
declare -A url=([rest-direct]=$direct [rest-gateway]=http://127.0.0.1:7080 [rest-floor]=http://127.0.0.1:7090
  [grpc-direct]=$direct [grpc-gateway]=http://127.0.0.1:7081 [grpc-floor]=http://127.0.0.1:7091)
declare -A proxy_pid=([gateway]=$gateway_pid [floor]=$floor_pid)
rest_path=/v1/reference/need-types
grpc_path=/send.standards.v1.ReferenceData/ListNeedTypes
work="$data/h2load"
mkdir -p "$work"
# An empty ListNeedTypesRequest, gRPC-framed: not compressed, length 0.
printf '\0\0\0\0\0' > "$work/request.grpc"
grpc_call=(-d "$work/request.grpc" -H 'content-type: application/grpc' -H 'te: trailers')

for _ in $(seq 1 30); do curl -s -o /dev/null "${url[rest-floor]}/" && break; sleep 1; done
curl -s -o /dev/null "${url[rest-floor]}/" || { echo "The proxy floor did not start:" >&2; cat "$data/proxy-floor.log" >&2; exit 1; }

token=$(curl -sf -X POST "${url[rest-gateway]}/dev/token" -H 'content-type: application/json' \
  -d '{"org_type":"la","org_id":"la-931","la_code":"931"}' | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
auth="authorization: Bearer $token"

# One correct response per call, and the same bytes every way: what every response in a run must match in size.
curl -sf --http2-prior-knowledge -H "$auth" -o "$work/rest-direct" "${url[rest-direct]}$rest_path"
for target in direct gateway floor; do
  curl -s --http2-prior-knowledge -H "$auth" -H 'content-type: application/grpc' -H 'te: trailers' \
    --data-binary @"$work/request.grpc" -D "$work/grpc-$target.headers" -o "$work/grpc-$target" "${url[grpc-$target]}$grpc_path"
  grep -qi '^grpc-status: 0' "$work/grpc-$target.headers" || { echo "gRPC call ($target) failed:" >&2; cat "$work/grpc-$target.headers" >&2; exit 1; }
done
for target in gateway floor; do
  curl -sf -H "$auth" -o "$work/rest-$target" "${url[rest-$target]}$rest_path"
  for call in rest grpc; do
    cmp -s "$work/$call-direct" "$work/$call-$target" || { echo "The $call reply differs through the $target." >&2; exit 1; }
  done
done
rest_size=$(stat -c %s "$work/rest-direct")
grpc_size=$(stat -c %s "$work/grpc-direct")

# Whose CPU each call costs: the proxy (the gateway or the floor), the service behind it, and the machine's as a
# whole (every program on it, h2load included; /proc/stat, idle and waiting for disk left out). The telemetry
# collector (AppHost's Aspire dashboard, which keeps the sampled traces in SQLite; in a deployment the collector runs
# elsewhere) stores each batch of spans after the calls that made them, often in the next path's run, so it is
# reported over all the rounds.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
collector_ticks() { if [ -n "$collector_pid" ]; then cpu_ticks "$collector_pid"; else echo 0; fi; }
machine_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
proxy_ticks() { if [ -n "${proxy_pid[$1]:-}" ]; then cpu_ticks "${proxy_pid[$1]}"; else echo 0; fi; }
ticks() { echo "$(machine_ticks) $(proxy_ticks "${1#*-}") $(cpu_ticks "$service_pid")"; }

# run NAME COUNT: one h2load run of the named path; prints "req/s mean-ms" and then the CPU per request in us of the
# proxy (0 straight to the service), national-standards and the machine.
run() {
  local name=$1 count=$2 size path args
  case $name in
    rest-direct) size=$rest_size; path=$rest_path; args=(-c 16 -m 1) ;;
    rest-*) size=$rest_size; path=$rest_path; args=(--h1 -c 16) ;;
    grpc-*) size=$grpc_size; path=$grpc_path; args=(-c 4 -m 16 "${grpc_call[@]}") ;;
  esac
  args+=("${url[$name]}$path")
  local before; before=$(ticks "$name")
  h2load -n "$count" -H "$auth" "${args[@]}" > "$work/out" 2>&1
  local after; after=$(ticks "$name")
  grep -q "$count succeeded, 0 failed, 0 errored, 0 timeout" "$work/out" && grep -q "status codes: $count 2xx" "$work/out" \
    || { echo "$name: not every request succeeded:" >&2; cat "$work/out" >&2; exit 1; }
  local bytes; bytes=$(sed -nE 's/^traffic:.* \(([0-9]+)\) data$/\1/p' "$work/out")
  [ "$bytes" -eq $((count * size)) ] || { echo "$name: $bytes bytes of data, expected $((count * size)): some replies were not the answer." >&2; exit 1; }
  local rate mean
  rate=$(sed -nE 's/^finished in [0-9.]+s, ([0-9.]+) req\/s.*/\1/p' "$work/out")
  mean=$(awk '/^time for request:/ { v = $6; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) sub(/ms$/, "", v); else { sub(/s$/, "", v); v *= 1000 }; print v }' "$work/out")
  echo "$rate $mean $(awk -v b="$before" -v a="$after" -v hz="$(getconf CLK_TCK)" -v n="$count" 'BEGIN {
    split(b, x); split(a, y); printf "%d %d %d", (y[2] - x[2]) * 1e6 / hz / n, (y[3] - x[3]) * 1e6 / hz / n,
      (y[1] - x[1]) * 1e6 / hz / n }')"
}

paths=(rest-direct rest-gateway rest-floor grpc-direct grpc-gateway grpc-floor)
# Unreported: JIT, tiered compilation, connection pools and the cache warm up on every path first. The platform runs
# for days, so the rounds measure it warm: after 5,000 calls a path the gateway used more CPU per call, in each
# run's median, than after 100,000 (bench/RESULTS.md, 2026-12-03).
for p in "${paths[@]}"; do run "$p" "$warmup" > /dev/null; done
collector_before=$(collector_ticks)
for r in $(seq 1 "$rounds"); do
  for p in "${paths[@]}"; do
    result=$(run "$p" "$requests")
    echo "$p $result" >> "$work/results"
    echo "round $r  $p: $(echo "$result" | awk '{printf "%8.0f req/s  mean %6.2f ms  CPU us/request: proxy %4d, service %4d, machine %4d", $1, $2, $3, $4, $5}')"
  done
done

# Every call through the gateway has its audit line, none dropped under load: per path, the checking call, the
# warm-up and the rounds. The writer may be a drain behind the last response.
expected=$((1 + warmup + rounds * requests))
for _ in $(seq 1 30); do
  rest_lines=$(cat "$data"/audit/audit-*.log | grep -c " template=/v1/reference/{\*\*rest} method=GET outcome=allowed status=200 " || true)
  grpc_lines=$(cat "$data"/audit/audit-*.log | grep -c "^audit route=standards-referencedata-grpc .* outcome=allowed status=200 grpc_status=0 " || true)
  [ "$rest_lines" -eq "$expected" ] && [ "$grpc_lines" -eq "$expected" ] && break
  sleep 1
done
[ "$rest_lines" -eq "$expected" ] && [ "$grpc_lines" -eq "$expected" ] \
  || { echo "Audit trail: $rest_lines REST and $grpc_lines gRPC lines, expected $expected each." >&2; exit 1; }
echo "audit trail: $rest_lines REST and $grpc_lines gRPC lines, one per call"
echo "telemetry collector: $(awk -v t="$(( $(collector_ticks) - collector_before ))" -v hz="$(getconf CLK_TCK)" \
  -v n="$(( ${#paths[@]} * rounds * requests ))" 'BEGIN {printf "%.1f", t * 1e6 / hz / n}') us of CPU per call over the rounds, every path"

median() { grep "^$1 " "$work/results" | awk -v c="$2" '{print $c}' | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
echo
echo "| path | requests x rounds | req/s (median) | mean latency ms (median) | proxy CPU per request (median) | vs direct | CPU per request, medians: service / machine |"
echo "|---|---|---|---|---|---|---|"
for p in "${paths[@]}"; do
  base=${p%-*}-direct
  proxy="$(median "$p" 4) us"; [ "$p" = "$base" ] && proxy=-
  printf '| %s | %s x %s | %.0f | %.2f | %s | %.2fx | %s / %s us |\n' "$p" "$requests" "$rounds" "$(median "$p" 2)" "$(median "$p" 3)" \
    "$proxy" "$(awk -v a="$(median "$p" 2)" -v b="$(median "$base" 2)" 'BEGIN {print a / b}')" \
    "$(median "$p" 5)" "$(median "$p" 6)"
done
echo
echo "the gateway's own work, its CPU per call above the floor's (medians): REST $(( $(median rest-gateway 4) - $(median rest-floor 4) )) us," \
  "gRPC $(( $(median grpc-gateway 4) - $(median grpc-floor 4) )) us"
