"""Recovery files: copies of unsaved maps, written by autosave, offered again after a crash.

One envelope per open map, in the state folder (never beside or over the user's file):
``{"mapstudio_recovery": 1, "original_path", "title", "saved_at", "pid", "session", "map"}``.
A file belongs to a dead session when that session's lock is no longer held.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import time
from pathlib import Path
from typing import Any

from mapstudio.core.model import JourneyMap
from mapstudio.files.atomic import make_private_folder, write_atomic
from mapstudio.files.locks import session_alive, state_dir
from mapstudio.files.mapfile import MapFileError, dump_map, validate_document
from mapstudio.records import record
from mapstudio.text.translate import QCoreApplication

ENVELOPE_KEY = "mapstudio_recovery"
SUFFIX = ".recovery.json"


def recovery_dir() -> Path:
    return state_dir() / "recovery"


@record
class RecoveryEntry:
    file: Path  # the recovery file itself
    original_path: Path | None  # the user's file, None for an untitled map
    title: str
    saved_at: float  # seconds since the epoch
    pid: int
    session: str


def new_recovery_path(pid: int | None = None) -> Path:
    """A fresh recovery file name for one open map of this session."""
    pid = os.getpid() if pid is None else pid
    return recovery_dir() / f"{pid}-{secrets.token_hex(6)}{SUFFIX}"


def write_recovery(
    target: Path,
    journey_map: JourneyMap,
    original_path: Path | None,
    session: str,
) -> None:
    """Write (atomically) the envelope for one map. Raises OSError on a full disk etc."""
    # The map goes in as the save writes it (pydantic's serializer, about 3x faster than
    # json.dumps of a dump).
    write_recovery_json(target, dump_map(journey_map), journey_map.title, original_path, session)


def write_recovery_json(
    target: Path,
    map_json: bytes,
    title: str,
    original_path: Path | None,
    session: str,
) -> None:
    """Write (atomically) the envelope around a map already serialised as JSON (autosave's
    worker thread serialises a snapshot, ``files.snapshot``). Raises OSError on a full disk."""
    if original_path is not None and _same_file(target, original_path):
        raise OSError("a recovery file must never replace the user's own file")
    header = {
        ENVELOPE_KEY: 1,
        # Absolute: the next session may start in another folder.
        "original_path": os.path.abspath(original_path) if original_path else None,
        "title": title,
        "saved_at": time.time(),
        "pid": os.getpid(),
        "session": session,
    }
    make_private_folder(target.parent, owned_from=state_dir())
    head = json.dumps(header, ensure_ascii=False, allow_nan=False).encode("utf-8")
    write_atomic(target, head[:-1] + b', "map": ' + map_json + b"}", private=True)


def remove_recovery(target: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        target.unlink()


def list_orphans() -> list[RecoveryEntry]:
    """Recovery files left by sessions that ended without closing their maps, newest first."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    found = []
    for file in folder.glob(f"*{SUFFIX}"):
        entry = read_entry(file)
        if entry is None or entry.pid == os.getpid():
            continue
        if not session_alive(entry.pid, entry.session):
            found.append(entry)
    found.sort(key=lambda e: e.saved_at, reverse=True)
    return found


def read_entry(file: Path) -> RecoveryEntry | None:
    """The envelope's header, or None if the file is not a recovery envelope."""
    raw = _read_envelope(file)
    if raw is None:
        return None
    try:
        original = raw.get("original_path")
        return RecoveryEntry(
            file=file,
            original_path=Path(original) if original else None,
            title=str(raw.get("title") or ""),
            saved_at=float(raw["saved_at"]),
            pid=int(raw["pid"]),
            session=str(raw.get("session", "")),
        )
    except (KeyError, TypeError, ValueError):
        return None


def read_recovered_map(entry: RecoveryEntry) -> JourneyMap:
    """The map held by a recovery file. Raises MapFileError if it is damaged."""
    raw = _read_envelope(entry.file)
    if raw is None or not isinstance(raw.get("map"), dict):
        raise MapFileError(QCoreApplication.translate("MapFile", "this recovery file is damaged"))
    return validate_document(raw["map"])


def _read_envelope(file: Path) -> dict[str, Any] | None:
    try:
        raw = json.loads(file.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict) or raw.get(ENVELOPE_KEY) != 1:
        return None
    return raw


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
