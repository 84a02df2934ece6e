"""A metric's figure as a map in a given language writes it (grouped digits, the language's
decimal mark, no exponent, every digit) reads back as the very same number, for every value
the model allows, in the in-place editor's whole figure line as in a single number."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mapstudio.core.metrics import figure_text, number_text, parse_figure, parse_number
from mapstudio.core.model import MetricValue, Trend
from mapstudio.core.operations import EditError

NNBSP = "\u202f"
LANGUAGES = ["en", "fr", "fr-CA", "en-GB", "de", None]  # None: plain digits, for files
figures = st.floats(min_value=-1e15, max_value=1e15, allow_nan=False, allow_infinity=False)


@given(value=figures, language=st.sampled_from(LANGUAGES))
def test_every_figure_reads_back_as_itself(value, language):
    text = number_text(value, language)
    assert "e" not in text.lower()
    assert parse_number(text, language) == value


@given(
    value=figures,
    target=st.none() | figures,
    unit=st.sampled_from(["", "%", "pts", "€ HT", "visits"]),
    trend=st.none() | st.sampled_from(list(Trend)),
    language=st.sampled_from(LANGUAGES),
)
def test_every_figure_line_reads_back_as_its_fields(value, target, unit, trend, language):
    metric = MetricValue(
        id="m", stage="s", lane="k", name="N", value=value, target=target, unit=unit, trend=trend
    )
    fields = parse_figure(figure_text(metric, language), language)
    assert fields == {"value": value, "target": target, "unit": unit, "trend": trend}


@pytest.mark.parametrize(
    ("value", "en", "fr", "plain"),
    [
        (48200, "48,200", f"48{NNBSP}200", "48200"),
        (1e6, "1,000,000", f"1{NNBSP}000{NNBSP}000", "1000000"),
        (1234567.5, "1,234,567.5", f"1{NNBSP}234{NNBSP}567,5", "1234567.5"),
        (3.5, "3.5", "3,5", "3.5"),
        (-0.0, "0", "0", "0"),
        (1e-7, "0.0000001", "0,0000001", "0.0000001"),
        (
            -1e15,
            "-1,000,000,000,000,000",
            f"-1{NNBSP}000{NNBSP}000{NNBSP}000{NNBSP}000{NNBSP}000",
            "-1000000000000000",
        ),
    ],
)
def test_figures_as_each_language_writes_them(value, en, fr, plain):
    assert (number_text(value, "en"), number_text(value, "fr"), number_text(value, None)) == (
        en,
        fr,
        plain,
    )


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("48,200", "en", 48200),
        ("1,234,567.5", "en", 1234567.5),
        ("3,5", "en", 3.5),  # a comma before other than three digits is a decimal mark
        ("1,2345", "en", 1.2345),
        ("48 200", "en", 48200),
        ("48 200", "fr", 48200),
        (f"48{NNBSP}200", "fr", 48200),
        ("48\u00a0200,5", "fr", 48200.5),
        ("3,5", "fr", 3.5),
        ("1,500", "fr", 1.5),  # French's comma is always its decimal mark
        ("3.5", "fr", 3.5),
        ("−1.2e3", "fr", -1200),
        ("48 2", "fr", 482),  # a lone number typed so far, spaces dropped
    ],
)
def test_typed_figures(text, language, value):
    assert parse_number(text, language) == value


@pytest.mark.parametrize(
    ("text", "language"), [("1,234,5", "en"), ("1.500,25", "en"), ("1,234,567", "fr")]
)
def test_a_figure_that_reads_two_ways_is_refused_in_words(text, language):
    with pytest.raises(EditError, match="is not a number"):
        parse_number(text, language)
