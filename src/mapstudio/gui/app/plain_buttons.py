"""Dialog buttons carry their words only: some desktops' styles put a green tick on OK and Save
and a red cross on Cancel and Discard (QDialogButtonBox's standard icons), which looks dated
next to the map. The application's style is wrapped once so that it says "no icons"."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

NO_ICONS = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons


class PlainButtons(QProxyStyle):
    """The application's own style, but dialog buttons without icons."""

    def styleHint(self, hint, option=None, widget=None, data=None) -> int:  # noqa: N802
        if hint == NO_ICONS:
            return 0
        return super().styleHint(hint, option, widget, data)


def use_plain_buttons(app: QApplication) -> None:
    """Wrap the application's style (a fresh one of the same name: the proxy owns its base)."""
    if isinstance(app.style(), PlainButtons):
        return
    base = QStyleFactory.create(app.style().name())
    app.setStyle(PlainButtons(base) if base is not None else PlainButtons())
