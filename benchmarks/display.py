"""A private X display (Xvfb) for the figures that time a real, shown window.

The other probes run Qt offscreen; a window that must really be shown and painted, as the
user's is, gets an Xvfb server of its own for the length of one figure (a display number
Xvfb picks itself, so parallel runs do not collide). Without Xvfb the probes fall back to
Qt's offscreen platform and the figure says so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

SCREEN = "1600x1000x24"  # room for the benchmarks' 1400x900 window


@contextmanager
def real_display(screen: str = SCREEN) -> Iterator[tuple[dict[str, str], str]]:
    """(environment for a probe, note for the table): ``DISPLAY`` of a fresh Xvfb of ``screen``
    and Qt's X11 platform, or the offscreen platform and a note saying no real window was
    shown. (The real-window tests start theirs here too.)"""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield {}, "offscreen: Xvfb not found"
        return
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as answer:
            number = answer.readline().strip()  # written once the server accepts clients
        if not number:
            yield {}, "offscreen: Xvfb did not start"
            return
        yield {"DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}, ""
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
