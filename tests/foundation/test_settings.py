"""The one settings store: survives restarts, keeps reading the files of earlier versions
(settings.json and the export dialog's export-settings.json), and a damaged or hand-edited file
never stops the application: each bad value falls back to its default, the others are kept."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from mapstudio.files.settings import (
    MAX_EXPORT_MAPS,
    MAX_RECENT,
    Settings,
    chosen_language,
    legacy_export_path,
    settings_path,
)

# Exactly what the editor wrote before the store moved out of the GUI (same path, same keys).
OLD_SETTINGS = """{
  "recent_files": [
    "/home/lea/maps/atelier.journey.json",
    "/home/lea/maps/cosmetics.journey.json"
  ],
  "autosave_seconds": 120,
  "language": "fr",
  "window_geometry": "AdnQywADAAAAAAAA",
  "window_state": "AAAA/wAAAAD9AAAA",
  "export": {}
}
"""

# What the export dialog wrote to its own file, indent 1, by map id, last used last.
OLD_EXPORT_MEMORY = {
    "map-a": {"format": "pdf", "paper": "A3", "orientation": None, "margin_mm": 10.0,
              "tile": True, "readable": True, "scale_percent": 100, "min_text": 10.0,
              "overlap_mm": 10.0, "dpi": 150},
    "map-b": {"format": "png", "paper": "A1", "dpi": 300},
}  # fmt: skip


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_round_trip_and_recent_limit(tmp_path):
    s = Settings()
    for i in range(MAX_RECENT + 3):
        s.add_recent(tmp_path / f"m{i}.journey.json")
    s.add_recent(tmp_path / "m5.journey.json")  # re-opened: moves to the top, no duplicate
    s.autosave_seconds = 45
    s.save()
    assert settings_path().is_file()
    again = Settings.load()
    assert len(again.recent_files) == MAX_RECENT
    assert again.recent_files[0].endswith("m5.journey.json")
    assert len(set(again.recent_files)) == MAX_RECENT
    assert again.autosave_seconds == 45 and again.language == "system"


def test_the_settings_file_of_an_earlier_version_is_honoured():
    write(settings_path(), OLD_SETTINGS)
    s = Settings.load()
    assert s.recent_files == [
        "/home/lea/maps/atelier.journey.json",
        "/home/lea/maps/cosmetics.journey.json",
    ]
    assert (s.autosave_seconds, s.language) == (120, "fr")
    assert Settings.decode_bytes(s.window_geometry) == Settings.decode_bytes("AdnQywADAAAAAAAA")
    assert s.window_state == "AAAA/wAAAAD9AAAA"
    assert chosen_language() == "fr"  # what the headless commands speak
    assert not s.show_legend  # settings it did not have take their defaults
    assert s.appearance == "system"
    s.save()  # and written back with the same keys, and the new ones
    written = json.loads(settings_path().read_text(encoding="utf-8"))
    assert written == json.loads(OLD_SETTINGS) | {
        "show_legend": False,
        "legend_corner": "bottom-right",
        "legend_folded": False,
        "appearance": "system",
    }


def test_the_export_memory_of_an_earlier_version_is_honoured():
    assert legacy_export_path().parent == settings_path().parent  # on Linux; not on Windows
    write(legacy_export_path(), json.dumps(OLD_EXPORT_MEMORY, indent=1))
    s = Settings.load()
    assert s.export_settings("map-a") == OLD_EXPORT_MEMORY["map-a"]
    assert s.export_settings("map-b") == OLD_EXPORT_MEMORY["map-b"]
    assert s.export_settings("map-unknown") == {}

    s.remember_export_settings("map-a", {"format": "svg"})  # newer than the old file's entry
    again = Settings.load()
    assert again.export_settings("map-a") == {"format": "svg"}
    assert again.export_settings("map-b") == OLD_EXPORT_MEMORY["map-b"]
    assert list(again.export) == ["map-b", "map-a"]  # the last used last
    assert json.loads(legacy_export_path().read_text()) == OLD_EXPORT_MEMORY  # never rewritten


def test_export_settings_are_kept_for_the_last_used_maps_only():
    s = Settings()
    for i in range(MAX_EXPORT_MAPS + 5):
        s.export[f"m{i}"] = {"paper": "A4"}
    s.remember_export_settings("m0", {"paper": "A2"})  # used again: moves to the end
    again = Settings.load()
    assert len(again.export) == MAX_EXPORT_MAPS
    assert list(again.export)[-1] == "m0" and "m1" not in again.export
    assert again.export_settings("m0") == {"paper": "A2"}


def test_damaged_or_odd_values_fall_back_to_defaults():
    path = settings_path()
    write(path, "{not json")
    assert Settings.load() == Settings()
    write(path, "[1, 2]")
    assert Settings.load() == Settings()
    path.write_bytes(b'{"language": "fr\xff"}')  # not UTF-8
    assert Settings.load() == Settings()
    write(path, '{"autosave_seconds": "soon", "language": "klingon", "recent_files": [1, "a"]}')
    s = Settings.load()
    assert (s.autosave_seconds, s.language, s.recent_files) == (30, "system", ["a"])
    write(path, '{"autosave_seconds": 1, "recent_files": ["a", 3]}')
    s = Settings.load()
    assert s.autosave_seconds == 5 and s.recent_files == ["a"]


@pytest.mark.parametrize(
    ("broken", "field"),
    [
        ({"autosave_seconds": True}, "autosave_seconds"),  # not a number of seconds
        ({"autosave_seconds": 45.5}, "autosave_seconds"),
        ({"autosave_seconds": None}, "autosave_seconds"),
        ({"language": 3}, "language"),
        ({"recent_files": "one.journey.json"}, "recent_files"),
        ({"window_geometry": ["x"]}, "window_geometry"),
        ({"window_state": {"a": 1}}, "window_state"),
        ({"export": ["map-a"]}, "export"),
        ({"show_legend": "yes"}, "show_legend"),
        ({"show_legend": 1}, "show_legend"),
        ({"appearance": "sepia"}, "appearance"),  # not one of system, light, dark
        ({"legend_corner": "middle"}, "legend_corner"),  # not one of the four corners
        ({"legend_folded": "no"}, "legend_folded"),
    ],
)
def test_one_bad_value_costs_only_itself(broken, field):
    good = json.loads(OLD_SETTINGS) | {
        "export": {"map-a": {"paper": "A3"}},
        "show_legend": True,
        "legend_corner": "top-left",
        "legend_folded": True,
        "appearance": "dark",
    }
    write(settings_path(), json.dumps(good | broken))
    s = Settings.load()
    for name in Settings.FIELDS:
        expected = getattr(Settings(), name) if name == field else good[name]
        assert getattr(s, name) == expected, name


def test_bad_entries_of_a_list_or_a_table_are_dropped_one_by_one():
    write(
        settings_path(),
        json.dumps(
            {
                "recent_files": ["a.journey.json", None, 7, "b.journey.json"],
                "export": {"map-a": {"paper": "A3"}, "map-b": "A4", "map-c": [1]},
                "unknown_key": "from a newer version",
            }
        ),
    )
    write(legacy_export_path(), '{"map-d": 5, "map-e": {"paper": "A0"}}')
    s = Settings.load()
    assert s.recent_files == ["a.journey.json", "b.journey.json"]
    assert s.export == {"map-e": {"paper": "A0"}, "map-a": {"paper": "A3"}}
    assert Settings.decode_bytes("not base64!") == b""


def test_a_config_folder_that_cannot_be_written_is_not_an_error():
    folder = settings_path().parent
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder should be")  # fails for root too
    s = Settings.load()
    assert s == Settings()
    s.language = "en"
    s.save()  # silently not written: settings are not work
    s.remember_export_settings("map-a", {"paper": "A3"})
    assert folder.read_text() == "a file where the folder should be"


def test_a_save_replaces_the_file_whole(monkeypatch):
    """Written atomically: a write that fails half-way leaves the previous file as it was."""
    write(settings_path(), OLD_SETTINGS)
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    s = Settings.load()
    s.recent_files = ["/elsewhere/x.journey.json"] * 3
    s.save()
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert settings_path().read_text(encoding="utf-8") == OLD_SETTINGS
    assert [p.name for p in settings_path().parent.iterdir()] == ["settings.json"]


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o000])
def test_the_settings_file_is_private_whatever_the_umask(umask):
    """It names the user's maps (recent files, export settings by map): 0600 in a 0700 folder,
    and a file an earlier version left 0644 becomes private at the next save."""
    import stat

    path = settings_path()
    write(path, OLD_SETTINGS)
    os.chmod(path, 0o644)
    os.chmod(path.parent, 0o755)
    previous = os.umask(umask)
    try:
        s = Settings.load()
        s.add_recent("/home/lea/maps/secret.journey.json")
        s.save()
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert Settings.load().recent_files[0] == "/home/lea/maps/secret.journey.json"
    # the folders above ours (the user's config folder) are not ours to change
    assert stat.S_IMODE(path.parent.parent.stat().st_mode) != 0o700 or umask == 0o077


def test_a_new_settings_file_is_private():
    import stat

    path = settings_path()
    assert not path.parent.exists()
    previous = os.umask(0)
    try:
        Settings(language="fr").save()
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
