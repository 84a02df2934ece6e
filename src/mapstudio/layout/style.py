"""How big things are on a map: one LayoutStyle shared by the canvas and the poster."""

from __future__ import annotations

from mapstudio.records import record


@record
class LayoutStyle:
    header_width: float = 170.0
    stage_header_height: float = 56.0
    column_width: float = 200.0
    cell_padding: float = 10.0
    card_gap: float = 8.0
    card_padding: float = 7.0
    badge_row: float = 18.0  # height of a row of badges (theme.BADGE_HEIGHT and a gap)
    font_size: float = 10.0
    # Card text keeps its size (it shrank to 7, about 6 px on a laptop screen): a long note
    # makes its card grow, up to max_lines lines, and only past that is it cut (whole in the
    # inspector and its tooltip; the export dialog lists such cards).
    min_font_size: float = 10.0
    max_lines: int = 30
    min_card_height: float = 36.0
    image_height: float = 110.0  # the tallest picture on a card
    storyboard_image_height: float = 220.0  # ... on a storyboard card, where pictures lead
    min_lane_height: float = 64.0
    collapsed_lane_height: float = 26.0
    emotion_lane_height: float = 190.0
    emotion_margin: float = 22.0  # top and bottom room in the emotions lane for labels
    stage_font_size: float = 12.0
    lane_font_size: float = 11.0
    blueprint_gap: float = 18.0  # the band a service blueprint's line and its label sit in

    @property
    def card_width(self) -> float:
        return self.column_width - 2 * self.cell_padding

    @property
    def text_width(self) -> float:
        return self.card_width - 2 * self.card_padding


DEFAULT_STYLE = LayoutStyle()
