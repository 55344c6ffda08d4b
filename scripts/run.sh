#!/usr/bin/env bash
# Installs what is missing, builds CDR Desk and starts it.
#
#   scripts/run.sh [APP_ARGS...]
#
# Run it as yourself: when packages are missing it installs them through sudo (or tells
# you what to run as root). Under sudo, it installs as root and then builds and runs as
# the invoking user, so the build directory stays theirs.
#
# Environment: BUILD_DIR (default: build), the same build directory scripts/test.sh uses.
set -euo pipefail

CALLER_PWD=$PWD
REPO=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)
cd "$REPO"
BUILD_DIR=${BUILD_DIR:-build}

install_deps() {
  if [ "$(id -u)" -eq 0 ]; then
    bash "$REPO/scripts/install-deps.sh"
  elif ! bash "$REPO/scripts/install-deps.sh"; then
    if command -v sudo >/dev/null 2>&1; then
      echo "== installing the missing packages with sudo"
      sudo bash "$REPO/scripts/install-deps.sh"
    else
      echo "error: packages are missing and sudo is not available; run as root: bash scripts/install-deps.sh" >&2
      exit 1
    fi
  fi
}

if [ "${CDRDESK_SKIP_INSTALL:-}" != 1 ]; then
  echo "== installing"
  install_deps
fi

if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ] &&
   [ "$(stat -c %U "$REPO")" = "$SUDO_USER" ] &&
   { [ ! -e "$BUILD_DIR" ] || [ "$(stat -c %U "$BUILD_DIR")" = "$SUDO_USER" ]; }; then
  user_home=$(getent passwd "$SUDO_USER" | cut -d: -f6)
  echo "== continuing as $SUDO_USER"
  cd "$CALLER_PWD" 2>/dev/null || true
  exec runuser -u "$SUDO_USER" -- env -u SUDO_USER HOME="$user_home" USER="$SUDO_USER" \
    LOGNAME="$SUDO_USER" CDRDESK_SKIP_INSTALL=1 BUILD_DIR="$BUILD_DIR" \
    bash "$REPO/scripts/run.sh" "$@"
fi

echo "== building"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD_DIR" -j2

app=$(cd "$BUILD_DIR" && pwd -P)/app/cdrdesk
if [ ! -x "$app" ]; then
  echo "error: the build did not produce $app" >&2
  exit 1
fi
echo "== starting $app"
# The app runs where it was called from, so relative file arguments work.
cd "$CALLER_PWD" 2>/dev/null || true
exec "$app" "$@"
