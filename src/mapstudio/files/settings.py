"""The user's preferences, in one store: a JSON file under the platform's config folder.

It holds the autosave interval, the interface language, the recent files, the window's geometry
and the export dialog's last settings for each map. Every field is validated on its own when the
file is read: a damaged or hand-edited value falls back to its default and the other values are
kept, so a broken settings file never stops the application. Writes are atomic.

No Qt here: the editor, the export dialog and the headless commands (which speak the language
chosen in Preferences) read the same store.
"""

from __future__ import annotations

import base64
import contextlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import platformdirs

from mapstudio.files.atomic import make_private_folder, write_atomic

MAX_RECENT = 10
MAX_EXPORT_MAPS = 200  # export settings of the maps used longest ago are forgotten beyond this
LANGUAGES = ("system", "en", "fr")
MIN_AUTOSAVE, MAX_AUTOSAVE = 5, 3600
DEFAULT_AUTOSAVE = 30

#: Before the one store, the export dialog kept its settings in a file of its own, in a folder
#: that differs from ours on Windows (platformdirs' default app author); still read, never written.
LEGACY_EXPORT_FILE = "export-settings.json"


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir("MapStudio", appauthor=False)) / "settings.json"


def legacy_export_path() -> Path:
    return Path(platformdirs.user_config_dir("MapStudio")) / LEGACY_EXPORT_FILE


# Each field's check takes the stored value and returns the value to use, or raises ValueError:
# the field then keeps its default. Checks are strict ("30" is not 30, true is not 1) and plain
# Python: reading the settings is on the way to the first window, where building a pydantic
# validator (and pydantic's plugin scan) cost about 50 ms.
def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("not text")
    return value


def _recent_files(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise ValueError("not a list")
    # One odd entry (a number typed by hand) drops that entry, not the whole list.
    return [item for item in value if isinstance(item, str)][:MAX_RECENT]


def _autosave_seconds(value: Any) -> int:
    if type(value) is not int:
        raise ValueError("not a whole number")
    return max(MIN_AUTOSAVE, min(MAX_AUTOSAVE, value))


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("not true or false")
    return value


def _known_language(value: Any) -> str:
    if value not in LANGUAGES:
        raise ValueError(f"unknown language {value!r}")
    return value


#: The windows' colours: the system's light or dark, or one of them whatever the system says.
APPEARANCES = ("system", "light", "dark")


def _known_appearance(value: Any) -> str:
    if value not in APPEARANCES:
        raise ValueError(f"unknown appearance {value!r}")
    return value


LEGEND_CORNERS = ("bottom-right", "bottom-left", "top-right", "top-left")


def _known_corner(value: Any) -> str:
    if value not in LEGEND_CORNERS:
        raise ValueError(f"unknown corner {value!r}")
    return value


def _dicts_only(value: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict):
        raise ValueError("not a table")
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, dict)}


