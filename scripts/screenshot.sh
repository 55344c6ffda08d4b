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
    "invoiceReviewView=docs/invoice-review.png"
    "rateLookupAction=docs/rate-lookup.png"
  )
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
demo="$XDG_DATA_HOME/CDR Desk/CDR Desk/demo.db"
# The first run creates the demo database as a new user would see it; later shots reuse it.
for shot in "${shots[@]}"; do
  view=${shot%%=*}
  out=${shot#*=}
  case $out in /*) path=$out ;; *) path=$PWD/$out ;; esac
  args=(--screenshot "$path")
  [ -n "$view" ] && args+=(--screenshot-view "$view")
  if [ "$view" = invoiceReviewView ] && [ -f "$demo" ]; then
    # The review needs an invoice: one for the customer with the most calls, over the last
    # 30 days of the demo's calls.
    read -r customer end < <(sqlite3 -separator ' ' "$demo" \
      "SELECT scustomer, (SELECT MAX(start) + 1 FROM calls) FROM calls WHERE scustomer > 0 GROUP BY scustomer ORDER BY COUNT(*) DESC LIMIT 1")
    "$build/app/cdrdesk-cli" invoice generate --db "$demo" --customer "$customer" \
      --start $((end - 30 * 86400)) --end "$end" >/dev/null
  fi
  rc=0
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/cdrdesk" "${args[@]}" || rc=$?
  case $rc in
    0) echo "wrote $out" ;;
    2) echo "skipped $out: no view named '$view' in this build" >&2 ;;
    *) echo "failed to take $out (exit $rc)" >&2; exit "$rc" ;;
  esac
done
