"""What the window shows with no map open: a one-line hint, New and Open, a gallery of the
templates with pictures of them, and the recent maps with their title, date and a picture.

Pictures come from ``thumbnails`` (drawn by the canvas, cached on disk); the page shows at once
with placeholders and draws the missing pictures one per event-loop turn, so it never waits.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QPoint, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mapstudio.gui.app import thumbnails
from mapstudio.gui.icons import line_icon
from mapstudio.layout import theme

if TYPE_CHECKING:
    from mapstudio.files.templates import TemplateInfo
    from mapstudio.gui.app.main_window import MainWindow

PATH_ROLE = Qt.ItemDataRole.UserRole
TEMPLATE_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2  # the muted line under the title
CARD_PADDING = theme.SPACE_S  # around the picture and the words, inside a card's frame
CARD_RADIUS = theme.RADIUS_L
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}  # each language in its own words


def _placeholder(size: QSize, ratio: float, colour: QColor) -> QIcon:
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(colour)
    return QIcon(pixmap)


def framed(image: QImage, border: QColor) -> QIcon:
    """The picture with a hairline frame, so a white map stands out from a white page."""
    pixmap = QPixmap.fromImage(image)
    painter = QPainter(pixmap)
    painter.setPen(border)
    painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
    painter.end()
    pixmap.setDevicePixelRatio(image.devicePixelRatio())
    return QIcon(pixmap)


class CardDelegate(QStyledItemDelegate):
    """A gallery item as a card: its picture, its title in bold on one line, a muted line
    under it, and a rounded frame when the mouse is over it or it is chosen."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        line = option.fontMetrics.height()
        return thumbnails.THUMB_SIZE + QSize(2 * CARD_PADDING, 2 * CARD_PADDING + 2 * line + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        palette = option.palette
        r = option.rect.adjusted(2, 2, -2, -2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        state = option.state
        if state & (QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_Selected):
            fill = QColor(palette.color(QPalette.ColorRole.Highlight))
            fill.setAlpha(70 if state & QStyle.StateFlag.State_Selected else 35)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(r), CARD_RADIUS, CARD_RADIUS)
        size = thumbnails.THUMB_SIZE
        x = r.x() + (r.width() - size.width()) // 2
        y = r.y() + CARD_PADDING
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            icon.paint(painter, QRect(QPoint(x, y), size))
        width = size.width()
        y += size.height() + 6
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title = QFontMetrics(bold).elidedText(
            index.data(Qt.ItemDataRole.DisplayRole) or "", Qt.TextElideMode.ElideRight, width
        )
        line = QFontMetrics(bold).height()
        painter.drawText(QRect(x, y, width, line), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        sub = option.fontMetrics.elidedText(
            index.data(SUBTITLE_ROLE) or "", Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(QRect(x, y + line + 2, width, line), Qt.AlignmentFlag.AlignLeft, sub)
        painter.restore()


class Gallery(QListWidget):
    """A row or grid of pictures with two lines of words under each; a click opens one."""

    def __init__(self, name: str, wrap: bool) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(wrap)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(thumbnails.THUMB_SIZE)
        self.setItemDelegate(CardDelegate(self))
        line = self.fontMetrics().height()
        self.setGridSize(thumbnails.THUMB_SIZE + QSize(28, 2 * CARD_PADDING + 2 * line + 14))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)  # hover highlight
        self.viewport().setAutoFillBackground(False)
        self.setMinimumHeight(self.gridSize().height() + 8)
        if not wrap:  # one row that scrolls sideways
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setMaximumHeight(self.gridSize().height() + 24)  # room for a scroll bar


class WelcomePage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("WelcomePage")
        self._pending: list[QListWidgetItem] = []  # pictures still to draw
        self._drawing = QTimer(self)
        self._drawing.setSingleShot(True)
        self._drawing.setInterval(0)
        self._drawing.timeout.connect(self._draw_next)

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
    def _ratio(self) -> float:
        return self.devicePixelRatioF() or 1.0

    def _blank(self) -> QIcon:
        colour = self.palette().color(QPalette.ColorRole.AlternateBase)
        return _placeholder(thumbnails.THUMB_SIZE, self._ratio(), colour)

    def _fill_templates(self) -> None:
        from mapstudio.files.templates import list_templates
        from mapstudio.gui.i18n import current_language

        try:
            found: list[TemplateInfo] = list_templates()
        except Exception:  # a damaged bundled file must not stop the page
            found = []
        language = current_language()
        found.sort(key=lambda t: (not t.language.startswith(language), t.name))
        for t in found:
            words = LANGUAGE_NAMES.get(t.language[:2], t.language)
            item = QListWidgetItem(self._blank(), t.title)
            item.setData(SUBTITLE_ROLE, words)
            item.setData(TEMPLATE_ROLE, t.name)
            item.setData(PATH_ROLE, str(t.path))
            item.setToolTip(self.tr("New map from “%1”").replace("%1", t.title))
            self.templates.addItem(item)
            self._queue(item)

    def refresh(self) -> None:
        """The recent maps as the settings list them, pictures drawn when missing."""
        self._pending = [i for i in self._pending if i.listWidget() is self.templates]
        self.recent.clear()
        locale = QLocale()
        for path in self.window.settings.recent_files:
            item = QListWidgetItem(self._blank(), Path(path).name)
            item.setData(SUBTITLE_ROLE, str(Path(path).parent))
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            self.recent.addItem(item)
            cached = thumbnails.cached_summary(path, self._ratio())
            if cached is not None:
                self._show(item, cached, locale)
            else:
                self._queue(item)
        has_recent = bool(self.window.settings.recent_files)
        self.recent.setVisible(has_recent)
        self.recent_title.setVisible(has_recent)

    def _queue(self, item: QListWidgetItem) -> None:
        self._pending.append(item)
        self._drawing.start()

    def _draw_next(self) -> None:
        if not self._pending:
            return
        item = self._pending.pop(0)
        found = thumbnails.summary(item.data(PATH_ROLE), self._ratio())
        if found is not None:
            self._show(item, found, QLocale())
        if self._pending:
            self._drawing.start()

    def pictures_pending(self) -> int:
        """How many pictures are still to be drawn (tests wait for none)."""
        return len(self._pending)

    def _show(self, item: QListWidgetItem, found: thumbnails.MapSummary, locale: QLocale) -> None:
        border = self.palette().color(QPalette.ColorRole.Mid)
        item.setIcon(framed(found.image, border))
        if item.data(TEMPLATE_ROLE) is None:  # a recent map: its title, file and date
            when = locale.toString(QDateTime(found.modified), QLocale.FormatType.ShortFormat)
            item.setText(found.title or found.path.name)
            item.setData(SUBTITLE_ROLE, f"{when} · {found.path.name}")

    # --- actions ----------------------------------------------------------------------------
    def _use_template(self, item: QListWidgetItem) -> None:
        self.window.files.new_from_template_name(item.data(TEMPLATE_ROLE))

    def _open_item(self, item: QListWidgetItem) -> None:
        self.window.files.open_path(item.data(PATH_ROLE))
