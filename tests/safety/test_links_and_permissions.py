"""Saving never betrays the file it replaces: a symbolic link stays a link to the user's real
file, a read-only map is refused (not overwritten), owner, group and mode are kept, a hard link
is reported, and the private copies MapStudio keeps are readable by the user alone.

Driven through the command line (``mapstudio format``, in a subprocess) and the GUI's save
(``fileops``). The tests run as root, who ignores permissions: the permission checks run the
command as the unprivileged user 65534 (``setpriv``) so the kernel really refuses."""

from __future__ import annotations

import json
import os
import shutil
import stat
import struct
import subprocess
import tempfile
from pathlib import Path

import pytest

from mapstudio.files import history as files_history
from mapstudio.files import read_map
from mapstudio.files.history import history_root, list_versions
from mapstudio.files.locks import lock_map, state_dir
from mapstudio.files.recovery import new_recovery_path, write_recovery
from mapstudio.gui import commands
from mapstudio.gui.app import fileops
from tests.foundation.conftest import EXAMPLES, cli_command, cli_env, run_cli

NOBODY = 65534
EXAMPLE = EXAMPLES / "perfume-en.journey.json"


def not_canonical(path: Path) -> Path:
    """A valid map that ``format`` rewrites (compact JSON)."""
    path.write_text(json.dumps(json.loads(EXAMPLE.read_bytes())), encoding="utf-8")
    return path


def as_nobody(*args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    if os.geteuid() != 0:
        pytest.skip("needs root to switch to an unprivileged user")
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is not installed")
    env = cli_env()
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "st"))
    priv = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    return subprocess.run(
        [*priv, *cli_command(*args)], capture_output=True, text=True, env=env, cwd=cwd, timeout=60
    )


@pytest.fixture
def nobody_dir():
    """A folder the unprivileged user owns (pytest's own tmp folders are root's, 0700)."""
    folder = Path(tempfile.mkdtemp(prefix="mapstudio-nobody-"))
    os.chown(folder, NOBODY, NOBODY)
    (folder / "home").mkdir()
    os.chown(folder / "home", NOBODY, NOBODY)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


# --- 1. symbolic links ------------------------------------------------------------------------


def test_format_through_a_symbolic_link_updates_the_target_and_keeps_the_link(tmp_path):
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = not_canonical(real_dir / "shop.journey.json")
    link = tmp_path / "link.journey.json"
    link.symlink_to(real)
    proc = run_cli("format", str(link))
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink() and link.resolve() == real
    assert real.read_bytes() == EXAMPLE.read_bytes()  # the real file got the canonical bytes
    assert sorted(p.name for p in real_dir.iterdir()) == ["shop.journey.json"]  # no temp left


def test_gui_save_through_a_symbolic_link_keeps_the_link(qapp, tmp_path):
    real = tmp_path / "maps" / "shop.journey.json"
    real.parent.mkdir()
    shutil.copy(EXAMPLE, real)
    link = tmp_path / "shortcut.journey.json"
    link.symlink_to(Path("maps") / "shop.journey.json")  # relative, as ln -s makes them
    doc = fileops.open_document(link)
    commands.update(doc, doc.map.id, {"title": "Through the link"})
    assert fileops.save_document(doc) == []
    assert link.is_symlink()
    assert read_map(real).title == "Through the link"
    commands.update(doc, doc.map.id, {"title": "Again"})
    fileops.save_document(doc)  # the user's real file keeps changing, save after save
    assert read_map(real).title == "Again" and link.is_symlink()
    assert len(list_versions(real)) == 2  # history is kept for the real file


def test_a_link_loop_or_a_link_to_a_device_is_refused(qapp, tmp_path):
    loop_a, loop_b = tmp_path / "a.journey.json", tmp_path / "b.journey.json"
    loop_a.symlink_to(loop_b)
    loop_b.symlink_to(loop_a)
    proc = run_cli("format", str(loop_a))
    assert proc.returncode == 1 and "symbolic links" in proc.stderr
    assert loop_a.is_symlink() and loop_b.is_symlink()
    doc = fileops.open_document(EXAMPLE)
    with pytest.raises(fileops.SaveError, match="symbolic links"):
        fileops.save_document(doc, loop_a)
    null = tmp_path / "null.journey.json"
    null.symlink_to("/dev/null")
    with pytest.raises(fileops.SaveError, match="not a regular file"):
        fileops.save_document(doc, null)
    (tmp_path / "poster.pdf").symlink_to("/dev/null")
    export = run_cli("export", str(EXAMPLE), "-o", str(tmp_path / "poster.pdf"))
    assert export.returncode == 1 and "not a regular file" in export.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)  # still the device, never replaced


