#!/usr/bin/env bash
# Issue 18's proof: the whole `npm test`, N times in a row (default 3), while
# stress-ng keeps every core busy. Prints one line per run: pass or fail, and
# the wall time. Needs stress-ng (apt-get install -y stress-ng); CI does not run it.
set -uo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
cores="$(nproc)"
command -v stress-ng >/dev/null || { echo "stress-ng is not installed: apt-get install -y stress-ng" >&2; exit 2; }
stress-ng --cpu "$cores" --cpu-method all --quiet &
stress=$!
trap 'kill "$stress" 2>/dev/null' EXIT
failed=0
for i in $(seq 1 "$runs"); do
  start=$(date +%s)
  if CI=1 npm test >"/tmp/busy-run-$i.log" 2>&1; then result=pass; else result=FAIL; failed=1; fi
  end=$(date +%s)
  printf 'run %d of %d: %s in %dm%02ds (load %s; log /tmp/busy-run-%d.log)\n' \
    "$i" "$runs" "$result" $(((end - start) / 60)) $(((end - start) % 60)) "$(cut -d' ' -f1-3 /proc/loadavg)" "$i"
done
exit "$failed"
