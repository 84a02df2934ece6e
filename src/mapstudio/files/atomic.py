"""Atomic file writes: a crash mid-write leaves the old file whole.

What a write keeps of the file it replaces, and why:
- a symbolic link stays a link: its target is replaced (atomically, in the target's folder);
- the mode, owner and group stay (owner and group where the system lets this user set them),
  and so do the extended attributes: an access control list, a desktop's tags (each where the
  system lets this user set it);
- a read-only file (no write permission for this user, or no write bit at all) is refused,
  never replaced: the user marked it so on purpose;
- something that is not a regular file (a device, a pipe, a folder) is refused;
- a file with other hard links is replaced, so the other names keep the old content: callers
  warn (``other_links``) rather than write in place, which a crash could leave half-written.

Private files (``private=True``: previous versions, recovery copies) are created 0600.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from mapstudio.text.translate import QCoreApplication

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

# An unlocked temporary file untouched for this long is a leftover of a killed write: a live
# write holds a lock on its temporary file, and keeps writing to it.
STALE_TEMP_SECONDS = 60

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


class ReadOnlyFileError(PermissionError):
    """The file is marked read-only; it is never replaced (``filename`` names it)."""

    def __init__(self, path: Path) -> None:
        reason = QCoreApplication.translate("Atomic", "the file is read-only")
        super().__init__(errno.EACCES, reason, str(path))


class NotRegularFileError(OSError):
    """The path names a device, a pipe or a folder: a map or an export never replaces it."""

    def __init__(self, path: Path) -> None:
        reason = QCoreApplication.translate(
            "Atomic", "not a regular file (a device, a pipe or a folder)"
        )
        super().__init__(errno.EINVAL, reason, str(path))


def write_atomic(path: str | os.PathLike[str], data: bytes, *, private: bool = False) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, then rename it over ``path``.

    On any error the temporary file is removed and the target is untouched. Raises
    ``ReadOnlyFileError`` for a read-only file, ``NotRegularFileError`` for a device, pipe or
    folder, and OSError (ELOOP) for a link that leads nowhere but to links.
    """
    with atomic_writer(path, private=private) as out:
        out.write(data)


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], *, private: bool = False) -> Iterator[BinaryIO]:
    """``write_atomic`` for a file written piece by piece (an image streamed band by band):
    the pieces go to the temporary file, which replaces ``path`` only if the block ends without
    an exception. The same checks and errors as ``write_atomic``, before any piece is written.
    """
    target = link_target(path)
    folder = target.parent if str(target.parent) else Path(".")
    existing = _stat_or_none(target)
    if existing is not None:
        if not stat.S_ISREG(existing.st_mode):
            raise NotRegularFileError(target)
        if is_read_only(target, existing):
            raise ReadOnlyFileError(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    lock_fd = _lock_temp(tmp_name)  # a sweep by another process leaves a live write alone
    try:
        with os.fdopen(fd, "wb") as tmp:
            yield tmp
            tmp.flush()
            os.fsync(tmp.fileno())
        _copy_owner_and_mode(tmp_name, existing, private)
        if existing is not None:
            _copy_extended_attributes(target, tmp_name, private)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    finally:
        if lock_fd is not None:
            os.close(lock_fd)
    _fsync_dir(folder)
    sweep_stale_temps(target)


def link_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to ``path`` must replace: the end of its symbolic links, if any."""
    p = Path(path)
    if not os.path.islink(p):
        return p
    real = Path(os.path.realpath(p))
    if os.path.islink(real):  # realpath gives up on a loop and returns a link
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(p))
    return real


def is_read_only(path: Path, info: os.stat_result | None = None) -> bool:
    """Whether the user has marked ``path`` read-only (root ignores permissions, so a file
    with no write bit at all counts as read-only for root too)."""
    if info is None:
        try:
            info = path.stat()
        except OSError:  # no file (or a link loop): nothing marked read-only
            return False
    return info.st_mode & 0o222 == 0 or not os.access(path, os.W_OK)


def other_links(path: str | os.PathLike[str]) -> int:
    """How many other hard links the file at ``path`` has (0 when none, or no file)."""
    try:
        info = link_target(path).stat()
    except OSError:
        return 0
    return max(0, info.st_nlink - 1) if stat.S_ISREG(info.st_mode) else 0


def make_private_folder(folder: Path, owned_from: Path) -> None:
    """Create ``folder`` and its parents; ``owned_from`` and every folder below it down to
    ``folder`` (ours, not the user's) are made 0700 whatever the umask."""
    chain = [folder, *folder.parents]
    ours = chain[: chain.index(owned_from) + 1] if owned_from in chain else [folder]
    ours[-1].parent.mkdir(parents=True, exist_ok=True)
    for level in reversed(ours):
        with contextlib.suppress(FileExistsError):
            level.mkdir(mode=PRIVATE_FOLDER_MODE)
        info = level.stat()
        if not stat.S_ISDIR(info.st_mode):  # a file in the way is the user's: left as it is
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(level))
        if stat.S_IMODE(info.st_mode) != PRIVATE_FOLDER_MODE:
            os.chmod(level, PRIVATE_FOLDER_MODE)


def sweep_stale_temps(path: str | os.PathLike[str]) -> None:
    """Remove the temporary files that killed writes of ``path`` left beside it. A temporary
    file that a live process holds locked, or wrote to recently, is left alone. Never fails."""
    try:
        target = link_target(path)
    except OSError:
        return
    folder = target.parent if str(target.parent) else Path(".")
    deadline = time.time() - STALE_TEMP_SECONDS
    try:
        # names compared as text (a glob compiled a regular expression for each map opened,
        # and read brackets in a file's name as a pattern)
        prefix = f".{target.name}."
        leftovers = [
            folder / n
            for n in os.listdir(folder)
            if n.startswith(prefix) and n.endswith(".tmp") and len(n) >= len(prefix) + 4
        ]
    except OSError:
        return
    for leftover in leftovers:
        with contextlib.suppress(OSError):  # gone already, or not ours to remove
            info = leftover.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_mtime < deadline and _unlocked(leftover):
                leftover.unlink()


def _lock_temp(name: str) -> int | None:
    if fcntl is None:
        return None
    try:
        fd = os.open(name, os.O_RDONLY)
    except OSError:
        return None
    with contextlib.suppress(OSError):  # no flock here: the age rule alone protects the write
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def _unlocked(file: Path) -> bool:
    if fcntl is None:
        return True
    fd = os.open(file, os.O_RDONLY | os.O_NOFOLLOW)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return True  # no flock here: the age rule decides
    finally:
        os.close(fd)
    return True


def _copy_owner_and_mode(tmp_name: str, existing: os.stat_result | None, private: bool) -> None:
    if existing is None:
        # A new file: as open() would create it (mkstemp's 0600 would hide a user's map).
        mode = PRIVATE_FILE_MODE if private else 0o666 & ~_current_umask()
    else:
        mode = PRIVATE_FILE_MODE if private else stat.S_IMODE(existing.st_mode)
        mine = os.stat(tmp_name)
        if (mine.st_uid, mine.st_gid) != (existing.st_uid, existing.st_gid):
            # Root may give the file back to its owner; anyone may keep a group they are in.
            try:
                os.chown(tmp_name, existing.st_uid, existing.st_gid)
            except PermissionError:
                with contextlib.suppress(PermissionError):
                    os.chown(tmp_name, -1, existing.st_gid)
    os.chmod(tmp_name, mode)  # after chown, which clears the set-id bits


# An access control list is an extended attribute; a private copy never takes the grants of
# the file it replaces.
_ACL_ATTRIBUTES = ("system.posix_acl_access", "system.posix_acl_default")


def _copy_extended_attributes(source: Path, tmp_name: str, private: bool) -> None:
    """Give the new file the extended attributes of the one it replaces: its access control
    list (``system.posix_acl_access``), a desktop's tags and comments (``user.*``), a security
    label. Each one where the system lets this user set it (``trusted.*`` needs root, a file
    system may not take ``user.*``); one that cannot be copied is left out, never fatal."""
    if not hasattr(os, "listxattr"):  # pragma: no cover - not Linux
        return
    try:
        names = os.listxattr(source)
    except OSError:  # no extended attributes on this file system
        return
    for name in names:
        if private and name in _ACL_ATTRIBUTES:
            continue
        with contextlib.suppress(OSError):
            os.setxattr(tmp_name, name, os.getxattr(source, name))


def _stat_or_none(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        return None


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not every platform can open a directory.
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
