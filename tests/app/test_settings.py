"""Settings survive restarts, and a damaged settings file never stops the application."""

from __future__ import annotations

from mapstudio.gui.app.settings import MAX_RECENT, Settings, settings_path


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


def test_damaged_or_odd_values_fall_back_to_defaults():
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json")
    assert Settings.load().autosave_seconds == 30
    path.write_text('{"autosave_seconds": "soon", "language": "klingon", "recent_files": [1, "a"]}')
    s = Settings.load()
    assert (s.autosave_seconds, s.language) == (30, "system")
    path.write_text('{"autosave_seconds": 1, "recent_files": ["a", 3]}')
    s = Settings.load()
    assert s.autosave_seconds == 5 and s.recent_files == ["a"]
