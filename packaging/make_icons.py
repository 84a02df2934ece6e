"""Renders the hand-written SVG icons to the raster sizes desktops want.

    python packaging/make_icons.py OUT_DIR

writes OUT_DIR/hicolor/<N>x<N>/{apps,mimetypes}/*.png (16-512), OUT_DIR/mapstudio.ico (Windows)
and OUT_DIR/mapstudio.icns (macOS). Qt's SVG renderer draws each size from the vector source
(sharper than downscaling one bitmap); Pillow writes the ICO and ICNS containers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS_BY_CONTEXT = {"apps": "mapstudio", "mimetypes": "application-x-mapstudio-map"}


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def to_pillow(path: Path) -> Image.Image:
    with Image.open(path) as im:
        return im.convert("RGBA")


def main(out: Path) -> None:
    _app = QGuiApplication.instance() or QGuiApplication([])
    app_pngs: dict[int, Path] = {}
    for context, name in ICONS_BY_CONTEXT.items():
        for size in SIZES:
            target = out / "hicolor" / f"{size}x{size}" / context / f"{name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            if not render(ICONS / f"{name}.svg", size).save(str(target)):
                raise SystemExit(f"could not write {target}")
            if context == "apps":
                app_pngs[size] = target
    big = out / "mapstudio-1024.png"
    render(ICONS / "mapstudio.svg", 1024).save(str(big))

    ico_sizes = [s for s in SIZES if s <= 256]
    largest = to_pillow(app_pngs[256])
    largest.save(
        out / "mapstudio.ico",
        sizes=[(s, s) for s in ico_sizes],
        append_images=[to_pillow(app_pngs[s]) for s in ico_sizes if s != 256],
    )
    icns_sources = [to_pillow(app_pngs[s]) for s in (16, 32, 64, 128, 256, 512)]
    to_pillow(big).save(out / "mapstudio.icns", append_images=icns_sources)
    print(f"icons written to {out}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: make_icons.py OUT_DIR")
    main(Path(sys.argv[1]))
