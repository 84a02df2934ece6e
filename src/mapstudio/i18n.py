"""Interface language: installs Qt translators (filled in by the localisation track)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def install_translators(app: QCoreApplication, language: str = "system") -> str:
    """Install the app's and Qt's translators for ``language`` ("system", "en", "fr");
    returns the language code in use."""
    return "en"
