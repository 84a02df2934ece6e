"""The dialogs of a dot vote: starting one (lanes, dots each, voters, hidden or open) and its
ranked result (also for the closed votes the map keeps), from which the vote is closed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mapstudio.core import voting
from mapstudio.core.model import DotVote, LaneKind
from mapstudio.core.vocabulary import default_vote_title, lane_kind_name
from mapstudio.gui.document import MapDocument

ID_ROLE = Qt.ItemDataRole.UserRole


def _checkable(text: str, item_id: str, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(ID_ROLE, item_id)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def _checked(widget: QListWidget) -> list[str]:
    return [
        widget.item(i).data(ID_ROLE)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class StartVoteDialog(QDialog):
    """What to vote on and who votes. ``arguments()`` gives ``edits.start_vote``'s keywords;
    the caller starts the vote and, if it is refused, shows why with ``show_error``."""

    def __init__(self, doc: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start Dot Vote"))
        self.doc = doc
        m = doc.map
        self.title = QLineEdit()
        self.title.setPlaceholderText(default_vote_title(len(m.votes) + 1))
        self.lanes = QListWidget()
        has_opportunities = any(x.kind is LaneKind.OPPORTUNITIES for x in m.lanes)
        for lane in doc.lanes():
            if lane.kind in voting.NOT_VOTABLE:
                continue
            default = lane.kind is LaneKind.OPPORTUNITIES
            kind = lane_kind_name(lane.kind)
            label = lane.title if lane.title == kind else f"{lane.title} ({kind})"
            self.lanes.addItem(_checkable(label, lane.id, default and has_opportunities))
        self.lanes.setMaximumHeight(150)
        quick = QHBoxLayout()
        for kind in (LaneKind.OPPORTUNITIES, LaneKind.FRICTIONS):
            button = QPushButton(lane_kind_name(kind))
            button.setToolTip(self.tr("Vote on every lane of this kind only"))
            button.clicked.connect(lambda _c=False, k=kind: self._choose_kind(k))
            button.setAutoDefault(False)
            quick.addWidget(button)
        quick.addStretch(1)
        self.dots = QSpinBox()
        self.dots.setRange(1, 99)
        self.dots.setValue(3)
        self.people = QListWidget()
        for person in m.participants:
            self.people.addItem(_checkable(person.name, person.id, True))
        self.people.setMaximumHeight(120)
        self.people.setVisible(bool(m.participants))
        self.names = QLineEdit()
        self.names.setPlaceholderText(self.tr("Ana, Bo, Chloé"))
        self.count = QSpinBox()
        self.count.setRange(0, 99)
        self.count.setSpecialValueText(self.tr("none"))
        self.count.setToolTip(self.tr('Adds "Participant 1" to "Participant n"'))
        self.hidden = QCheckBox(self.tr("&Hide the dots until they are revealed"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Lanes:"), self.lanes)
        form.addRow("", quick)
        form.addRow(self.tr("&Dots per participant:"), self.dots)
        if m.participants:
            form.addRow(self.tr("&Participants:"), self.people)
        form.addRow(self.tr("Ne&w names:"), self.names)
        form.addRow(self.tr("Or a &number of participants:"), self.count)
        form.addRow("", self.hidden)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start Vote"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(buttons)
        self.setMinimumWidth(560)
        (self.names if not m.participants else self.dots).setFocus()

    def _choose_kind(self, kind: LaneKind) -> None:
        for i in range(self.lanes.count()):
            item = self.lanes.item(i)
            lane = self.doc.get(item.data(ID_ROLE))
            state = Qt.CheckState.Checked if lane.kind is kind else Qt.CheckState.Unchecked
            item.setCheckState(state)

    def arguments(self) -> dict:
        names = [n.strip() for n in self.names.text().replace(";", ",").split(",") if n.strip()]
        return {
            "lanes": _checked(self.lanes),
            "participants": _checked(self.people),
            "new_names": names,
            "count": self.count.value(),
            "dots_each": self.dots.value(),
            "hidden": self.hidden.isChecked(),
            "title": self.title.text(),
        }

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class VoteResultsDialog(QDialog):
    """A vote's cards ranked by dots, ties explained; for the open vote, a button that closes it
    (the caller does, on ``accepted``)."""

    COLUMNS = 4

    def __init__(self, doc: MapDocument, vote: DotVote, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vote Results"))
        self.doc = doc
        self.vote = vote
        self.choice = QComboBox()
        for v in reversed(doc.map.votes):
            state = self.tr("open") if not v.closed else self.tr("closed")
            self.choice.addItem(f"{v.title} ({state})", v.id)
        self.choice.setCurrentIndex(self.choice.findData(vote.id))
        self.choice.currentIndexChanged.connect(self._chosen)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rank"), self.tr("Card"), self.tr("Dots"), self.tr("Participants")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.close_vote = self.buttons.addButton(
            self.tr("Close Vote and &Write Totals"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        # Enter only closes the dialog: ending the vote is asked for by name (Alt+W)
        self.close_vote.setAutoDefault(False)
        self.keep.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.choice)
        box.addWidget(self.table)
        box.addWidget(self.notes)
        box.addWidget(self.buttons)
        self.resize(620, 420)
        self._fill()

    def _chosen(self) -> None:
        vote = self.doc.get(self.choice.currentData())
        if isinstance(vote, DotVote):
            self.vote = vote
            self._fill()

    def _fill(self) -> None:
        m, vote = self.doc.map, self.vote
        result = voting.ranking(m, vote)
        self.table.setRowCount(len(result))
        for row, line in enumerate(result):
            rank = f"{line.rank}=" if line.tied and line.dots else str(line.rank)
            cells = (rank, " ".join(line.text.split()), str(line.dots), str(line.voters))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        notes = voting.tie_notes(result)
        if not vote.closed:
            writes = self.tr(
                "Closing the vote writes each opportunity's dots into its votes "
                "(one step: Undo takes it back)."
            )
            if vote.hidden:
                writes = self.tr("The dots are still hidden on the map.") + " " + writes
            notes.append(writes)
        self.notes.setText("\n".join(notes))
        self.close_vote.setVisible(not vote.closed)
        self.table.setFocus()
