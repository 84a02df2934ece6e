"""Lock files under the state folder: "this map is open in MapStudio process N" and
"MapStudio session N is alive".

A lock is a small JSON file (pid, token, path, time) that its owner keeps open with an
exclusive ``flock``. The kernel drops the flock when the owner dies, however it dies, so a
left-over file is recognised as stale without trusting the pid (pids get reused). Where
``fcntl`` is missing (Windows) a live pid is taken as a held lock.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import time
from pathlib import Path

import platformdirs

from mapstudio.files.atomic import PRIVATE_FILE_MODE, make_private_folder
from mapstudio.records import record

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # a lock path is never followed elsewhere (not on Windows)

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def state_dir() -> Path:
    return Path(platformdirs.user_state_dir("MapStudio", appauthor=False))


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to someone else
    except OSError:
        return False
    return True


@record
class LockInfo:
    pid: int
    token: str
    path: str
    since: float


class HeldLock:
    """A lock file this process holds until :meth:`release` (or until it dies)."""

    def __init__(self, lock_path: Path, fd: int, info: LockInfo) -> None:
        self.lock_path = lock_path
        self.info = info
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.unlink(self.lock_path)
        with contextlib.suppress(OSError):
            os.close(self._fd)  # closing drops the flock
        self._fd = None


def acquire(lock_path: Path, described_path: str = "") -> HeldLock | None:
    """Take the lock at ``lock_path``; None if a live process holds it."""
    make_private_folder(lock_path.parent, owned_from=state_dir())
    for _attempt in range(3):
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, PRIVATE_FILE_MODE)
        if not _try_flock(fd):
            os.close(fd)
            return None
        # The file may have been unlinked by its previous owner between our open and flock:
        # then we hold a lock on a ghost; start again.
        try:
            same = os.fstat(fd).st_ino == os.stat(lock_path).st_ino
        except FileNotFoundError:
            same = False
        if not same:
            os.close(fd)
            continue
        if fcntl is None:
            holder = _read_info(lock_path)
            if holder and holder.pid != os.getpid() and process_alive(holder.pid):
                os.close(fd)
                return None
        with contextlib.suppress(OSError, AttributeError):  # left 0644 by an older version
            os.fchmod(fd, PRIVATE_FILE_MODE)  # (no fchmod on Windows)
        info = LockInfo(os.getpid(), secrets.token_hex(8), described_path, time.time())
        data = json.dumps(info.__dict__).encode("utf-8")
        os.ftruncate(fd, 0)
        os.pwrite(fd, data, 0)
        return HeldLock(lock_path, fd, info)
    return None


def holder(lock_path: Path) -> LockInfo | None:
    """Who holds the lock at ``lock_path``, or None when nobody (no file, or a stale one)."""
    info = _read_info(lock_path)
    if info is None:
        return None
    if fcntl is None:
        return info if process_alive(info.pid) else None
    try:
        fd = os.open(lock_path, os.O_RDONLY)
    except OSError:
        return None
    try:
        if _try_flock(fd, shared=True):
            return None  # nobody holds it: the owner died without cleaning up
        return info
    finally:
        os.close(fd)


def _try_flock(fd: int, shared: bool = False) -> bool:
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return True  # a file system without flock: do not block the user
    return True


def _read_info(lock_path: Path) -> LockInfo | None:
    try:
        raw = json.loads(lock_path.read_bytes())
        return LockInfo(int(raw["pid"]), str(raw["token"]), str(raw["path"]), float(raw["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


# --- map files -------------------------------------------------------------------------------


def map_lock_path(map_path: str | os.PathLike[str]) -> Path:
    key = hashlib.sha256(str(Path(map_path).resolve()).encode("utf-8")).hexdigest()[:24]
    return state_dir() / "locks" / f"{key}.lock"


def lock_map(map_path: str | os.PathLike[str]) -> HeldLock | None:
    """Mark ``map_path`` as open in this process; None if another live process has it."""
    return acquire(map_lock_path(map_path), str(Path(map_path).resolve()))


def map_opened_elsewhere(map_path: str | os.PathLike[str]) -> LockInfo | None:
    """The other MapStudio process that has ``map_path`` open, if any."""
    info = holder(map_lock_path(map_path))
    if info is None or info.pid == os.getpid():
        return None
    return info


# --- sessions --------------------------------------------------------------------------------


def session_lock_path(pid: int) -> Path:
    return state_dir() / "sessions" / f"{pid}.lock"


def start_session() -> HeldLock:
    """Mark this process as a running MapStudio session (released at a clean exit)."""
    _remove_stale(state_dir() / "sessions")
    _remove_stale(state_dir() / "locks")
    lock = acquire(session_lock_path(os.getpid()), "session")
    if lock is None:  # our own pid held by a ghost: cannot happen with flock; be safe anyway
        raise OSError("could not start the MapStudio session marker")
    return lock


def _remove_stale(folder: Path) -> None:
    """Delete lock files whose owner died (tidiness only: stale locks are ignored anyway)."""
    if not folder.is_dir():
        return
    if fcntl is None:
        return
    # names compared as text: a glob compiles a regular expression at start-up
    try:
        files = [folder / n for n in os.listdir(folder) if n.endswith(".lock")]
    except OSError:
        return
    for file in files:
        try:
            fd = os.open(file, os.O_RDONLY)
        except OSError:
            continue
        try:
            # Only while we hold it ourselves: a lock being taken right now is left alone
            # (and acquire() notices if its file was unlinked under it).
            if _try_flock(fd):
                with contextlib.suppress(OSError):
                    file.unlink()
        finally:
            os.close(fd)


def session_alive(pid: int, token: str) -> bool:
    """Whether the session that wrote ``token`` still runs (pid reuse does not fool it)."""
    info = holder(session_lock_path(pid))
    return info is not None and info.token == token
