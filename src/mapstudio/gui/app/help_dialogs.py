"""Help menu pages: the file format (the documentation shipped in resources/docs, with a
reference of every field drawn from the shipped JSON Schema, so it cannot drift from the model)
and About MapStudio (version, licence, what it is built with)."""

from __future__ import annotations

import json
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mapstudio import __version__
from mapstudio.resources import resource_path

FORMAT_DOC = ("docs", "file-format.md")
SCHEMA = ("schema", "mapstudio-map.schema.json")


def _type_words(spec: dict[str, Any]) -> str:
    """A field's type in a few words: "text", "list of Card", "Channel or null"."""
    if "$ref" in spec:
        return spec["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in spec:
        return " or ".join(_type_words(s) for s in spec["anyOf"])
    kind = spec.get("type", "")
    if kind == "array":
        return "list of " + _type_words(spec.get("items", {}))
    if "enum" in spec:
        return " | ".join(f"`{v}`" for v in spec["enum"])
    return {"string": "text", "integer": "whole number", "number": "number"}.get(kind, kind)


def _notes(spec: dict[str, Any], required: bool) -> str:
    notes = ["required"] if required else []
    if "default" in spec and spec["default"] not in (None, "", [], {}):
        notes.append(f"default `{json.dumps(spec['default'], ensure_ascii=False)}`")
    for key, words in (("maxLength", "at most %s characters"), ("maxItems", "at most %s")):
        if key in spec:
            notes.append(words % spec[key])
    for key, words in (("minimum", "from %s"), ("maximum", "to %s")):
        if key in spec:
            notes.append(words % spec[key])
    if spec.get("description"):
        notes.append(spec["description"])
    return "; ".join(notes)


def _table(properties: dict[str, Any], required: list[str]) -> list[str]:
    rows = ["| Field | Type | Notes |", "|---|---|---|"]
    for name, spec in properties.items():
        rows.append(f"| `{name}` | {_type_words(spec)} | {_notes(spec, name in required)} |")
    return rows


def schema_reference(schema: dict[str, Any]) -> str:
    """Every object of the JSON Schema as a Markdown table of its fields, and every list of
    values (enums), the map's top level first."""
    lines = ["## Every field (from the JSON Schema)", ""]
    if schema.get("description"):
        lines += [schema["description"], ""]
    lines += ["### The map (the file's top level)", ""]
    lines += _table(schema.get("properties", {}), schema.get("required", []))
    for name, spec in sorted(schema.get("$defs", {}).items()):
        lines += ["", f"### {name}", ""]
        if spec.get("description"):
            lines += [spec["description"], ""]
        if "properties" in spec:
            lines += _table(spec["properties"], spec.get("required", []))
        elif "enum" in spec:
            lines.append("One of: " + ", ".join(f"`{v}`" for v in spec["enum"]) + ".")
        else:
            lines.append(_type_words(spec))
    return "\n".join(lines) + "\n"


def format_markdown() -> str:
    """The file format page: the shipped documentation, then the field reference."""
    text = resource_path(*FORMAT_DOC).read_text(encoding="utf-8")
    schema = json.loads(resource_path(*SCHEMA).read_text(encoding="utf-8"))
    return text.rstrip() + "\n\n" + schema_reference(schema)


class FileFormatDialog(QDialog):
    """Help > File Format: the format's page, readable and searchable (Ctrl+F in the page is
    the browser's own find; links open outside)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FileFormatDialog")
        self.setWindowTitle(self.tr("MapStudio File Format"))
        self.page = QTextBrowser()
        self.page.setOpenLinks(False)
        self.page.anchorClicked.connect(self._open_link)
        self.page.setMarkdown(format_markdown())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)
        self.resize(QSize(820, 640))

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


class AboutDialog(QDialog):
    """Help > About MapStudio."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About MapStudio"))
        icon = QLabel()
        window_icon = self.windowIcon()
        if not window_icon.isNull():
            icon.setPixmap(window_icon.pixmap(QSize(64, 64)))
        text = self.tr(
            "<h2>MapStudio %1</h2>"
            "<p>Customer journey maps and service blueprints, on your computer: no account, "
            "no server; each map is one JSON file you own, and big maps print as posters.</p>"
            "<p>Free software under the MIT licence.</p>"
            "<p>Built with Qt %2 (PySide6), reportlab and PDFium; type in DejaVu Sans; icons "
            "from Lucide (ISC licence).</p>"
        )
        self.text = QLabel(text.replace("%1", __version__).replace("%2", pyside_version))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
