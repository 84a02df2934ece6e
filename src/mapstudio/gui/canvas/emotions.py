"""Items of an emotions lane: the zero line, one smooth curve per persona and per as-is /
to-be, and a draggable marker per point (with its label). Coordinates are lane-relative."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from mapstudio.gui.canvas import painting as P
from mapstudio.gui.canvas.rect_item import RectItem, lod
from mapstudio.layout import (
    POINT_LABEL_HEIGHT,
    POINT_LABEL_TAG_RADIUS,
    POINT_MARKER_RADIUS,
    CurveGeom,
    MapGeometry,
    MapSource,
    Row,
    coincident_points,
    label_tops,
    smooth_segments,
    theme,
)

# Literal context and text at each call, so pyside6-lupdate extracts them.
translate = QCoreApplication.translate

# Label placement is layout.label_tops (shared with the poster); its sizes are layout's.
MARKER_RADIUS = POINT_MARKER_RADIUS
LABEL_HEIGHT = POINT_LABEL_HEIGHT
LABEL_TAG_RADIUS = POINT_LABEL_TAG_RADIUS


class ZeroLineItem(RectItem):
    """The neutral line and light guide lines at each scale value."""

    def __init__(self) -> None:
        super().__init__()
        self._zero = 0.0
        self._guides: list[float] = []
        self.setZValue(1)

    def set_lines(self, x0: float, x1: float, zero: float, guides: list[float]) -> None:
        rect = QRectF(
            x0, min([zero, *guides]) - 2, x1 - x0, 4 + max([zero, *guides]) - min([zero, *guides])
        )
        self.set_rect(rect)
        self._zero, self._guides = zero, guides
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        x0, x1 = self._rect.left(), self._rect.right()
        painter.setPen(P.pen(theme.SCORE_LINE, theme.SCORE_LINE_WIDTH))
        for y in self._guides:
            painter.drawLine(QPointF(x0, y), QPointF(x1, y))
        neutral = P.pen(theme.NEUTRAL_LINE, theme.NEUTRAL_LINE_WIDTH)
        neutral.setDashPattern([d / theme.NEUTRAL_LINE_WIDTH for d in theme.NEUTRAL_LINE_DASH])
        painter.setPen(neutral)
        painter.drawLine(QPointF(x0, self._zero), QPointF(x1, self._zero))


class EmotionCurveItem(QGraphicsItem):
    """One persona's curve (solid for as-is, dashed for to-be)."""

    def __init__(self) -> None:
        super().__init__()
        self._path = QPainterPath()
        self._pen = QPen()
        self._geom: CurveGeom | None = None
        self._dy = 0.0
        self.setZValue(2)

    def set_curve(self, geom: CurveGeom, dy: float, colour: str) -> None:
        self._geom, self._dy = geom, dy
        self._set_path(geom.segments)
        pen = QPen(QColor(colour), 2.4 if geom.curve.value == "as_is" else 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if geom.curve.value == "to_be":
            pen.setDashPattern([d / 2.0 for d in theme.TO_BE_DASH])
        self._pen = pen
        self.update()

    def preview_stage_shifts(self, shifts: dict[str, float]) -> None:
        """Redraw the curve as if each stage's points sat ``shifts[stage]`` further right (live
        preview of a stage header drag: the dragged stage follows the mouse, its neighbours
        slide aside), through the points in their new left-to-right order, as it will be
        after the drop; no shifts restore it."""
        geom = self._geom
        if geom is None:
            return
        if not any(shifts.get(p.stage) for p in geom.points):
            self._set_path(geom.segments)
            return
        pts = sorted((p.x + shifts.get(p.stage, 0.0), p.y) for p in geom.points)
        # keep control points inside the band the laid-out curve already uses
        ys = [c[1] for seg in geom.segments for c in seg] or [p.y for p in geom.points]
        self._set_path(smooth_segments(pts, min(ys), max(ys)))

    def _set_path(self, segments: tuple[tuple[tuple[float, float], ...], ...]) -> None:
        path = QPainterPath()
        dy = self._dy
        if segments:
            path.moveTo(segments[0][0][0], segments[0][0][1] - dy)
        elif self._geom is not None and self._geom.points:
            path.moveTo(self._geom.points[0].x, self._geom.points[0].y - dy)
        for _start, c1, c2, end in segments:
            path.cubicTo(c1[0], c1[1] - dy, c2[0], c2[1] - dy, end[0], end[1] - dy)
        self.prepareGeometryChange()
        self._path = path
        self.update()

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-3, -3, 3, 3)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(self._pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)


