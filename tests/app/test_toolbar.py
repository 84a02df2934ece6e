"""The main toolbar: its buttons clicked as a person does, the line icons crisp at a 2x pixel
ratio and drawn in the palette's text colour, icons in the menus, the icon set's licence
shipped beside the icons."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QToolButton

from mapstudio.gui.app.toolbar import TOOLBAR
from mapstudio.gui.icons import ACTION_ICONS, line_icon
from mapstudio.resources import resource_path


def button(window, name: str) -> QToolButton:
    found = window.toolbar.findChild(QToolButton, f"tool_{name}")
    assert found is not None, name
    return found


def click(window, name: str) -> None:
    b = button(window, name)
    assert b.isVisible() and b.isEnabled(), name
    QTest.mouseClick(b, Qt.MouseButton.LeftButton, pos=b.rect().center())


def inked(image) -> list[QColor]:
    return [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]


def test_toolbar_buttons_do_what_they_show(window, map_file, qtbot):
    names = [n for n in TOOLBAR if n and n != "|"]
    assert names == [
        "new", "open", "save", "undo", "redo", "add_stage", "add_lane",
        "zoom_out", "zoom_in", "fit", "present", "export",
    ]  # fmt: skip
    for name in names:
        assert not button(window, name).icon().isNull(), name
    assert not button(window, "save").isEnabled()  # nothing open yet
    assert button(window, "save").toolTip() == "Save (Ctrl+S)"

    click(window, "new")
    doc = window.current_document()
    assert doc is not None and button(window, "save").isEnabled()
    stages = len(doc.map.stages)
    click(window, "add_stage")
    window.current_canvas().finish_editing()  # the new stage's name editor
    assert len(doc.map.stages) == stages + 1
    click(window, "undo")
    assert len(doc.map.stages) == stages
    click(window, "redo")
    assert len(doc.map.stages) == stages + 1

    zoom = window.current_canvas().zoom_factor()
    click(window, "zoom_in")
    assert window.current_canvas().zoom_factor() > zoom
    click(window, "zoom_out")
    assert window.current_canvas().zoom_factor() == zoom

    # Add Lane opens the lane kinds at once; choosing one adds that lane.
    lanes = len(doc.map.lanes)

    def choose_first_kind():
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        QTest.keyClick(menu, Qt.Key.Key_Down)
        QTest.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(200, choose_first_kind)
    click(window, "add_lane")
    qtbot.waitUntil(lambda: len(doc.map.lanes) == lanes + 1)
    window.current_canvas().finish_editing()


def test_toolbar_hides_with_its_menu_entry_and_in_presentation(window, map_file):
    window.open_paths([map_file])
    toggle = window.toolbar.toggleViewAction()
    assert toggle in window.actions.view_menu.actions() and toggle.isChecked()
    toggle.trigger()
    assert not window.toolbar.isVisible()
    toggle.trigger()
    assert window.toolbar.isVisible()
    QTest.keyClick(window.current_canvas(), Qt.Key.Key_F5)
    assert not window.toolbar.isVisible()
    QTest.keyClick(window.current_canvas(), Qt.Key.Key_Escape)
    assert window.toolbar.isVisible()


def test_icons_are_crisp_and_follow_the_palette(window):
    icon = line_icon("save")
    sharp = icon.pixmap(QSize(20, 20), 2.0)
    assert sharp.devicePixelRatio() == 2.0 and sharp.size() == QSize(40, 40)  # drawn, not scaled
    ink = inked(sharp.toImage())
    text = QApplication.palette().color(QPalette.ColorRole.WindowText)
    assert ink and all(abs(c.lightness() - text.lightness()) < 40 for c in ink)

    app = QApplication.instance()
    before = app.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    app.setPalette(dark)
    try:
        light_ink = inked(icon.pixmap(QSize(20, 20), 1.0).toImage())
        assert light_ink and min(c.lightness() for c in light_ink) > 200
    finally:
        app.setPalette(before)
    disabled = inked(icon.pixmap(QSize(20, 20), 1.0, QIcon.Mode.Disabled).toImage())
    grey = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    assert grey.lightness() > text.lightness() + 40  # so the test below tells them apart
    assert disabled and all(abs(c.lightness() - grey.lightness()) < 30 for c in disabled)


def test_menus_show_icons_and_the_licence_ships(window, map_file):
    window.open_paths([map_file])
    file_menu = window.menuBar().actions()[0].menu()
    with_icons = [a.objectName() for a in file_menu.actions() if not a.icon().isNull()]
    assert {"new", "open", "save", "export", "quit"} <= set(with_icons)
    # The menu draws them: the row of Save has ink left of its words.
    file_menu.popup(window.mapToGlobal(QPoint(0, 0)))
    QTest.qWaitForWindowExposed(file_menu)
    rect = file_menu.actionGeometry(window.actions.save)
    strip = file_menu.grab(rect.adjusted(0, 0, -rect.width() + 40, 0)).toImage()
    assert inked(strip)
    file_menu.hide()
    folder = resource_path("icons", "actions")
    for name in ACTION_ICONS.values():
        assert (folder / f"{name}.svg").is_file(), name
    licence = (folder / "LICENSE-Lucide.txt").read_text(encoding="utf-8")
    assert "ISC License" in licence and "Lucide Contributors" in licence
