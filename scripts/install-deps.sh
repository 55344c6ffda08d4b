#!/usr/bin/env bash
# Installs what CDR Desk needs to build, run and test on Debian 12 (run as root).
# Only missing packages are installed, so a second run is quick.
set -euo pipefail

packages=(
  # libqt6opengl6-dev: Qt6Charts' CMake package needs Qt6OpenGL, only a Recommends of qt6-base-dev.
  # qt6-translations-l10n: Qt's own texts (standard buttons and dialogs) in the chosen language.
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql
  qt6-charts-dev qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev
  qt6-translations-l10n
  libphonenumber-dev libicu-dev libsqlite3-dev libxlsxwriter-dev
  sqlite3 postgresql mariadb-server
  poppler-utils
  xvfb xauth
  # Validate the installed .desktop file and AppStream metainfo (tst_install).
  desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing packages: ${missing[*]}" >&2
  echo "Run this script as root (or with sudo) to install them." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
# The packaged servers must not keep running: tests start their own throwaway clusters.
for svc in postgresql mariadb; do
  service "$svc" stop >/dev/null 2>&1 || true
done
