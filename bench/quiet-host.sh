# Sourced by platform.sh: pauses the kernel's DAMON monitors for a benchmark's run and resumes them when it ends.
# This machine is a VM whose kernel runs DAMON page-out over its physical memory (kdamond, sampling every 500 ms, to
# give cold pages back to the host), whose passes stall both cores: in runs of bench/tailored-lists.sh, p99 through
# the gateway was 72.1-97.3 ms with it running and 53.9-61.4 ms with it paused (bench/RESULTS.md, issue #18, which
# also has how the stalls were found). BENCH_KEEP_DAMON=1 measures with it running. Only the monitors that were on
# are resumed; a run killed outright leaves them paused (echo on > state).
# DAMON_ADMIN is the kernel's DAMON folder (tests point it at a folder of their own).
DAMON_ADMIN=${DAMON_ADMIN:-/sys/kernel/mm/damon/admin}
paused_damon=()

pause_damon() {
  if [ -n "${BENCH_KEEP_DAMON:-}" ]; then
    echo "DAMON monitors left running (BENCH_KEEP_DAMON)"
    return
  fi
  local state
  for state in "$DAMON_ADMIN"/kdamonds/*/state; do
    [ -w "$state" ] && [ "$(cat "$state")" = on ] || continue
    echo off > "$state" && paused_damon+=("$state")
  done
  if ((${#paused_damon[@]})); then echo "DAMON monitors paused for this run: ${paused_damon[*]}"; fi
}

resume_damon() {
  local state
  for state in "${paused_damon[@]}"; do echo on > "$state" || echo "could not resume $state" >&2; done
}
