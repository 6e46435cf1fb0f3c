"""The second look: a line cropped from the full-resolution page, levelled, and recognised again."""
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.reading.text import page_tilt
from precheck.core.model import PageRef
from precheck.pipeline.second_look import Rereader
from tests.drawing import FONT

ADDRESS = "住址：江苏省南京市鼓楼区解放路286号23幢204室"
LINES = ["户口性质：集体户口", ADDRESS, "出具日期：2026-01-25"]


def tilted_photo_page(degrees: float) -> Image.Image:
    """Three lines set close (as on a 户籍证明), small on a big page, turned as a hand-held photo turns them."""
    page = Image.new("RGB", (2300, 3000), "white")
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 30)
    for row, text in enumerate(LINES):
        draw.text((460, 800 + row * 48), text, font=font, fill=(30, 30, 30))
    return page.rotate(degrees, resample=Image.BICUBIC, fillcolor="white")


@pytest.mark.parametrize("degrees", [-3.0, 2.0])
def test_a_line_of_a_tilted_photo_is_read_again_level_and_whole(rapid_engine, degrees):
    page = tilted_photo_page(degrees)
    result = rapid_engine.recognize(page)
    (line,) = [line for line in result.lines if "解放路" in line.text]
    tilt = page_tilt(result.lines)
    assert tilt != 0.0
    rereader = Rereader(rapid_engine)
    ref = PageRef(file="photo.jpg", page=1)
    rereader.add_page(ref, lambda: page, 0)
    for scale in (1.0, 0.67):
        again = rereader(ref, line.bbox, tilt=tilt, scale=scale)
        assert again.text.replace(" ", "") == ADDRESS

