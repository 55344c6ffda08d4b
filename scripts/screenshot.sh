#!/usr/bin/env bash
# Takes the README's screenshot of the main window on a fresh demo database, under Xvfb.
#   scripts/screenshot.sh [OUT.png]   (default docs/main-window.png; needs a build in build/)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/main-window.png}
build=${BUILD_DIR:-build}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# A clean home: first run, so the demo database is created as a new user would see it.
HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/cdrdesk" --screenshot "$PWD/$out"
echo "wrote $out"
