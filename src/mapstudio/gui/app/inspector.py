"""The inspector dock: edits the selected card, stage or lane, or the map itself.

Every edit goes through ``commands.update``. Typing in one field merges into one undo step per
editing session (a session ends when focus moves or the selection changes), and the form
reloads on ``doc.changed`` so undo shows at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mapstudio.core import vocabulary
from mapstudio.core.metrics import PRESETS, preset, preset_named
from mapstudio.core.model import (
    Card,
    EmotionPoint,
    EmotionScale,
    Lane,
    LaneKind,
    MetricValue,
    Stage,
    lane_kind_fields,
)
from mapstudio.gui import commands
from mapstudio.gui.app.form_fields import (
    CheckField,
    ChoiceField,
    FigureField,
    LineField,
    ListLineField,
    TextField,
    ThreadField,
)
from mapstudio.gui.app.panel_editing import PanelEditing
from mapstudio.gui.document import MAP, EditError, MapDocument
from mapstudio.gui.i18n import map_words
from mapstudio.layout import theme

if TYPE_CHECKING:
    from mapstudio.gui.app.image_field import ImageField

KIND_ROWS = lane_kind_fields(Card)  # card fields shown only in lanes of these kinds


class Form(QWidget):
    """A titled form of field editors bound to model field names."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Any] = {}
        self.title = QLabel(title)  # bold by its font, not markup: no rich-text engine needed
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.title)
        box.addLayout(self.layout_)
        box.addStretch(1)

    def add(self, name: str, label: str, editor: QWidget) -> QWidget:
        editor.setObjectName(f"field_{name}")
        self.layout_.addRow(label, editor)
        self.fields[name] = editor
        return editor

    def load(self, obj: Any) -> None:
        for name, editor in self.fields.items():
            editor.set_value(getattr(obj, name))

    def show_field(self, name: str, visible: bool) -> None:
        self.layout_.setRowVisible(self.fields[name], visible)