# --- 2. read-only maps ------------------------------------------------------------------------


def test_format_refuses_a_read_only_map_as_its_owner(nobody_dir):
    target = not_canonical(nobody_dir / "locked.journey.json")
    os.chown(target, NOBODY, NOBODY)
    target.chmod(0o444)
    before = target.read_bytes()
    proc = as_nobody("format", target.name, cwd=nobody_dir, home=nobody_dir / "home")
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        "locked.journey.json: the file is read-only, it was not changed "
        "(make it writable to format it)"
    ]
    assert target.read_bytes() == before and stat.S_IMODE(target.stat().st_mode) == 0o444


def test_format_refuses_a_read_only_map_even_for_root(tmp_path):
    target = not_canonical(tmp_path / "locked.journey.json")
    target.chmod(0o444)
    before = target.read_bytes()
    proc = run_cli("format", str(target))
    assert proc.returncode == 1 and "read-only" in proc.stderr
    assert target.read_bytes() == before


def test_gui_save_refuses_a_read_only_map_and_keeps_it_modified(qapp, tmp_path):
    target = tmp_path / "locked.journey.json"
    shutil.copy(EXAMPLE, target)
    target.chmod(0o444)
    doc = fileops.open_document(target)
    commands.update(doc, doc.map.id, {"title": "Mine"})
    with pytest.raises(fileops.SaveError) as refused:
        fileops.save_document(doc)
    assert str(refused.value) == (
        "Could not save locked.journey.json: the file is read-only. Use Save As to save a copy."
    )
    assert target.read_bytes() == EXAMPLE.read_bytes() and doc.is_modified()
    assert list_versions(target) == []  # nothing was written anywhere
    copy = tmp_path / "copy.journey.json"
    fileops.save_document(doc, copy)  # Save As works
    assert read_map(copy).title == "Mine" and not doc.is_modified()


# --- 3. owner, group, mode, hard links --------------------------------------------------------


def test_format_keeps_owner_group_and_mode(tmp_path):
    target = not_canonical(tmp_path / "shared.journey.json")
    os.chown(target, NOBODY, 100)
    target.chmod(0o640)
    proc = run_cli("format", str(target))
    assert proc.returncode == 0, proc.stderr
    info = target.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (NOBODY, 100, 0o640)
    assert target.read_bytes() == EXAMPLE.read_bytes()


def test_gui_save_keeps_owner_group_and_mode(qapp, tmp_path):
    target = tmp_path / "team.journey.json"
    shutil.copy(EXAMPLE, target)
    os.chown(target, NOBODY, 100)
    target.chmod(0o660)
    doc = fileops.open_document(target)
    commands.update(doc, doc.map.id, {"title": "Kept"})
    fileops.save_document(doc)
    info = target.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (NOBODY, 100, 0o660)


def test_hard_links_are_replaced_safely_and_reported(qapp, tmp_path):
    target = not_canonical(tmp_path / "map.journey.json")
    other = tmp_path / "elsewhere.journey.json"
    os.link(target, other)
    before = other.read_bytes()
    proc = run_cli("format", str(target))
    assert proc.returncode == 0
    assert proc.stderr.splitlines() == [
        f"{target}: warning: the file had 1 other hard link; it keeps the old content"
    ]
    assert other.read_bytes() == before and target.read_bytes() == EXAMPLE.read_bytes()
    os.link(target, tmp_path / "third.journey.json")
    doc = fileops.open_document(target)
    commands.update(doc, doc.map.id, {"title": "Linked"})
    (warning,) = fileops.save_document(doc)
    assert "had other hard links: they still hold the previous version" in warning


def acl_granting(user: int, perms: int = 6) -> bytes:
    """A POSIX access control list, as the kernel stores it in ``system.posix_acl_access``: the
    owner rw, ``user`` given ``perms``, the group r, nobody else (what ``setfacl -m u:USER:rw``
    makes of a 0640 file)."""
    undefined = 0xFFFFFFFF
    entries = [(0x01, 6, undefined), (0x02, perms, user), (0x04, 4, undefined)]
    entries += [(0x10, perms | 4, undefined), (0x20, 0, undefined)]
    return struct.pack("<I", 2) + b"".join(struct.pack("<HHI", *e) for e in entries)


