#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks the desktop integration files: the
# .desktop file, the AppStream metainfo and the icon, validated by desktop-file-validate and
# appstreamcli (scripts/install-deps.sh installs both).
#   tests/install_check.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
id=org.cdrdesk.CDRDesk
for file in bin/cdrdesk bin/cdrdesk-cli share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
            share/icons/hicolor/scalable/apps/$id.svg; do
  [ -s "$prefix/$file" ] || { echo "missing after cmake --install: $file" >&2; exit 1; }
done
desktop-file-validate "$prefix/share/applications/$id.desktop"
appstreamcli validate --no-net "$prefix/share/metainfo/$id.metainfo.xml"
grep -q "^Icon=$id\$" "$prefix/share/applications/$id.desktop"
echo "installed files are valid"
