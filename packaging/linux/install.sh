#!/usr/bin/env bash
# Installs MapStudio's Linux desktop integration: menu entry, AppStream metadata, the map-file
# MIME type (application/x-mapstudio-map, *.journey.json) with its icon, and "open with".
#
#   packaging/linux/install.sh [--prefix DIR] [--bundle DIR] [--icons DIR] [--uninstall]
#
#   --prefix DIR  where to install (default ~/.local; /usr/local for every user, as root)
#   --bundle DIR  also copy the one-folder app built by `make package` (dist/MapStudio) to
#                 DIR/lib/mapstudio and link DIR/bin/mapstudio to it; without it, the menu entry
#                 starts the `mapstudio-gui` installed by pip or pipx (it must be on PATH)
#   --icons DIR   PNG icons rendered by packaging/make_icons.py (default build/icons if present)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
APP_ID=org.mapstudio.MapStudio
PREFIX="$HOME/.local"
BUNDLE=""
ICONS=""
UNINSTALL=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX="$2"; shift 2 ;;
    --bundle) BUNDLE="$(cd "$2" && pwd)"; shift 2 ;;
    --icons) ICONS="$2"; shift 2 ;;
    --uninstall) UNINSTALL=1; shift ;;
    *) echo "unknown option: $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done
SHARE="$PREFIX/share"
[ -z "$ICONS" ] && [ -d "$ROOT/build/icons/hicolor" ] && ICONS="$ROOT/build/icons"

refresh() {
  command -v update-mime-database >/dev/null && update-mime-database "$SHARE/mime" >/dev/null 2>&1 || true
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" 2>/dev/null || true
}

if [ "$UNINSTALL" = 1 ]; then
  rm -f "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml" \
        "$SHARE/mime/packages/$APP_ID.xml"
  find "$SHARE/icons/hicolor" \( -name mapstudio.png -o -name mapstudio.svg \
        -o -name 'application-x-mapstudio-map.*' \) -delete 2>/dev/null || true
  if [ -L "$PREFIX/bin/mapstudio" ] && [ "$(readlink "$PREFIX/bin/mapstudio")" = "$PREFIX/lib/mapstudio/MapStudio" ]; then
    rm -f "$PREFIX/bin/mapstudio"
    rm -rf "$PREFIX/lib/mapstudio"
  fi
  # The default-application choice that the install made (xdg-mime default) goes too; another
  # application chosen for map files, and every other line, stay as they are.
  for list in "${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list" "$SHARE/applications/mimeapps.list"; do
    [ -f "$list" ] || continue
    sed -i -e "/^application\/x-mapstudio-map=/s/${APP_ID//./\\.}\.desktop;\?//" \
           -e '/^application\/x-mapstudio-map=$/d' "$list"
  done
  refresh
  echo "MapStudio's desktop integration removed from $PREFIX"
  exit 0
fi

if [ -n "$BUNDLE" ]; then
  [ -x "$BUNDLE/MapStudio" ] || { echo "no MapStudio executable in $BUNDLE: run 'make package' first" >&2; exit 1; }
  rm -rf "$PREFIX/lib/mapstudio"
  mkdir -p "$PREFIX/lib" "$PREFIX/bin"
  cp -a "$BUNDLE" "$PREFIX/lib/mapstudio"
  ln -sfn "$PREFIX/lib/mapstudio/MapStudio" "$PREFIX/bin/mapstudio"
  EXEC="$PREFIX/lib/mapstudio/MapStudio"
else
  EXEC="$(command -v mapstudio-gui || true)"
  [ -n "$EXEC" ] || { echo "mapstudio-gui is not on PATH: install MapStudio with pipx or pip first, or pass --bundle dist/MapStudio" >&2; exit 1; }
fi

install -Dm644 "$HERE/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
install -Dm644 "$HERE/$APP_ID.mime.xml" "$SHARE/mime/packages/$APP_ID.xml"
mkdir -p "$SHARE/applications"
# Absolute Exec: desktop sessions often lack ~/.local/bin on their PATH.
sed -e "s|^Exec=.*|Exec=\"$EXEC\" %F|" -e "s|^TryExec=.*|TryExec=$EXEC|" \
  "$HERE/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
chmod 644 "$SHARE/applications/$APP_ID.desktop"
install -Dm644 "$ROOT/resources/icons/mapstudio.svg" "$SHARE/icons/hicolor/scalable/apps/mapstudio.svg"
install -Dm644 "$ROOT/resources/icons/application-x-mapstudio-map.svg" \
  "$SHARE/icons/hicolor/scalable/mimetypes/application-x-mapstudio-map.svg"
if [ -n "$ICONS" ]; then
  (cd "$ICONS/hicolor" && find . -name '*.png' -print0) | while IFS= read -r -d '' png; do
    install -Dm644 "$ICONS/hicolor/$png" "$SHARE/icons/hicolor/$png"
  done
fi
refresh
# Make MapStudio the default for map files (the MimeType= line already offers "open with").
if command -v xdg-mime >/dev/null && [ "$PREFIX" = "$HOME/.local" ]; then
  xdg-mime default "$APP_ID.desktop" application/x-mapstudio-map || true
fi
echo "MapStudio installed for the desktop under $PREFIX (starts: $EXEC)"
