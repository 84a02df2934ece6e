"""Preferences: autosave interval, interface language (applied at the next start) and the
windows' appearance (light, dark or the system's; applied at once)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mapstudio.files.settings import MAX_AUTOSAVE, MIN_AUTOSAVE, Settings
from mapstudio.gui import appearance


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("PreferencesDialog")
        self.autosave = QSpinBox()
        self.autosave.setRange(MIN_AUTOSAVE, MAX_AUTOSAVE)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(settings.autosave_seconds)
        self.language = QComboBox()
        for label, code in (
            (self.tr("System language"), "system"),
            ("English", "en"),
            ("Français", "fr"),
        ):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.appearance = QComboBox()
        self.appearance.setObjectName("AppearanceChoice")
        for label, code in (
            (self.tr("Follow the system"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ):
            self.appearance.addItem(label, code)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(settings.appearance)))
        note = QLabel(self.tr("A new language applies the next time MapStudio starts."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Autosave every"), self.autosave)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Appearance"), self.appearance)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.autosave_seconds = self.autosave.value()
        self.settings.language = self.language.currentData()
        self.settings.appearance = self.appearance.currentData()
        self.settings.save()
        found = appearance.current()
        if found is not None:
            found.set_choice(self.settings.appearance)
        super().accept()
