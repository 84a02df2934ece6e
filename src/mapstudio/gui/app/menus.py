"""Actions and menus of the main window, with the platform's standard shortcuts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from mapstudio.core.vocabulary import lane_kind_choices
from mapstudio.gui.app import legends
from mapstudio.gui.app.toolbar import build_toolbar, set_menu_icons

# Literal context and text at each call, so pyside6-lupdate extracts them.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from mapstudio.gui.app.main_window import MainWindow

Key = QKeySequence.StandardKey

#: Used when the platform defines no binding for a standard key (e.g. Quit outside GNOME/KDE).
FALLBACK_KEYS = {
    Key.Quit: "Ctrl+Q",
    Key.Preferences: "Ctrl+,",
    Key.SaveAs: "Ctrl+Shift+S",
    Key.Close: "Ctrl+W",
    Key.ZoomIn: "Ctrl++",
    Key.ZoomOut: "Ctrl+-",
    Key.Find: "Ctrl+F",
    Key.Replace: "Ctrl+H",
    Key.FullScreen: "F11",
    Key.HelpContents: "F1",
    Key.Print: "Ctrl+P",
}


def standard_keys(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The platform's bindings for ``key``, or our fallback when it has none."""
    keys = QKeySequence.keyBindings(key)
    if not keys and key in FALLBACK_KEYS:
        keys = [QKeySequence(FALLBACK_KEYS[key])]
    return keys


