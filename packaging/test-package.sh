#!/usr/bin/env bash
# `make package-test`: the install checks that need the package registry or a few minutes.
#  1. The wheel, installed with pip (dependencies from the registry) into a fresh venv, run from
#     a folder outside the checkout: --version, templates, new, check, export (fonts embedded).
#  2. The one-folder app (rebuilt by packaging/build.sh), copied out of the checkout and run with
#     no Python reachable (as root: Python and the checkout hidden in a private mount namespace):
#     --version, templates, new, check, PDF and PNG export, the editor starting in French, and a
#     live session host serving its page.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
PYTHON="${PYTHON:-$(.venv/bin/python -c 'import sys; print(sys._base_executable)')}"
WORK="$(mktemp -d /tmp/mapstudio-package-test.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
PASSED=0
FAILED=0

check() { # check DESCRIPTION COMMAND...: runs COMMAND, reports ok or FAIL with its output
  local what="$1"; shift
  if out="$("$@" 2>&1)"; then
    PASSED=$((PASSED + 1)); echo "ok   $what"
  else
    FAILED=$((FAILED + 1)); echo "FAIL $what"; echo "$out" | sed 's/^/     /' | tail -20
  fi
}

fonts_embedded() { # every font of the PDF is embedded (pdffonts' emb column), and there is one
  local list
  list="$(pdffonts "$1")" || return 1
  echo "$list"
  [ "$(echo "$list" | tail -n +3 | wc -l)" -gt 0 ] || return 1
  [ -z "$(echo "$list" | tail -n +3 | awk '$(NF-4) != "yes"')" ]
}

cli_round_trip() { # cli_round_trip MAPSTUDIO_COMMAND DIR: the headless commands, end to end
  local ms="$1" dir="$2"
  mkdir -p "$dir" && cd "$dir" || return 1
  "$ms" --version | grep -q "0.1.0" || { echo "no version"; return 1; }
  "$ms" templates | grep -q "smartphone-fr" || { echo "templates missing"; return 1; }
  "$ms" new --template smartphone-fr -o achat.journey.json || return 1
  "$ms" check achat.journey.json || return 1
  "$ms" export achat.journey.json -o achat.pdf --paper A2 || return 1
  fonts_embedded achat.pdf
}

echo "== 1. wheel installed from the registry into a fresh venv"
check "wheel builds" "$ROOT/.venv/bin/python" -m pip wheel --quiet --no-deps -w "$WORK/wheel" "$ROOT"
WHEEL="$(ls "$WORK"/wheel/mapstudio-*.whl 2>/dev/null | head -1)"
check "fresh venv" "$PYTHON" -m venv "$WORK/venv"
check "pip install of the wheel with its dependencies" "$WORK/venv/bin/python" -m pip install \
  --quiet --disable-pip-version-check "$WHEEL"
check "installed mapstudio: version, templates, new, check, PDF export with embedded fonts" \
  env -u PYTHONPATH -u VIRTUAL_ENV PATH="$WORK/venv/bin:/usr/bin:/bin" \
  bash -c "$(declare -f fonts_embedded cli_round_trip); cli_round_trip mapstudio '$WORK/wheel-run'"

check "installed mapstudio: the editor starts in French" env -u PYTHONPATH -u VIRTUAL_ENV \
  PATH="$WORK/venv/bin:/usr/bin:/bin" LANG=fr_FR.UTF-8 QT_QPA_PLATFORM=offscreen \
  bash -c "cd '$WORK/wheel-run'; timeout 6 mapstudio achat.journey.json; test \$? -eq 124"

echo "== 2. one-folder app dist/MapStudio"
check "make package builds dist/MapStudio" bash packaging/build.sh
check "app copied out of the checkout" cp -a dist/MapStudio "$WORK/MapStudio"
APP="$WORK/MapStudio/MapStudio"

