"""The other page of an open 户口簿 photographed as a spread, read again on its own.

A phone photo of the open booklet holds the 首页 and the 本人页 side by side, each a third of the frame. Read as one
image, the detector sees the 本人页's 22 small cells (hand-filled, often under the seal) at a third of the size their
text needs and finds next to nothing there, so the packet would seem to lack the page. Where a page read as one
booklet page has its form in one part of the frame, with room beside it for another page, that room is read again as
an image of its own; its lines join the page only when they are the booklet's other page."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from PIL import Image

from extractors.registry import document_type
from precheck.core.model import OcrLine
from precheck.core.textnorm import for_matching
from precheck.ocr.base import OcrEngine, OcrResult
from precheck.ocr.imaging import rotate_clockwise
from precheck.pipeline.classify import classify_lines, classify_page
from precheck.pipeline.faint_pages import add_band_lines

FACING_PAGES = {"household_register_cover": "household_register_member",
                "household_register_member": "household_register_cover"}
ROOM_FOR_A_PAGE = 1.0  # room beside the form, as a share of the form's width, where a facing page can lie
PAGE_WIDTH_OF_FORM = 1.5  # the room read: a page is wider than the form its labels span
FOLD_GAP = 0.1  # a gap across the page this wide (a share of its width) parts the form from what lies beyond
MARGIN_OF_FORM = 0.2  # above and below the form's labels, as a share of their height


def read_facing_page(engine: OcrEngine, image: Image.Image, page: OcrResult) -> OcrResult:
    """The page's reading, with the lines of the booklet's facing page when it lies beside the form unread."""
    found = {part.classification.type_id for part in classify_page(page.lines)}
    own = next((type_id for type_id in found if type_id in FACING_PAGES), None)
    if own is None or FACING_PAGES[own] in found:
        return page
    facing = FACING_PAGES[own]
    room = _room_beside(page.lines, own)
    if room is None:
        return page
    upright = rotate_clockwise(image, page.rotation)
    width, height = upright.size
    left, top, right, bottom = room
    read = engine.recognize(upright.crop((round(width * left), round(height * top),
                                          round(width * right), round(height * bottom))))
    if read.rotation != 0 or classify_lines(read.lines).type_id != facing:
        return page
    lines = list(page.lines)
    add_band_lines(lines, read.lines, room)
    return replace(page, lines=sorted(lines, key=lambda line: (line.bbox[1], line.bbox[0])))


def _room_beside(lines: list[OcrLine], type_id: str) -> Optional[tuple[float, float, float, float]]:
    """The part of the upright page (left, top, right, bottom fractions) beside the form's labels where a facing
    page would lie, on the side with more room; None where the form leaves no page's room."""
    form = _form_lines(lines, type_id)
    if len(form) < 3:
        return None
    x0, x1 = _columns_around(lines, form)
    y0, y1 = min(line.bbox[1] for line in form), max(line.bbox[3] for line in form)
    form_width, margin = x1 - x0, (y1 - y0) * MARGIN_OF_FORM
    top, bottom = max(0.0, y0 - margin), min(1.0, y1 + margin)
    if 1.0 - x1 >= x0 and 1.0 - x1 >= ROOM_FOR_A_PAGE * form_width:
        return x1, top, min(1.0, x1 + PAGE_WIDTH_OF_FORM * form_width), bottom
    if x0 > 1.0 - x1 and x0 >= ROOM_FOR_A_PAGE * form_width:
        return max(0.0, x0 - PAGE_WIDTH_OF_FORM * form_width), top, x0, bottom
    return None


def _columns_around(lines: list[OcrLine], form: list[OcrLine]) -> tuple[float, float]:
    """The span across the page of the form's labels and every line beside them with no wide gap between: the
    labels' values, and the rest of the form, not a facing page's few lines read beyond the fold."""
    left, right = min(line.bbox[0] for line in form), max(line.bbox[2] for line in form)
    grown = True
    while grown:
        grown = False
        for line in lines:
            x0, x1 = line.bbox[0], line.bbox[2]
            if x0 < right + FOLD_GAP and x1 > left - FOLD_GAP and (x0 < left or x1 > right):
                left, right, grown = min(left, x0), max(right, x1), True
    return left, right


def _form_lines(lines: list[OcrLine], type_id: str) -> list[OcrLine]:
    """The lines holding the type's own title or labels: where its form lies on the page."""
    spec = document_type(type_id)
    words = [for_matching(keyword.text) for keyword in spec.titles + spec.keywords]
    return [line for line in lines if any(word in for_matching(line.text) for word in words)]
