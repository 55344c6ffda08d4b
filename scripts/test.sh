#!/usr/bin/env bash
# Builds CDR Desk and runs its whole test suite, against throwaway PostgreSQL and
# MariaDB servers that live only for this run (on 127.0.0.1, in a temporary directory).
#
#   sudo scripts/test.sh [CTEST_ARGS...]      e.g.  sudo scripts/test.sh -R money
#
# Run it as root or through sudo on Debian 12 (a user with sudo may also run it directly:
# only the package install then asks for sudo). Under sudo, the build and the tests run
# as the invoking user, so the build directory stays theirs.
#
# Environment: BUILD_DIR (default: build), CTEST_TIMEOUT (seconds per test, default 600).
# Exit code: ctest's (or the failing step's).
set -euo pipefail

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

# Under sudo, build and test as the user who called sudo (when the checkout and any
# existing build directory are theirs), so that a later scripts/run.sh can reuse build/.
if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ] &&
   [ "$(stat -c %U "$REPO")" = "$SUDO_USER" ] &&
   { [ ! -e "$BUILD_DIR" ] || [ "$(stat -c %U "$BUILD_DIR")" = "$SUDO_USER" ]; }; then
  user_home=$(getent passwd "$SUDO_USER" | cut -d: -f6)
  echo "== continuing as $SUDO_USER"
  exec runuser -u "$SUDO_USER" -- env -u SUDO_USER HOME="$user_home" USER="$SUDO_USER" \
    LOGNAME="$SUDO_USER" CDRDESK_SKIP_INSTALL=1 BUILD_DIR="$BUILD_DIR" \
    bash "$REPO/scripts/test.sh" "$@"
fi

echo "== building"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD_DIR" -j2

echo "== starting test databases"
DB_DIR=$(mktemp -d "${TMPDIR:-/tmp}/cdrdesk-test.XXXXXX")
# shellcheck disable=SC2317  # invoked through the traps
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  echo "== stopping test databases"
  bash "$REPO/scripts/dbservers.sh" stop "$DB_DIR" || true
  rm -rf "$DB_DIR"
  exit "$rc"
}
# On Ctrl-C or a TERM, stop the running tests too (ctest would leave its child behind).
# shellcheck disable=SC2317  # invoked through the traps
on_signal() {
  local sig=$1 code=$2 i stat
  if [ -n "${CTEST_PID:-}" ]; then
    echo "== interrupted: stopping the tests" >&2
    kill -"$sig" -- -"$CTEST_PID" 2>/dev/null || kill -"$sig" "$CTEST_PID" 2>/dev/null || true
    # Give ctest 10 s to finish (it is our child: gone or a zombie once done), then
    # kill its whole group.
    for ((i = 0; i < 50; i++)); do
      stat=$(cat "/proc/$CTEST_PID/stat" 2>/dev/null) || break
      stat=${stat##*) }
      [ "${stat%% *}" = Z ] && break
      sleep 0.2
    done
    [ "$i" -ge 50 ] && kill -KILL -- -"$CTEST_PID" 2>/dev/null
    wait "$CTEST_PID" 2>/dev/null || true
    # Tests that outlived ctest (they got the signal too) get 3 s more, then are killed.
    for ((i = 0; i < 15; i++)); do
      kill -0 -- -"$CTEST_PID" 2>/dev/null || break
      sleep 0.2
    done
    kill -KILL -- -"$CTEST_PID" 2>/dev/null || true
  fi
  exit "$code"
}
CTEST_PID=""
trap cleanup EXIT
trap 'on_signal INT 130' INT
trap 'on_signal TERM 143' TERM
bash "$REPO/scripts/dbservers.sh" start "$DB_DIR"
# shellcheck disable=SC1091
. "$DB_DIR/env.sh"
echo "PostgreSQL: $CDRDESK_TEST_PG"
echo "MariaDB:    $CDRDESK_TEST_MYSQL"

echo "== testing"
export QT_QPA_PLATFORM=offscreen
# The servers are there: a test that cannot reach them fails rather than skips.
export CDRDESK_REQUIRE_SERVERS=1
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR=$DB_DIR/xdg-runtime
  mkdir -m 700 "$XDG_RUNTIME_DIR"
fi
# ctest and the tests run in a process group of their own, so that the traps above
# can stop all of them; `wait` lets a signal reach the traps at once.
set +e
setsid -w ctest --test-dir "$BUILD_DIR" --output-on-failure -j1 --no-tests=error \
  --timeout "${CTEST_TIMEOUT:-600}" "$@" </dev/null &
CTEST_PID=$!
wait "$CTEST_PID"
rc=$?
set -e
exit "$rc"
