#!/bin/sh
# Adds Matchtafel to the applications menu of this user (no root needed): the .desktop file with this
# folder's programs, and the icon. Run it from the unpacked folder; run it again after moving the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/matchtafel.png" "$icons/matchtafel.png"
sed "s|^Exec=matchtafel-gui|Exec=\"$here/Matchtafel\"|" "$here/matchtafel.desktop" > "$apps/matchtafel.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "Matchtafel is in the applications menu. For the command line: $here/matchtafel-cli"
