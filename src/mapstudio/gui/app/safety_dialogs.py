"""Dialogs of the "never lose work" features: crash recovery, previous versions, errors, and
the questions asked when a file changes on disk or is open in another MapStudio."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mapstudio.core.model import JourneyMap
from mapstudio.files.history import Version
from mapstudio.files.recovery import RecoveryEntry

t = QCoreApplication.translate  # t("Context", "literal"): lupdate sees it


def format_time(seconds: float) -> str:
    """Date and time in the user's locale, to the second (versions can be seconds apart)."""
    locale = QLocale()
    moment = QDateTime.fromSecsSinceEpoch(int(seconds))
    clock = locale.timeFormat(QLocale.FormatType.LongFormat).replace("t", "").strip()
    date = locale.toString(moment.date(), QLocale.FormatType.ShortFormat)
    return f"{date} {locale.toString(moment.time(), clock)}"


def format_size(size: int) -> str:
    """A file size with the locale's decimal separator ("1,5 Ko" in French)."""
    locale = QLocale()
    if size < 1024:
        return t("SafetyDialogs", "%1 bytes").replace("%1", locale.toString(size))
    if size < 1024 * 1024:
        return t("SafetyDialogs", "%1 KB").replace("%1", locale.toString(size / 1024, "f", 1))
    return t("SafetyDialogs", "%1 MB").replace("%1", locale.toString(size / (1024 * 1024), "f", 1))


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class RecoveryDialog(QDialog):
    """Lists maps left unsaved by a session that crashed; Restore, Discard or decide Later."""

    def __init__(
        self,
        entries: list[RecoveryEntry],
        restore: Callable[[RecoveryEntry], bool],
        discard: Callable[[RecoveryEntry], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(self.tr("Recover Unsaved Maps"))
        self._entries = list(entries)
        self._restore, self._discard = restore, discard
        intro = QLabel(
            self.tr(
                "MapStudio did not close properly last time. These maps had changes that were "
                "not saved. Restore opens them so that you can save them."
            )
        )
        intro.setWordWrap(True)
        self.table = _table([self.tr("Map"), self.tr("Autosaved"), self.tr("File")], self)
        self.table.setObjectName("recovery_table")
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.discard_button = QPushButton(self.tr("&Discard"))
        self.later_button = QPushButton(self.tr("&Later"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._on_restore)
        self.discard_button.clicked.connect(self._on_discard)
        self.later_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.restore_button, self.discard_button, self.later_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.resize(760, 300)
        self._fill()

    def entries(self) -> list[RecoveryEntry]:
        return list(self._entries)

    def _fill(self) -> None:
        self.table.setRowCount(len(self._entries))
        for row, e in enumerate(self._entries):
            where = str(e.original_path) if e.original_path else self.tr("(never saved)")
            for col, text in enumerate(
                (e.title or self.tr("Untitled"), format_time(e.saved_at), where)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        if self._entries:
            self.table.selectRow(0)
        else:
            self.accept()

    def _selected(self) -> list[RecoveryEntry]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self._entries[r] for r in rows if r < len(self._entries)]

    def _on_restore(self) -> None:
        for e in self._selected():
            if self._restore(e):
                self._entries.remove(e)
        self._fill()

    def _on_discard(self) -> None:
        chosen = self._selected()
        if not chosen:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard Changes"),
            self.tr(
                "Discard the unsaved changes of %Ln map(s)? This cannot be undone.", "", len(chosen)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for e in chosen:
            self._discard(e)
            self._entries.remove(e)
        self._fill()


class VersionsDialog(QDialog):
    """Lists the kept previous versions of a file (time, size); returns the one chosen."""

    def __init__(
        self,
        file_name: str,
        versions: list[Version],
        parent: QWidget | None = None,
        current: JourneyMap | None = None,
        action: str | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("versions_dialog")
        self._current = current
        self._changes_due = False  # the chosen version's changes are listed once shown
        self._read: tuple[Version, JourneyMap, bool] | None = None
        self.setWindowTitle(self.tr("Restore Previous Version"))
        self._versions = versions
        intro = QLabel(
            self.tr(
                "Versions of %1 kept before each save. The one you restore replaces the map's "
                "content; Undo brings the current content back, and nothing is written until "
                "you save."
            ).replace("%1", file_name)
        )
        intro.setWordWrap(True)
        self.table = _table([self.tr("Saved over"), self.tr("Size")], self)
        self.table.setObjectName("versions_table")
        self.table.setRowCount(len(versions))
        for row, v in enumerate(versions):
            self.table.setItem(row, 0, QTableWidgetItem(format_time(v.saved_at)))
            size = QTableWidgetItem(format_size(v.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, size)
        # What choosing a version would change, before it is restored or compared.
        self.changes = QPlainTextEdit()
        self.changes.setObjectName("versions_changes")
        self.changes.setReadOnly(True)
        self.changes.setVisible(current is not None)
        self.table.itemSelectionChanged.connect(self._show_changes)
        if versions:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(self.accept)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = box.addButton(
            action or self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.changes)
        layout.addWidget(box)
        self.resize(560, 460 if current is not None else 320)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._changes_due:
            # read once the dialog is on screen: a big version's read shows its progress over it
            QTimer.singleShot(0, self._show_changes)

    def _show_changes(self) -> None:
        version = self.chosen()
        if self._current is None or version is None:
            return
        if not self.isVisible():
            self._changes_due = True
            return
        self._changes_due = False
        from mapstudio.core.compare import compare
        from mapstudio.core.describe import describe_difference
        from mapstudio.files import MapFileError
        from mapstudio.files.history import read_version
        from mapstudio.gui.app.reading import ReadCancelled, ReadingTexts, reading

        texts = ReadingTexts(
            title=self.windowTitle(),
            reading=self.tr("Reading the version saved over at %1…").replace(
                "%1", format_time(version.saved_at)
            ),
            finishing=self.tr("Comparing with your map…"),
        )
        with reading(self, version.file, texts) as read:
            try:
                other = read_version(version, read.progress)
            except ReadCancelled:
                self.changes.setPlainText(
                    self.tr("Reading this version was cancelled: its changes are not shown.")
                )
                return
            except MapFileError as e:
                self.changes.setPlainText(str(e))
                return
            read.finishing()
            lines = [
                describe_difference(d, self._current, other) for d in compare(self._current, other)
            ]
            # kept for Restore, which then need not read it again
            self._read = (version, other, read.shown)
        heading = (
            self.tr("Restoring this version would change %Ln things:", "", len(lines))
            if lines
            else self.tr("This version is the same as your map.")
        )
        self.changes.setPlainText("\n".join([heading, *lines]))

    def chosen_map(self) -> tuple[JourneyMap, bool] | None:
        """The chosen version's map if it was read to list its changes, and whether that read
        took long enough to show its progress."""
        if self._read is None or self._read[0] != self.chosen():
            return None
        return self._read[1], self._read[2]

    def chosen(self) -> Version | None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return self._versions[rows[0]] if rows else None


class ErrorDialog(QDialog):
    """An unexpected error: what happened, that work is safe, and details to copy."""

    def __init__(self, summary: str, details: str, saved: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("error_dialog")
        self.setWindowTitle(self.tr("Unexpected Error"))
        text = self.tr("Something went wrong inside MapStudio: %1").replace("%1", summary)
        if saved:
            text += "\n" + self.tr(
                "The unsaved changes of your maps (%Ln) were copied to the recovery folder.",
                "",
                saved,
            )
        text += "\n" + self.tr("You can keep working; saving your maps now is a good idea.")
        label = QLabel(text)
        label.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("error_details")
        self.details.setReadOnly(True)
        copy = QPushButton(self.tr("&Copy Details"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.details)
        layout.addWidget(box)
        self.resize(640, 400)


def _ask(box: QMessageBox, accept: str, other: str, other_role: QMessageBox.ButtonRole) -> bool:
    """Ask with two buttons, the accepting one the default: True when it is clicked."""
    accept_button = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(other, other_role)
    box.setDefaultButton(accept_button)
    box.exec()
    return box.clickedButton() is accept_button


def ask_reload(
    parent: QWidget | None, file_name: str, modified: bool, changes: list[str] | None = None
) -> bool:
    """A file changed on disk: True for Reload, False for Keep Mine. ``changes``, what the
    reload would change, is shown under Show Details."""
    box = QMessageBox(
        QMessageBox.Icon.Question, t("SafetyDialogs", "File Changed on Disk"), "", parent=parent
    )
    box.setObjectName("reload_question")
    box.setText(t("SafetyDialogs", "%1 was changed by another program.").replace("%1", file_name))
    if modified:
        box.setInformativeText(
            t(
                "SafetyDialogs",
                "Reload it (your changes stay available through Undo), or keep your version?",
            )
        )
    else:
        box.setInformativeText(t("SafetyDialogs", "Reload it, or keep the version you have open?"))
    if changes:
        box.setDetailedText("\n".join(changes))
    return _ask(
        box,
        t("SafetyDialogs", "&Reload"),
        t("SafetyDialogs", "&Keep Mine"),
        QMessageBox.ButtonRole.RejectRole,
    )


def ask_read_only(parent: QWidget | None, file_name: str, pid: int) -> bool:
    """The file is open in another MapStudio: True for read-only, False to edit anyway."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, t("SafetyDialogs", "Map Already Open"), "", parent=parent
    )
    box.setObjectName("locked_question")
    box.setText(
        t("SafetyDialogs", "%1 is already open in another MapStudio window (process %2).")
        .replace("%1", file_name)
        .replace("%2", str(pid))
    )
    box.setInformativeText(
        t(
            "SafetyDialogs",
            "Open it read-only? Editing it in both windows would make one overwrite the other.",
        )
    )
    return _ask(
        box,
        t("SafetyDialogs", "Open &Read-Only"),
        t("SafetyDialogs", "&Edit Anyway"),
        QMessageBox.ButtonRole.DestructiveRole,
    )


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setObjectName("safety_message")
    box.exec()