class EmotionPointItem(QGraphicsItem):
    """A point of a curve: marker in the persona's colour and shape, label next to it."""

    def __init__(self, point_id: str) -> None:
        super().__init__()
        self.obj_id = point_id
        self.stage = ""
        self.persona = ""
        self.curve = "as_is"
        self.score = 0
        self.label = ""
        self._marker = "circle"
        self._colour = QColor("#1f77b4")
        self._label_top = -24.0
        self._hollow = False
        self.tagged = False  # shares its spot: the label carries a small persona marker
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setZValue(3)
        self.setCursor(Qt.CursorShape.SizeVerCursor)

    def set_point(
        self,
        stage: str,
        persona: str,
        curve: str,
        score: float,
        label: str,
        colour: str,
        marker: str,
        label_top: float,
        tagged: bool = False,
    ) -> None:
        self.prepareGeometryChange()
        self.tagged = tagged
        self.stage, self.persona, self.curve, self.score, self.label = (
            stage,
            persona,
            curve,
            score,
            label,
        )
        self._colour = QColor(colour)
        self._marker = marker
        self._label_top = label_top
        self._hollow = curve == "to_be"
        tip = translate("MapCanvas", "Score %1").replace("%1", f"{score:g}")
        self.setToolTip(tip + ("\n" + label if label else ""))
        self.update()

    def label_rect(self) -> QRectF:
        return QRectF(-80, self._label_top, 160, LABEL_HEIGHT)

    def boundingRect(self) -> QRectF:
        r = MARKER_RADIUS * 1.6
        marker = QRectF(-r, -r, 2 * r, 2 * r)
        return marker.united(self.label_rect()) if self.label else marker

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        r = MARKER_RADIUS + 4
        path.addEllipse(QPointF(0, 0), r, r)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.isSelected():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(26, 115, 232, 60))
            painter.drawEllipse(QPointF(0, 0), MARKER_RADIUS + 5, MARKER_RADIUS + 5)
        painter.setPen(QPen(self._colour, 2.0))
        painter.setBrush(QColor("#ffffff") if self._hollow else self._colour)
        painter.drawPath(P.marker_path(self._marker, QPointF(0, 0), MARKER_RADIUS))
        if self.label and lod(painter) >= P.LOD_BLOCKS:
            painter.setFont(P.font(9))
            painter.setPen(P.colour(self.scene().look.point_label))
            width = 156 - (4 * LABEL_TAG_RADIUS if self.tagged else 0)
            metrics = P.font_metrics(9)
            text = metrics.elidedText(self.label, Qt.TextElideMode.ElideRight, width)
            painter.drawText(self.label_rect(), Qt.AlignmentFlag.AlignCenter, text)
            if self.tagged:
                x = -metrics.horizontalAdvance(text) / 2 - 2 * LABEL_TAG_RADIUS
                centre = QPointF(x, self._label_top + LABEL_HEIGHT / 2)
                painter.setPen(QPen(self._colour, 1.2))
                painter.setBrush(QColor("#ffffff") if self._hollow else self._colour)
                painter.drawPath(P.marker_path(self._marker, centre, LABEL_TAG_RADIUS))


class EmotionLayer(QGraphicsItem):
    """Container of one emotions lane's items (hidden with the lane when it is collapsed)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.zero = ZeroLineItem()
        self.zero.setParentItem(self)
        self.curves: list[EmotionCurveItem] = []
        self.points: dict[str, EmotionPointItem] = {}

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, *args: object) -> None:
        pass

    def stage_items(self, stage: str) -> list[EmotionPointItem]:
        """The point items of one stage (they follow its header while it is dragged)."""
        return [p for p in self.points.values() if p.stage == stage]

    def sync(self, geo: MapGeometry, source: MapSource, row: Row) -> None:
        """Match the items to the map's curves, reusing point items by id."""
        self.setVisible(not row.collapsed)
        low, high = geo.scale.bounds
        guides = [geo.score_to_y(row.lane, s) - row.y for s in range(low, high + 1)]
        zero = geo.score_to_y(row.lane, geo.scale.neutral) - row.y
        self.zero.set_lines(geo.style.header_width, geo.width, zero, guides)
        curves = geo.curves(source, row.lane)
        while len(self.curves) < len(curves):
            item = EmotionCurveItem()
            item.setParentItem(self)
            self.curves.append(item)
        while len(self.curves) > len(curves):
            item = self.curves.pop()
            item.scene().removeItem(item)
        personas = {p.id: (i, p) for i, p in enumerate(source.map.personas)}
        top_third = geo.style.emotion_margin + (row.height - 2 * geo.style.emotion_margin) / 3
        spots = [
            (pt.point_id, pt.stage, pt.y - row.y, bool(pt.label)) for c in curves for pt in c.points
        ]
        tops = label_tops(spots, top_third, row.height)
        shared = coincident_points(spots)
        seen: set[str] = set()
        for item, curve in zip(self.curves, curves, strict=True):
            index, persona = personas[curve.persona]
            item.set_curve(curve, row.y, persona.colour)
            marker = theme.PERSONA_MARKERS[index % len(theme.PERSONA_MARKERS)]
            for pt in curve.points:
                seen.add(pt.point_id)
                point = self.points.get(pt.point_id)
                new = point is None
                if new:
                    point = EmotionPointItem(pt.point_id)
                    self.points[pt.point_id] = point
                point.setPos(pt.x, pt.y - row.y)
                point.set_point(
                    pt.stage, curve.persona, curve.curve.value, pt.score, pt.label,
                    persona.colour, marker, tops[pt.point_id], pt.point_id in shared,
                )  # fmt: skip
                if new:  # joins the scene placed and filled (no re-index, no repaint queued)
                    point.setParentItem(self)
        for point_id in set(self.points) - seen:
            item = self.points.pop(point_id)
            item.scene().removeItem(item)
