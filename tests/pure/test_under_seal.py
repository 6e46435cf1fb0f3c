"""Characters read through a seal left on the page (a bilevel scan) are readable but never sure."""
from precheck.core.model import OcrLine
from precheck.ocr.seal_rings import Ring
from precheck.ocr.under_seal import UNDER_SEAL_CONFIDENCE, doubt_under_seals
from rules.fields import CERTAIN_FLOOR, READABLE_FLOOR


def test_the_cap_is_readable_but_below_what_grounds_an_error():
    assert READABLE_FLOOR <= UNDER_SEAL_CONFIDENCE < CERTAIN_FLOOR


def test_only_the_characters_inside_the_seal_are_capped():
    # A page 1000 × 1000 px; the address line runs from x 100 to 900, ten characters of 80 px; the seal's disc
    # (radius 100 with its blurred edge, 108) covers x 392–608 on the line's height.
    address = OcrLine(text="浙江省杭州市西湖区文", bbox=(0.1, 0.48, 0.9, 0.52), confidence=0.99,
                      char_confidences=[0.99] * 10)
    far = OcrLine(text="户号", bbox=(0.1, 0.1, 0.2, 0.14), confidence=1.0)
    doubted_address, doubted_far = doubt_under_seals([address, far], [Ring(500.0, 500.0, 100.0)], 1000, 1000)
    assert doubted_far == far
    assert doubted_address.text == address.text
    assert doubted_address.char_confidences == [0.99] * 3 + [UNDER_SEAL_CONFIDENCE] * 4 + [0.99] * 3
    assert doubted_address.confidence == UNDER_SEAL_CONFIDENCE


def test_a_line_with_no_character_confidences_gets_them_where_one_is_capped():
    line = OcrLine(text="2016年3月27日", bbox=(0.45, 0.9, 0.75, 0.93), confidence=0.95)
    doubted = doubt_under_seals([line], [Ring(400.0, 880.0, 80.0)], 1000, 1000)[0]
    assert doubted.char_confidences[0] == UNDER_SEAL_CONFIDENCE  # the figure under the seal's edge
    assert doubted.char_confidences[-1] == 0.95


def test_no_seal_leaves_the_lines_as_they_were():
    lines = [OcrLine(text="户号", bbox=(0.1, 0.1, 0.2, 0.14), confidence=1.0)]
    assert doubt_under_seals(lines, [], 1000, 1000) is lines
