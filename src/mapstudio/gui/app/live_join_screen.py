"""Show to the Room: the join code, the address and a QR code filling a screen, for the
projector, until Escape or a click; and the same, smaller, in a corner of presentation mode."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from mapstudio.gui.app.live_panel import qr_image
from mapstudio.session.guard import shown_code


class JoinScreen(QWidget):
    def __init__(self, title: str, code: str, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Join the Workshop"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet("background: white; color: #1d2430;")
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(title)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setFont(self._font(28, bold=True))
        layout.addWidget(heading)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setPixmap(QPixmap.fromImage(qr_image(f"{url}#code={code}", module=10)))
        layout.addWidget(self.qr)
        address = QLabel(url)
        address.setTextFormat(Qt.TextFormat.PlainText)
        address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        address.setFont(self._font(26))
        layout.addWidget(address)
        hint = QLabel(self.tr("Join code"))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setFont(self._font(20))
        layout.addWidget(hint)
        self.code = QLabel(shown_code(code))
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setFont(self._font(64, bold=True, mono=True))
        layout.addWidget(self.code)

    def _font(self, points: int, bold: bool = False, mono: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSize(points)
        font.setBold(bold)
        if mono:
            font.setStyleHint(QFont.StyleHint.Monospace)
        return font

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Space):
            self.close()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.close()


class JoinBadge(QFrame):
    """In presentation mode, while a session runs: the QR code, the code and the address in a
    corner of the projected map, so latecomers can join without leaving the map."""

    MARGIN = 16

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("JoinBadge")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the map
        self.setStyleSheet(
            "#JoinBadge { background: white; border: 2px solid #243b55; border-radius: 8px; }"
            "QLabel { color: #1d2430; background: transparent; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.setSpacing(2)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.qr)
        self.code = QLabel()
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPointSize(22)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.code.setFont(font)
        layout.addWidget(self.code)
        self.url = QLabel()
        self.url.setTextFormat(Qt.TextFormat.PlainText)
        self.url.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.url)
        self.hide()

    def show_session(self, code: str, url: str) -> None:
        self.qr.setPixmap(QPixmap.fromImage(qr_image(f"{url}#code={code}", module=4)))
        self.code.setText(shown_code(code))
        self.url.setText(url)
        self.adjustSize()

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.adjustSize()
        self.move(self.MARGIN, parent.height() - self.height() - self.MARGIN)
        self.raise_()
