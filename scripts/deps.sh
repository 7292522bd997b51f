#!/usr/bin/env bash
# Installs the Debian 12 packages Saggar builds, runs and tests with, when any is missing.
# Sourced by run-demo.sh and test.sh; safe to run on its own.
set -euo pipefail

SAGGAR_PACKAGES=(
  cmake ninja-build g++ pkg-config dpkg-dev file
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qt6-qpa-plugins qt6-translations-l10n libgl-dev
  libqcustomplot-dev libpoco-dev libsqlite3-dev libsodium-dev libeigen3-dev libxgboost-dev
  fonts-noto-cjk
  wrk  # the HTTP load generator bench_feed_latency drives (50 clients polling the change feed)
)

saggar_missing_packages() {
  local missing=()
  for p in "${SAGGAR_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  echo "${missing[@]:-}"
}

saggar_install_deps() {
  local missing
  missing=$(saggar_missing_packages)
  [ -z "$missing" ] && return 0
  echo "Installing: $missing"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  saggar_install_deps
fi