class Inspector(QWidget, PanelEditing):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Inspector")
        self.target_id: str | None = None
        self.target_choice = QComboBox()
        self.target_choice.setObjectName("InspectorTarget")
        self.target_choice.setToolTip(self.tr("What the inspector edits"))
        self.target_choice.activated.connect(self._target_chosen)
        self.pages = QStackedWidget()
        self.empty = QLabel(self.tr("Open or create a map to edit it here."))
        self.multi = QLabel()
        for label in (self.empty, self.multi):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop)
            label.setMargin(8)
            self.pages.addWidget(label)
        self._forms: dict[str, Form] = {}  # built when first shown (see _form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.pages)
        self.error = QLabel()
        self.error.setObjectName("InspectorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b03a2e; padding: 4px;")
        self.error.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.target_choice)
        box.addWidget(scroll, 1)
        box.addWidget(self.error)
        self.setMinimumWidth(220)
        QApplication.instance().focusChanged.connect(self._end_session)

    # --- forms ------------------------------------------------------------------------------
    def _form(self, kind: str) -> Form:
        """The form for ``kind``, built at its first use: a window opening a map shows only
        the map's form, so the other four cost nothing at start."""
        form = self._forms.get(kind)
        if form is None:
            form = getattr(self, f"_{kind}_form")()
            self.pages.addWidget(form)
            self._forms[kind] = form
        return form

    @property
    def card_form(self) -> Form:
        return self._form("card")

    @property
    def stage_form(self) -> Form:
        return self._form("stage")

    @property
    def lane_form(self) -> Form:
        return self._form("lane")

    @property
    def map_form(self) -> Form:
        return self._form("map")

    @property
    def point_form(self) -> Form:
        return self._form("point")

    @property
    def metric_form(self) -> Form:
        return self._form("metric")

    def _bind(self, form: Form, name: str, label: str, editor: QWidget) -> None:
        form.add(name, label, editor)
        editor.edited.connect(lambda value, n=name: self._commit(n, value))

    def _card_colours(self, part: str = "fill") -> list[tuple[str, str]]:
        """Preset colours: the lanes' own card fills (or, with ``part="accent"``, their strong
        accents, for a stage's band), so the map keeps one palette on screen and on paper."""
        fills = [
            (self.tr("Yellow"), LaneKind.ACTIONS),
            (self.tr("Blue"), LaneKind.TOUCHPOINTS),
            (self.tr("Purple"), LaneKind.THOUGHTS),
            (self.tr("Red"), LaneKind.FRICTIONS),
            (self.tr("Green"), LaneKind.OPPORTUNITIES),
            (self.tr("Grey"), LaneKind.BACKSTAGE),
            (self.tr("Teal"), LaneKind.METRICS),
            (self.tr("Beige"), LaneKind.NOTES),
        ]
        return [(name, getattr(theme.LANE_STYLES[kind], part)) for name, kind in fills]

    def _card_form(self) -> Form:
        # The colour and image editors are imported with the first form that shows them: a
        # window opening a map shows the map's form, and they are not on that path.
        from mapstudio.gui.app.colour_field import ColourField
        from mapstudio.gui.app.number_fields import NumberField

        f = Form(self.tr("Card"))
        none = [("—", None)]
        fields = [
            ("text", TextField()),
            ("colour", ColourField(presets=self._card_colours())),
            ("tags", ListLineField()),
            ("channel", ChoiceField(none + vocabulary.channel_choices())),
            ("online", ChoiceField(vocabulary.online_choices())),
            ("severity", ChoiceField(none + vocabulary.severity_choices())),
            ("impact", ChoiceField(none + vocabulary.level_choices())),
            ("effort", ChoiceField(none + vocabulary.level_choices())),
            ("owner", LineField()),
            ("votes", NumberField(0, 1_000_000)),
            ("evidence", ChoiceField(none + vocabulary.evidence_choices())),
            ("source", LineField()),
            ("positive", CheckField(vocabulary.positive_moment_hint())),
            ("image", self._image_field()),
            ("comments", ThreadField()),
        ]
        for name, editor in fields:
            self._bind(f, name, vocabulary.field_name(name), editor)
        f.fields["text"].setMaximumHeight(160)
        return f

    def _image_field(self) -> ImageField:
        from mapstudio.files.images import check_room
        from mapstudio.gui.app.image_field import ImageField

        field = ImageField()
        field.check = lambda image: check_room(self.doc.map, image)
        field.refused.connect(self._show_error)
        field.session_break.connect(self._end_session)
        return field

    def _stage_form(self) -> Form:
        from mapstudio.gui.app.colour_field import ColourField

        f = Form(self.tr("Stage"))
        self._bind(f, "name", self.tr("Name"), LineField())
        self._bind(f, "description", self.tr("Description"), TextField())
        self._bind(
            f, "colour", self.tr("Colour"), ColourField(presets=self._card_colours("accent"))
        )
        return f

    def _lane_form(self) -> Form:
        f = Form(self.tr("Lane"))
        self._bind(f, "title", self.tr("Title"), LineField())
        self._bind(f, "kind", self.tr("Kind"), ChoiceField(vocabulary.lane_kind_choices()))
        self._bind(f, "collapsed", "", CheckField(self.tr("Collapsed")))
        self._bind(f, "hidden_in_export", "", CheckField(self.tr("Hidden in posters and images")))
        # filled with the map's personas each time a lane is shown (see reload)
        self._bind(f, "persona", vocabulary.lane_field_name("persona"), ChoiceField([]))
        self._bind(f, "comments", vocabulary.field_name("comments"), ThreadField())
        return f

    def _point_form(self) -> Form:
        from mapstudio.gui.app.number_fields import HalfPointField  # (see _card_form)

        f = Form(self.tr("Emotion point"))
        # whose curve, where and which: told, not edited (the point moves by dragging it, or
        # by clicking with another persona or curve chosen in the emotions lane's header)
        self.point_where: dict[str, QLabel] = {}
        for name, title in (
            ("persona", vocabulary.lane_field_name("persona")),
            ("stage", self.tr("Stage")),
            ("curve", self.tr("Curve")),
        ):
            label = QLabel()
            label.setObjectName(f"Point{name.capitalize()}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            f.layout_.addRow(title, label)
            self.point_where[name] = label
        self._bind(f, "score", self.tr("Score"), HalfPointField(-1000, 1000))
        self._bind(f, "label", self.tr("Label"), LineField())
        return f

    def _show_point_place(self, point: EmotionPoint) -> None:
        persona, stage = self.doc.get(point.persona), self.doc.get(point.stage)
        with map_words(self.doc.map.language):  # the map's word, as in its legend
            curve = vocabulary.sentence_case(vocabulary.curve_name(point.curve))
        texts = {
            "persona": persona.name if persona is not None else "",
            "stage": stage.name if stage is not None else "",
            "curve": curve,
        }
        for name, text in texts.items():
            self.point_where[name].setText(text)

    def _metric_form(self) -> Form:
        f = Form(self.tr("Metric"))
        fields = [
            ("name", LineField()),
            ("value", FigureField()),
            ("unit", LineField()),
            ("target", FigureField(optional=True)),
            ("trend", ChoiceField([("—", None), *vocabulary.trend_choices()])),
        ]
        for name, editor in fields:
            self._bind(f, name, vocabulary.metric_field_name(name), editor)
        # The usual scale of a preset metric, beside its value (not a field of the map).
        self.metric_scale = QLabel()
        self.metric_scale.setObjectName("MetricScale")
        f.layout_.insertRow(2, "", self.metric_scale)
        presets = QComboBox()
        presets.setObjectName("MetricPreset")
        presets.addItem(self.tr("Usual metric…"), None)
        for usual in PRESETS:
            presets.addItem(usual.name, usual.key)
        presets.activated.connect(lambda i: self._apply_preset(presets.itemData(i), presets))
        f.layout_.addRow("", presets)
        return f

    def _apply_preset(self, key: str | None, chooser: QComboBox) -> None:
        """Name and unit of a usual metric, in one undo step (the value stays)."""
        chooser.setCurrentIndex(0)
        if key is None or self.doc is None or self.target_id is None:
            return
        with map_words(self.doc.map.language):
            usual = preset(key)
            changes = {"name": usual.name, "unit": usual.unit}
        try:
            commands.update(self.doc, self.target_id, changes)
        except EditError as e:
            self._show_error(str(e))

    def _map_form(self) -> Form:
        f = Form(self.tr("Map"))
        self._bind(f, "title", self.tr("Title"), LineField())
        self._bind(f, "description", self.tr("Description"), TextField())
        self._bind(f, "author", vocabulary.map_field_name("author"), LineField())
        source = TextField()
        source.setMaximumHeight(70)
        self._bind(f, "source", vocabulary.map_field_name("source"), source)
        self._bind(f, "licence", vocabulary.map_field_name("licence"), LineField())
        self._bind(f, "language", self.tr("Language"), LineField(35))
        scales = [(s.value, s) for s in EmotionScale]
        scale_name = vocabulary.map_field_name("emotion_scale")
        self._bind(f, "emotion_scale", scale_name, ChoiceField(scales))
        blueprint = CheckField(self.tr("Draw the service blueprint's lines"))
        self._bind(f, "blueprint", vocabulary.map_field_name("blueprint"), blueprint)
        return f

    # --- context ------------------------------------------------------------------------------
    def set_context(self, doc: MapDocument | None, canvas) -> None:
        self._attach(doc, canvas)
        self.selection_changed()

    def selection_changed(self) -> None:
        """Show the selected object; the chooser also offers its stage, its lane and the map."""
        self._session += 1
        self.error.hide()
        doc = self.doc
        if doc is None:
            self._set_choices([])
            self.pages.setCurrentWidget(self.empty)
            return
        ids = [i for i in self.canvas.selected_ids() if doc.get(i) is not None]
        if len(ids) > 1:
            self._set_choices([doc.map.id])
            self.target_id = None
            self.multi.setText(self.tr("%Ln item(s) selected.", "", len(ids)))
            self.pages.setCurrentWidget(self.multi)
            return
        choices = list(ids)
        obj = doc.get(ids[0]) if ids else None
        cell = self.canvas.current_cell() if obj is None else None
        if isinstance(obj, Card | MetricValue):
            cell = (obj.stage, obj.lane)
        elif obj is not None and hasattr(obj, "stage"):
            cell = (obj.stage, None)
        if cell is not None:
            choices += [i for i in cell if i and doc.get(i) is not None]
        # Nothing selected: the map first (its stage and lane under the cursor are offered).
        self._set_choices([*choices, doc.map.id] if ids else [doc.map.id, *choices])

    def show_object(self, obj_id: str) -> None:
        """Edit ``obj_id`` (a stage or lane the canvas cannot select, e.g. one just added)."""
        if self.doc is not None and self.doc.get(obj_id) is not None:
            self._session += 1
            self._set_choices([obj_id, self.doc.map.id])

    def _set_choices(self, ids: list[str]) -> None:
        self.target_choice.clear()
        for obj_id in ids:
            self.target_choice.addItem(self._describe(obj_id), obj_id)
        self.target_choice.setVisible(len(ids) > 1)
        self.target_id = ids[0] if ids else None
        self.reload()

    def _describe(self, obj_id: str) -> str:
        doc = self.doc
        if obj_id == doc.map.id:
            return self.tr("Map: %1").replace("%1", doc.map.title)
        obj = doc.get(obj_id)
        if isinstance(obj, Stage):
            return self.tr("Stage: %1").replace("%1", obj.name)
        if isinstance(obj, Lane):
            return self.tr("Lane: %1").replace("%1", obj.title)
        if isinstance(obj, Card):
            return self.tr("Card: %1").replace("%1", " ".join(obj.text.split())[:40])
        if isinstance(obj, MetricValue):
            return self.tr("Metric: %1").replace("%1", obj.name)
        return self.tr("Emotion point")

    def _target_chosen(self, index: int) -> None:
        self._session += 1
        self.target_id = self.target_choice.itemData(index)
        self.reload()

    def reload(self) -> None:
        doc, target = self.doc, self.target_id
        if doc is None or target is None:
            return
        obj = doc.map if target == doc.map.id else doc.get(target)
        if obj is None:  # deleted (or undone away): fall back to the map
            self.selection_changed()
            return
        if obj is doc.map:
            form = self.map_form
        elif isinstance(obj, Card):
            form = self.card_form
            lane = doc.get(obj.lane)
            kind = lane.kind if isinstance(lane, Lane) else None
            for name, kinds in KIND_ROWS.items():
                form.show_field(name, kind in kinds or _has_value(obj, name))
        elif isinstance(obj, Stage):
            form = self.stage_form
        elif isinstance(obj, Lane):
            form = self.lane_form
            nobody = [(self.tr("Everyone"), None)]
            personas = [(p.name, p.id) for p in doc.map.personas]
            form.fields["persona"].set_choices(nobody + personas)
        elif isinstance(obj, EmotionPoint):
            form = self.point_form
            form.fields["score"].setRange(*doc.map.emotion_scale.bounds)
            self._show_point_place(obj)
        elif isinstance(obj, MetricValue):
            form = self.metric_form
            with map_words(doc.map.language):
                usual = preset_named(obj.name)
            hint = vocabulary.metric_scale_hint(usual.low, usual.high) if usual else ""
            self.metric_scale.setText(hint)
            form.layout_.setRowVisible(self.metric_scale, bool(hint))
            for name in ("value", "target"):  # figures read and written as the map writes them
                form.fields[name].language = doc.map.language
        else:
            self.multi.setText(self.tr("This item has no settings here."))
            self.pages.setCurrentWidget(self.multi)
            return
        form.load(obj)
        self.pages.setCurrentWidget(form)

    # --- editing ------------------------------------------------------------------------------
    def _commit(self, name: str, value: Any) -> None:
        if self.doc is None or self.target_id is None:
            return
        if self.doc.read_only:
            self._show_error(self.tr("This map is open read-only: save a copy to edit it."))
            self.reload()  # put the stored value back
            return
        self._update_field("inspector", self.target_id, name, value)

    def _doc_changed(self, change) -> None:
        if self.target_id is None:
            return
        if not self._applying:
            self._session += 1  # an undo or another view's edit ends the typing session
        for i in range(self.target_choice.count()):  # names in the chooser follow edits
            obj_id = self.target_choice.itemData(i)
            if self.doc.get(obj_id) is not None or obj_id == self.doc.map.id:
                self.target_choice.setItemText(i, self._describe(obj_id))
        target = self.doc.get(self.target_id)
        personas_of_lane = change.collection == "personas" and isinstance(
            target, Lane
        )  # the lane's persona chooser lists them
        # a point's form names its persona and stage
        names_of_point = change.collection in ("personas", "stages") and isinstance(
            target, EmotionPoint
        )
        if (
            change.collection == MAP
            or self.target_id in change.ids
            or change.action == "removed"
            or personas_of_lane
            or names_of_point
        ):
            self.reload()


def _has_value(card: Card, name: str) -> bool:
    value = getattr(card, name)
    return value not in (None, "", 0)
