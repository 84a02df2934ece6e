"""The Qt layer: the document and command adapters, the canvas, the windows and dialogs.

Importing it first tells PySide6 which modules cannot use it, so that PySide6 does not read their
source. PySide6 looks for its ``__feature__`` switches (snake_case, true_property) by reading the
whole source file of every module named in an import statement run after PySide6 is loaded: about
a hundred files at start-up, 4 to 5 % of the time to the first painted map. MapStudio never uses
those switches, the standard library and the Qt-free dependencies never import PySide6, and the
import contracts (``make lint``) keep the lower layers free of it, so their answer is known.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import PySide6.QtCore  # noqa: F401  (loads the import hook whose table is filled below)

# Packages that never import PySide6: MapStudio's Qt-free layers and their dependencies.
QT_FREE_LAYERS = ("core", "files", "layout", "text", "poster", "exchange")
QT_FREE_DEPENDENCIES = (
    "pydantic", "pydantic_core", "typing_extensions", "typing_inspection", "annotated_types",
    "platformdirs", "PIL", "reportlab", "openpyxl", "et_xmlfile", "python_calamine",
)  # fmt: skip


def _qt_free_module_names() -> list[str]:
    """The names of the Qt-free modules loaded now or loadable later (found without importing)."""
    names = [
        *sys.stdlib_module_names,
        *QT_FREE_DEPENDENCIES,
        "mapstudio",
        "mapstudio.resources",
        "mapstudio.records",
    ]
    names += [
        name
        for name in sys.modules
        if name.partition(".")[0] in sys.stdlib_module_names
        or name.partition(".")[0] in QT_FREE_DEPENDENCIES
    ]
    for layer in QT_FREE_LAYERS:
        names += _modules_of(f"mapstudio.{layer}")
    return names


def _modules_of(package: str) -> list[str]:
    """A package of MapStudio and its modules and subpackages, by name, none imported. (The
    folders are listed directly: ``pkgutil.iter_modules`` asks the import system about each
    file, a few times slower on the way to the first window. A bundled MapStudio keeps its
    modules in an archive, not in folders: pkgutil lists those.)"""
    import mapstudio

    folder = Path(mapstudio.__path__[0], *package.split(".")[1:])
    names = [package]
    try:
        with os.scandir(folder) as entries:
            found = [(e.name, e.is_dir(), e.path) for e in entries]
    except OSError:
        import pkgutil  # a bundle only: importing it costs 1 % of start-up

        for module in pkgutil.iter_modules([str(folder)]):
            if module.ispkg:
                names += _modules_of(f"{package}.{module.name}")
            else:
                names.append(f"{package}.{module.name}")
        return names
    for name, is_dir, path in found:
        stem, dot, suffix = name.partition(".")
        if not stem.isidentifier():
            continue
        if is_dir and not dot:
            if os.path.exists(os.path.join(path, "__init__.py")):
                names += _modules_of(f"{package}.{stem}")
        elif suffix == "py" and stem != "__init__":
            names.append(f"{package}.{stem}")
    return names


def _skip_pyside_source_scans() -> None:
    try:  # PySide6's own table of modules and their feature switches (-1: never switched)
        from PySide6.support.feature import pyside_feature_dict
    except ImportError:  # another PySide6 version without it: only the speed-up is lost
        return
    for name in _qt_free_module_names():
        pyside_feature_dict.setdefault(name, -1)
    for name in _modules_of("mapstudio.gui"):  # what reading them would find: they use PySide6
        pyside_feature_dict.setdefault(name, 0)


_skip_pyside_source_scans()
