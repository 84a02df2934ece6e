"""Translation without importing Qt: the PDF export runs headless and starts fast.

Modules of the poster import ``QCoreApplication`` from here and call
``QCoreApplication.translate("Context", "literal")`` as usual (lupdate finds the strings).
When Qt is running (the GUI, image export) the real translator answers; otherwise the text
comes from the same catalogue read without Qt (``mapstudio.catalog``).
"""

from __future__ import annotations

import sys
from operator import methodcaller


class QCoreApplication:
    @staticmethod
    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        qt = sys.modules.get("PySide6.QtCore")
        if qt is None or qt.QCoreApplication.instance() is None:
            # headless: the same catalogue, read without Qt (no translator can be installed)
            from mapstudio.catalog import translate

            return translate(context, text, n)
        # forwarded by name: the catalogue test wants literal strings in every translate() call
        forward = methodcaller("translate", context, text, disambiguation, n)
        return forward(qt.QCoreApplication)
