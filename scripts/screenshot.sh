#!/usr/bin/env bash
# Takes the README's screenshots on a fresh demo database, under Xvfb: the main window and
# every view that exists (the app's --screenshot-view NAME opens a tab, dock or dialog by its
# objectName; a name the build does not know is skipped with a note).
#   scripts/screenshot.sh [NAME=FILE.png ...]   (default: the list below; needs a build in build/)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
shots=("$@")
if [ ${#shots[@]} -eq 0 ]; then
  shots=(
    "=docs/main-window.png"
    "filterDock=docs/filter-panel.png"
    "dashboard=docs/dashboard.png"
    "invoiceReview=docs/invoice-review.png"
    "rateLookupAction=docs/rate-lookup.png"
  )
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
# The first run creates the demo database as a new user would see it; later shots reuse it.
for shot in "${shots[@]}"; do
  view=${shot%%=*}
  out=${shot#*=}
  case $out in /*) path=$out ;; *) path=$PWD/$out ;; esac
  args=(--screenshot "$path")
  [ -n "$view" ] && args+=(--screenshot-view "$view")
  rc=0
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/cdrdesk" "${args[@]}" || rc=$?
  case $rc in
    0) echo "wrote $out" ;;
    2) echo "skipped $out: no view named '$view' in this build" >&2 ;;
    *) echo "failed to take $out (exit $rc)" >&2; exit "$rc" ;;
  esac
done
