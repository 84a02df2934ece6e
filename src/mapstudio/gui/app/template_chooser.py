"""New from Template: the bundled templates as a gallery of pictures (the interface's language
first), the same cards as the welcome page's."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mapstudio.gui.app.gallery import TEMPLATE_ROLE, Gallery
from mapstudio.gui.app.welcome import LANGUAGE_NAMES, sorted_templates
from mapstudio.gui.i18n import current_language


class TemplateChooser(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from Template"))
        self.setObjectName("TemplateChooser")
        language = language or current_language()  # the interface's language
        self.list = Gallery("TemplateChoices", wrap=True)
        for t in sorted_templates(language):
            words = LANGUAGE_NAMES.get(t.language[:2], t.language)
            item = self.list.add_map(str(t.path), t.title, words)
            item.setData(TEMPLATE_ROLE, t.name)
            item.setToolTip(t.title)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
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
        grid = self.list.gridSize()
        self.resize(QSize(grid.width() * 4 + 60, grid.height() * 2 + 110))

    def selected_name(self) -> str | None:
        item = self.list.currentItem()
        return item.data(TEMPLATE_ROLE) if item else None