class MenuActions(QObject):
    """Holds every action by name (``actions.save``...) and keeps Open Recent up to date."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document_actions: list[QAction] = []  # enabled only with a map open
        self.shortcut_actions: list[QAction] = []  # the window holds these too (see build_menus)
        self.recent_menu: QMenu | None = None

    def add(
        self, menu: QMenu, name: str, text: str, slot, shortcut=None, needs_doc=True
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(standard_keys(shortcut))  # every binding, not just the first
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if shortcut is not None:
            self.shortcut_actions.append(action)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        setattr(self, name, action)
        if needs_doc:
            self.document_actions.append(action)
        return action

    def update_enabled(self, has_document: bool) -> None:
        for action in self.document_actions:
            action.setEnabled(has_document)

    def refresh_recent(self) -> None:
        menu = self.recent_menu
        if menu is None:
            return
        menu.clear()
        for i, path in enumerate(self.window.settings.recent_files):
            label = f"&{i + 1} {Path(path).name}" if i < 9 else Path(path).name
            action = menu.addAction(label)
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.window.files.open_path(p))
        menu.setEnabled(bool(self.window.settings.recent_files))
        if self.window.settings.recent_files:
            menu.addSeparator()
            menu.addAction(self.tr("Clear Recent Files"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.window.settings.recent_files = []
        self.window.settings.save()
        self.refresh_recent()
        self.window.refresh_welcome()


def build_menus(w: MainWindow) -> MenuActions:
    a = MenuActions(w)
    files, edits = w.files, w.edits
    bar = w.menuBar()

    m = bar.addMenu(translate("MenuActions", "&File"))
    a.add(m, "new", translate("MenuActions", "&New"), files.new_map, Key.New, needs_doc=False)
    a.add(
        m,
        "new_template",
        translate("MenuActions", "New from &Template..."),
        files.new_from_template,
        "Ctrl+Shift+N",
        needs_doc=False,
    )
    a.add(
        m,
        "open",
        translate("MenuActions", "&Open..."),
        files.open_dialog,
        Key.Open,
        needs_doc=False,
    )
    a.recent_menu = m.addMenu(translate("MenuActions", "Open &Recent"))
    a.refresh_recent()
    m.addSeparator()
    a.add(m, "save", translate("MenuActions", "&Save"), files.save, Key.Save)
    a.add(m, "save_as", translate("MenuActions", "Save &As..."), files.save_as, Key.SaveAs)
    a.add(
        m,
        "import_file",
        translate("MenuActions", "&Import..."),
        lambda: w.imports.import_dialog(),
        needs_doc=False,
    )
    a.add(m, "export", translate("MenuActions", "&Export..."), files.export, "Ctrl+E")
    a.add(m, "print", translate("MenuActions", "&Print..."), files.print_map, Key.Print)
    a.add(
        m,
        "compare_file",
        translate("MenuActions", "Compare With &File..."),
        lambda: w.compare.with_file(),
    )
    a.add(
        m,
        "compare_version",
        translate("MenuActions", "Compare With Previous Ve&rsion..."),
        lambda: w.compare.with_previous_version(),
    )
    m.addSeparator()
    a.add(m, "close", translate("MenuActions", "&Close"), files.close_current, Key.Close)
    a.add(m, "quit", translate("MenuActions", "&Quit"), w.close, Key.Quit, needs_doc=False)

    m = bar.addMenu(translate("MenuActions", "&Edit"))
    a.undo = w.undo_group.createUndoAction(w, translate("MenuActions", "&Undo"))
    a.undo.setObjectName("undo")
    a.undo.setShortcuts(standard_keys(Key.Undo))
    a.redo = w.undo_group.createRedoAction(w, translate("MenuActions", "&Redo"))
    a.redo.setObjectName("redo")
    redo_keys = standard_keys(Key.Redo)
    for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):  # both are common; keep the platform's first
        if QKeySequence(extra) not in redo_keys:
            redo_keys.append(QKeySequence(extra))
    a.redo.setShortcuts(redo_keys)
    m.addAction(a.undo)
    m.addAction(a.redo)
    a.shortcut_actions += [a.undo, a.redo]
    m.addSeparator()
    a.add(m, "cut", translate("MenuActions", "Cu&t"), edits.cut, Key.Cut)
    a.add(m, "copy", translate("MenuActions", "&Copy"), edits.copy, Key.Copy)
    a.add(m, "paste", translate("MenuActions", "&Paste"), edits.paste, Key.Paste)
    a.add(m, "duplicate", translate("MenuActions", "D&uplicate"), edits.duplicate, "Ctrl+D")
    a.add(m, "delete", translate("MenuActions", "&Delete"), edits.delete, Key.Delete)
    m.addSeparator()
    a.add(m, "select_all", translate("MenuActions", "Select &All"), edits.select_all, Key.SelectAll)
    a.add(m, "find", translate("MenuActions", "&Find..."), edits.find, Key.Find)
    a.add(m, "replace", translate("MenuActions", "&Replace..."), edits.replace, Key.Replace)
    a.add(
        m,
        "copy_image",
        translate("MenuActions", "Copy as &Image"),
        edits.copy_as_image,
        "Ctrl+Shift+C",
    )
    m.addSeparator()
    a.add(
        m,
        "preferences",
        translate("MenuActions", "Pr&eferences..."),
        w.show_preferences,
        Key.Preferences,
        needs_doc=False,
    )

    m = bar.addMenu(translate("MenuActions", "&View"))
    a.add(
        m,
        "zoom_in",
        translate("MenuActions", "Zoom &In"),
        lambda: w.current_canvas().zoom_in(),
        Key.ZoomIn,
    )
    a.add(
        m,
        "zoom_out",
        translate("MenuActions", "Zoom &Out"),
        lambda: w.current_canvas().zoom_out(),
        Key.ZoomOut,
    )
    a.add(
        m,
        "zoom_reset",
        translate("MenuActions", "&Actual Size"),
        lambda: w.current_canvas().zoom_reset(),
        "Ctrl+0",
    )
    a.add(
        m,
        "fit",
        translate("MenuActions", "&Fit Map"),
        lambda: w.current_canvas().fit_all(),
        "Ctrl+9",
    )
    m.addSeparator()
    a.view_menu = m  # View > Toolbar goes before the docks' entries (the toolbar is made last)
    for dock in (w.inspector_dock, w.personas_dock):
        m.addAction(dock.toggleViewAction())
    # Insights is built at first use, so its dock's own toggle action does not exist yet.
    insights = a.add(
        m,
        "show_insights",
        translate("MenuActions", "&Insights"),
        lambda: w.insights.set_visible(a.show_insights.isChecked()),
        "Ctrl+Shift+I",
        needs_doc=False,
    )
    insights.setCheckable(True)
    heat = a.add(
        m,
        "show_friction_heat",
        translate("MenuActions", "Friction &Heat on Stages"),
        lambda: w.insights.set_heat_shown(a.show_friction_heat.isChecked()),
    )
    heat.setCheckable(True)
    # Comments is built at first use too.
    comments = a.add(
        m,
        "show_comments",
        translate("MenuActions", "&Comments"),
        lambda: w.comments.set_visible(a.show_comments.isChecked()),
        "Ctrl+Alt+M",
        needs_doc=False,
    )
    comments.setCheckable(True)
    legend = a.add(
        m,
        "show_legend",
        translate("MenuActions", "&Legend"),
        lambda: legends.show_legends(w, a.show_legend.isChecked()),
        "Ctrl+Shift+K",
        needs_doc=False,
    )
    legend.setCheckable(True)
    legends.attach(w, legend)
    _workshop_view_menu(w, a, m)

    m = bar.addMenu(translate("MenuActions", "&Map"))
    a.add(m, "add_card", translate("MenuActions", "Add &Card"), edits.add_card, "Ctrl+Return")
    a.add(
        m, "add_stage", translate("MenuActions", "Add &Stage"), edits.add_stage, "Ctrl+Shift+Return"
    )
    lanes = m.addMenu(translate("MenuActions", "Add &Lane"))
    a.lane_menu = lanes
    for title, kind in lane_kind_choices():
        a.add(lanes, f"add_lane_{kind.value}", title, lambda k=kind: edits.add_lane(k))
    a.add(
        m,
        "make_blueprint",
        translate("MenuActions", "Make Service &Blueprint"),
        edits.make_blueprint,
    )
    m.addSeparator()
    a.add(m, "personas", translate("MenuActions", "&Personas..."), w.show_personas)
    a.add(
        m,
        "participants",
        translate("MenuActions", "Pa&rticipants..."),
        lambda: w.workshop.show_participants(),
    )
    a.add(
        m,
        "quick_capture",
        translate("MenuActions", "&Quick Capture"),
        lambda: w.workshop.quick_capture(),
        "Ctrl+Alt+N",
    )

    from mapstudio.gui.app.vote_controller import VoteController

    m = bar.addMenu(translate("MenuActions", "&Workshop"))
    w.voting = VoteController(w, a, m)

    m = bar.addMenu(translate("MenuActions", "&Session"))
    a.add(
        m,
        "start_live_session",
        translate("MenuActions", "&Start Live Session"),
        lambda: w.live.start(),
    )
    end = a.add(
        m, "end_live_session", translate("MenuActions", "&End Session"), lambda: w.live.end()
    )
    a.document_actions.remove(end)  # enabled while a session runs, whatever map is shown
    end.setEnabled(False)
    m.addSeparator()
    a.add(
        m,
        "join_live_session",
        translate("MenuActions", "&Join Session..."),
        lambda: w.live.join(),
        needs_doc=False,
    )

    m = bar.addMenu(translate("MenuActions", "&Help"))
    a.add(
        m,
        "shortcuts",
        translate("MenuActions", "&Keyboard Shortcuts"),
        w.show_shortcuts,
        Key.HelpContents,
        needs_doc=False,
    )
    a.add(
        m,
        "file_format",
        translate("MenuActions", "&File Format"),
        w.show_file_format,
        needs_doc=False,
    )
    m.addSeparator()
    a.add(m, "about", translate("MenuActions", "&About MapStudio"), w.show_about, needs_doc=False)
    set_menu_icons(a)
    w.toolbar = build_toolbar(w, a)
    toggle = w.toolbar.toggleViewAction()
    toggle.setText(translate("MenuActions", "&Toolbar"))
    a.view_menu.insertAction(w.inspector_dock.toggleViewAction(), toggle)
    # Presentation mode hides the menu bar, whose actions' shortcuts would then stop: the
    # window itself holds them too. (The list is kept as they are made: asking the window for
    # its QAction children wraps every object of the window in Python, ~2 % of start-up.)
    w.addActions(a.shortcut_actions)
    return a


def _workshop_view_menu(w: MainWindow, a: MenuActions, m: QMenu) -> None:
    """View entries for running a workshop: presentation mode, its stage focus and projector
    look, the timebox timer, the filter by author."""
    m.addSeparator()
    present = a.add(
        m,
        "present",
        translate("MenuActions", "&Present"),
        lambda: w.workshop.toggle_presentation(),
        "F5",
    )
    present.setCheckable(True)
    full = a.add(
        m,
        "full_screen",
        translate("MenuActions", "F&ull Screen"),
        lambda: w.workshop.toggle_full_screen(),
        Key.FullScreen,
        needs_doc=False,
    )
    full.setCheckable(True)
    # Only while presenting or capturing (the workshop enables them): in the editor, Page Up
    # and Page Down keep scrolling the map.
    for name, text, step, key in (
        ("next_stage", translate("MenuActions", "&Next Stage"), 1, "PgDown"),
        ("previous_stage", translate("MenuActions", "Pre&vious Stage"), -1, "PgUp"),
    ):
        action = a.add(m, name, text, lambda s=step: w.workshop.step_stage(s), key, needs_doc=False)
        action.setEnabled(False)
    looks = m.addMenu(translate("MenuActions", "Projector &Theme"))
    light = a.add(looks, "projector_light", translate("MenuActions", "&Light"),
                  lambda: w.workshop.presentation.set_look("light"), needs_doc=False)  # fmt: skip
    dark = a.add(looks, "projector_dark", translate("MenuActions", "&Dark"),
                 lambda: w.workshop.presentation.set_look("dark"), needs_doc=False)  # fmt: skip
    group = QActionGroup(looks)
    for action in (light, dark):
        action.setCheckable(True)
        group.addAction(action)
    light.setChecked(True)
    looks.addSeparator()
    a.add(
        looks,
        "switch_projector_theme",
        translate("MenuActions", "&Switch Light and Dark"),
        lambda: w.workshop.presentation.switch_look(),
        "Ctrl+Shift+L",
        needs_doc=False,
    )
    timer = m.addMenu(translate("MenuActions", "Ti&mer"))
    a.add(timer, "timer_start", translate("MenuActions", "&Start or Pause"),
          lambda: w.workshop.timebox.toggle(), "F8", needs_doc=False)  # fmt: skip
    a.add(timer, "timer_add", translate("MenuActions", "&Add a Minute"),
          lambda: w.workshop.timebox.add_minute(), "F9", needs_doc=False)  # fmt: skip
    a.add(timer, "timer_remove", translate("MenuActions", "Take &Off a Minute"),
          lambda: w.workshop.timebox.remove_minute(), "Shift+F9", needs_doc=False)  # fmt: skip
    a.add(timer, "timer_reset", translate("MenuActions", "&Reset"),
          lambda: w.workshop.timebox.reset(), "Ctrl+F8", needs_doc=False)  # fmt: skip
    authors = m.addMenu(translate("MenuActions", "Filter by Autho&r"))
    a.author_menu = authors
    authors.aboutToShow.connect(lambda: _fill_author_menu(w, authors))
    a.add(
        authors,
        "next_author",
        translate("MenuActions", "&Next Author"),
        lambda: w.workshop.next_author(),
        "Alt+A",
    )


def _fill_author_menu(w: MainWindow, menu: QMenu) -> None:
    """Every note, or one participant's: built each time the menu opens (participants change)."""
    keep = [x for x in menu.actions() if x.objectName() == "next_author"]
    for action in menu.actions():
        if action not in keep:
            menu.removeAction(action)
            action.deleteLater()
    doc = w.current_document()
    current = w.workshop.author_filter
    group = QActionGroup(menu)
    choices = [(None, translate("MenuActions", "&Every Author"))]
    if doc is not None:
        choices += [(p.id, f"{p.initials} — {p.name}") for p in doc.map.participants]
    before = keep[0] if keep else None
    for person, text in choices:
        action = QAction(text, menu)
        action.setCheckable(True)
        action.setChecked(person == current)
        action.triggered.connect(lambda _c=False, p=person: w.workshop.set_author_filter(p))
        group.addAction(action)
        menu.insertAction(before, action)
    if before is not None:
        menu.insertSeparator(before)
