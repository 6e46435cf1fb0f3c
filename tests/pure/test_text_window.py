"""Where a photo's text stands: a booklet lying small on a desk is read again from the part of the frame holding its
text; a page that fills the frame, or whose text the detector already saw large, is read once."""
import numpy as np

from precheck.ocr.rapid import FOCUS_MIN_GAIN, _placed, _text_window
from precheck.core.model import OcrLine


def boxes(rows, left, right, top, height, pitch):
    """Text boxes (4 corners each) of `rows` lines from left to right, `height` tall, one every `pitch`."""
    out = []
    for row in range(rows):
        y = top + row * pitch
        out.append([[left, y], [right, y], [right, y + height], [left, y + height]])
    return np.array(out, dtype=np.float32)


def test_small_text_in_the_middle_of_a_large_photo_is_read_again_from_its_part():
    # A 4000 x 2667 photo, detected at 2000 x 1334: 30 lines of 12 px between x 500..1400, y 300..900.
    found = _text_window(boxes(30, 500, 1400, 300, 12, 20), (1334, 2000, 3), (2667, 4000, 3))
    assert found is not None
    left, top, right, bottom = found
    assert 800 < left < 1000 and 400 < top < 600 and 2800 < right < 3000 and 1800 < bottom < 2000
    assert 4000 / max(right - left, bottom - top) >= FOCUS_MIN_GAIN


def test_a_page_filling_the_frame_or_with_large_text_is_read_once():
    assert _text_window(boxes(40, 40, 1960, 40, 12, 32), (1334, 2000, 3), (2667, 4000, 3)) is None  # fills it
    assert _text_window(boxes(12, 500, 1400, 300, 60, 70), (1334, 2000, 3), (2667, 4000, 3)) is None  # large text
    assert _text_window(boxes(30, 100, 500, 100, 12, 20), (800, 600, 3), (800, 600, 3)) is None  # small image
    assert _text_window(boxes(2, 500, 1400, 300, 12, 20), (1334, 2000, 3), (2667, 4000, 3)) is None  # too few lines


def test_a_line_read_in_the_window_is_placed_on_the_whole_page():
    line = OcrLine(text="常住人口登记卡", bbox=(0.5, 0.1, 0.75, 0.2), confidence=0.99, slope=0.01)
    placed = _placed(line, (1000, 500, 3000, 2500), 4000, 2667)
    assert placed.text == line.text
    assert np.allclose(placed.bbox, (2000 / 4000, 700 / 2667, 2500 / 4000, 900 / 2667))
    assert abs(placed.slope - 0.01 * (2000 / 2667) / (2000 / 4000)) < 1e-9
