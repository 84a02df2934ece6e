"""Pictures brought into a map: scaled down and re-encoded, bad files refused with one sentence,
embedded pictures saved and read back equal (by the fast reader and by pydantic), and a map too
large to open again refused on save."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from mapstudio.core.model import Card, Image, JourneyMap, Lane, LaneKind, Persona, Stage
from mapstudio.files import MapFileError, dump_map, mapfile, read_map, write_map
from mapstudio.files.fastload import fast_validate
from mapstudio.files.images import ImageError, image_from_bytes, read_image_file
from tests.images.pictures import picture_bytes


def test_a_large_photo_is_scaled_to_1600_pixels_and_stays_jpeg():
    image = image_from_bytes(picture_bytes(4000, 3000), alt="The shop front")
    assert (image.mime, image.width, image.height, image.alt) == (
        "image/jpeg", 1600, 1200, "The shop front"
    )  # fmt: skip
    assert image.encoded()[:3] == b"\xff\xd8\xff"


def test_a_drawing_stays_png_and_a_small_one_keeps_its_size():
    image = image_from_bytes(picture_bytes(300, 200, fmt="PNG"))
    assert (image.mime, image.width, image.height) == ("image/png", 300, 200)


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\0" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"just some text, not a picture", "not an image"),
        (picture_bytes(400, 300)[:600], "damaged"),
        (_png_header(20_000, 20_000), "100 million pixels"),
        (b"", "not an image"),
    ],
)
def test_bad_pictures_are_refused_with_one_sentence(data: bytes, words: str):
    with pytest.raises(ImageError) as refused:
        image_from_bytes(data)
    message = str(refused.value)
    assert words in message and "\n" not in message


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path):
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as f:  # sparse: 41 MB on paper, nothing on the disk
        f.seek(41 * 1024 * 1024)
        f.write(b"\0")
    with pytest.raises(ImageError, match="limited to 40 MB"):
        read_image_file(huge)
    with pytest.raises(ImageError, match="cannot be read"):
        read_image_file(tmp_path / "missing.png")


def _map_with_pictures() -> JourneyMap:
    photo = image_from_bytes(picture_bytes(300, 400, "#cc8844"), alt="Paul")
    scene = image_from_bytes(picture_bytes(800, 600, fmt="PNG"), alt="The website")
    return JourneyMap(
        id="m",
        title="Pictures",
        personas=[Persona(id="p1", name="Paul", photo=photo)],
        stages=[Stage(id="s1", name="Visit")],
        lanes=[Lane(id="sb", kind=LaneKind.STORYBOARD, title="Storyboard")],
        cards=[Card(id="c1", stage="s1", lane="sb", text="Home page", image=scene)],
    )


def test_pictures_round_trip_through_the_file(tmp_path: Path):
    m = _map_with_pictures()
    path = tmp_path / "pictures.journey.json"
    write_map(path, m)
    back = read_map(path)
    assert back == m and dump_map(back) == dump_map(m)
    import json

    doc = json.loads(path.read_bytes())
    fast = fast_validate(doc)  # the fast reader takes pictures too, with the same result
    assert fast is not None and fast == JourneyMap.model_validate(doc)


def test_a_picture_that_is_not_what_it_says_is_refused_on_open(tmp_path: Path):
    import json

    doc = json.loads(dump_map(_map_with_pictures()))
    doc["cards"][0]["image"]["mime"] = "image/jpeg"  # PNG bytes
    path = tmp_path / "lying.journey.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(MapFileError, match=r"does not match its type \(image/jpeg\)"):
        read_map(path)


def test_a_map_too_large_to_open_again_is_not_saved(tmp_path: Path, monkeypatch):
    m = _map_with_pictures()
    path = tmp_path / "big.journey.json"
    monkeypatch.setattr(mapfile, "MAX_FILE_BYTES", 50_000)
    with pytest.raises(MapFileError, match="too large to save") as refused:
        write_map(path, m)
    assert "remove some images" in str(refused.value)
    assert not path.exists()


def test_image_fields_are_optional_so_older_files_need_no_conversion():
    assert Card.model_fields["image"].default is None
    assert Persona.model_fields["photo"].default is None
    assert set(Image.model_fields) == {"mime", "data", "width", "height", "alt"}
