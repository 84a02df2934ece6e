"""Simple drawn pictures for the example maps' storyboards and persona photos (Pillow, already
installed with reportlab): flat shapes, so each embedded picture is a few kilobytes and the
examples stay small. Deterministic: the same picture every time."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from mapstudio.core.model import Image as MapImage
from mapstudio.files.images import image_from_bytes

SKIES = ["#dbeafe", "#fde68a", "#d1fae5", "#fbcfe8", "#e9d5ff", "#fed7aa"]
PROPS = ["#2563eb", "#d97706", "#059669", "#db2777", "#7c3aed", "#ea580c"]


def scene(index: int, alt: str) -> MapImage:
    """Stage ``index``'s storyboard sketch: a person and the thing they deal with."""
    w, h = 480, 320
    picture = Image.new("RGB", (w, h), SKIES[index % len(SKIES)])
    d = ImageDraw.Draw(picture)
    d.rectangle([0, 250, w, h], fill="#e5e7eb")  # floor
    x = 120 + 40 * (index % 3)
    d.ellipse([x - 22, 90, x + 22, 134], fill="#f2c9a0", outline="#374151", width=3)  # head
    d.rounded_rectangle([x - 34, 138, x + 34, 250], 16, fill="#475569")  # body
    prop = PROPS[index % len(PROPS)]
    shapes = [
        lambda: d.rounded_rectangle([280, 110, 340, 220], 10, fill=prop),  # a phone
        lambda: d.rectangle([270, 120, 420, 230], fill=prop),  # a screen
        lambda: d.polygon([(260, 250), (340, 120), (420, 250)], fill=prop),  # a shop's roof
        lambda: d.rectangle([280, 170, 400, 250], fill=prop),  # a parcel
        lambda: d.ellipse([280, 110, 400, 230], fill=prop),  # a speech bubble
    ]
    shapes[index % len(shapes)]()
    d.line([(x + 30, 170), (275, 170)], fill="#374151", width=5)  # reaching out
    return _embedded(picture, alt)


def portrait(colour: str, alt: str) -> MapImage:
    """A persona's photo: a head and shoulders on a background of the persona's colour."""
    picture = Image.new("RGB", (240, 300), colour)
    d = ImageDraw.Draw(picture)
    d.ellipse([70, 50, 170, 160], fill="#f2c9a0", outline="#374151", width=3)
    d.chord([30, 170, 210, 360], 180, 360, fill="#334155")
    return _embedded(picture, alt)


def _embedded(picture: Image.Image, alt: str) -> MapImage:
    out = io.BytesIO()
    picture.save(out, "PNG")
    return image_from_bytes(out.getvalue(), alt)
