"""Images brought into a map: read, checked, scaled down and re-encoded before they are embedded.

One path for every way in (a dropped file, the clipboard, the command line): the bytes are
checked before they are decoded (size, then the pixel count from the header, so a "zip bomb"
picture is refused without being expanded), scaled to at most ``MAX_IMAGE_SIDE`` pixels and
encoded again, which also drops whatever else the file carried (metadata, a thumbnail, a
colour profile). Pillow is already here as reportlab's own dependency.
"""

from __future__ import annotations

import base64
import io
import os
import warnings
from pathlib import Path

from mapstudio.core.model import MAX_IMAGE_SIDE, Image, JourneyMap
from mapstudio.text.translate import QCoreApplication, fill

MAX_IMAGE_FILE_BYTES = 40 * 1024 * 1024
MAX_IMAGE_PIXELS = 100_000_000
JPEG_QUALITY = 85


class ImageError(ValueError):
    """An image that cannot be embedded; ``str(error)`` is one sentence for the user."""


def read_image_file(path: str | os.PathLike[str], alt: str = "") -> Image:
    """The image in the file at ``path``, ready to embed. Raises ``ImageError`` only."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_IMAGE_FILE_BYTES:
            raise ImageError(_too_large_file(size))
        data = p.read_bytes()
    except OSError as e:
        raise ImageError(
            fill(
                QCoreApplication.translate("Images", "the image cannot be read (%1)"),
                e.strerror or e,
            )
        ) from None
    return image_from_bytes(data, alt)


def _too_large_file(size: int) -> str:
    return fill(
        QCoreApplication.translate(
            "Images", "the image file is too large (%1 MB; images are limited to %2 MB)"
        ),
        f"{size / 1e6:.0f}",
        MAX_IMAGE_FILE_BYTES // (1024 * 1024),
    )


def image_from_bytes(data: bytes, alt: str = "") -> Image:
    """The image encoded in ``data`` (any format Pillow reads), scaled down to at most
    ``MAX_IMAGE_SIDE`` pixels and encoded again as PNG (pictures with transparency, drawings)
    or JPEG (photographs). Raises ``ImageError`` only."""
    from PIL import Image as Pil
    from PIL import UnidentifiedImageError

    if len(data) > MAX_IMAGE_FILE_BYTES:
        raise ImageError(_too_large_file(len(data)))
    not_an_image = QCoreApplication.translate(
        "Images", "this file is not an image MapStudio can read (PNG, JPEG, GIF, BMP, WebP)"
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Pil.DecompressionBombWarning)
            picture = Pil.open(io.BytesIO(data))
            width, height = picture.size  # from the header: nothing is decoded yet
            if width * height > MAX_IMAGE_PIXELS:
                raise ImageError(_too_many_pixels())
            picture.load()
    except ImageError:
        raise
    except (Pil.DecompressionBombError, Pil.DecompressionBombWarning):
        raise ImageError(_too_many_pixels()) from None
    except UnidentifiedImageError:
        raise ImageError(not_an_image) from None
    except (OSError, ValueError, SyntaxError, EOFError):
        raise ImageError(
            QCoreApplication.translate("Images", "the image is damaged and cannot be read")
        ) from None
    if width < 1 or height < 1:
        raise ImageError(not_an_image)
    return _encoded(picture, alt)


def _too_many_pixels() -> str:
    return fill(
        QCoreApplication.translate(
            "Images", "the image has too many pixels (images are limited to %1 million pixels)"
        ),
        MAX_IMAGE_PIXELS // 1_000_000,
    )


def _encoded(picture: object, alt: str) -> Image:
    from PIL import Image as Pil
    from PIL import ImageOps

    assert isinstance(picture, Pil.Image)
    transparent = picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info
    # Drawings and screenshots stay lossless; photographs become JPEG.
    was_png = picture.format in ("PNG", "GIF", "BMP") or transparent
    picture = ImageOps.exif_transpose(picture)  # a phone photo stands as it was taken
    picture = picture.convert("RGBA" if transparent else "RGB")
    if max(picture.size) > MAX_IMAGE_SIDE:
        picture.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE), Pil.Resampling.LANCZOS)
    out = io.BytesIO()
    if was_png:
        picture.save(out, "PNG", optimize=True)
        mime = "image/png"
    else:
        picture.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
        mime = "image/jpeg"
    width, height = picture.size
    return Image(
        mime=mime,
        data=base64.b64encode(out.getvalue()).decode("ascii"),
        width=width,
        height=height,
        alt=alt[:200],
    )


def embedded_bytes(m: JourneyMap) -> int:
    """About how many bytes the map's pictures take in its file."""
    pictures = [c.image for c in m.cards] + [p.photo for p in m.personas]
    return sum(len(p.data) for p in pictures if p is not None)


def check_room(m: JourneyMap, image: Image) -> None:
    """Raise ``ImageError`` when ``image`` would make the map's file too large to open again
    (the rest of a map is small next to its pictures: a tenth of the limit is kept for it)."""
    from mapstudio.files.mapfile import MAX_FILE_BYTES

    if embedded_bytes(m) + len(image.data) > MAX_FILE_BYTES * 0.9:
        raise ImageError(
            fill(
                QCoreApplication.translate(
                    "Images",
                    "this image would make the map too large (maps are limited to %1 MB): "
                    "remove some images or use smaller ones",
                ),
                MAX_FILE_BYTES // (1024 * 1024),
            )
        )
