"""Fixtures for the "never lose work" tests: a small map, a stand-in main window that keeps
the MainWindow contract (documents(), current_document(), add_document(), document_added /
document_removed, a File menu), and a helper that answers modal dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from mapstudio.core.model import Card, EmotionPoint, JourneyMap, Lane, MetricValue, Persona, Stage
from mapstudio.gui.document import MapDocument


def sample_map(cards: int = 3) -> JourneyMap:
    return JourneyMap(
        id="m1",
        title="Sample journey",
        personas=[Persona(id="p1", name="Léa"), Persona(id="p2", name="Omar")],
        stages=[Stage(id="s1", name="Discover"), Stage(id="s2", name="Buy", order=1)],
        lanes=[
            Lane(id="l1", kind="actions", title="Actions"),
            Lane(id="l2", kind="emotions", title="Emotions", order=1),
            Lane(id="l3", kind="metrics", title="Metrics", order=2),
            Lane(id="l4", kind="frictions", title="Frictions", order=3),
        ],
        cards=[
            Card(id=f"c{i}", stage="s1" if i % 2 else "s2", lane="l1", text=f"carte {i}", order=i)
            for i in range(cards)
        ],
        emotion_points=[EmotionPoint(id="e1", stage="s1", persona="p1", score=1)],
        metric_values=[MetricValue(id="mv1", stage="s1", lane="l3", name="NPS", value=42)],
    )


class FakeWindow(QMainWindow):
    """Stands in for mapstudio.gui.app.main_window.MainWindow (same public contract)."""

    document_added = Signal(object)
    document_removed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._docs: list[MapDocument] = []
        file_menu = self.menuBar().addMenu("&File")
        for name, text in (("save", "&Save"), ("save_as", "Save &As..."), ("quit", "&Quit")):
            file_menu.addAction(text).setObjectName(name)  # named as the real menu's actions

    def documents(self) -> list[MapDocument]:
        return list(self._docs)

    def current_document(self) -> MapDocument | None:
        return self._docs[-1] if self._docs else None

    def add_document(self, doc: MapDocument) -> None:
        self._docs.append(doc)
        self.document_added.emit(doc)

    def close_document(self, doc: MapDocument) -> None:
        self._docs.remove(doc)
        self.document_removed.emit(doc)


@pytest.fixture
def window(qtbot) -> FakeWindow:
    w = FakeWindow()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    from mapstudio.files import write_map

    path = tmp_path / "journey.json"
    write_map(path, sample_map())
    return path


class DialogAnswers:
    """Answers the next modal dialogs by clicking a button with the given text; records what
    each one said."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self._answers: list[str | Callable[[QWidget], None]] = []
        self._last: QWidget | None = None
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)

    def queue(self, *answers: str | Callable[[QWidget], None]) -> None:
        self._answers.extend(answers)
        self._timer.start()

    def _poll(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not self._answers or modal is self._last:
            return
        self._last = modal
        answer = self._answers.pop(0)
        if isinstance(modal, QMessageBox):
            self.seen.append(modal.text() + " " + modal.informativeText())
        else:
            self.seen.append(modal.objectName())
        # Act after this slot returns: a timer never fires again inside its own slot, and the
        # click may open the next modal dialog.
        if callable(answer):
            QTimer.singleShot(0, lambda: answer(modal))
            return
        from PySide6.QtWidgets import QAbstractButton

        for button in modal.findChildren(QAbstractButton):
            if button.text().replace("&", "") == answer:
                QTimer.singleShot(0, button.click)
                return
        raise AssertionError(f"no button {answer!r} in {modal.objectName() or modal}")

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def answers(qapp):
    a = DialogAnswers()
    yield a
    a.stop()
