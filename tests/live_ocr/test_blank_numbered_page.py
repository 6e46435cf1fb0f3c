"""A contract's blank page with only its number at the foot: read at its head and foot, it is a numbered page."""
from PIL import Image, ImageDraw, ImageFont

from precheck.pipeline.faint_pages import read_head_and_foot
from precheck.pipeline.grouping import page_number_in
from tests.drawing import FONT


def _blank_page_numbered(text: str) -> Image.Image:
    """A4 at 200 dpi, plain paper, the page number in 9 pt grey centred at the foot."""
    page = Image.new("RGB", (1654, 2339), (250, 250, 248))
    font = ImageFont.truetype(FONT, 25)
    draw = ImageDraw.Draw(page)
    width = draw.textlength(text, font=font)
    draw.text(((1654 - width) / 2, 2230), text, font=font, fill=(90, 90, 90))
    return page


def test_the_number_at_the_foot_of_a_blank_page_is_read(rapid_engine):
    page = _blank_page_numbered("第5页 共6页")
    lines = read_head_and_foot(rapid_engine, page, rapid_engine.recognize(page)).lines
    assert [line.text.replace(" ", "") for line in lines] == ["第5页共6页"]
    assert lines[0].bbox[1] > 0.9 and page_number_in(lines) == (5, 6)


def test_the_number_of_a_blank_page_photographed_turned_is_read_where_it_stands(rapid_engine):
    """Outsider L l008 and l015: a contract's blank page photographed sideways or upside down. The page reads
    nothing; its number is read from the head turned, or from the side, and the page is a numbered page."""
    for turn, (left, top, right, bottom) in ((180, (0.0, 0.0, 1.0, 0.1)), (90, (0.0, 0.0, 0.1, 1.0)), (270, (0.9, 0.0, 1.0, 1.0))):
        page = _blank_page_numbered("第5页 共6页").rotate(-turn, expand=True)
        result = read_head_and_foot(rapid_engine, page, rapid_engine.recognize(page))
        assert [line.text.replace(" ", "") for line in result.lines] == ["第5页共6页"], turn
        x0, y0, x1, y1 = result.lines[0].bbox
        assert left <= x0 < x1 <= right and top <= y0 < y1 <= bottom, turn
        assert page_number_in(result.lines) == (5, 6)
