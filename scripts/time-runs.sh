#!/usr/bin/env bash
# Whole-process timing, JVM start included: runs a khabar command N times and prints each run's
# wall time, CPU time (user+sys), peak RSS and the 1-minute load average before it, then the
# median and the range of the wall times. Output of the command is discarded.
#
#   N=5 scripts/time-runs.sh analyze --format jsonl ../shared/data/news/covid2020-5papers
#
# KHABAR_JAVA_OPTS is passed through (e.g. to compare JVM flags).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${N:-5}"
"$root/khabar" --version >/dev/null # build once if needed, outside the timing
walls=()
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
for i in $(seq 1 "$n"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -o "$tmp" -f "%e %U %S %M" "$root/khabar" "$@" >/dev/null 2>&1
  read -r wall user sys rss <"$tmp"
  walls+=("$wall")
  printf "run %d: %6.2f s wall, %6.2f s cpu, %5d MB peak RSS, load %s\n" \
    "$i" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$load"
done
printf "%s\n" "${walls[@]}" | sort -n | awk '{a[NR] = $1} END {
  m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
  printf "median %.2f s (min %.2f, max %.2f) over %d runs\n", m, a[1], a[NR], NR }'
