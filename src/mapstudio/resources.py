"""Where bundled resources (fonts, examples, schema, icons, translations) live.

In a wheel they are inside the package (``mapstudio/resources``); in a checkout they are in the
repository's top-level ``resources/``; in a PyInstaller bundle, next to the executable's data.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [here / "resources", here.parents[1] / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "mapstudio" / "resources")
    for c in candidates:
        if (c / "fonts").is_dir():
            return c
    raise FileNotFoundError("MapStudio's resources folder is missing; reinstall MapStudio")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def font_path(bold: bool = False) -> Path:
    return resource_path("fonts", "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
