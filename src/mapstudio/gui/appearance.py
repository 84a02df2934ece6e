"""The windows' colours from the design tokens (``layout.theme``): the application's palette,
light or dark as the system is (Qt's ``QStyleHints.colorScheme``, followed while running) or as
the person chose in Preferences; and the editor's look around the map to go with it (the map
itself stays paper-light: see ``theme.DARK``)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from mapstudio.layout import theme

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def palette_for(t: theme.Tokens) -> QPalette:
    """A whole QPalette from the tokens (every role a style reads), disabled words muted."""
    p = QPalette()
    colours = {
        Role.Window: t.window,
        Role.WindowText: t.text,
        Role.Base: t.surface,
        Role.AlternateBase: t.surface_alt,
        Role.Text: t.text,
        Role.Button: t.surface_alt if t is theme.DARK else t.surface,
        Role.ButtonText: t.text,
        Role.BrightText: t.danger,
        Role.ToolTipBase: t.surface,
        Role.ToolTipText: t.text,
        Role.PlaceholderText: t.muted,
        Role.Highlight: t.accent,
        Role.HighlightedText: t.on_accent,
        Role.Link: t.accent,
        Role.LinkVisited: t.accent,
        Role.Light: theme.mix(t.surface, "#ffffff", 0.15),
        Role.Midlight: theme.mix(t.border, t.surface, 0.5),
        Role.Mid: t.border,
        Role.Dark: theme.mix(t.border, "#000000", 0.3),
        Role.Shadow: "#000000",
        Role.Accent: t.accent,
    }
    for role, value in colours.items():
        p.setColor(role, QColor(value))
    faded = QColor(theme.mix(t.window, t.muted, 0.7))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        p.setColor(Group.Disabled, role, faded)
    p.setColor(Group.Disabled, Role.Highlight, QColor(t.border))
    return p


def is_dark(scheme: Qt.ColorScheme, choice: str = "system") -> bool:
    """Whether the windows are dark: the person's choice, else the system's scheme."""
    if choice in ("light", "dark"):
        return choice == "dark"
    return scheme == Qt.ColorScheme.Dark


class Appearance(QObject):
    """Applies the tokens' palette to the application and follows the system's scheme;
    ``changed`` tells the window to recolour what it draws itself (the canvases' ground)."""

    changed = Signal()

    def __init__(self, app: QGuiApplication, choice: str = "system") -> None:
        super().__init__(app)
        self.app = app
        self.choice = choice
        self.dark = False
        app.styleHints().colorSchemeChanged.connect(self.follow_system)
        self.apply(app.styleHints().colorScheme())

    @property
    def tokens(self) -> theme.Tokens:
        return theme.DARK if self.dark else theme.LIGHT

    @property
    def editor_look(self) -> theme.Look:
        """The canvas's look in the editor (not presenting) for this appearance."""
        return theme.EDITOR_DARK_LOOK if self.dark else theme.EDITOR_LOOK

    def follow_system(self, scheme: Qt.ColorScheme) -> None:
        if self.choice == "system":
            self.apply(scheme)

    def set_choice(self, choice: str) -> None:
        """Preferences: "system", "light" or "dark", applied at once."""
        self.choice = choice
        self.apply(self.app.styleHints().colorScheme())

    def apply(self, scheme: Qt.ColorScheme) -> None:
        self.dark = is_dark(scheme, self.choice)
        # Native Windows styles draw with the system's own colours and ignore a palette. (The
        # style is asked for only then: wrapping it in Python builds QStyle's hundreds of enum
        # values, about 2 % of the start-up.)
        native = self.dark and (style := self.app.style()) is not None and style.name()
        if native and native.lower().startswith("windows"):
            self.app.setStyle("Fusion")
        self.app.setPalette(palette_for(self.tokens))
        self.changed.emit()


_installed: list[Appearance] = []  # the application's, once made (one application a process)


def current() -> Appearance | None:
    """The application's appearance, once ``install`` has run. (A module variable: asking
    the application's children for it builds a wrapper of each, about 13 ms at start-up.)"""
    return _installed[0] if _installed else None


def install(app: QGuiApplication, choice: str = "system") -> Appearance:
    """Make (once) and return the application's appearance."""
    found = current()
    if found is None:
        found = Appearance(app, choice)
        _installed.append(found)
    elif found.choice != choice:
        found.set_choice(choice)
    return found


def tokens() -> theme.Tokens:
    """The tokens in force (light when no appearance is installed: images, tests)."""
    found = current()
    return found.tokens if found is not None else theme.LIGHT
