"""File > Export...: format, paper, fit or tile, a live preview of the pages, and an export
that runs off the GUI thread behind a cancellable progress dialog. Besides the poster and the
images, the map's data: an Excel workbook, CSV, a Mermaid journey or a Markdown outline
(``exchange``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mapstudio.files.settings import Settings
from mapstudio.gui import appearance
from mapstudio.gui.export.image import (
    PNG_MAX_HEIGHT,
    RenderCancelled,
    check_image_size,
    image_size,
)
from mapstudio.gui.export.preview import PagePreview
from mapstudio.gui.export.worker import ExportWorker, Job, data_job, image_job, pdf_job
from mapstudio.poster.paper import MM, OptionError, paper_names
from mapstudio.poster.poster_pdf import (
    READABLE,
    build_poster,
    fill_summary,
    plan_pages,
    readability_warning,
    readable_plan,
)
from mapstudio.poster.tiling import PagePlan, PosterOptions

FORMATS = ("pdf", "png", "svg", "xlsx", "csv", "mmd", "md")
#: The formats that write the map's data rather than a picture of it.
DATA_FORMATS = ("xlsx", "csv", "mmd", "md")


class ExportDialog(QDialog):
    export_finished = Signal(str)  # the written file
    export_cancelled = Signal()
    export_failed = Signal(str)

    def __init__(
        self, doc: Any, parent: QWidget | None = None, settings: Settings | None = None
    ) -> None:
        """``settings``: the application's store, so that what the dialog remembers is kept
        when the window later writes it; a dialog on its own reads the stored one."""
        super().__init__(parent)
        self.doc = doc
        self.user_settings = settings if settings is not None else Settings.load()
        self.setWindowTitle(self.tr("Export Map"))
        path = getattr(doc, "path", None)
        self._file_name = path.name if isinstance(path, Path) else ""
        self.poster = build_poster(doc.map, self._file_name)
        self.plan: PagePlan | None = None
        self.worker: ExportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.last_path: Path | None = None
        self._build()
        self._restore(self.user_settings.export_settings(doc.map.id))
        self.refresh()

    # --- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.format_box = QComboBox()
        self.format_box.addItem(self.tr("PDF poster (vector, for print)"), "pdf")
        self.format_box.addItem(self.tr("PNG image"), "png")
        self.format_box.addItem(self.tr("SVG image (vector)"), "svg")
        self.format_box.addItem(self.tr("Excel workbook (all the data)"), "xlsx")
        self.format_box.addItem(self.tr("CSV (one card per row)"), "csv")
        self.format_box.addItem(self.tr("Mermaid journey diagram"), "mmd")
        self.format_box.addItem(self.tr("Markdown (documents, wikis)"), "md")
        self.bom_check = QCheckBox(self.tr("Byte-order mark (for Excel)"))
        self.bom_check.setToolTip(
            self.tr("Excel then reads accented letters right when it opens the file")
        )

        self.paper_box = QComboBox()
        self.paper_box.setEditable(True)
        self.paper_box.addItems(paper_names())
        self.paper_box.setToolTip(
            self.tr(
                "The size of each sheet printed: a paper name, or a size such as 500x700mm or "
                "24x36in"
            )
        )
        self.orientation_box = QComboBox()
        self.orientation_box.addItem(self.tr("Automatic"), None)
        self.orientation_box.addItem(self.tr("Portrait"), "portrait")
        self.orientation_box.addItem(self.tr("Landscape"), "landscape")
        self.margin_spin = _mm_spin(0, 50, 10)

        self.fit_radio = QRadioButton(self.tr("Fit the whole map on one sheet"))
        self.tile_radio = QRadioButton(self.tr("Print larger, over several sheets"))
        self.mode_group = QButtonGroup(self)
        for b in (self.fit_radio, self.tile_radio):
            self.mode_group.addButton(b)
        self.fit_radio.setChecked(True)
        self.scale_radio = QRadioButton(self.tr("Scale"))
        self.scale_spin = QDoubleSpinBox()
        self.scale_spin.setRange(5, 2000)
        self.scale_spin.setSuffix(" %")
        self.scale_spin.setValue(100)
        self.readable_radio = QRadioButton(self.tr("Smallest card text at least"))
        self.readable_spin = QDoubleSpinBox()
        self.readable_spin.setRange(4, 72)
        self.readable_spin.setSuffix(" pt")
        self.readable_spin.setValue(10)
        self.size_group = QButtonGroup(self)
        for b in (self.scale_radio, self.readable_radio):
            self.size_group.addButton(b)
        self.readable_radio.setChecked(True)
        self.overlap_spin = _mm_spin(0, 50, 10)

        self.dpi_spin = QSpinBox()
        self.dpi_spin.setRange(36, 1200)
        self.dpi_spin.setValue(150)
        self.dpi_spin.setSuffix(" dpi")

        paper = QGroupBox(self.tr("Paper"))
        form = QFormLayout(paper)
        # "Sheet" is always one printed piece of paper (the one of Fit, each of Tile); this is
        # the size of every sheet.
        form.addRow(self.tr("Paper size:"), self.paper_box)
        form.addRow(self.tr("Orientation:"), self.orientation_box)
        form.addRow(self.tr("Margins:"), self.margin_spin)
        self.insights_check = QCheckBox(self.tr("Add a page of insights"))
        self.insights_check.setToolTip(
            self.tr("Friction heat, emotion low points, priorities, evidence and channels")
        )
        form.addRow(self.insights_check)
        self.comments_check = QCheckBox(self.tr("Print open comments as numbered notes"))
        self.comments_check.setObjectName("ExportComments")
        self.comments_check.setToolTip(
            self.tr("Numbers on the commented cards and headers, the notes on pages after the map")
        )
        form.addRow(self.comments_check)
        self.paper_group = paper

        fill = QGroupBox(self.tr("Size on paper"))
        grid = QFormLayout(fill)
        grid.addRow(self.fit_radio)
        grid.addRow(self.tile_radio)
        grid.addRow(self.scale_radio, self.scale_spin)
        grid.addRow(self.readable_radio, self.readable_spin)
        grid.addRow(self.tr("Overlap between sheets:"), self.overlap_spin)
        self.fill_group = fill

        image = QGroupBox(self.tr("Image"))
        QFormLayout(image).addRow(self.tr("Resolution:"), self.dpi_spin)
        self.image_group = image

        data = QGroupBox(self.tr("CSV"))
        QFormLayout(data).addRow(self.bom_check)
        self.data_group = data
        # CSV's options take the image's place (greyed for other formats): one slot, as tall
        # as the taller of the two, so that choosing CSV does not make the dialog grow
        self.format_options = QStackedWidget()
        self.format_options.addWidget(image)
        self.format_options.addWidget(data)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {appearance.tokens().danger}")
        self.error.setWordWrap(True)
        # too small to read: say so, with the sheets that would make it readable, one click away
        self.readability = QLabel()
        self.readability.setStyleSheet(f"color: {appearance.tokens().warning}")
        self.readability.setWordWrap(True)
        self.readable_button = QPushButton(self.tr("Tile for Readable Text"))
        self.readable_button.clicked.connect(self.tile_readable)
        # One bar above the preview: it appears and goes as options change, and the preview
        # gives it room, so the dialog keeps its size and the buttons stay where they are.
        self.readability_bar = QFrame()
        self.readability_bar.setObjectName("ReadabilityBar")
        warning = QColor(appearance.tokens().warning)
        self.readability_bar.setStyleSheet(
            f"#ReadabilityBar {{ border: 1px solid {warning.name()}; border-radius: 4px;"
            f" background: rgba({warning.red()}, {warning.green()}, {warning.blue()}, 24); }}"
        )
        bar = QHBoxLayout(self.readability_bar)
        bar.setContentsMargins(8, 4, 4, 4)
        bar.addWidget(self.readability, 1)
        bar.addWidget(self.readable_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.readability_bar.setVisible(False)
        self.warnings = QListWidget()
        self.warnings.setMaximumHeight(90)
        self.warnings.setWordWrap(True)
        self.warnings_label = QLabel()
        self._show_warnings()

        self.done_label = QLabel()
        self.open_button = QPushButton(self.tr("Open File"))
        self.folder_button = QPushButton(self.tr("Show in Folder"))
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_in_folder)
        done_buttons = QHBoxLayout()
        done_buttons.addStretch(1)
        done_buttons.addWidget(self.open_button)
        done_buttons.addWidget(self.folder_button)
        done = QVBoxLayout()
        done.addWidget(self.done_label)
        done.addLayout(done_buttons)
        # The row keeps its room while hidden, and a long file name does not widen the
        # column: the dialog does not jump when "Exported to ..." appears.
        self.done_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for w in (self.done_label, self.open_button, self.folder_button):
            policy = w.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            w.setSizePolicy(policy)
        self._set_done_visible(False)

        left = QVBoxLayout()
        top = QFormLayout()
        top.addRow(self.tr("Format:"), self.format_box)
        left.addLayout(top)
        for w in (
            paper,
            fill,
            self.format_options,
            self.summary,
        ):
            left.addWidget(w)
        left.addStretch(1)
        left.addLayout(done)

        self.preview = PagePreview(self.poster)
        self.preview.draw_poster(self.doc.map, self._file_name, self.comments_check.isChecked())
        self.comments_check.toggled.connect(
            lambda on: self.preview.draw_poster(self.doc.map, self._file_name, on)
        )
        # what comes and goes (an error, the readability bar, the texts cut) sits with the
        # preview, which shrinks for it: the options on the left never move
        right = QVBoxLayout()
        right.addWidget(self.error)
        right.addWidget(self.readability_bar)
        right.addWidget(self.preview, 1)
        right.addWidget(self.warnings_label)
        right.addWidget(self.warnings)
        body = QHBoxLayout()
        body.addLayout(left, 0)
        body.addLayout(right, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("&Export..."), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.choose_file_and_export)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(self.buttons)
        self.resize(900, 600)

        for signal in (
            self.format_box.currentIndexChanged,
            self.paper_box.currentTextChanged,
            self.orientation_box.currentIndexChanged,
            self.margin_spin.valueChanged,
            self.fit_radio.toggled,
            self.scale_radio.toggled,
            self.scale_spin.valueChanged,
            self.readable_spin.valueChanged,
            self.overlap_spin.valueChanged,
            self.dpi_spin.valueChanged,
        ):
            signal.connect(self.refresh)

    # --- settings ------------------------------------------------------------------------------
    def settings(self) -> dict[str, Any]:
        return {
            "format": self.format_box.currentData(),
            "paper": self.paper_box.currentText().strip(),
            "orientation": self.orientation_box.currentData(),
            "margin_mm": self.margin_spin.value(),
            "tile": self.tile_radio.isChecked(),
            "readable": self.readable_radio.isChecked(),
            "scale_percent": self.scale_spin.value(),
            "min_text": self.readable_spin.value(),
            "overlap_mm": self.overlap_spin.value(),
            "dpi": self.dpi_spin.value(),
            "insights": self.insights_check.isChecked(),
            "comments": self.comments_check.isChecked(),
            "bom": self.bom_check.isChecked(),
        }

    def _restore(self, s: dict[str, Any]) -> None:
        if s.get("format") in FORMATS:
            self.format_box.setCurrentIndex(FORMATS.index(s["format"]))
        if isinstance(s.get("paper"), str) and s["paper"]:
            self.paper_box.setCurrentText(s["paper"])
        else:
            self.paper_box.setCurrentText("A1")
        i = self.orientation_box.findData(s.get("orientation"))
        self.orientation_box.setCurrentIndex(max(0, i))
        (self.tile_radio if s.get("tile") else self.fit_radio).setChecked(True)
        (self.readable_radio if s.get("readable", True) else self.scale_radio).setChecked(True)
        self.insights_check.setChecked(s.get("insights") is True)
        self.comments_check.setChecked(s.get("comments") is True)
        self.bom_check.setChecked(s.get("bom") is True)
        for spin, key in (
            (self.margin_spin, "margin_mm"),
            (self.scale_spin, "scale_percent"),
            (self.readable_spin, "min_text"),
            (self.overlap_spin, "overlap_mm"),
            (self.dpi_spin, "dpi"),
        ):
            if isinstance(s.get(key), int | float):
                spin.setValue(s[key])

    # --- options and preview ----------------------------------------------------------------------
    def format(self) -> str:
        return self.format_box.currentData()

    def options(self) -> PosterOptions:
        tile = self.tile_radio.isChecked()
        readable = self.readable_radio.isChecked()
        return PosterOptions(
            paper=self.paper_box.currentText().strip() or "A1",
            orientation=self.orientation_box.currentData(),
            tile=tile,
            scale=None if readable else self.scale_spin.value() / 100,
            min_text=self.readable_spin.value() if readable else None,
            overlap=self.overlap_spin.value() * MM,
            margin=self.margin_spin.value() * MM,
        )

    def refresh(self) -> None:
        pdf = self.format() == "pdf"
        tile = self.tile_radio.isChecked()
        self.paper_group.setEnabled(pdf)
        self.fill_group.setEnabled(pdf)
        for w in (
            self.scale_radio,
            self.scale_spin,
            self.readable_radio,
            self.readable_spin,
            self.overlap_spin,
        ):
            w.setEnabled(pdf and tile)
        self.scale_spin.setEnabled(pdf and tile and self.scale_radio.isChecked())
        self.readable_spin.setEnabled(pdf and tile and self.readable_radio.isChecked())
        self.image_group.setEnabled(self.format() == "png")
        self.format_options.setCurrentWidget(  # CSV's options shown only where they apply
            self.data_group if self.format() == "csv" else self.image_group
        )
        self.error.clear()
        if not pdf:
            self.plan = None
            self.readability_bar.setVisible(False)
            self.preview.set_plan(None)
            self.summary.setText(self._image_summary())
            self.export_button.setEnabled(True)
            if self.format() == "png":
                try:  # before any work: the message names the largest dpi that fits
                    check_image_size(self._image_rect(), self.dpi_spin.value(), PNG_MAX_HEIGHT)
                except OptionError as e:
                    self.error.setText(str(e))
                    self.export_button.setEnabled(False)
            return
        try:
            self.plan = plan_pages(self.poster, self.options())
        except OptionError as e:
            self.plan = None
            self.error.setText(str(e))
        self.export_button.setEnabled(self.plan is not None)
        self.preview.set_plan(self.plan)
        self.summary.setText(self._pdf_summary() if self.plan else "")
        readable = readable_plan(self.poster, self.options(), self.plan) if self.plan else None
        self.readability.setText(readability_warning(self.plan, readable) if self.plan else "")
        self.readability_bar.setVisible(readable is not None)
        self._show_warnings()

    def _show_warnings(self) -> None:
        """The texts cut in the poster as arranged for the current paper."""
        found = self.poster.warnings
        if [self.warnings.item(i).text() for i in range(self.warnings.count())] != found:
            self.warnings.clear()
            self.warnings.addItems(found)
        self.warnings_label.setText(self.tr("%Ln text(s) too long to print whole:", "", len(found)))
        self.warnings.setVisible(bool(found))
        self.warnings_label.setVisible(bool(found))

    def tile_readable(self) -> None:
        """Tile on the chosen paper with the smallest text at the readable size."""
        self.tile_radio.setChecked(True)
        self.readable_radio.setChecked(True)
        self.readable_spin.setValue(READABLE)
        self.refresh()

    def _pdf_summary(self) -> str:
        p = self.plan
        assert p is not None
        if p.tiled:
            sheets = self.tr("%Ln sheet(s) of %1", "", len(p.tiles)).replace(
                "%1", p.paper.describe()
            )
            grid = (
                self.tr("%Ln row(s)", "", p.rows) + " × " + self.tr("%Ln column(s)", "", p.columns)
            )
            text = self.tr("%1 (%2) and an assembly page.").replace("%1", sheets)
            text = text.replace("%2", grid)
        else:
            text = self.tr("One sheet of %1.").replace("%1", p.paper.describe())
        more = self.tr("Scale %1 %; smallest card text %2 pt.")
        more = more.replace("%1", f"{p.scale * 100:.0f}").replace("%2", f"{p.smallest_text:.1f}")
        return f"{text} {more} {fill_summary(self.poster, p)}."

    def _image_rect(self):  # -> QRectF, the map's area in an image
        from PySide6.QtCore import QRectF

        margin = 80.0  # the canvas scene's border, both sides
        return QRectF(0, 0, self.poster.geo.width + margin, self.poster.geo.height + margin)

    def _image_summary(self) -> str:
        fmt = self.format()
        if fmt in DATA_FORMATS:
            summaries = {
                "xlsx": self.tr(
                    "A Map worksheet laid out as the map, then one worksheet per kind of object "
                    "(cards, stages, lanes, personas, emotions, metrics...) with every field and "
                    "id: edit it and import it back with File > Import."
                ),
                "csv": self.tr(
                    "One card per row with every field and its id (UTF-8): edit it and import "
                    "it back into this map with File > Import."
                ),
                "mmd": self.tr(
                    "The stages as sections, the actions as tasks, each persona's score per "
                    "stage on the 1 to 5 scale."
                ),
                "md": self.tr(
                    "The title, the personas, each stage with its lanes' cards, an emotion table "
                    "per persona and the journey as a Mermaid diagram."
                ),
            }
            return summaries[fmt]
        if fmt == "svg":
            return self.tr("A vector image of the whole map.")
        size = image_size(self._image_rect(), self.dpi_spin.value())
        return (
            self.tr("About %1 × %2 pixels.")
            .replace("%1", QLocale().toString(size.width()))
            .replace("%2", QLocale().toString(size.height()))
        )

    # --- exporting ----------------------------------------------------------------------------
    def choose_file_and_export(self) -> None:
        fmt = self.format()
        filters = {
            "pdf": self.tr("PDF files (*.pdf)"),
            "png": self.tr("PNG images (*.png)"),
            "svg": self.tr("SVG images (*.svg)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "csv": self.tr("CSV files (*.csv)"),
            "mmd": self.tr("Mermaid diagrams (*.mmd)"),
            "md": self.tr("Markdown files (*.md)"),
        }
        path = getattr(self.doc, "path", None)
        stem = path.name.split(".")[0] if isinstance(path, Path) else (self.doc.map.title or "map")
        folder = path.parent if isinstance(path, Path) else Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Map"), str(folder / f"{stem}.{fmt}"), filters[fmt]
        )
        if name:
            if not name.lower().endswith("." + fmt):
                name += "." + fmt
            self.export_to(name)

    def export_to(self, path: str | Path) -> None:
        """Start exporting to ``path``; ends with export_finished, export_cancelled or
        export_failed. The map is copied first, so the export never sees a half-made edit."""
        target = Path(path)
        fmt = self.format()
        self.user_settings.remember_export_settings(self.doc.map.id, self.settings())
        self._set_done_visible(False)
        self.progress = QProgressDialog(
            self.tr("Exporting %1...").replace("%1", target.name), self.tr("Cancel"), 0, 0, self
        )
        self.progress.setWindowTitle(self.tr("Export Map"))
        self.progress.setWindowModality(Qt.WindowModality.ApplicationModal)  # no edit meanwhile
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        try:
            job = self._job(target, fmt)  # an image is drawn here, band by band
        except RenderCancelled:
            self._cancelled()
            return
        except (OptionError, OSError, ValueError, ImportError) as e:
            self._failed(str(e))
            return
        self.progress.setRange(0, 0)  # encoding and writing: no steps to count
        self.worker = ExportWorker(job, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(lambda _result: self._succeeded(target))
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self.progress.canceled.connect(self.worker.cancel)
        self.export_button.setEnabled(False)
        self.worker.start()

    def _job(self, target: Path, fmt: str) -> Job:
        if fmt in DATA_FORMATS:
            return data_job(self.doc, target, self.bom_check.isChecked())
        if fmt == "pdf":
            insights = self.insights_check.isChecked()
            comments = self.comments_check.isChecked()
            return pdf_job(self.doc, target, self.options(), self._file_name, insights, comments)
        progress = self.progress
        return image_job(
            self.doc, target, fmt, self.dpi_spin.value(), self._progressed, progress.wasCanceled
        )

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _end(self) -> None:
        # The finished worker and progress dialog stay children of the dialog (deleting them
        # while their queued signals are in flight crashes PySide); the next export reuses
        # the attributes.
        if self.progress is not None:
            # reset() stops the dialog's own show timer: a quick export ends before it fires,
            # and hide() alone let it pop up later, at 100 %, over the dialog
            self.progress.canceled.disconnect()
            self.progress.reset()
            self.progress.hide()
            self.progress = None
        if self.worker is not None:
            self.worker.wait()
            self.worker = None
        self.refresh()

    def _succeeded(self, target: Path) -> None:
        self._end()
        self.last_path = target
        text = self.tr("Exported to %1")
        metrics = self.done_label.fontMetrics()
        # its room is kept (see _build): a long file name is shortened in its middle
        room = self.done_label.width() - metrics.horizontalAdvance(text.replace("%1", "")) - 4
        name = metrics.elidedText(target.name, Qt.TextElideMode.ElideMiddle, max(room, 40))
        self.done_label.setText(text.replace("%1", name))
        self.done_label.setToolTip(str(target))
        self._set_done_visible(True)
        self.export_finished.emit(str(target))

    def _failed(self, message: str) -> None:
        self._end()
        self.error.setText(self.tr("The export failed: %1").replace("%1", message))
        self.export_failed.emit(message)

    def _cancelled(self) -> None:
        self._end()
        self.error.setText(self.tr("Export cancelled; no file was written."))
        self.export_cancelled.emit()

    def _set_done_visible(self, visible: bool) -> None:
        for w in (self.done_label, self.open_button, self.folder_button):
            w.setVisible(visible)

    def open_file(self) -> None:
        if self.last_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))

    def show_in_folder(self) -> None:
        if self.last_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path.parent)))

    def reject(self) -> None:
        if self.worker is not None:  # closing while exporting: cancel, wait, then close
            self.worker.cancel()
            self.worker.wait()
        super().reject()


def _mm_spin(low: float, high: float, value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(1)
    spin.setSuffix(" mm")
    spin.setValue(value)
    return spin
