"""Pictures for the image tests, drawn with Pillow: bold stripes, so a scaled copy is still
recognisable in an export."""

from __future__ import annotations

import io

from PIL import Image as Pil
from PIL import ImageDraw


def picture_bytes(width: int, height: int, colour: str = "#2a6fb0", fmt: str = "JPEG") -> bytes:
    picture = Pil.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(picture)
    for x in range(0, width, max(8, width // 12)):
        draw.line([(x, 0), (width - x, height)], fill="white", width=max(2, width // 200))
    out = io.BytesIO()
    picture.save(out, fmt)
    return out.getvalue()
