"""A page OCR read (almost) nothing from, read again at its head and foot, where a page number stands.

On a page of plain paper PP-OCR's text detector misses a lone line of small print (a contract's blank page with only
第5页 共6页 at its foot) that it finds at once in a band of the page. Each band is an image of its own, so the OCR
cache keeps it beside the page, not instead of it. Only the head and foot are read again: a blank page costs two
small reads more, not a page's worth."""
from __future__ import annotations

from PIL import Image

from precheck.core.model import OcrLine
from precheck.ocr.base import OcrEngine, OcrResult
from precheck.ocr.imaging import rotate_clockwise

# (top, bottom) as fractions of the upright page's height; a photo's page stands inside the frame, its foot higher.
BANDS = ((0.0, 0.2), (0.75, 1.0))
SAME_LINE_OVERLAP = 0.5  # a line the page's own reading found already is kept once


def read_head_and_foot(engine: OcrEngine, image: Image.Image, page: OcrResult) -> list[OcrLine]:
    """The page's lines and those its head and foot give besides, on the upright page, each line once."""
    upright = rotate_clockwise(image, page.rotation)
    width, height = upright.size
    lines = list(page.lines)
    for upper, lower in BANDS:
        top, bottom = round(height * upper), round(height * lower)
        band = engine.recognize(upright.crop((0, top, width, bottom)))
        if band.rotation != 0:
            continue  # a band that reads better turned holds no line of this upright page
        span = (bottom - top) / height
        for line in band.lines:
            x0, y0, x1, y1 = line.bbox
            placed = line.model_copy(update={"bbox": (x0, top / height + y0 * span, x1, top / height + y1 * span),
                                             "slope": None if line.slope is None else line.slope * span})
            if not any(_same_place(placed, kept) for kept in lines):
                lines.append(placed)
    return sorted(lines, key=lambda line: (line.bbox[1], line.bbox[0]))


def _same_place(one: OcrLine, other: OcrLine) -> bool:
    ax0, ay0, ax1, ay1 = one.bbox
    bx0, by0, bx1, by1 = other.bbox
    across = max(0.0, min(ax1, bx1) - max(ax0, bx0)) * max(0.0, min(ay1, by1) - max(ay0, by0))
    smaller = min((ax1 - ax0) * (ay1 - ay0), (bx1 - bx0) * (by1 - by0))
    return smaller > 0 and across / smaller >= SAME_LINE_OVERLAP
