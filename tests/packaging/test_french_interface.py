"""Started on a French system (LANG=fr_FR.UTF-8), the editor's whole interface is French: menus,
docks, undo history, new maps, templates offered first. Started on an English system, English."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "perfume-fr.journey.json"

PROBE = """
import json, sys
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget
from mapstudio.gui import commands
from mapstudio.gui.app.application import open_main_window
from mapstudio.gui.app.template_chooser import TemplateChooser

window = open_main_window(sys.argv[1:])
menus = {a.text(): [x.text() for x in a.menu().actions() if x.text()]
         for a in window.menuBar().actions()}
file_menu = window.menuBar().actions()[0].menu()
file_actions = [x.objectName() for x in file_menu.actions() if x.text()]
doc = window.current_document()
stage, lane = doc.map.stages[0].id, doc.map.lanes[0].id
commands.add_card(doc, stage, lane, text="x")
undo = window.findChild(QAction, "undo").text()
chooser = TemplateChooser(window)
first_template = chooser.list.item(0).data(256)
new_doc = window.files.new_map()
print(json.dumps({
    "menus": menus,
    "file_actions": file_actions,
    "docks": sorted(d.windowTitle() for d in window.findChildren(QDockWidget)),
    "undo": undo,
    "first_template": first_template,
    "new_map_stages": [s.name for s in new_doc.map.stages],
}, ensure_ascii=False))
"""


def start(lang: str) -> dict:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(EXAMPLE)],
        env={**clean, "LANG": lang, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def plain(text: str) -> str:
    return text.replace("&", "")


def test_main_window_is_french_on_a_french_system() -> None:
    ui = start("fr_FR.UTF-8")
    assert [plain(t) for t in ui["menus"]] == [
        "Fichier",
        "Édition",
        "Affichage",
        "Carte",
        "Atelier",
        "Séance",
        "Aide",
    ]
    file_menu = [plain(t) for t in ui["menus"]["&Fichier"]]
    assert {"Nouveau", "Ouvrir…", "Enregistrer", "Enregistrer sous…", "Quitter"} <= set(file_menu)
    edit_menu = [plain(t) for t in ui["menus"]["É&dition"]]
    assert {"Rétablir", "Couper", "Copier", "Coller", "Tout sélectionner"} <= set(edit_menu)
    view_menu = [plain(t) for t in ui["menus"]["&Affichage"]]
    assert {"Présenter", "Plein écran", "Étape suivante", "Minuteur"} <= set(view_menu)
    assert {"Saisie rapide", "Participants…"} <= {plain(t) for t in ui["menus"]["&Carte"]}
    assert [plain(t) for t in ui["menus"]["A&ide"]] == [
        "Raccourcis clavier",
        "Format de fichier",
        "À propos de MapStudio",
    ]
    assert "Imprimer…" in file_menu
    assert {"Inspecteur", "Personas"} <= set(ui["docks"])
    assert plain(ui["undo"]) == "Annuler Ajout d’une fiche"
    assert ui["first_template"].endswith("-fr")  # templates in the interface's language first
    assert ui["new_map_stages"][0] == "Prise de conscience"  # a new map is a French map


def test_restore_version_follows_save_as_in_every_language() -> None:
    """The File menu's place for Restore Previous Version is found by the Save As action, not
    by the menu's English title: in French it once landed after Quitter."""
    for lang, restore, save_as in (
        ("fr_FR.UTF-8", "Restaurer une version précédente…", "Enregistrer sous…"),
        ("en_GB.UTF-8", "Restore Previous Version...", "Save As..."),
    ):
        ui = start(lang)
        file_menu = [plain(t) for t in next(iter(ui["menus"].values()))]
        assert file_menu.index(restore) == file_menu.index(save_as) + 1, file_menu
        assert file_menu[-1] in ("Quitter", "Quit")
        names = ui["file_actions"]
        assert names[names.index("save_as") + 1] == "action_restore_version"
        assert names[-2:] == ["close", "quit"]


def test_main_window_is_english_on_an_english_system() -> None:
    ui = start("en_GB.UTF-8")
    assert [plain(t) for t in ui["menus"]] == [
        "File",
        "Edit",
        "View",
        "Map",
        "Workshop",
        "Session",
        "Help",
    ]
    assert plain(ui["undo"]) == "Undo Add Card"
    assert ui["first_template"].endswith("-en")
    assert ui["new_map_stages"][0] == "Awareness"
