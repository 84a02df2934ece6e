"""Drives the real MapStudio application (run_gui) in a child process for the crash test.

python app_driver.py edit MAP TEXT   run_gui([MAP]), add a card with TEXT through commands,
                                     and keep running (autosave does its work) until killed
python app_driver.py recover [MAP]   run_gui([] or [MAP]), press Restore in the recovery
                                     dialog, save the restored map, print what happened as
                                     JSON (and any other message shown), quit
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mapstudio.gui import commands
from mapstudio.gui.app.application import create_application, run_gui
from mapstudio.gui.app.main_window import MainWindow


def main_window() -> MainWindow | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)


def edit(path: str, text: str) -> None:
    def add_card() -> None:
        window = main_window()
        doc = window.current_document() if window else None
        if doc is None:
            QTimer.singleShot(20, add_card)
            return
        stage = doc.stages()[0]
        lane = next(x for x in doc.lanes() if x.kind.value == "actions")
        commands.add_card(doc, stage.id, lane.id, text=text)
        print("edited", flush=True)

    QTimer.singleShot(0, add_card)
    sys.exit(run_gui([path]))


def recover(paths: list[str]) -> None:
    report: dict = {"messages": []}

    def press_restore() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "recovery_dialog":
            QTimer.singleShot(20, press_restore)
            return
        report["listed"] = [
            [dialog.table.item(r, c).text() for c in range(3)]
            for r in range(dialog.table.rowCount())
        ]
        dialog.restore_button.click()

    def finish() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):  # a message besides the recovery dialog: note it
            report["messages"].append(modal.text())
            modal.close()
        if "listed" not in report or QApplication.activeModalWidget() is not None:
            QTimer.singleShot(20, finish)  # the dialog is not done yet
            return
        window = main_window()
        docs = window.documents()
        report["documents"] = [
            {
                "path": str(d.path),
                "modified": d.is_modified(),
                "cards": [c.text for c in d.map.cards],
            }
            for d in docs
        ]
        if docs:
            report["saved"] = window.files.save(docs[0])
        print(json.dumps(report), flush=True)
        QApplication.quit()

    QTimer.singleShot(0, press_restore)
    QTimer.singleShot(0, finish)
    sys.exit(run_gui(paths))


if __name__ == "__main__":
    create_application(["mapstudio"])  # run_gui uses this instance: timers can be set first
    if sys.argv[1] == "edit":
        edit(sys.argv[2], sys.argv[3])
    else:
        recover(sys.argv[2:])
