#!/usr/bin/env bash
# Installs the Debian libraries Qt (offscreen and xcb) and the test tools need, when missing.
# As root or with sudo it runs apt-get; otherwise it names what to install and stops.
set -euo pipefail
PKGS=(
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 xvfb xauth xdotool
  poppler-utils qpdf desktop-file-utils appstream fonts-dejavu-core
  chromium  # the live session's page is tested in a real browser (Playwright drives this one)
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo"; else
  echo "MapStudio needs these Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null || true
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
