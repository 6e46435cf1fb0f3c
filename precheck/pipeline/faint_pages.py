"""A page OCR read (almost) nothing from, read again at its head and foot, where a page number stands.

On a page of plain paper PP-OCR's text detector misses a lone line of small print (a contract's blank page with only
第5页 共6页 at its foot) that it finds at once in a band of the page. Each band is an image of its own, so the OCR
cache keeps it beside the page, not instead of it. Only the head and foot are read again: a blank page costs two
small reads more, not a page's worth. A page of which nothing at all was read may have been photographed turned: its
number then stands upside down at the head (read turned, it is placed back where it stands), or sideways at a side,
so its sides are read too."""
from __future__ import annotations

from dataclasses import replace

from PIL import Image

from precheck.core.model import OcrLine
from precheck.ocr.base import OcrEngine, OcrResult
from precheck.ocr.imaging import rotate_clockwise
from precheck.pipeline.grouping import shows_a_page_number

# Bands (left, top, right, bottom) as fractions of the upright page: the head and foot (a photo's page stands inside
# the frame, its foot higher), then, where nothing was read in those, the sides of a page photographed sideways.
HEAD_AND_FOOT = ((0.0, 0.0, 1.0, 0.2), (0.0, 0.75, 1.0, 1.0))
SIDES = ((0.0, 0.0, 0.2, 1.0), (0.8, 0.0, 1.0, 1.0))
SAME_LINE_OVERLAP = 0.5  # a line the page's own reading found already is kept once


def read_head_and_foot(engine: OcrEngine, image: Image.Image, page: OcrResult) -> OcrResult:
    """The page's reading with the lines its head and foot give besides, each line once, on the upright page."""
    upright = rotate_clockwise(image, page.rotation)
    lines = _bands_read(engine, upright, HEAD_AND_FOOT, page.lines)
    if not lines:
        # A side holds the page's edge and the desk beside it too (read as 一): only its page number counts.
        lines = [line for line in _bands_read(engine, upright, SIDES, []) if shows_a_page_number([line])]
    return replace(page, lines=sorted(lines, key=lambda line: (line.bbox[1], line.bbox[0])))


def _bands_read(engine: OcrEngine, upright: Image.Image, bands, known: list[OcrLine]) -> list[OcrLine]:
    width, height = upright.size
    lines = list(known)
    for left, top, right, bottom in bands:
        box = (round(width * left), round(height * top), round(width * right), round(height * bottom))
        band = engine.recognize(upright.crop(box))
        if band.rotation != 0 and known:
            continue  # beside lines read upright, a band that reads better turned holds no line of this page
        add_band_lines(lines, [line.model_copy(update={"bbox": _unturned(line.bbox, band.rotation)}) for line in band.lines],
                       (left, top, right, bottom))
    return lines


def add_band_lines(lines: list[OcrLine], band_lines: list[OcrLine], band) -> None:
    """Lines read on a band (left, top, right, bottom fractions of the page) added to the page's, placed back on the
    page; a line the page's own reading found already is kept once."""
    left, top, right, bottom = band
    for line in band_lines:
        x0, y0, x1, y1 = line.bbox
        placed = line.model_copy(update={
            "bbox": (left + x0 * (right - left), top + y0 * (bottom - top),
                     left + x1 * (right - left), top + y1 * (bottom - top)),
            "slope": None})
        if not any(_same_place(placed, kept) for kept in lines):
            lines.append(placed)


def _unturned(bbox, rotation: int):
    """A box on a band read turned `rotation` degrees clockwise, as fractions of the band as it lies on the page."""
    x0, y0, x1, y1 = bbox
    if rotation == 90:
        return y0, 1 - x1, y1, 1 - x0
    if rotation == 180:
        return 1 - x1, 1 - y1, 1 - x0, 1 - y0
    if rotation == 270:
        return 1 - y1, x0, 1 - y0, x1
    return bbox


def _same_place(one: OcrLine, other: OcrLine) -> bool:
    ax0, ay0, ax1, ay1 = one.bbox
    bx0, by0, bx1, by1 = other.bbox
    across = max(0.0, min(ax1, bx1) - max(ax0, bx0)) * max(0.0, min(ay1, by1) - max(ay0, by0))
    smaller = min((ax1 - ax0) * (ay1 - ay0), (bx1 - bx0) * (by1 - by0))
    return smaller > 0 and across / smaller >= SAME_LINE_OVERLAP
