"""Print that red ink covers all over is doubted (the red channel takes such print off with the ink); print crossed
by a seal's ring strokes, and white print on a red ground, are left as read."""
import numpy as np
from PIL import Image, ImageDraw

from precheck.core.model import OcrLine
from precheck.ocr.under_red_cover import doubt_under_red_cover, red_cover
from precheck.ocr.under_seal import UNDER_SEAL_CONFIDENCE

WHITE, BLACK, SEAL_RED = (250, 250, 248), (20, 20, 20), (215, 40, 45)


def _page_with_ten_boxes_of_print() -> Image.Image:
    """A page 1000 × 1000 px; a line of ten 80 px 'characters' (black blocks with paper between) at x 100–900."""
    page = Image.new("RGB", (1000, 1000), WHITE)
    draw = ImageDraw.Draw(page)
    for index in range(10):
        draw.rectangle((110 + 80 * index, 485, 170 + 80 * index, 515), fill=BLACK)
    return page


def _line() -> OcrLine:
    return OcrLine(text="湖南省永州市宁远县龙", bbox=(0.1, 0.48, 0.9, 0.52), confidence=0.99, char_confidences=[0.99] * 10)


def test_characters_under_a_solid_red_fill_are_capped_and_the_rest_kept():
    page = _page_with_ten_boxes_of_print()
    # Red ink laid over the 4th to 7th characters (x 340–660), print and paper alike.
    ImageDraw.Draw(page).rectangle((340, 440, 660, 560), fill=SEAL_RED)
    doubted = doubt_under_red_cover([_line()], red_cover(page))[0]
    assert doubted.char_confidences == [0.99] * 3 + [UNDER_SEAL_CONFIDENCE] * 4 + [0.99] * 3
    assert doubted.confidence == UNDER_SEAL_CONFIDENCE


def test_a_seals_ring_crossing_the_print_leaves_it_as_read():
    page = _page_with_ten_boxes_of_print()
    ImageDraw.Draw(page).ellipse((330, 330, 670, 670), outline=SEAL_RED, width=9)
    line = _line()
    assert doubt_under_red_cover([line], red_cover(page))[0] == line


def test_white_print_on_a_red_ground_is_left_as_read():
    # An e-permit's card: white characters on a red ground.
    page = Image.new("RGB", (1000, 1000), WHITE)
    draw = ImageDraw.Draw(page)
    draw.rectangle((60, 440, 940, 560), fill=(232, 90, 45))
    for index in range(10):
        for stroke in range(3):  # three strokes a character, as a light print has
            x = 115 + 80 * index + 20 * stroke
            draw.rectangle((x, 485, x + 7, 515), fill=WHITE)
        draw.rectangle((110 + 80 * index, 497, 170 + 80 * index, 503), fill=WHITE)
    line = _line()
    assert doubt_under_red_cover([line], red_cover(page))[0] == line


def test_the_cover_turns_with_the_page():
    page = _page_with_ten_boxes_of_print()
    ImageDraw.Draw(page).rectangle((340, 440, 660, 560), fill=SEAL_RED)
    # The page was read turned 90° clockwise: what stood at the line now stands in a column.
    turned = red_cover(page.transpose(Image.Transpose.ROTATE_90), rotation=90)
    assert np.array_equal(turned, red_cover(page))


def test_a_large_page_is_looked_at_smaller():
    page = Image.new("RGB", (4000, 3000), WHITE)
    assert max(red_cover(page).shape) <= 1200
