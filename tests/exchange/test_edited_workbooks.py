"""Workbooks as people edit them: a changed cell updates, a row without an id is a new card, a
row removed removes the card (listed); a grid typed from scratch becomes a map; every problem
names the sheet, row and column, and nothing is half made."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook, load_workbook

from mapstudio.core.model import LaneKind
from mapstudio.exchange.formats import (
    ExchangeError,
    change_report,
    export_bytes,
    import_bytes,
    import_file,
)
from mapstudio.files import read_map
from tests.foundation.conftest import EXAMPLES, run_cli

SMARTPHONE = EXAMPLES / "smartphone-en.journey.json"


def edited(data: bytes, edit) -> bytes:
    wb = load_workbook(io.BytesIO(data))
    edit(wb)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def column_of(ws, heading: str) -> int:
    return next(c.column for c in ws[1] if c.value == heading)


def test_a_person_edits_the_cards_sheet():
    original = read_map(SMARTPHONE)
    gone = original.cards[3]

    def edit(wb):
        ws = wb["Cards"]
        text = column_of(ws, "Text")
        ws.cell(row=2, column=text, value="Notices the battery dies at noon")
        ws.cell(row=3, column=column_of(ws, "Severity"), value="=1+1")  # a formula: its value
        ws.delete_rows(5)  # the 4th card
        ws.append([None, "decide", "actions", None, "Asks a friend which phone to buy"])

    book = edited(export_bytes(original, ".xlsx"), edit)
    result = import_bytes(book, "edited.xlsx", base=original).map
    by_id = {c.id: c for c in result.cards}
    assert by_id[original.cards[0].id].text == "Notices the battery dies at noon"
    assert gone.id not in by_id
    new = [c for c in result.cards if c.id not in {c.id for c in original.cards}]
    assert [c.text for c in new] == ["Asks a friend which phone to buy"]
    assert new[0].stage == "decide" and new[0].lane == "actions"
    # the new card shows last in its cell
    assert result.cards_in_cell("decide", "actions")[-1].id == new[0].id
    report = change_report(original, result)
    assert report[:3] == ["1 card added", "1 card changed", "1 card removed"]
    assert gone.id in report[3] and gone.text[:20] in report[3]


def test_formulas_are_read_as_the_values_the_spreadsheet_computed(tmp_path):
    original = read_map(SMARTPHONE)
    wb = load_workbook(io.BytesIO(export_bytes(original, ".xlsx")))
    ws = wb["Cards"]
    ws.cell(row=2, column=column_of(ws, "Text"), value='=UPPER("x")')
    path = tmp_path / "f.xlsx"
    wb.save(path)
    # openpyxl keeps no computed value: a formula never computed is an empty cell, never its
    # source text
    m = import_file(path).map
    assert m.cards[0].text == ""


@pytest.mark.parametrize(
    ("sheet", "heading", "row", "value", "expected"),
    [
        ("Cards", "Stage", 12, "S9", 'Cards!B12: there is no stage "S9"'),
        ("Cards", "Severity", 4, "very", 'Cards!L4: "very" is not a whole number'),
        ("Cards", "Severity", 4, 7, "Cards!L4: input should be less than or equal to 3"),
        ("Cards", "Channel", 5, "pigeon", 'Cards!J5: "pigeon" is not one of: website'),
        ("Cards", "Id", 6, "actions-aware-1", 'Cards!A6: the id "actions-aware-1" is already used'),
        ("Emotions", "Score", 3, 9, "Emotions!E3: 9 is outside the map's emotion scale -2..+2"),
        ("Stages", "Colour", 2, "red", 'Stages!E2: "red" is not a colour like #ff8800'),
    ],
)
def test_errors_name_sheet_row_and_column(sheet, heading, row, value, expected):
    original = read_map(SMARTPHONE)

    def edit(wb):
        ws = wb[sheet]
        ws.cell(row=row, column=column_of(ws, heading), value=value)

    with pytest.raises(ExchangeError) as caught:
        import_bytes(edited(export_bytes(original, ".xlsx"), edit), "bad.xlsx", base=original)
    assert str(caught.value).startswith(expected), str(caught.value)


def test_a_bad_workbook_writes_nothing_from_the_command_line(tmp_path):
    original = read_map(SMARTPHONE)

    def edit(wb):
        ws = wb["Cards"]
        ws.cell(row=12, column=column_of(ws, "Stage"), value="S9")

    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(edited(export_bytes(original, ".xlsx"), edit))
    out = tmp_path / "out.journey.json"
    proc = run_cli("import", str(bad), "-o", str(out))
    assert proc.returncode == 1
    assert proc.stderr.strip() == f'{bad}: Cards!B12: there is no stage "S9"'
    assert not out.exists()
    target = tmp_path / "map.journey.json"
    target.write_bytes(SMARTPHONE.read_bytes())
    proc = run_cli("import", str(bad), "--into", str(target), "-o", str(target))
    assert proc.returncode == 1 and target.read_bytes() == SMARTPHONE.read_bytes()


def test_not_a_workbook_and_huge_sheets_are_refused(tmp_path):
    with pytest.raises(ExchangeError, match="not an Excel workbook"):
        import_bytes(b"PK\x03\x04 not really", "x.xlsx")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Cards")
    ws.append(["Id", "Stage", "Lane", "Text"])
    for i in range(400_001):
        ws.append([None, None, None, None, "x"]) if i == 0 else ws.append(["x"])
    out = io.BytesIO()
    wb.save(out)
    with pytest.raises(ExchangeError, match="too large for a map"):
        import_bytes(out.getvalue(), "huge.xlsx")


def grid_workbook(rows) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Feuille1"
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_grid_typed_from_scratch_becomes_a_map():
    data = grid_workbook(
        [
            ["Atelier parcours", "Découverte", "Achat", "Après-achat"],
            ["Actions du client", "Voit une pub\nDemande à un ami", "Commande en ligne", None],
            ["Points de contact", "Instagram", "Site web", "Email de suivi"],
            ["Émotions", "Camille: 1 Curieuse\nHugo: -1", "Camille: -2 Agacée", "Camille: 2"],
            ["Irritants", None, "• Frais de livraison\n  cachés jusqu'au bout", None],
            ["Idées", None, "Afficher les frais tôt", None],
            ["KPI", "Taux de clic: 1.8 %", None, "NPS: 42 / 50"],
            ["Divers", "Une remarque", None, None],
        ]
    )
    result = import_bytes(data, "atelier.xlsx", language="fr")
    m = result.map
    assert m.title == "Atelier parcours"
    assert [s.name for s in m.ordered_stages()] == ["Découverte", "Achat", "Après-achat"]
    kinds = [(g.title, g.kind, g.sure) for g in result.guesses]
    assert kinds == [
        ("Actions du client", LaneKind.ACTIONS, True),
        ("Points de contact", LaneKind.TOUCHPOINTS, True),
        ("Émotions", LaneKind.EMOTIONS, True),
        ("Irritants", LaneKind.FRICTIONS, True),
        ("Idées", LaneKind.OPPORTUNITIES, True),
        ("KPI", LaneKind.METRICS, True),
        ("Divers", LaneKind.NOTES, False),
    ]
    actions = [c.text for c in m.cards_in_cell(m.stages[0].id, m.lanes[0].id)]
    assert actions == ["Voit une pub", "Demande à un ami"]
    frictions = [c.text for c in m.cards if c.lane == m.lanes[3].id]
    assert frictions == ["Frais de livraison\n  cachés jusqu'au bout"]
    assert [p.name for p in m.personas] == ["Camille", "Hugo"]
    assert sorted((p.persona, p.score) for p in m.emotion_points if p.stage == m.stages[0].id) == [
        ("camille", 1),
        ("hugo", -1),
    ]
    assert [(v.name, v.value, v.unit, v.target) for v in m.metric_values] == [
        ("Taux de clic", 1.8, "%", None),
        ("NPS", 42.0, "", 50.0),
    ]
    # the user confirms a kind the title did not say
    fixed = result.with_lane_kinds({m.lanes[6].id: LaneKind.THOUGHTS})
    assert fixed.lanes[6].kind is LaneKind.THOUGHTS


def test_grid_errors_name_the_cell():
    data = grid_workbook([[None, "Stage A"], ["Feelings", "happy"]])
    with pytest.raises(ExchangeError, match=r"^Feuille1!B2: an emotion is a score"):
        import_bytes(data, "g.xlsx")
    data = grid_workbook([[None, "Stage A", None], ["Actions", "x", "orphan"]])
    with pytest.raises(ExchangeError, match=r"^Feuille1!C1: this column has notes but no stage"):
        import_bytes(data, "g.xlsx")


def test_the_exported_map_sheet_alone_reads_back_as_the_map():
    original = read_map(SMARTPHONE)

    def keep_only_the_grid(wb):
        for name in wb.sheetnames[1:]:
            del wb[name]

    m = import_bytes(edited(export_bytes(original, ".xlsx"), keep_only_the_grid), "g.xlsx").map
    assert [s.name for s in m.ordered_stages()] == [s.name for s in original.ordered_stages()]
    assert [(x.title, x.kind) for x in m.ordered_lanes()] == [
        (x.title, x.kind) for x in original.ordered_lanes()
    ]
    assert sorted(c.text for c in m.cards) == sorted(c.text for c in original.cards)
    assert len(m.emotion_points) == len(original.emotion_points)
    assert len(m.metric_values) == len(original.metric_values)


def test_the_map_sheet_reads_like_the_map():
    original = read_map(SMARTPHONE)
    wb = load_workbook(io.BytesIO(export_bytes(original, ".xlsx")))
    assert wb.sheetnames[:3] == ["Map", "About", "Personas"]
    ws = wb["Map"]
    assert ws["A1"].value == original.title
    assert [c.value for c in ws[1]][1:] == [s.name for s in original.ordered_stages()]
    lanes = original.ordered_lanes()
    assert [ws.cell(row=i + 2, column=1).value.split(" ", 1)[1] for i in range(len(lanes))] == [
        x.title for x in lanes
    ]
    actions_row = 2 + [x.id for x in lanes].index("actions")
    cell = ws.cell(row=actions_row, column=2)
    assert cell.value.split("\n")[0] == "• Notices her battery dies by mid-afternoon"
    assert cell.alignment.wrap_text
    assert cell.fill.start_color.rgb.endswith("FFF4C2")  # the actions lane's card colour
    assert ws.freeze_panes == "B2"


def test_french_map_has_french_headings_and_reads_back_in_english():
    original = read_map(EXAMPLES / "smartphone-fr.journey.json")
    wb = load_workbook(io.BytesIO(export_bytes(original, ".xlsx")))
    assert wb.sheetnames[:3] == ["Carte", "À propos", "Personas"]
    assert [c.value for c in wb["Fiches"][1]][:5] == ["Id", "Étape", "Couloir", "Ordre", "Texte"]
    english = load_workbook(io.BytesIO(export_bytes(read_map(SMARTPHONE), ".xlsx")))
    for ws in english.worksheets:  # English headings on a French map's sheets: read the same
        french = wb[wb.sheetnames[english.sheetnames.index(ws.title)]]
        for cell in ws[1]:
            if ws.title not in ("Map", "About"):
                french.cell(row=1, column=cell.column, value=cell.value)
        french.title = ws.title
    out = io.BytesIO()
    wb.save(out)
    assert import_bytes(out.getvalue(), "fr.xlsx").map == original


def test_a_grid_into_the_open_map_adds_to_its_stages_and_lanes():
    base = read_map(SMARTPHONE)
    data = grid_workbook(
        [
            [None, "Awareness", "Loyalty club"],
            ["Customer actions", "Reads a forum thread", "Joins the club"],
            ["Pain points", "Ads everywhere", None],
            ["Staff", "Support team briefs", None],
        ]
    )
    result = import_bytes(data, "more.xlsx", base=base)
    # only the lane the map does not have is asked about
    assert [(g.title, g.kind) for g in result.guesses] == [("Staff", LaneKind.BACKSTAGE)]
    m = result.with_lane_kinds({result.guesses[0].lane: LaneKind.NOTES})
    assert [s.name for s in m.ordered_stages()] == [
        *(s.name for s in base.ordered_stages()),
        "Loyalty club",
    ]
    actions = m.cards_in_cell("aware", "actions")
    assert actions[:-1] == base.cards_in_cell("aware", "actions")
    assert actions[-1].text == "Reads a forum thread"
    staff = m.ordered_lanes()[-1]
    assert (staff.title, staff.kind) == ("Staff", LaneKind.NOTES)
    assert {c.id for c in base.cards} <= {c.id for c in m.cards}
    # imported twice: nothing more
    again = import_bytes(data, "more.xlsx", base=m)
    assert len(again.map.cards) == len(m.cards)


def test_a_grid_keeps_half_points_and_blueprint_lane_titles():
    data = grid_workbook(
        [
            ["Atelier", "Découverte", "Achat"],
            ["Émotions", "Camille: -1,5 Perdue", "Camille: 0.5 Rassurée"],
            ["Actions invisibles (back-office)", "Prépare la commande", None],
            ["Processus de support", "Outil d'emailing", None],
        ]
    )
    result = import_bytes(data, "atelier.xlsx", language="fr")
    m = result.map
    assert sorted(p.score for p in m.emotion_points) == [-1.5, 0.5]
    assert [g.kind for g in result.guesses][1:] == [LaneKind.BACKSTAGE, LaneKind.SUPPORT]
    data = grid_workbook([[None, "Stage A"], ["Feelings", "Camille: 1.7 happy"]])
    with pytest.raises(ExchangeError, match=r"^Feuille1!B2: an emotion is a score"):
        import_bytes(data, "g.xlsx")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_map_sheet_keeps_figures_as_plain_whole_numbers(language):
    original = read_map(SMARTPHONE).model_copy(update={"language": language})
    views = next(v for v in original.metric_values if v.value == 48200)
    big = views.model_copy(update={"value": 1234567.5, "target": 1e15})
    original = original.model_copy(
        update={"metric_values": [big if v is views else v for v in original.metric_values]}
    )
    data = export_bytes(original, ".xlsx")
    grid = "\n".join(
        str(c.value)
        for row in load_workbook(io.BytesIO(data)).worksheets[0].iter_rows()
        for c in row
    )
    assert f"{views.name}: 1234567.5 / 1000000000000000" in grid  # no grouping, no exponent

    def keep_only_the_grid(wb):
        for name in wb.sheetnames[1:]:
            del wb[name]

    m = import_bytes(edited(data, keep_only_the_grid), "g.xlsx", language=language).map
    assert sorted((v.name, v.value) for v in m.metric_values) == sorted(
        (v.name, v.value) for v in original.metric_values
    )
    assert [v.target for v in m.metric_values if v.name == views.name] == [1e15]


@pytest.mark.parametrize(
    ("language", "typed", "value"), [("en", "48,200", 48200), ("fr", "48 200,5", 48200.5)]
)
def test_a_grid_reads_figures_as_its_language_writes_them(language, typed, value):
    data = grid_workbook([[None, "Stage A"], ["KPI", f"Views: {typed}"]])
    m = import_bytes(data, "g.xlsx", language=language).map
    assert [v.value for v in m.metric_values] == [value]