def _last_export_maps(value: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return dict(list(value.items())[-MAX_EXPORT_MAPS:])  # the last used are last


def _export_by_map(value: Any) -> dict[str, dict[str, Any]]:
    return _last_export_maps(_dicts_only(value))


class Settings:
    """The stored preferences. A plain class, not a dataclass: defining a dataclass compiles its
    methods from generated source when the module is imported, before the first window."""

    FIELDS = (
        "recent_files", "autosave_seconds", "language", "appearance", "window_geometry",
        "window_state", "export", "show_legend", "legend_corner", "legend_folded",
    )  # fmt: skip
    __hash__ = None  # mutable, compared by value

    def __init__(
        self,
        recent_files: list[str] | None = None,
        autosave_seconds: int = DEFAULT_AUTOSAVE,
        language: str = "system",
        appearance: str = "system",  # one of APPEARANCES
        window_geometry: str = "",  # base64 of QMainWindow.saveGeometry()
        window_state: str = "",  # base64 of QMainWindow.saveState()
        export: dict[str, dict[str, Any]] | None = None,  # export settings, by map id
        show_legend: bool = False,  # View > Legend: the map's legend over the canvas
        legend_corner: str = "bottom-right",  # one of LEGEND_CORNERS: where the person put it
        legend_folded: bool = False,  # folded to its title, out of the map's way
    ) -> None:
        self.recent_files = [] if recent_files is None else recent_files
        self.autosave_seconds = autosave_seconds
        self.language = language
        self.appearance = appearance
        self.window_geometry = window_geometry
        self.window_state = window_state
        self.export = {} if export is None else export
        self.show_legend = show_legend
        self.legend_corner = legend_corner
        self.legend_folded = legend_folded

    def values(self) -> dict[str, Any]:
        """Every field by name, in the stored file's order."""
        return {name: getattr(self, name) for name in self.FIELDS}

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.values() == other.values()  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        return f"Settings({', '.join(f'{k}={v!r}' for k, v in self.values().items())})"

    # --- persistence --------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """The stored settings; defaults for whatever is missing, unreadable or invalid."""
        raw = _read_object(path or settings_path())
        values = {}
        for name, check in CHECKS.items():
            # a damaged value costs only itself: the default stays
            with contextlib.suppress(ValueError):
                if name in raw:
                    values[name] = check(raw[name])
        settings = cls(**values)
        if path is None:
            settings._take_legacy_export(_read_object(legacy_export_path()))
        return settings

    def save(self, path: Path | None = None) -> None:
        """Write the settings; a failure (read-only home...) is ignored: settings are not work.

        The file is private (0600, its folder 0700, whatever the umask): it names the user's
        maps and folders (recent files, the export dialog's memory by map)."""
        path = path or settings_path()
        try:
            make_private_folder(path.parent, owned_from=path.parent)
            data = json.dumps(self.values(), indent=2, ensure_ascii=False) + "\n"
            write_atomic(path, data.encode("utf-8"), private=True)
        except OSError:
            pass

    def _take_legacy_export(self, legacy: dict[str, Any]) -> None:
        # The old file's entries come first (older); what this store holds already wins.
        entries = _dicts_only(legacy) if isinstance(legacy, dict) else {}
        if entries:
            merged = {k: v for k, v in entries.items() if k not in self.export} | self.export
            self.export = _last_export_maps(merged)

    # --- recent files -----------------------------------------------------------------------
    def add_recent(self, path: str | Path) -> None:
        p = str(Path(path).resolve())
        self.recent_files = [p] + [x for x in self.recent_files if x != p]
        del self.recent_files[MAX_RECENT:]

    def remove_recent(self, path: str | Path) -> None:
        p = str(Path(path).resolve())
        self.recent_files = [x for x in self.recent_files if x != p]

    # --- export settings, per map -------------------------------------------------------------
    def export_settings(self, map_id: str) -> dict[str, Any]:
        """The export dialog's last settings for this map (empty if none)."""
        return dict(self.export.get(map_id, {}))

    def remember_export_settings(self, map_id: str, values: dict[str, Any]) -> None:
        """Remember ``values`` for ``map_id`` and write the store."""
        self.export.pop(map_id, None)
        self.export[map_id] = dict(values)  # last used goes last
        self.export = _last_export_maps(self.export)
        self.save()

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


CHECKS: dict[str, Callable[[Any], Any]] = {
    "recent_files": _recent_files,
    "autosave_seconds": _autosave_seconds,
    "language": _known_language,
    "show_legend": _flag,
    "legend_corner": _known_corner,
    "legend_folded": _flag,
    "appearance": _known_appearance,
    "window_geometry": _text,
    "window_state": _text,
    "export": _export_by_map,
}
assert set(CHECKS) == set(Settings.FIELDS)  # one check per field


def _read_object(path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def chosen_language() -> str:
    """The interface language chosen in Preferences: "system", "en" or "fr"."""
    return Settings.load().language