def with_extended_attributes(path: Path) -> dict[str, bytes]:
    try:
        os.setxattr(path, "user.xdg.tags", b"atelier,client")
        os.setxattr(path, "user.xdg.comment", "relu par Léa".encode())
        os.setxattr(path, "system.posix_acl_access", acl_granting(NOBODY))
    except OSError as e:
        pytest.skip(f"this file system keeps no extended attributes or ACLs ({e})")
    return {name: os.getxattr(path, name) for name in os.listxattr(path)}


def test_format_keeps_the_access_control_list_and_extended_attributes(tmp_path):
    target = not_canonical(tmp_path / "shared.journey.json")
    target.chmod(0o640)
    before = with_extended_attributes(target)
    inode = target.stat().st_ino
    proc = run_cli("format", str(target))
    assert proc.returncode == 0, proc.stderr
    assert target.stat().st_ino != inode  # replaced, not written in place
    assert target.read_bytes() == EXAMPLE.read_bytes()
    assert {name: os.getxattr(target, name) for name in os.listxattr(target)} == before
    assert stat.S_IMODE(target.stat().st_mode) == 0o660  # the ACL's mask shows as group rw


def test_gui_save_keeps_the_access_control_list_so_the_granted_user_still_reads(
    qapp, tmp_path, nobody_dir
):
    """Root's map, shared with one other user by an ACL only: after a save that user can still
    check and save it (the kernel decides, as that user)."""
    target = nobody_dir / "team.journey.json"
    shutil.copy(EXAMPLE, target)
    target.chmod(0o600)
    before = with_extended_attributes(target)
    doc = fileops.open_document(target)
    commands.update(doc, doc.map.id, {"title": "Shared"})
    fileops.save_document(doc)
    assert read_map(target).title == "Shared"
    assert {name: os.getxattr(target, name) for name in os.listxattr(target)} == before
    proc = as_nobody("check", str(target), cwd=nobody_dir, home=nobody_dir / "home")
    assert proc.returncode == 0, proc.stderr
    # and the granted user's own save keeps it too, though it cannot give the file back to root
    not_canonical(target)
    os.setxattr(target, "system.posix_acl_access", acl_granting(NOBODY))
    proc = as_nobody("format", str(target), cwd=nobody_dir, home=nobody_dir / "home")
    assert proc.returncode == 0, proc.stderr
    assert os.getxattr(target, "system.posix_acl_access") == acl_granting(NOBODY)
    assert os.getxattr(target, "user.xdg.tags") == b"atelier,client"


def test_an_attribute_this_user_may_not_set_is_left_out_and_the_save_goes_on(tmp_path, nobody_dir):
    target = not_canonical(nobody_dir / "mine.journey.json")
    os.chown(target, NOBODY, NOBODY)
    try:
        os.setxattr(target, "trusted.mark", b"root only")  # only root may set trusted.*
        os.setxattr(target, "user.xdg.tags", b"kept")
    except OSError as e:
        pytest.skip(f"this file system keeps no extended attributes ({e})")
    proc = as_nobody("format", str(target), cwd=nobody_dir, home=nobody_dir / "home")
    assert proc.returncode == 0, proc.stderr
    assert target.read_bytes() == EXAMPLE.read_bytes()
    assert os.listxattr(target) == ["user.xdg.tags"]


# --- 4. private copies ------------------------------------------------------------------------


def test_previous_versions_recovery_files_and_locks_are_private_whatever_the_umask(qapp, tmp_path):
    target = tmp_path / "map.journey.json"
    shutil.copy(EXAMPLE, target)
    old = os.umask(0)
    try:
        doc = fileops.open_document(target)
        commands.update(doc, doc.map.id, {"title": "Secret"})
        fileops.save_document(doc)
        write_recovery(new_recovery_path(), doc.map, target, "s")
        lock = lock_map(target)
    finally:
        os.umask(old)
    files = [*history_root().rglob("*"), *state_dir().rglob("*")]
    assert any(f.name == "source.txt" for f in files) and any(f.suffix == ".lock" for f in files)
    assert any(f.name.endswith(".recovery.json") for f in files)
    for folder in [history_root().parent, state_dir(), *files]:
        mode = stat.S_IMODE(folder.stat().st_mode)
        assert mode == (0o700 if folder.is_dir() else 0o600), (folder, oct(mode))
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # the user's own map is not private
    lock.release()


