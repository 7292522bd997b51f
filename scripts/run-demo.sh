#!/usr/bin/env bash
# The first command: installs what is missing, builds in Release, creates the demo workspace
# (once) and opens the workstation on it. Extra arguments go to saggar (e.g. --language zh_CN).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/deps.sh"
saggar_install_deps

build="${SAGGAR_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" --target saggar saggarctl

workspace="${SAGGAR_WORKSPACE:-${XDG_DATA_HOME:-$HOME/.local/share}/saggar/demo}"
if [ ! -f "$workspace/saggar.db" ]; then
  "$build/tools/saggarctl/saggarctl" demo create --workspace "$workspace" --now "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No graphical session found (DISPLAY is empty). Run this from a desktop, or under Xvfb:" >&2
  echo "  xvfb-run -s '-screen 0 1600x1000x24' $0" >&2
  exit 1
fi
echo "Sign in as analyst, appraiser or manager; the password is saggar-demo."
exec "$build/app/saggar" --workspace "$workspace" "$@"
