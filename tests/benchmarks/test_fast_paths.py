"""Speed-ups made for the benchmarks must not change results."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mapstudio.io.mapfile import _dump_map_reference, dump_map
from mapstudio.model import JourneyMap, Lane, LaneKind, MetricValue, Stage

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

    from mapstudio.resources import font_path
    from mapstudio.ttfwidths import read_widths

    for bold in (False, True):
        face = TTFontFile(str(font_path(bold)))
        found = read_widths(font_path(bold).read_bytes())
        assert found is not None
        widths, default = found
        assert widths == face.charWidths
        assert default == face.defaultWidth
