"""The export dialog's last settings, remembered per map (by the map's id) in a small JSON
file in the user's config folder, written atomically."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mapstudio.files import write_atomic

FILE_NAME = "export-settings.json"
MAX_MAPS = 200  # forget the oldest beyond this


def settings_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("MapStudio")) / FILE_NAME


def _read_all() -> dict[str, Any]:
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def load_settings(map_id: str) -> dict[str, Any]:
    entry = _read_all().get(map_id)
    return dict(entry) if isinstance(entry, dict) else {}


def save_settings(map_id: str, values: dict[str, Any]) -> None:
    """Remember ``values`` for ``map_id``; a failure to write is not worth bothering the user."""
    data = _read_all()
    data.pop(map_id, None)
    data[map_id] = values  # last used goes last
    while len(data) > MAX_MAPS:
        data.pop(next(iter(data)))
    path = settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass
