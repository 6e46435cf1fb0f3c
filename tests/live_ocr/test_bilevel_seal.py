"""A 户口簿 cover scanned to a bilevel TIFF with its seal over the address: the seal stays on the page, what is read
through it is doubtful, and the print beside it reads as sure as ever."""
from PIL import Image

from precheck.core.textnorm import normalize
from precheck.ocr.grey_seal import CLEAR_RADIUS, drop_grey_seals
from precheck.ocr.imaging import drop_red_seal
from precheck.ocr.under_seal import UNDER_SEAL_CONFIDENCE
from tests.pure.test_grey_seal import bilevel_cover


def _page_and_seal():
    grey = bilevel_cover("bilevel-seal/cover")
    page = Image.fromarray(grey).convert("RGB")
    (seal,) = drop_grey_seals(drop_red_seal(page)).read_through
    return page, seal


def _inside(line, seal, width, height) -> bool:
    x0, y0, x1, y1 = line.bbox
    nearest_x = min(max(seal.cx, x0 * width), x1 * width)
    nearest_y = min(max(seal.cy, y0 * height), y1 * height)
    return (nearest_x - seal.cx) ** 2 + (nearest_y - seal.cy) ** 2 <= (seal.radius * CLEAR_RADIUS) ** 2


def test_what_is_read_through_the_seal_is_doubtful_and_the_rest_is_not(engine):
    page, seal = _page_and_seal()
    result = engine.recognize(page)
    touching = [line for line in result.lines if _inside(line, seal, *page.size)]
    apart = [line for line in result.lines if not _inside(line, seal, *page.size)]
    assert touching and apart
    for line in touching:
        assert line.confidence <= UNDER_SEAL_CONFIDENCE
        assert min(line.char_confidences) <= UNDER_SEAL_CONFIDENCE
    label = next(line for line in apart if normalize(line.text) == "住址")  # the address's label, left of the seal
    assert label.confidence > UNDER_SEAL_CONFIDENCE


def test_the_address_beyond_the_seal_is_read(rapid_engine):
    # The generator's person for this seed lives at 福建省福州市鼓楼区中山路377号24幢1677室; the seal covers its
    # first characters and the middle of its second line.
    page, _ = _page_and_seal()
    text = normalize("".join(line.text for line in rapid_engine.recognize(page).lines))
    assert "鼓楼区中山路3" in text
    assert "号24幢" in text
