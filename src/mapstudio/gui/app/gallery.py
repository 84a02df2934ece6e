"""A gallery of maps as cards: a picture of each map (``thumbnails``: drawn by the canvas,
cached on disk), its title in bold and a muted line under it. The welcome page's templates and
recent maps and the New from Template dialog show one. Pictures not cached yet are drawn one
per event-loop turn, so the gallery shows at once and never waits."""

from __future__ import annotations

from pathlib import Path

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
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from mapstudio.gui.app import reading, thumbnails
from mapstudio.layout import theme

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole  # a template's name ("smartphone-en")
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2  # the muted line under the title
DESCRIBE_ROLE = Qt.ItemDataRole.UserRole + 3  # True: the picture brings the title and date
CARD_PADDING = theme.SPACE_S  # around the picture and the words, inside a card's frame
CARD_RADIUS = theme.RADIUS_L


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
        self._pending: list[QListWidgetItem] = []  # pictures still to draw
        self._drawing = QTimer(self)
        self._drawing.setSingleShot(True)
        self._drawing.setInterval(0)
        self._drawing.timeout.connect(self._draw_next)

    # --- items and their pictures -----------------------------------------------------------
    def add_map(self, path: str, title: str, subtitle: str, describe: bool = False):
        """A card for the map file ``path``; ``describe``: once read, the card shows the map's
        title and the file's date and name (recent maps) instead of the words given."""
        item = QListWidgetItem(self._blank(), title)
        item.setData(SUBTITLE_ROLE, subtitle)
        item.setData(PATH_ROLE, path)
        item.setData(DESCRIBE_ROLE, describe)
        self.addItem(item)
        cached = thumbnails.cached_summary(path, self._ratio())
        if cached is not None:
            self._show(item, cached)
        else:
            self._pending.append(item)
            self._drawing.start()
        return item

    def clear_maps(self) -> None:
        self._pending.clear()
        self.clear()

    def pictures_pending(self) -> int:
        """How many pictures are still to be drawn."""
        return len(self._pending)

    def _ratio(self) -> float:
        return self.devicePixelRatioF() or 1.0

    def _blank(self) -> QIcon:
        colour = self.palette().color(QPalette.ColorRole.AlternateBase)
        return _placeholder(thumbnails.THUMB_SIZE, self._ratio(), colour)

    def _draw_next(self) -> None:
        if not self._pending:
            return
        if reading.under_way():  # a big map file is read: its progress first, pictures after
            self._drawing.start(reading.WAIT_FOR_READ_MS)
            return
        self._drawing.setInterval(0)
        item = self._pending.pop(0)
        found = thumbnails.summary(item.data(PATH_ROLE), self._ratio())
        if found is not None:
            self._show(item, found)
        if self._pending:
            self._drawing.start()

    def _show(self, item: QListWidgetItem, found: thumbnails.MapSummary) -> None:
        border = self.palette().color(QPalette.ColorRole.Mid)
        item.setIcon(framed(found.image, border))
        if item.data(DESCRIBE_ROLE):
            when = QLocale().toString(QDateTime(found.modified), QLocale.FormatType.ShortFormat)
            item.setText(found.title or Path(found.path).name)
            item.setData(SUBTITLE_ROLE, f"{when} · {found.path.name}")
