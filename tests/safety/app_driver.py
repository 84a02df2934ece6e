"""Drives the real MapStudio window in a child process for the crash-recovery test.

python app_driver.py edit MAP TEXT   open MAP, add a card with TEXT through commands, run
                                     (autosave does its work) until killed
python app_driver.py recover         start again, press Restore in the recovery dialog,
                                     save the restored map, print what it holds as JSON
"""

from __future__ import annotations

import json
import sys

from mapstudio.app.application import create_application
from mapstudio.app.main_window import MainWindow
from mapstudio.app.settings import Settings
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mapstudio import commands
from mapstudio.app import guard as session_guard


def start() -> tuple[QApplication, MainWindow]:
    app = create_application(["mapstudio"])
    settings = Settings.load()
    window = MainWindow(settings)
    session_guard.attach(window, settings)  # as run_gui does
    window.show()
    return app, window


def edit(path: str, text: str) -> None:
    app, window = start()
    window.open_paths([path])
    doc = window.current_document()
    stage, lane = doc.stages()[0], next(x for x in doc.lanes() if x.kind.value == "actions")
    commands.add_card(doc, stage.id, lane.id, text=text)
    print("edited", flush=True)
    app.exec()


def recover() -> None:
    app, window = start()
    report: dict = {}

    def press_restore() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "recovery_dialog":
            QTimer.singleShot(50, press_restore)
            return
        report["listed"] = [
            [dialog.table.item(r, c).text() for c in range(3)]
            for r in range(dialog.table.rowCount())
        ]
        dialog.restore_button.click()

    def finish() -> None:
        if "listed" not in report or QApplication.activeModalWidget() is not None:
            QTimer.singleShot(50, finish)  # the dialog is not done yet
            return
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
        app.quit()

    QTimer.singleShot(0, press_restore)
    QTimer.singleShot(0, finish)
    app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "edit":
        edit(sys.argv[2], sys.argv[3])
    else:
        recover()
