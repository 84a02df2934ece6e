"""View > Legend: the map's legend over every open map's canvas, on or off for all of them,
remembered in the settings (a map opened later shows it too), as are the corner the person
dragged it to and whether it is folded: the same on every map."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from mapstudio.gui.app.main_window import MainWindow
    from mapstudio.gui.canvas.legend import MapLegend
    from mapstudio.gui.document import MapDocument


def attach(window: MainWindow, action: QAction) -> None:
    """Check View > Legend (``action``) as the settings say; show the legend on maps as they
    open."""
    action.setChecked(window.settings.show_legend)
    window.document_added.connect(lambda doc: _opened(window, doc))


def show_legends(window: MainWindow, shown: bool) -> None:
    """The legend on every open map (``shown``), and remembered for the next start. Asked for
    when the view had folded it to its tab (the view is small), it unfolds, as a click on the
    tab does: the command that turns it on does not leave the person with a tab, and on a tab
    it shows the legend instead of taking the tab away."""
    current = window.current_canvas()
    legend = getattr(current, "legend", None)
    if not shown and legend is not None and legend.isVisible() and legend.auto_folded:
        shown = True
        legend.unfold()
    window.actions.show_legend.setChecked(shown)
    if window.settings.show_legend != shown:
        window.settings.show_legend = shown
        window.settings.save()
    for doc in window.documents():
        _show(window, doc, shown)
    legend = getattr(current, "legend", None)
    if shown and legend is not None and legend.auto_folded:
        legend.unfold()


def _opened(window: MainWindow, doc: MapDocument) -> None:
    if window.settings.show_legend:
        _show(window, doc, True)


def _show(window: MainWindow, doc: MapDocument, shown: bool) -> None:
    canvas = window.canvas_for(doc)
    if canvas is None:
        return
    # Imported at the first showing: maps open without a legend, and it is not on the path
    # to the first painted map.
    from mapstudio.gui.canvas.legend import set_legend_shown

    if shown and canvas.legend is None:  # built folded or not, in its corner, at once
        from mapstudio.gui.canvas.legend import MapLegend

        canvas.legend = MapLegend(canvas)
        canvas.legend.place(window.settings.legend_corner, window.settings.legend_folded)
    legend = set_legend_shown(canvas, shown)
    if legend is not None and not legend.followed:
        legend.followed = True  # its × turns the legend off everywhere, as the menu does
        legend.closed.connect(lambda: show_legends(window, False))
        legend.placed.connect(lambda: _placed(window, legend))


def _placed(window: MainWindow, moved: MapLegend) -> None:
    """The person moved or folded one map's legend: every map's follows, and it is kept."""
    settings = window.settings
    if (settings.legend_corner, settings.legend_folded) != (moved.corner, moved.folded):
        settings.legend_corner, settings.legend_folded = moved.corner, moved.folded
        settings.save()
    for doc in window.documents():
        canvas = window.canvas_for(doc)
        legend = getattr(canvas, "legend", None)
        if legend is not None and legend is not moved:
            legend.place(moved.corner, moved.folded)
