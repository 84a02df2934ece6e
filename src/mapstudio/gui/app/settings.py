"""User settings: one JSON file under the platform's config folder, written atomically.

Unknown or broken values fall back to defaults, so a damaged settings file never stops the
application from starting.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from mapstudio.files import write_atomic

MAX_RECENT = 10
LANGUAGES = ("system", "en", "fr")
MIN_AUTOSAVE, MAX_AUTOSAVE = 5, 3600


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir("MapStudio", appauthor=False)) / "settings.json"


@dataclass
class Settings:
    recent_files: list[str] = field(default_factory=list)
    autosave_seconds: int = 30
    language: str = "system"
    window_geometry: str = ""  # base64 of QMainWindow.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    export: dict[str, Any] = field(default_factory=dict)  # per-map export settings, by map id

    # --- persistence --------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or settings_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        s = cls()
        known = {f.name for f in fields(cls)}
        for key, value in raw.items():
            if key in known and isinstance(value, type(getattr(s, key))):
                setattr(s, key, value)
        s._normalise()
        return s

    def save(self, path: Path | None = None) -> None:
        """Write the settings; a failure (read-only home...) is ignored: settings are not work."""
        path = path or settings_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            data = json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n"
            write_atomic(path, data.encode("utf-8"))
        except OSError:
            pass

    def _normalise(self) -> None:
        self.recent_files = [p for p in self.recent_files if isinstance(p, str)][:MAX_RECENT]
        if self.language not in LANGUAGES:
            self.language = "system"
        if isinstance(self.autosave_seconds, bool) or not isinstance(self.autosave_seconds, int):
            self.autosave_seconds = 30
        self.autosave_seconds = max(MIN_AUTOSAVE, min(MAX_AUTOSAVE, self.autosave_seconds))

    # --- recent files -----------------------------------------------------------------------
    def add_recent(self, path: str | Path) -> None:
        p = str(Path(path).resolve())
        self.recent_files = [p] + [x for x in self.recent_files if x != p]
        del self.recent_files[MAX_RECENT:]

    def remove_recent(self, path: str | Path) -> None:
        p = str(Path(path).resolve())
        self.recent_files = [x for x in self.recent_files if x != p]

    # --- window state (bytes <-> base64 text, so the file stays JSON) ------------------------
    @staticmethod
    def encode_bytes(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    @staticmethod
    def decode_bytes(text: str) -> bytes:
        try:
            return base64.b64decode(text.encode("ascii"), validate=True)
        except (ValueError, UnicodeEncodeError):
            return b""
