"""PySide6 reads the source of every module imported after it to look for ``__feature__``
switches, unless its table already answers. ``mapstudio.gui`` fills that table for every module
of MapStudio (Qt-free layers: never switched; the GUI: uses PySide6): checked here against the
import system's own listing of the packages, in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = r"""
import json, pkgutil
import mapstudio
import mapstudio.gui
from PySide6.support.feature import pyside_feature_dict

def walk(package):
    names = [package.__name__]
    for found in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        names.append(found.name)
    return names

import mapstudio.core, mapstudio.files, mapstudio.layout, mapstudio.text, mapstudio.poster
import mapstudio.exchange
qt_free = [n for p in (mapstudio.core, mapstudio.files, mapstudio.layout, mapstudio.text,
                       mapstudio.poster, mapstudio.exchange) for n in walk(p)]
gui = walk(mapstudio.gui)
print(json.dumps({
    "qt_free": {n: pyside_feature_dict.get(n) for n in qt_free},
    "gui": {n: pyside_feature_dict.get(n) for n in gui},
}))
"""


def test_every_module_is_in_pysides_feature_table_with_the_right_answer():
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=True
    )
    table = json.loads(out.stdout.splitlines()[-1])
    assert len(table["qt_free"]) > 70 and len(table["gui"]) > 60
    assert {n: v for n, v in table["qt_free"].items() if v != -1} == {}
    assert {n: v for n, v in table["gui"].items() if v != 0} == {}


def test_modules_are_listed_without_their_folders_as_in_a_bundle(monkeypatch):
    """A bundled MapStudio keeps its modules in an archive: with no folder to list, the
    import system lists them (a failed listing once stopped the bundled editor and every
    image export)."""
    import os

    import mapstudio.gui as gui

    listed = gui._modules_of("mapstudio.core")

    def no_folders(path):
        raise FileNotFoundError(2, "No such file or directory", str(path))

    monkeypatch.setattr(os, "scandir", no_folders)
    assert sorted(gui._modules_of("mapstudio.core")) == sorted(listed)
    assert len(listed) > 10 and all(name.startswith("mapstudio.core") for name in listed)
