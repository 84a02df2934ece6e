"""Session > Join: the sessions other MapStudio apps announce on this network (mDNS)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mapstudio.session.announce import Announced, SessionFinder


class JoinDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join Session"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.hint = QLabel(self.tr("Looking for sessions on this network…"))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.found = QListWidget()
        self.found.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.found)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setEnabled(False)
        self.found.currentItemChanged.connect(
            lambda item, _old: self.open_button.setEnabled(item is not None)
        )
        layout.addWidget(buttons)
        self.finder = SessionFinder()  # its own threads: the GUI thread only reads the list
        self._shown: list[Announced] = []
        self._timer = QTimer(self)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self._refresh)
        self._timer.start()
        self.finished.connect(self._done)

    def _refresh(self) -> None:
        sessions = self.finder.sessions()
        if sessions == self._shown:
            return
        self._shown = sessions
        self.found.clear()
        for s in sessions:
            item = QListWidgetItem(f"{s.name} — {s.address}:{s.port}")
            item.setData(Qt.ItemDataRole.UserRole, f"http://{s.address}:{s.port}/")
            self.found.addItem(item)
        if sessions:
            self.found.setCurrentRow(0)
            self.hint.setText(self.tr("Choose a session; it opens in your web browser."))

    def accept(self) -> None:
        item = self.found.currentItem()
        if item is not None:
            QDesktopServices.openUrl(QUrl(item.data(Qt.ItemDataRole.UserRole)))
        super().accept()

    def _done(self, _result: int) -> None:
        self._timer.stop()
        self.finder.close()
