"""The Live Session panel: join code, address, QR code, participants, and End Session."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mapstudio.session.guard import shown_code
from mapstudio.session.host import Roster
from mapstudio.session.network import Interface

QR_MODULE_PIXELS = 5
QR_QUIET_MODULES = 4  # the white border scanners need


def qr_image(text: str, module: int = QR_MODULE_PIXELS) -> QImage:
    """``text`` as a QR code (segno), black on white, ``module`` pixels per module."""
    import segno

    matrix = segno.make(text, error="m", micro=False).matrix
    size = len(matrix) + 2 * QR_QUIET_MODULES
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x + QR_QUIET_MODULES, y + QR_QUIET_MODULES, black)
    return image.scaled(size * module, size * module)  # nearest: modules stay sharp


class LiveSessionPanel(QWidget):
    remove_requested = Signal(str)  # participant id
    end_requested = Signal()
    show_to_room_requested = Signal()
    interface_chosen = Signal(object)  # Interface

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.heading)
        layout.addWidget(QLabel(self.tr("Join code")))
        self.code = QLabel()
        font = QFont(self.font())
        font.setPointSize(max(18, font.pointSize() * 2))
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.qr)
        self.show_to_room = QPushButton(self.tr("Show to the Room"))
        self.show_to_room.setToolTip(self.tr("The code and the QR code on the whole screen"))
        self.show_to_room.clicked.connect(self.show_to_room_requested)
        layout.addWidget(self.show_to_room)
        self.url = QLabel()
        self.url.setTextFormat(Qt.TextFormat.PlainText)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setWordWrap(True)
        layout.addWidget(self.url)
        layout.addWidget(QLabel(self.tr("Network")))
        self.interfaces = QComboBox()
        self.interfaces.setToolTip(
            self.tr("Participants join through this network interface only.")
        )
        self.interfaces.activated.connect(self._chosen)
        layout.addWidget(self.interfaces)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a12b2b")
        layout.addWidget(self.warning)
        self.people_label = QLabel()
        layout.addWidget(self.people_label)
        self.people = QListWidget()
        layout.addWidget(self.people, 1)
        buttons = QHBoxLayout()
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setEnabled(False)
        self.remove.clicked.connect(self._remove)
        self.people.currentItemChanged.connect(
            lambda item, _old: self.remove.setEnabled(item is not None)
        )
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        self.end = QPushButton(self.tr("End Session"))
        self.end.clicked.connect(self.end_requested)
        buttons.addWidget(self.end)
        layout.addLayout(buttons)
        self._choices: list[Interface] = []
        self.show_roster(Roster())

    def show_session(self, title: str, code: str, url: str) -> None:
        self.heading.setText(self.tr("Live session on “%1”").replace("%1", title))
        self.code.setText(shown_code(code))
        self.url.setText(url)
        join_link = f"{url}#code={code}"
        self.qr.setPixmap(QPixmap.fromImage(qr_image(join_link)))
        self.qr.setToolTip(join_link)

    def set_interfaces(self, choices: list[Interface], current: Interface) -> None:
        if current not in choices:  # gone from the system's list since: still what we listen on
            choices = [current, *choices]
        self._choices = choices
        self.interfaces.clear()
        for interface in choices:
            words = {
                "local": self.tr("local network"),
                "loopback": self.tr("this computer only"),
                "public": self.tr("public: reachable from the internet"),
            }[interface.kind]
            self.interfaces.addItem(f"{interface.name} — {interface.address} ({words})")
        self.interfaces.setCurrentIndex(choices.index(current))
        self._warn(current)

    def _warn(self, interface: Interface) -> None:
        if interface.kind == "public":
            self.warning.setText(self.tr("Anyone on the internet who has the code can join."))
        elif interface.kind == "loopback":
            self.warning.setText(self.tr("Only this computer can join. Choose the room's network."))
        else:
            self.warning.setText("")

    def _chosen(self, index: int) -> None:
        if 0 <= index < len(self._choices):
            self._warn(self._choices[index])
            self.interface_chosen.emit(self._choices[index])

    def show_roster(self, roster: Roster) -> None:
        current = self.people.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.people.clear()
        for pid, name in sorted(roster.names.items(), key=lambda kv: kv[1].casefold()):
            online = pid in roster.online
            item = QListWidgetItem(name if online else self.tr("%1 (away)").replace("%1", name))
            item.setData(Qt.ItemDataRole.UserRole, pid)
            self.people.addItem(item)
            if pid == keep:
                self.people.setCurrentItem(item)
        n = len(roster.online)
        self.people_label.setText(self.tr("%Ln participant(s) connected", "", n))

    def _remove(self) -> None:
        item = self.people.currentItem()
        if item is not None:
            self.remove_requested.emit(item.data(Qt.ItemDataRole.UserRole))