def test_an_old_world_readable_history_folder_becomes_private(qapp, tmp_path):
    target = tmp_path / "map.journey.json"
    shutil.copy(EXAMPLE, target)
    history_root().mkdir(parents=True)
    history_root().chmod(0o755)
    doc = fileops.open_document(target)
    commands.update(doc, doc.map.id, {"title": "Again"})
    fileops.save_document(doc)
    assert stat.S_IMODE(history_root().stat().st_mode) == 0o700


# --- 5. a broken history folder never stops the save ------------------------------------------


def test_an_unwritable_history_folder_warns_and_the_map_is_saved(qapp, tmp_path):
    target = tmp_path / "map.journey.json"
    shutil.copy(EXAMPLE, target)
    history_root().parent.mkdir(parents=True)
    history_root().write_text("not a folder")  # as broken as a folder can be, even for root
    doc = fileops.open_document(target)
    commands.update(doc, doc.map.id, {"title": "Saved anyway"})
    (warning,) = fileops.save_document(doc)
    assert read_map(target).title == "Saved anyway" and not doc.is_modified()
    assert warning.startswith("map.journey.json was saved, but its previous version could not")


def test_a_full_history_disk_warns_and_the_map_is_saved(qapp, tmp_path, monkeypatch):
    from tests.safety.test_save_errors import full_disk

    target = tmp_path / "map.journey.json"
    shutil.copy(EXAMPLE, target)
    doc = fileops.open_document(target)
    commands.update(doc, doc.map.id, {"title": "Room for the map"})
    history = history_root()
    history.mkdir(parents=True)
    real_write = files_history.keep_previous_version

    def keep_on_full_disk(path, data=None):
        full_disk(monkeypatch)  # every atomic write under history fails as on a full disk
        try:
            real_write(path, data)
        finally:
            monkeypatch.undo()

    monkeypatch.setattr(files_history, "keep_previous_version", keep_on_full_disk)
    (warning,) = fileops.save_document(doc)
    assert "(the disk is full)" in warning
    assert read_map(target).title == "Room for the map" and not doc.is_modified()


def test_the_window_shows_a_save_warning_once(qapp, tmp_path, answers):
    target = tmp_path / "map.journey.json"
    shutil.copy(EXAMPLE, target)
    history_root().parent.mkdir(parents=True)
    history_root().write_text("not a folder")
    doc = fileops.open_document(target)
    answers.queue("OK")
    for title in ("One", "Two"):
        commands.update(doc, doc.map.id, {"title": title})
        assert fileops.save_in_window(None, doc) is True
    assert len(answers.seen) == 1 and "was saved, but" in answers.seen[0]
    assert read_map(target).title == "Two"


def test_devices_sockets_and_broken_links_are_refused_by_every_path(qapp, tmp_path):
    import socket

    (tmp_path / "zero.journey.json").symlink_to("/dev/zero")
    (tmp_path / "dangling.journey.json").symlink_to(tmp_path / "gone" / "map.journey.json")
    (tmp_path / "loop.journey.json").symlink_to(tmp_path / "loop.journey.json")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "socket.journey.json"))
    expected = {
        "zero.journey.json": "not a regular file",
        "socket.journey.json": "not a regular file",
        "dangling.journey.json": "the file does not exist",
        "loop.journey.json": "symbolic links",
    }
    try:
        before = sorted(p.name for p in tmp_path.iterdir())
        for name, reason in expected.items():
            for command in ("check", "format"):
                proc = run_cli(command, name, cwd=tmp_path)
                assert proc.returncode == 1, (command, name, proc.stderr)
                (line,) = proc.stderr.splitlines()
                assert line.startswith(f"{name}: ") and reason in line, line
            with pytest.raises(fileops.MapFileError, match=reason):
                fileops.open_document(tmp_path / name)
        assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing made or replaced
        assert (tmp_path / "zero.journey.json").is_symlink()
    finally:
        server.close()
