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
cmake --build "$build" --target saggar saggarctl saggar-sim saggar-server

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
# The bank's server on loopback, its database first copied from the demo workspace (as a bank would
# have it after the workstation's first full download); the devices post to it, the workstation syncs
# with it and follows the readings live. All of it stops when the workstation closes (or on Ctrl+C).
server_dir="$workspace/bank-server"
port="${SAGGAR_SERVER_PORT:-18443}"
device_secret="saggar-demo-devices"
if [ ! -f "$server_dir/saggar.db" ]; then
  mkdir -p "$server_dir"
  cp "$workspace/saggar.db" "$server_dir/saggar.db"
fi
"$build/server/saggar-server" --db "$server_dir" --port "$port" --device-secret "$device_secret" \
  >"$workspace/saggar-server.log" 2>&1 &
server_pid=$!
sim_pid=""
stop_all() {
  [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null || true
  kill "$server_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop_all EXIT
trap 'exit 130' INT TERM
for _ in $(seq 1 50); do
  grep -q "listening on port" "$workspace/saggar-server.log" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$workspace/saggar-server.log" >&2; exit 1; }
  sleep 0.2
done
"$sim" live --workspace "$workspace" --server "http://127.0.0.1:$port" --device-secret "$device_secret" \
  >"$workspace/saggar-sim-live.log" 2>&1 &
sim_pid=$!
echo "Bank server: http://127.0.0.1:$port (log $workspace/saggar-server.log); devices streaming to it (log $workspace/saggar-sim-live.log)."
echo "Sign in as analyst, appraiser or manager; the password is saggar-demo."
status=0
"$build/app/saggar" --workspace "$workspace" --server "127.0.0.1:$port" "$@" || status=$?
exit "$status"
