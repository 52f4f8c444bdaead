#!/usr/bin/env bash
# Streaming check: generates a large JSONL of Hindi news at run time (never committed), feeds it
# through `khabar analyze --format jsonl` and `khabar ingest` with a capped heap, and reports
# peak RSS and the RSS while the input is read (constant memory means RSS stays flat as the
# position in the input grows).
#
#   scripts/stream-check.sh [SIZE_MB=1024] [analyze|ingest|both=both] [WORK_DIR=/tmp/khabar-stream]
#
# Environment: HEAP (default 512m) is passed as -Xmx; THREADS (default: all cores); KEEP=1 keeps
# the generated input and the archive.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size="${1:-1024}"
what="${2:-both}"
work="${3:-/tmp/khabar-stream}"
heap="${HEAP:-512m}"
threads=()
[ -n "${THREADS:-}" ] && threads=(--threads "$THREADS")
. "$root/bin/jdk.sh"
khabar_select_jdk

mkdir -p "$work"
input="$work/news-${size}mb.jsonl"
bench="$root/khabar-bench/target/khabar-bench.jar"
if [ ! -f "$bench" ]; then
  (cd "$root" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl khabar-bench -am package)
fi
if [ ! -f "$input" ]; then
  echo "generating $input ..." >&2
  "$JAVA_HOME/bin/java" -cp "$bench:$root/khabar-bench/target/lib/*" \
    org.khabar.bench.GenerateJsonl "$size" "$input"
fi
bytes=$(stat -c %s "$input")

# Runs "$@" (the launcher execs java, so $! is the JVM), samples VmRSS and the read position of
# the input every 2 s; prints a timeline and the peak (VmHWM).
watch_run() {
  local label="$1"; shift
  local log="$work/$label.timeline"
  local start=$SECONDS
  if [ "$label" = analyze ]; then
    # the output is counted (lines, bytes), not kept: analysis JSON is ~13x the input
    KHABAR_JAVA_OPTS="-Xmx$heap ${KHABAR_JAVA_OPTS:-}" "$@" \
      > >(wc -lc >"$work/$label.out") 2>"$work/$label.err" &
  else
    KHABAR_JAVA_OPTS="-Xmx$heap ${KHABAR_JAVA_OPTS:-}" "$@" >"$work/$label.out" 2>"$work/$label.err" &
  fi
  local pid=$! hwm=0 rss pos fd
  : >"$log"
  while kill -0 "$pid" 2>/dev/null; do
    rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo "$hwm")
    pos=0
    for fd in /proc/"$pid"/fd/*; do
      if [ "$(readlink "$fd" 2>/dev/null)" = "$input" ]; then
        pos=$(awk '/^pos/ {print $2}' "/proc/$pid/fdinfo/${fd##*/}" 2>/dev/null || echo 0)
      fi
    done
    [ -n "$rss" ] && echo "$((SECONDS - start)) $((pos / 1048576)) $((rss / 1024))" >>"$log"
    sleep 2
  done
  wait "$pid" && rc=0 || rc=$?
  local secs=$((SECONDS - start))
  echo "== $label: exit $rc, ${secs} s, input $((bytes / 1048576)) MB, -Xmx$heap, peak RSS $((hwm / 1024)) MB"
  echo "   timeline (seconds, input MB read, RSS MB), ten samples:"
  awk -v n="$(wc -l <"$log")" 'n < 10 || NR % int(n / 10) == 0 {printf "   %6d s %7d MB %6d MB\n", $1, $2, $3}' "$log"
  tail -n 3 "$work/$label.err" | sed 's/^/   stderr: /'
}

if [ "$what" = analyze ] || [ "$what" = both ]; then
  watch_run analyze "$root/khabar" analyze --format jsonl "${threads[@]}" "$input"
  sleep 1
  read -r lines out_bytes <"$work/analyze.out"
  echo "   output: $lines lines, $((out_bytes / 1048576)) MB of JSON"
fi
if [ "$what" = ingest ] || [ "$what" = both ]; then
  rm -rf "$work/store"
  watch_run ingest "$root/khabar" ingest --store "$work/store" "${threads[@]}" "$input"
  cat "$work/ingest.out" | sed 's/^/   /'
  echo "   archive: $(du -sh "$work/store" | cut -f1)"
  [ "${KEEP:-0}" = 1 ] || rm -rf "$work/store"
fi
[ "${KEEP:-0}" = 1 ] || rm -f "$input"
