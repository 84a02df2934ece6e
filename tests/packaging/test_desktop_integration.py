"""Linux desktop integration: the entry, metadata and MIME type validate, install into a prefix,
and make *.journey.json files MapStudio maps with their own icon; the icons render."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.mapstudio.MapStudio"


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is missing: run scripts/system-deps.sh")
    return path


def test_desktop_entry_validates() -> None:
    done = subprocess.run(
        [need("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_appstream_metainfo_validates_strictly() -> None:
    done = subprocess.run(
        [
            need("appstreamcli"),
            "validate",
            "--strict",
            "--no-net",
            str(LINUX / f"{APP_ID}.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "W:" not in done.stdout and "E:" not in done.stdout, done.stdout
    assert "I:" not in done.stdout, done.stdout


def test_desktop_words_are_the_apps_words() -> None:
    # The French interface and the poster say "Points de friction", never "irritants".
    for name in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml"):
        text = (LINUX / name).read_text(encoding="utf-8")
        assert "irritant" not in text.lower(), name
        assert "point de friction" in text.lower() or "points de friction" in text.lower(), name


def test_uninstall_removes_the_default_application_choice(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / ".config").mkdir(parents=True)
    mimeapps = home / ".config" / "mimeapps.list"
    mimeapps.write_text(  # as xdg-mime default writes it, next to other choices of the user
        "[Default Applications]\n"
        "text/plain=org.gnome.TextEditor.desktop\n"
        f"application/x-mapstudio-map={APP_ID}.desktop\n"
        "\n[Added Associations]\n"
        f"application/x-mapstudio-map={APP_ID}.desktop;other.desktop;\n"
        f"application/json={APP_ID}.desktop;\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != "XDG_CONFIG_HOME"}
    subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--uninstall"],
        env={**env, "HOME": str(home)},
        check=True,
        capture_output=True,
    )
    assert mimeapps.read_text(encoding="utf-8") == (
        "[Default Applications]\n"
        "text/plain=org.gnome.TextEditor.desktop\n"
        "\n[Added Associations]\n"
        "application/x-mapstudio-map=other.desktop;\n"
        f"application/json={APP_ID}.desktop;\n"  # not a line MapStudio wrote
    )


MIME_PROBE = """
from PySide6.QtCore import QMimeDatabase
db = QMimeDatabase()
t = db.mimeTypeForFile("Trip to Lyon.journey.json", QMimeDatabase.MatchMode.MatchExtension)
print(t.name(), t.iconName(), t.inherits("application/json"))
print(db.mimeTypeForFile("data.json", QMimeDatabase.MatchMode.MatchExtension).name())
"""


def test_install_script_registers_entry_mime_type_and_icons(tmp_path: Path) -> None:
    launcher_dir = tmp_path / "bin"
    launcher_dir.mkdir()
    launcher = launcher_dir / "mapstudio-gui"
    launcher.write_text("#!/bin/sh\n")
    launcher.chmod(0o755)
    prefix = tmp_path / "prefix"
    env = {**os.environ, "PATH": f"{launcher_dir}:{os.environ['PATH']}"}
    subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--prefix", str(prefix)],
        env=env,
        check=True,
        capture_output=True,
    )
    share = prefix / "share"
    entry = share / "applications" / f"{APP_ID}.desktop"
    text = entry.read_text(encoding="utf-8")
    assert f'Exec="{launcher}" %F' in text  # absolute: menus work without ~/.local/bin on PATH
    assert "MimeType=application/x-mapstudio-map;" in text
    done = subprocess.run([need("desktop-file-validate"), str(entry)], capture_output=True)
    assert done.returncode == 0, done.stdout
    # update-desktop-database recorded the "open with" association
    cache = (share / "applications" / "mimeinfo.cache").read_text()
    assert f"application/x-mapstudio-map={APP_ID}.desktop;" in cache
    assert (share / "icons/hicolor/scalable/apps/mapstudio.svg").is_file()
    assert (share / "icons/hicolor/scalable/mimetypes/application-x-mapstudio-map.svg").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()

    found = subprocess.run(
        [sys.executable, "-c", MIME_PROBE],
        env={**os.environ, "XDG_DATA_DIRS": str(share), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    assert found[0] == "application/x-mapstudio-map application-x-mapstudio-map True"
    assert found[1] == "application/json"  # plain JSON files are left alone

    subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--prefix", str(prefix), "--uninstall"],
        check=True,
        capture_output=True,
    )
    assert not entry.exists()
    assert not (share / "icons/hicolor/scalable/apps/mapstudio.svg").exists()


def test_icons_render_to_png_ico_and_icns(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for size in (16, 32, 48, 256, 512):
        with Image.open(tmp_path / f"hicolor/{size}x{size}/apps/mapstudio.png") as png:
            assert png.size == (size, size)
            # opaque tile in the middle, transparent corners (the rounded tile)
            assert png.convert("RGBA").getpixel((size // 2, size // 2))[3] == 255
            assert png.convert("RGBA").getpixel((0, 0))[3] == 0
        assert (
            tmp_path / f"hicolor/{size}x{size}/mimetypes/application-x-mapstudio-map.png"
        ).is_file()
    with Image.open(tmp_path / "mapstudio.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.ico.sizes())
    with Image.open(tmp_path / "mapstudio.icns") as icns:
        assert icns.format == "ICNS"
        assert (512, 512, 1) in icns.info["sizes"]
