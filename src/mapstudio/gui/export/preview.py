"""A live sketch of the pages an export will print: the poster's lanes and columns in their
colours, the sheets over it, and page outlines."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mapstudio.layout import theme
from mapstudio.poster.poster_pdf import Poster
from mapstudio.poster.tiling import PagePlan


class PagePreview(QWidget):
    def __init__(self, poster: Poster, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.poster = poster
        self.plan: PagePlan | None = None
        self.setMinimumSize(QSize(320, 240))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_plan(self, plan: PagePlan | None) -> None:
        self.plan = plan
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#e9ecef"))
        plan = self.plan
        if plan is None:
            p.end()
            return
        if plan.tiled:
            full_w = max(self.poster.width, max(t.x0 + t.width for t in plan.tiles))
            full_h = max(self.poster.height, max(t.y0 + t.height for t in plan.tiles))
            k = min((self.width() - 20) / full_w, (self.height() - 20) / full_h)
            ox = (self.width() - full_w * k) / 2
            oy = (self.height() - full_h * k) / 2
            self._poster(p, ox, oy, k)
            pen = QPen(QColor("#1f77b4"), 1.2)
            p.setPen(pen)
            p.setFont(QFont(self.font().family(), 8, QFont.Weight.Bold))
            for t in plan.tiles:
                r = QRectF(ox + t.x0 * k, oy + t.y0 * k, t.width * k, t.height * k)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(r)
                p.drawText(r, Qt.AlignmentFlag.AlignCenter, t.name)
        else:
            paper = plan.paper
            k = min((self.width() - 20) / paper.width, (self.height() - 20) / paper.height)
            px = (self.width() - paper.width * k) / 2
            py = (self.height() - paper.height * k) / 2
            p.setPen(QPen(QColor("#adb5bd"), 1))
            p.setBrush(QColor("#ffffff"))
            p.drawRect(QRectF(px, py, paper.width * k, paper.height * k))
            ax, ay, aw, ah = plan.area
            s = plan.scale * k
            ox = px + ax * k + (aw * k - self.poster.width * s) / 2
            oy = py + ay * k + (ah * k - self.poster.height * s) / 2
            self._poster(p, ox, oy, s)
        p.end()

    def _poster(self, p: QPainter, ox: float, oy: float, k: float) -> None:
        """The poster in outline: title bar, lane bands in their kind's colours, legend."""
        poster, geo = self.poster, self.poster.geo
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#ffffff"))
        p.drawRect(QRectF(ox, oy, poster.width * k, poster.height * k))
        p.setBrush(QColor(theme.HEADER_FILL))
        a = poster.arrangement
        p.drawRect(QRectF(ox + a.title_x * k, oy + a.title_y * k, a.title.width * 0.6 * k, 24 * k))
        mx, my = ox + poster.map_x * k, oy + poster.map_y * k
        p.drawRect(QRectF(mx, my, geo.width * k, geo.style.stage_header_height * k))
        for row in geo.rows:
            ls = theme.LANE_STYLES[row.kind]
            p.setBrush(QColor(ls.band))
            p.drawRect(QRectF(mx, my + row.y * k, geo.width * k, row.height * k))
            tint = QColor(ls.accent)
            tint.setAlpha(40)
            p.setBrush(tint)
            p.drawRect(QRectF(mx, my + row.y * k, geo.style.header_width * k, row.height * k))
            p.setBrush(QColor(ls.accent))
            p.drawRect(QRectF(mx, my + row.y * k, 4 * k, row.height * k))
            if row.collapsed:
                continue
            p.setBrush(QColor(ls.fill))
            for col in geo.columns:
                cell = geo.cells.get((col.stage, row.lane))
                for b in cell.boxes if cell else ():
                    p.drawRect(
                        QRectF(
                            mx + (col.x + b.x) * k,
                            my + (row.y + b.y) * k,
                            b.width * k,
                            b.height * k,
                        )
                    )
        p.setBrush(QColor("#dee2e6"))
        p.drawRect(
            QRectF(
                ox + poster.legend_x * k,
                oy + poster.legend_y * k,
                poster.legend.width * k,
                poster.legend.height * k,
            )
        )
        p.setPen(QPen(QColor("#868e96"), 0.8))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(ox, oy, poster.width * k, poster.height * k))
