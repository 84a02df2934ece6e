"""The poster's Qt-free translation (kept here for the export modules; it lives in
``mapstudio.text.translate`` so that words shared with the canvas can use it too)."""

from __future__ import annotations

from mapstudio.text.translate import QCoreApplication, document_language

__all__ = ["QCoreApplication", "document_language"]
