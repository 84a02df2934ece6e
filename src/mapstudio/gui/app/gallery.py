"""A gallery of maps as cards: a picture of each map (``thumbnails``: drawn by the canvas,
cached in memory and on disk), its title in bold and a muted line under it. The welcome page's
templates and recent maps and the New from Template dialog show one. A picture not cached yet
shows a placeholder and is asked of the worker process (``picture_worker``) only while the
gallery is shown; the gallery shows at once and never waits. A file too big to read for a
picture, or not a map, gets a plain card: its name and size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QPoint, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHideEvent,
    QIcon,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
    QShowEvent,
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

from mapstudio.gui.app import picture_worker, reading, thumbnails
from mapstudio.gui.icons import line_icon
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


def plain_card(size: QSize, ratio: float, colour: QColor, border: QColor) -> QIcon:
    """The picture of a file shown without its map: a framed blank with a file's outline."""
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(colour)
    painter = QPainter(pixmap)
    painter.setPen(border)
    painter.drawRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1))
    side = size.height() // 3
    line_icon("layout-template").paint(
        painter, QRect((size.width() - side) // 2, (size.height() - side) // 2, side, side)
    )
    painter.end()
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
        # Items whose picture is still to come, by picture key; ``_asked``: the keys the worker
        # is making for this gallery (asked only while the gallery is shown).
        self._waiting: dict[str, list[QListWidgetItem]] = {}
        self._asked: set[str] = set()
        self._asking = QTimer(self)
        self._asking.setSingleShot(True)
        self._asking.setInterval(0)
        self._asking.timeout.connect(self._ask_for_pictures)
        self._worker: picture_worker.PictureWorker | None = None

    # --- items and their pictures -----------------------------------------------------------
    def add_map(self, path: str, title: str, subtitle: str, describe: bool = False):
        """A card for the map file ``path``; ``describe``: once read, the card shows the map's
        title and the file's date and name (recent maps) instead of the words given."""
        item = QListWidgetItem(self._blank(), title)
        item.setData(SUBTITLE_ROLE, subtitle)
        item.setData(PATH_ROLE, path)
        item.setData(DESCRIBE_ROLE, describe)
        self.addItem(item)
        ratio = self._ratio()
        cached = thumbnails.cached_summary(path, ratio)
        key = thumbnails.picture_key(path, ratio)
        if cached is not None:
            self._show(item, cached)
        elif key is None or thumbnails.too_big(path):  # never read: a plain card at once
            self._show(item, thumbnails.plain_summary(path))
        else:
            self._waiting.setdefault(key, []).append(item)
            if self.isVisible():
                self._asking.start()
        return item

    def clear_maps(self) -> None:
        """Remove every card; pictures still to come for them are dropped when they arrive."""
        self._withdraw()
        self._waiting.clear()
        self.clear()

    def pictures_pending(self) -> int:
        """How many cards still wait for their picture."""
        return sum(len(items) for items in self._waiting.values())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._waiting:
            self._asking.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        self._asking.stop()
        self._withdraw()

    def _ratio(self) -> float:
        return self.devicePixelRatioF() or 1.0

    def _blank(self) -> QIcon:
        colour = self.palette().color(QPalette.ColorRole.AlternateBase)
        return _placeholder(thumbnails.THUMB_SIZE, self._ratio(), colour)

    def _ask_for_pictures(self) -> None:
        if not self._waiting or not self.isVisible():
            return
        if reading.under_way():  # a big map file is read: its progress first, pictures after
            self._asking.start(reading.WAIT_FOR_READ_MS)
            return
        self._asking.setInterval(0)
        worker = self._connect_worker()
        ratio = self._ratio()
        for key, items in self._waiting.items():
            if key not in self._asked:
                self._asked.add(key)
                worker.request(items[0].data(PATH_ROLE), key, ratio)

    def _connect_worker(self) -> picture_worker.PictureWorker:
        if self._worker is None:
            self._worker = picture_worker.shared()
            self._worker.drawn.connect(self._arrived)
        return self._worker

    def _withdraw(self) -> None:
        """Pictures asked for and not started are no longer wanted (hidden or cleared)."""
        if self._worker is not None:
            for key in self._asked:
                self._worker.withdraw(key)
        self._asked.clear()

    def _arrived(self, key: str, found: thumbnails.MapSummary) -> None:
        self._asked.discard(key)
        for item in self._waiting.pop(key, []):  # none when the cards went away meanwhile
            self._show(item, found)

    def _show(self, item: QListWidgetItem, found: thumbnails.MapSummary) -> None:
        border = self.palette().color(QPalette.ColorRole.Mid)
        if found.image is None:
            colour = self.palette().color(QPalette.ColorRole.AlternateBase)
            item.setIcon(plain_card(thumbnails.THUMB_SIZE, self._ratio(), colour, border))
            if item.data(DESCRIBE_ROLE):
                locale = QLocale()
                when = locale.toString(QDateTime(found.modified), QLocale.FormatType.ShortFormat)
                item.setText(found.path.name)
                if found.size >= 0:
                    size = locale.formattedDataSize(
                        found.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
                    )
                    item.setData(SUBTITLE_ROLE, f"{size} · {when}")
            return
        item.setIcon(framed(found.image, border))
        if item.data(DESCRIBE_ROLE):
            when = QLocale().toString(QDateTime(found.modified), QLocale.FormatType.ShortFormat)
            item.setText(found.title or Path(found.path).name)
            item.setData(SUBTITLE_ROLE, f"{when} · {found.path.name}")