# What runs the app: as root, a private mount namespace with every Python and the checkout
# hidden; otherwise a bare environment (no Python on PATH, no PYTHON* variables).
without_python() {
  local script="$1"
  local env_vars=(env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG="${RUN_LANG:-C.UTF-8}"
    QT_QPA_PLATFORM=offscreen)
  if [ "$(id -u)" -eq 0 ] && unshare -m --propagation private true 2>/dev/null; then
    "${env_vars[@]}" unshare -m --propagation private bash -c '
      for d in /usr/lib/python3* /usr/local/lib/python3* /root/.pyenv /opt/python* '"'$ROOT'"'; do
        [ -d "$d" ] && mount -t tmpfs none "$d"
      done
      for f in /usr/bin/python* /usr/local/bin/python*; do [ -e "$f" ] && mount --bind /dev/null "$f"; done
      ! python3 -c "" 2>/dev/null || { echo "python3 still runs"; exit 1; }
      '"$script"
  else
    "${env_vars[@]}" bash -c "$script"
  fi
}
mkdir -p "$WORK/home"
check "app without Python: version, templates, new, check, PDF export with embedded fonts" \
  without_python "$(declare -f fonts_embedded cli_round_trip); cli_round_trip '$APP' '$WORK/app-run'"
check "app without Python: PNG export" \
  without_python "cd '$WORK/app-run' && '$APP' export achat.journey.json -o achat.png --dpi 30 && head -c 8 achat.png | grep -q PNG"
check "app carries its French catalogue and Qt's" test -s "$WORK/MapStudio/_internal/mapstudio/resources/translations/mapstudio_fr.qm" -a \
  -s "$WORK/MapStudio/_internal/PySide6/Qt/translations/qtbase_fr.qm"
# The editor: still running after a few seconds means it started (offscreen, in French).
RUN_LANG=fr_FR.UTF-8 check "app without Python: the editor starts in French" \
  without_python "cd '$WORK/app-run'; timeout 6 '$APP' achat.journey.json; test \$? -eq 124"

# The live session's host (pycrdt, websockets, zeroconf) in the bundle, run without Python: it
# serves the page, a participant (the checkout's page client, outside) joins and adds a note, and
# Ctrl+C stops it with the note saved in a map that still checks.
session_serves() {
  local dir="$WORK/app-run"
  without_python "cd '$dir' && exec '$APP' session serve achat.journey.json --port 48765 --code PKGTEST23" \
    > "$WORK/serve.log" 2>&1 &
  local pid=$!
  for _ in $(seq 50); do grep -q "Press Ctrl+C" "$WORK/serve.log" 2>/dev/null && break; sleep 0.2; done
  "$ROOT/.venv/bin/python" - "$dir/achat.journey.json" <<'PY' || { cat "$WORK/serve.log"; kill $pid; return 1; }
import asyncio, json, sys
from mapstudio.session.pageclient import PageClient

async def main():
    client = PageClient("ws://127.0.0.1:48765/ws", "PKGTEST23", "Ana")
    assert await client.join(), "could not join"
    journey = json.load(open(sys.argv[1], encoding="utf-8"))
    stage, lane = journey["stages"][0]["id"], journey["lanes"][0]["id"]
    answer = await client.request({"type": "add_note", "stage": stage, "lane": lane, "text": "Noté"})
    assert answer["type"] == "ack", answer
    await asyncio.sleep(1.5)  # the host saves shortly after a change
    await client.drop()

asyncio.run(main())
PY
  pkill -INT -f "session serve achat.journey.json --port 48765"
  wait $pid || { echo "exit $?"; cat "$WORK/serve.log"; return 1; }
  grep -q '"Noté"' "$dir/achat.journey.json" || { echo "the note was not saved"; return 1; }
  without_python "cd '$dir' && '$APP' check achat.journey.json"
}
check "app without Python: a live session takes a participant's note and stops on Ctrl+C" session_serves

bundle_desktop_install() { # the bundle installed for the desktop into a scratch prefix
  local prefix="$WORK/prefix"
  bash packaging/linux/install.sh --prefix "$prefix" --bundle "$WORK/MapStudio" || return 1
  "$prefix/bin/mapstudio" --version | grep -q 0.1.0 || return 1
  desktop-file-validate "$prefix/share/applications/org.mapstudio.MapStudio.desktop" || return 1
  grep -q "^Exec=\"$prefix/lib/mapstudio/MapStudio\" %F" \
    "$prefix/share/applications/org.mapstudio.MapStudio.desktop" || return 1
  [ -f "$prefix/share/icons/hicolor/48x48/apps/mapstudio.png" ]
}
check "bundle installs for the desktop (menu entry, icons, launcher)" bundle_desktop_install

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
