#!/usr/bin/env bash
# Brings translations/cdrdesk_<lang>.ts up to date with the sources (new strings come in as
# unfinished, removed ones are dropped), the same way tst_translations checks them.
#
#   scripts/update-translations.sh [LUPDATE]     (default: /usr/lib/qt6/bin/lupdate)
set -euo pipefail
REPO=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)
LUPDATE=${1:-/usr/lib/qt6/bin/lupdate}
cd "$REPO"
for ts in translations/cdrdesk_*.ts; do
  "$LUPDATE" -silent -locations none -no-obsolete -extensions cpp,h models views app -ts "$ts"
done
