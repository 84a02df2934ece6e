"""View > Insights: the dock follows the map live, a click on a priority dot selects its card,
and the friction heat strip goes on and off the stage headers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mapstudio.core.insights import compute
from mapstudio.gui import commands
from mapstudio.gui.canvas.heat import HeatStripItem
from tests.foundation.conftest import EXAMPLES

EXAMPLE = EXAMPLES / "smartphone-en.journey.json"


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(20)


def open_insights(qtbot, window):
    window.open_paths([str(EXAMPLE)])
    assert window._insights is None  # nothing built until asked for
    window.actions.show_insights.trigger()
    settle(qtbot)
    controller = window._insights
    assert controller is not None and controller.dock.isVisible()
    assert window.actions.show_insights.isChecked()
    return controller


def test_clicking_a_priority_dot_selects_its_card_on_the_map(qtbot, window) -> None:
    controller = open_insights(qtbot, window)
    matrix = controller.panel.matrix
    controller.panel.ensureWidgetVisible(matrix)
    settle(qtbot)
    dots = matrix.dots()
    expected = [o for o in compute(window.current_document().map).opportunities if o.rated]
    assert [p.card_id for _, _, p in dots] == [o.card_id for o in expected]
    for centre, _radius, point in dots:
        QTest.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=centre.toPoint())
        settle(qtbot)
        assert window.current_canvas().selected_ids() == [point.card_id]
    # a click between the dots selects nothing new
    before = window.current_canvas().selected_ids()
    QTest.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert window.current_canvas().selected_ids() == before


def test_the_panel_follows_edits_once_per_turn_and_recounts_one_stage(qtbot, window) -> None:
    controller = open_insights(qtbot, window)
    doc = window.current_document()
    friction = next(c for c in doc.map.cards if c.severity == 1)
    stage_row = [s.stage_id for s in controller.current().stages].index(friction.stage)
    label, _, figure = controller.panel.heat.rows[stage_row]
    heat = int(figure.split()[0])
    tracker = controller._trackers[doc]
    commands.update(doc, friction.id, {"severity": 3})
    settle(qtbot)
    assert tracker.recounted == 1
    assert controller.panel.heat.rows[stage_row][2].split()[0] == str(heat + 2)
    doc.undo_stack.undo()
    settle(qtbot)
    assert controller.panel.heat.rows[stage_row][2].split()[0] == str(heat)
    # the menu check follows the dock closed by its own button
    controller.dock.close()
    assert not window.actions.show_insights.isChecked()


def test_the_heat_strip_goes_on_and_off_the_stage_headers(qtbot, window) -> None:
    window.open_paths([str(EXAMPLE)])
    window.actions.show_friction_heat.trigger()
    settle(qtbot)
    scene = window.current_canvas().map_scene()
    found = compute(window.current_document().map)

    def strips() -> dict[str, int]:
        shown = {}
        for s in found.stages:
            children = scene.stage_item(s.stage_id).childItems()
            shown.update((s.stage_id, c.heat) for c in children if isinstance(c, HeatStripItem))
        return shown

    assert strips() == {s.stage_id: s.tally.friction_heat for s in found.stages}
    assert not window._insights.dock.isVisible()  # the strip does not need the dock
    window.actions.show_friction_heat.trigger()
    settle(qtbot)
    assert strips() == {}


def test_a_label_too_wide_for_its_cell_shrinks_a_little_then_is_cut(qapp) -> None:
    # "Gains rapides" (French for "Quick wins") in a third of a narrow panel's matrix.
    from PySide6.QtGui import QFont, QFontMetricsF

    from mapstudio.gui.app.insights_panel import fitted

    font = QFont(QApplication.font())
    font.setPointSizeF(9.0)
    label = "Gains rapides"
    whole = QFontMetricsF(font).horizontalAdvance(label)
    width = whole * 0.85
    smaller, shown = fitted(font, label, width)
    assert shown == label  # whole, in a slightly smaller font
    assert QFontMetricsF(smaller).horizontalAdvance(shown) <= width
    assert smaller.pointSizeF() >= 9.0 * 0.75
    tiny, cut = fitted(font, label, whole * 0.4)
    assert cut.endswith("…") and QFontMetricsF(tiny).horizontalAdvance(cut) <= whole * 0.4
    same, untouched = fitted(font, label, whole + 1)
    assert (same.pointSizeF(), untouched) == (9.0, label)
