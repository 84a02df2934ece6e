"""New from Template: a list of the bundled templates, the interface's language first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mapstudio.files.templates import list_templates
from mapstudio.gui.i18n import current_language


class TemplateChooser(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from Template"))
        self.setObjectName("TemplateChooser")
        language = language or current_language()  # the interface's language
        self.list = QListWidget()
        try:
            templates = list_templates()
        except Exception:  # a damaged bundled file must not stop the dialog
            templates = []
        templates.sort(
            key=lambda t: (not t.language.startswith(language), not t.name.startswith("blank"))
        )
        for t in templates:
            item = QListWidgetItem(f"{t.title}  ({t.language})")
            item.setData(Qt.ItemDataRole.UserRole, t.name)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.list.count() > 0)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start a new map from:")))
        if not self.list.count():
            layout.addWidget(QLabel(self.tr("No templates are installed.")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(460, 360)

    def selected_name(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
