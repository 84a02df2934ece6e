"""Session > Join: the sessions other MapStudio apps announce on this network (mDNS), or an
address typed in; with the join code and a name, the map opens here for co-editing (or the
participants' page opens in the web browser)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mapstudio.session.announce import Announced, SessionFinder


class JoinDialog(QDialog):
    join_requested = Signal(str, str, str)  # host:port, code, name

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join Session"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.hint = QLabel(self.tr("Looking for sessions on this network…"))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.found = QListWidget()
        self.found.currentItemChanged.connect(self._picked)
        layout.addWidget(self.found)
        form = QFormLayout()
        self.address = QLineEdit()
        self.address.setPlaceholderText("192.168.1.20:8765")
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.name = QLineEdit(name)
        self.name.setMaxLength(40)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Join code"), self.code)
        form.addRow(self.tr("Your name"), self.name)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.join_button = QPushButton(self.tr("Join"))
        self.join_button.setDefault(True)
        buttons.addButton(self.join_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.browser_button = QPushButton(self.tr("Open in Browser"))
        buttons.addButton(self.browser_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.browser_button.clicked.connect(self._open_in_browser)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for field in (self.address, self.code, self.name):
            field.textChanged.connect(self._update_buttons)
        self._update_buttons()
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
            item.setData(Qt.ItemDataRole.UserRole, f"{s.address}:{s.port}")
            self.found.addItem(item)
        if sessions:
            self.hint.setText(self.tr("Choose a session, then give its code and your name."))
            if not self.address.text():
                self.found.setCurrentRow(0)

    def _picked(self, item: QListWidgetItem | None, _old=None) -> None:
        if item is not None:
            self.address.setText(item.data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        has_address = bool(self.address.text().strip())
        self.browser_button.setEnabled(has_address)
        self.join_button.setEnabled(
            has_address and bool(self.code.text().strip()) and bool(self.name.text().strip())
        )

    def _open_in_browser(self) -> None:
        code = self.code.text().strip()
        suffix = f"#code={code}" if code else ""
        QDesktopServices.openUrl(QUrl(f"http://{self.address.text().strip()}/{suffix}"))
        super().accept()

    def accept(self) -> None:
        if not self.join_button.isEnabled():
            return
        self.join_requested.emit(
            self.address.text().strip(), self.code.text().strip(), self.name.text().strip()
        )
        super().accept()

    def _done(self, _result: int) -> None:
        self._timer.stop()
        self.finder.close()
