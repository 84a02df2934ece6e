"""Speed-ups made for the benchmarks must not change results."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mapstudio.core.model import JourneyMap, Lane, LaneKind, MetricValue, Stage
from mapstudio.files.mapfile import _dump_map_reference, dump_map

finite = st.floats(min_value=-1e15, max_value=1e15, allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None)
@given(values=st.lists(finite, max_size=3), title=st.text(max_size=30))
def test_dump_map_writes_the_reference_bytes(values: list[float], title: str) -> None:
    m = JourneyMap(
        id="m",
        title=title,
        stages=[Stage(id="s", name="Stage")],
        lanes=[Lane(id="l", kind=LaneKind.METRICS, title="KPIs")],
        metric_values=[
            MetricValue(id=f"v{i}", stage="s", lane="l", name="Rate", value=v)
            for i, v in enumerate(values)
        ],
    )
    assert dump_map(m) == _dump_map_reference(m)


def test_quick_font_widths_equal_reportlabs() -> None:
    from reportlab.pdfbase.ttfonts import TTFontFile

    from mapstudio.layout.ttfwidths import read_widths
    from mapstudio.resources import font_path

    for bold in (False, True):
        face = TTFontFile(str(font_path(bold)))
        found = read_widths(font_path(bold).read_bytes())
        assert found is not None
        widths, default = found
        assert widths == face.charWidths
        assert default == face.defaultWidth


def _reference_wrap(text: str, width: float, size: float) -> list[str]:
    """The straightforward greedy wrap textfit.wrap must match (words measured one by one)."""
    from mapstudio.layout.textfit import _break_word, metrics

    fm = metrics(False)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, line_w = "", 0.0
        for word in (w for w in paragraph.split(" ") if w):
            ww = fm.word_width(word, size)
            if ww > width:
                if line:
                    lines.append(line)
                pieces = _break_word(word, width, size, fm)
                lines.extend(pieces[:-1])
                line, line_w = pieces[-1], fm.word_width(pieces[-1], size)
            elif not line:
                line, line_w = word, ww
            elif line_w + fm.word_width(" ", size) + ww <= width:
                line, line_w = f"{line} {word}", line_w + fm.word_width(" ", size) + ww
            else:
                lines.append(line)
                line, line_w = word, ww
        lines.append(line)
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines


def _reference_fit(text: str, width: float, max_lines: int, size: float, min_size: float):
    """Every size from ``size`` down by half points, wrapping at each (no shortcut)."""
    from mapstudio.layout.textfit import LINE_SPACING, wrap

    max_height = max_lines * size * LINE_SPACING
    current = size
    while current >= min_size - 1e-9:
        allowed = max_lines if current == size else int(max_height // (current * LINE_SPACING))
        lines = wrap(text, width, current)
        if len(lines) <= allowed:
            return tuple(lines), current, False
        current = round(current - 0.5, 2)
    return None


words = st.lists(
    st.sampled_from(
        ["a", "je", "parcours", "é", "WWWWWWWW", "https://example.com/a/very/long/path"]
    ),
    max_size=80,
)


@settings(max_examples=150, deadline=None)
@given(
    parts=words,
    newlines=st.lists(st.integers(0, 80), max_size=3),
    width=st.sampled_from([40.0, 100.0, 166.0]),
    max_lines=st.integers(1, 8),
)
def test_wrap_and_fit_shortcuts_give_the_plain_algorithms_results(
    parts: list[str], newlines: list[int], width: float, max_lines: int
) -> None:
    from mapstudio.layout.textfit import fit, wrap

    for i in newlines:
        parts = [*parts[:i], "\n", *parts[i:]]
    text = " ".join(parts)
    assert wrap(text, width, 10.0) == _reference_wrap(text, width, 10.0)
    fitted = fit(text, width, max_lines, 10.0, 7.0)
    expected = _reference_fit(text, width, max_lines, 10.0, 7.0)
    if expected is None:
        assert fitted.truncated and fitted.size == 7.0
    else:
        assert (fitted.lines, fitted.size, fitted.truncated) == expected


def test_font_widths_read_on_demand_equal_reportlabs() -> None:
    """Widths looked up one character at a time (start-up reads no whole table) are
    reportlab's, including characters the font lacks (default width), the no-break space and
    zero-width combining marks."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    from mapstudio.layout.textfit import FontMetrics
    from mapstudio.resources import font_path

    text = "Téléphone\u00a0client 😀 e\u0301 ✓ Ωμέγα 中文 \U0001f9ea\t–—…"
    for bold in (False, True):
        face = TTFontFile(str(font_path(bold)))
        metrics = FontMetrics(bold)
        for char in text:
            expected = face.charWidths.get(ord(char), face.defaultWidth)
            assert metrics.unit_width(char) == expected, (bold, char)
        expected_sum = sum(face.charWidths.get(ord(c), face.defaultWidth) for c in text)
        assert metrics.unit_width(text) == expected_sum


def test_each_face_is_read_once_whatever_the_call_form() -> None:
    """``metrics()``, ``metrics(False)`` and ``metrics(bold=False)`` share one face (a keyed
    cache built the regular face twice at start-up)."""
    from mapstudio.layout.textfit import metrics

    assert metrics() is metrics(False) is metrics(bold=False)
    assert metrics(True) is metrics(bold=True)
    assert metrics(True) is not metrics()
    assert metrics().unit_width("Client") == metrics(bold=False).unit_width("Client") > 0
