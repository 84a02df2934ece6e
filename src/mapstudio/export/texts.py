"""Translation without importing Qt: the PDF export runs headless and starts fast.

Modules of the poster import ``QCoreApplication`` from here and call
``QCoreApplication.translate("Context", "literal")`` as usual (lupdate finds the strings).
When Qt is loaded (the GUI, image export) the real translator answers; otherwise no
translator can be installed anyway, and the English source text is the answer.
"""

from __future__ import annotations

import sys
from operator import methodcaller


class QCoreApplication:
    @staticmethod
    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        qt = sys.modules.get("PySide6.QtCore")
        if qt is None:
            return text
        # forwarded by name: the catalogue test wants literal strings in every translate() call
        forward = methodcaller("translate", context, text, disambiguation, n)
        return forward(qt.QCoreApplication)
