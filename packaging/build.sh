#!/usr/bin/env bash
# Builds dist/MapStudio/: a one-folder MapStudio that starts and exports with no Python installed.
# Called by `make package`. Installs the build-only tools (PyInstaller, Pillow) into .venv if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
[ -x "$PY" ] || { echo "no .venv: run 'make setup' first" >&2; exit 1; }
"$PY" -c "import PyInstaller" 2>/dev/null || "$PY" -m pip install --quiet "pyinstaller>=6.10,<7"
"$PY" -c "import PIL" 2>/dev/null || "$PY" -m pip install --quiet "pillow>=10"

# Compiled translations must match their sources (they are committed; rebuild if a .ts is newer).
make --no-print-directory -s $(ls resources/translations/*.ts | sed 's/\.ts$/.qm/')

echo "Rendering icons into build/icons"
"$PY" packaging/make_icons.py build/icons

echo "Building dist/MapStudio with PyInstaller (about 1-2 minutes)"
QT_QPA_PLATFORM=offscreen "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/mapstudio.spec
echo "Built dist/MapStudio ($(du -sh dist/MapStudio | cut -f1)); run dist/MapStudio/MapStudio"
