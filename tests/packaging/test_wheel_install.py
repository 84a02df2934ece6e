"""The wheel carries everything: installed into a fresh venv and run from a folder outside the
checkout, ``mapstudio`` lists templates, creates, checks and exports maps with its own resources."""

from __future__ import annotations

import os
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.packaging.conftest import Installed

# One worker builds and installs the wheel (session fixtures) once for all of these, not one per worker.
pytestmark = pytest.mark.xdist_group("wheel")


def test_wheel_contains_code_and_every_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "mapstudio/cli/__init__.py",
        "mapstudio/gui/i18n.py",
        "mapstudio/core/model.py",
        "mapstudio/resources/fonts/DejaVuSans.ttf",
        "mapstudio/resources/fonts/DejaVuSans-Bold.ttf",
        "mapstudio/resources/translations/mapstudio_fr.qm",
        "mapstudio/resources/icons/mapstudio.svg",
        "mapstudio/resources/examples/smartphone-fr.journey.json",
        "mapstudio/resources/examples/blank-en.journey.json",
        "mapstudio/resources/icons/actions/save.svg",  # the toolbar's and menus' icons
        "mapstudio/resources/icons/actions/LICENSE-Lucide.txt",  # and their licence
        "mapstudio/resources/docs/file-format.md",  # Help > File Format
        "mapstudio/resources/schema/mapstudio-map.schema.json",
    ):
        assert needed in names, f"{needed} is not in {wheel.name}"
    entry_points = zipfile.ZipFile(wheel).read("mapstudio-0.1.0.dist-info/entry_points.txt")
    assert b"mapstudio = mapstudio.cli:main" in entry_points


def test_installed_copy_runs_from_its_own_files(installed: Installed) -> None:
    code = (
        "import mapstudio, mapstudio.resources as r, mapstudio.gui.i18n as i;"
        "print(mapstudio.__file__); print(r.resources_dir()); print(i.available_languages())"
    )
    done = subprocess.run(
        [str(installed.bin / "python"), "-c", code],
        cwd=installed.workdir,
        capture_output=True,
        text=True,
        check=True,
    )
    module, resources, languages = done.stdout.strip().splitlines()
    assert module.startswith(str(installed.venv)), module
    assert resources.startswith(str(installed.venv)), resources
    assert languages == "['en', 'fr']"


def test_templates_new_check_and_export_from_outside_the_checkout(installed: Installed) -> None:
    version = installed.run("--version")
    assert version.returncode == 0 and "0.1.0" in version.stdout

    listed = installed.run("templates")
    assert listed.returncode == 0, listed.stderr
    names = [line.split()[0] for line in listed.stdout.splitlines() if line.strip()]
    assert {"blank-en", "smartphone-fr", "cosmetics-en"} <= set(names)

    made = installed.run("new", "--template", "smartphone-fr", "-o", "achat.journey.json")
    assert made.returncode == 0, made.stderr
    target = installed.workdir / "achat.journey.json"
    assert target.is_file()

    checked = installed.run("check", "achat.journey.json")
    assert checked.returncode == 0, checked.stderr
    assert "valid" in checked.stdout

    bad = installed.run("check", "missing.journey.json")
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1


def test_export_pdf_from_outside_the_checkout(installed: Installed) -> None:
    made = installed.run("new", "--template", "perfume-fr", "-o", "parfum.journey.json")
    assert made.returncode == 0, made.stderr
    exported = installed.run("export", "parfum.journey.json", "-o", "parfum.pdf", "--paper", "A3")
    assert exported.returncode == 0, exported.stderr
    pdf = (installed.workdir / "parfum.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"DejaVuSans" in pdf  # the bundled font, embedded


def test_installed_editor_starts_in_french(installed: Installed) -> None:
    """The editor from the wheel, with the wheel's own catalogue (not the checkout's)."""
    code = (
        "from mapstudio.gui.app.application import open_main_window; import mapstudio.gui.i18n as i;"
        "w = open_main_window([]);"
        "print(i.translations_dir()); print('|'.join(a.text() for a in w.menuBar().actions()))"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    done = subprocess.run(
        [str(installed.bin / "python"), "-c", code],
        cwd=installed.workdir,
        env={**clean, "LANG": "fr_FR.UTF-8", "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    catalogue, menus = done.stdout.strip().splitlines()[-2:]
    assert catalogue.startswith(str(installed.venv))
    assert menus.replace("&", "") == "Fichier|Édition|Affichage|Carte|Atelier|Séance|Aide"
