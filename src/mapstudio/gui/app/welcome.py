"""What the window shows with no map open: a one-line hint, New and Open, a gallery of the
templates with pictures of them, and the recent maps with their title, date and a picture
(``gallery``: pictures drawn by the canvas in a worker process while the page shows, cached;
a file too big to read or not a map shows its name and size)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mapstudio.gui.app.gallery import PATH_ROLE, TEMPLATE_ROLE, Gallery
from mapstudio.gui.icons import line_icon
from mapstudio.layout import theme

if TYPE_CHECKING:
    from mapstudio.files.templates import TemplateInfo
    from mapstudio.gui.app.main_window import MainWindow

LANGUAGE_NAMES = {"en": "English", "fr": "Français"}  # each language in its own words


def sorted_templates(language: str) -> list[TemplateInfo]:
    """The bundled templates, ``language``'s first (blank first within a language)."""
    from mapstudio.files.templates import list_templates

    try:
        found = list_templates()
    except Exception:  # a damaged bundled file must not stop the page or the dialog
        found = []
    found.sort(
        key=lambda t: (not t.language.startswith(language), not t.name.startswith("blank"), t.name)
    )
    return found


class WelcomePage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("WelcomePage")

        title = QLabel(self.tr("MapStudio"))
        title.setObjectName("WelcomeTitle")
        font = title.font()
        font.setPointSizeF(theme.TYPE_TITLE)
        font.setBold(True)
        title.setFont(font)
        self.hint = QLabel(
            self.tr(
                "Click a template to start a map, open one of yours (Ctrl+O), or drop a map "
                "file on this window."
            )
        )
        self.hint.setObjectName("WelcomeHint")
        self.hint.setWordWrap(True)
        self.new_button = QPushButton(line_icon("file-plus"), self.tr("&New Blank Map"))
        self.open_button = QPushButton(line_icon("folder-open"), self.tr("&Open..."))
        self.template_button = QPushButton(self.tr("More &Templates..."))
        self.new_button.setDefault(True)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.template_button):
            b.setIconSize(QSize(18, 18))
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.new_button.clicked.connect(lambda: self.window.files.new_map())
        self.open_button.clicked.connect(lambda: self.window.files.open_dialog())
        self.template_button.clicked.connect(lambda: self.window.files.new_from_template())

        self.templates_title = QLabel(self.tr("Start from a template"))
        self.templates = Gallery("TemplateGallery", wrap=False)
        self.templates.itemClicked.connect(self._use_template)
        self.templates.itemActivated.connect(self._use_template)
        self.recent_title = QLabel(self.tr("Recent maps"))
        self.recent = Gallery("RecentList", wrap=True)
        self.recent.itemClicked.connect(self._open_item)
        self.recent.itemActivated.connect(self._open_item)
        for label in (self.templates_title, self.recent_title):
            bold = label.font()
            bold.setBold(True)
            bold.setPointSizeF(theme.TYPE_HEADING)
            label.setFont(bold)

        column = QVBoxLayout()
        column.setSpacing(theme.SPACE_S)
        column.addWidget(title)
        column.addWidget(self.hint)
        column.addSpacing(theme.SPACE_XS)
        column.addLayout(buttons)
        column.addSpacing(theme.SPACE_L)
        column.addWidget(self.templates_title)
        column.addWidget(self.templates)
        column.addSpacing(theme.SPACE_S)
        column.addWidget(self.recent_title)
        column.addWidget(self.recent, 1)
        inner = QWidget()
        inner.setObjectName("WelcomeColumn")
        inner.setLayout(column)
        inner.setMaximumWidth(1180)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(theme.SPACE_XXL, theme.SPACE_XL, theme.SPACE_XXL, theme.SPACE_L)
        outer.addWidget(inner, 1)
        self._fill_templates()

    # --- contents ---------------------------------------------------------------------------
    def _fill_templates(self) -> None:
        from mapstudio.gui.i18n import current_language

        for t in sorted_templates(current_language()):
            words = LANGUAGE_NAMES.get(t.language[:2], t.language)
            item = self.templates.add_map(str(t.path), t.title, words)
            item.setData(TEMPLATE_ROLE, t.name)
            item.setToolTip(self.tr("New map from “%1”").replace("%1", t.title))

    def refresh(self) -> None:
        """The recent maps as the settings list them; pictures not cached are made once the
        page shows (a hidden page asks for none)."""
        self.recent.clear_maps()
        for path in self.window.settings.recent_files:
            item = self.recent.add_map(path, Path(path).name, str(Path(path).parent), True)
            item.setToolTip(path)
        has_recent = bool(self.window.settings.recent_files)
        self.recent.setVisible(has_recent)
        self.recent_title.setVisible(has_recent)

    def pictures_pending(self) -> int:
        """How many pictures are still to be drawn (tests wait for none)."""
        return self.templates.pictures_pending() + self.recent.pictures_pending()

    # --- actions ----------------------------------------------------------------------------
    def _use_template(self, item: QListWidgetItem) -> None:
        self.window.files.new_from_template_name(item.data(TEMPLATE_ROLE))

    def _open_item(self, item: QListWidgetItem) -> None:
        self.window.files.open_path(item.data(PATH_ROLE))
