"""Shared test set-up. Area-specific fixtures live in each area's own conftest.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Messages in English whatever the developer's system speaks (headless commands and file errors
# follow LANGUAGE first, as Qt does); the tests of French set their own environment.
os.environ["LANGUAGE"] = "en"

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "resources" / "examples"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Settings, recovery and history folders go to a temporary home, never the real one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    yield home


@pytest.fixture(autouse=True, scope="module")
def _collect_garbage_after_each_module():
    """Free each module's leftovers while Qt is still fully alive. Objects freed by Python's
    cycle collector in an order Qt cannot survive crash the process; collecting here makes such a
    crash happen at the module that caused it, every time, instead of at random at the end."""
    yield
    import gc
    import sys

    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.processEvents()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(scope="session")
def qapp(qapp):
    """The application as MapStudio starts it: with its English catalogue installed, which
    holds the plural forms ("1 card", "2 cards" for "%n card(s)")."""
    from mapstudio.gui.i18n import install_translators

    install_translators(qapp, "en")
    return qapp
