#!/usr/bin/env bash
# The first command: installs what is missing, builds in Release, creates the demo workspace
# (once) with a year of telemetry for every truck and kiln (once: the last 7 days as readings, the
# months before as hourly rollups; about 1.4 GB and 1–1.5 minutes on an idle 2-core machine), and opens the
# workstation on it while saggar-sim live feeds it new readings (stopped when the window closes).
# Extra arguments go to saggar (e.g. --language zh_CN). SAGGAR_DEMO_RAW_DAYS changes the raw window.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/deps.sh"
saggar_install_deps

build="${SAGGAR_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" --target saggar saggarctl saggar-sim

workspace="${SAGGAR_WORKSPACE:-${XDG_DATA_HOME:-$HOME/.local/share}/saggar/demo}"
now="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
if [ ! -f "$workspace/saggar.db" ]; then
  "$build/tools/saggarctl/saggarctl" demo create --workspace "$workspace" --now "$now"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No graphical session found (DISPLAY is empty). Run this from a desktop, or under Xvfb:" >&2
  echo "  xvfb-run -s '-screen 0 1600x1000x24' $0" >&2
  exit 1
fi
sim="$build/tools/saggar-sim/saggar-sim"
# A year of history for every asset, written once (a rerun after an interruption only fills in what is
# missing). See docs/telemetry.md, "The demo's year of history".
if [ ! -f "$workspace/.demo-history-done" ]; then
  echo "Simulating a year of telemetry for the demo's trucks and kilns (once; a minute or more)..."
  "$sim" history --workspace "$workspace" --days 365 --raw-days "${SAGGAR_DEMO_RAW_DAYS:-7}" --end "$now"
  touch "$workspace/.demo-history-done"
fi
# Live readings while the workstation is open; the simulator stops when it closes (or on Ctrl+C).
"$sim" live --workspace "$workspace" >"$workspace/saggar-sim-live.log" 2>&1 &
sim_pid=$!
stop_sim() {
  kill "$sim_pid" 2>/dev/null || true
  wait "$sim_pid" 2>/dev/null || true
}
trap stop_sim EXIT
trap 'exit 130' INT TERM
echo "Live telemetry: saggar-sim live (pid $sim_pid, log $workspace/saggar-sim-live.log)."
echo "Sign in as analyst, appraiser or manager; the password is saggar-demo."
status=0
"$build/app/saggar" --workspace "$workspace" "$@" || status=$?
exit "$status"
