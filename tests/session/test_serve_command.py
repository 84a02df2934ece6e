"""``mapstudio session serve`` as a user runs it: it prints the code and address, saves the
participants' notes into the map file, and Ctrl+C (or SIGTERM) ends it cleanly."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import subprocess
import sys

import pytest

from mapstudio.files import read_map
from mapstudio.session.pageclient import PageClient
from tests.session.hosting import workshop_map


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "mapstudio", "session", "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


@pytest.mark.parametrize("stop_with", [signal.SIGINT, signal.SIGTERM])
def test_serve_saves_notes_and_stops_cleanly(tmp_path, stop_with):
    path = workshop_map(tmp_path)
    port = free_port()
    process = serve(str(path), "--port", str(port), "--code", "ROOM-2026-AB")
    try:
        lines = [process.stdout.readline() for _ in range(3)]
        assert lines[0].strip() == "Join code: ROOM-2026-AB"
        assert re.search(rf"http://127\.0\.0\.1:{port}/", lines[1])

        async def participate() -> str:
            ana = PageClient(f"ws://127.0.0.1:{port}/ws", "room2026ab", "Ana")
            assert await ana.join()
            stage, lane = next(iter(ana.objects["stages"])), next(iter(ana.objects["lanes"]))
            answer = await ana.request(
                {"type": "add_note", "stage": stage, "lane": lane, "text": "Hi"}
            )
            await ana.drop()
            return answer["id"]

        card = asyncio.run(participate())
        process.send_signal(stop_with)
        assert process.wait(15) == 0
    finally:
        process.kill()
        process.wait()
    assert "Session ended" in process.stdout.read()
    saved = read_map(path)
    assert [c.text for c in saved.cards if c.id == card] == ["Hi"]
    assert [p.name for p in saved.participants] == ["Ana"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--code", "abc"], "at least 8"),
        (["--bind", "example.org"], "not an IP address"),
        (["--port", "70000"], "not between"),
    ],
)
def test_serve_refuses_bad_options_in_one_line(tmp_path, args, message):
    path = workshop_map(tmp_path)
    before = path.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "mapstudio", "session", "serve", str(path), *args],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert done.returncode == 2
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before


def test_serve_refuses_a_map_it_cannot_read(tmp_path):
    bad = tmp_path / "bad.journey.json"
    bad.write_text("{", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mapstudio", "session", "serve", str(bad)],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert done.returncode == 1 and str(bad) in done.stderr
