"""A long scrolling screenshot (1080 × 4350, several screens stitched) read in overlapping bands.

Read whole, such a page is shrunk to the detector's and the recogniser's longest side, and its text, a phone screen's
size to begin with, comes out a few pixels high: the last character of a header name is lost. Each band is a screen's
height and is read at the size it was taken. Each band is an image of its own, so the OCR cache keeps it beside any
whole-page reading, not instead of it."""
from __future__ import annotations

from PIL import Image

from precheck.core.model import OcrLine
from precheck.ocr.base import OcrEngine, OcrResult

LONG_SCREEN_ASPECT = 2.8  # height over width; a phone's own screen is at most ~2.4 (1440 × 3200, 1080 × 2400)
LONG_SCREEN_MIN_HEIGHT = 2600  # pixels: a short strip at this aspect is read well whole
BAND_WIDTHS = 1.6  # a band's height, in the page's widths (about one phone screen)
OVERLAP_WIDTHS = 0.2  # how far bands overlap: several lines of screen text, so every line stands whole in one band


def is_long_screen(size: tuple[int, int]) -> bool:
    width, height = size
    return height >= LONG_SCREEN_MIN_HEIGHT and height >= LONG_SCREEN_ASPECT * width


def band_edges(width: int, height: int) -> list[tuple[int, int]]:
    """(top, bottom) of each band, in pixels, top to bottom, the last ending at the page's foot."""
    band, overlap = round(BAND_WIDTHS * width), round(OVERLAP_WIDTHS * width)
    edges, top = [], 0
    while True:
        bottom = min(height, top + band)
        edges.append((top, bottom))
        if bottom >= height:
            return edges
        top = bottom - overlap


def read_in_bands(engine: OcrEngine, image: Image.Image) -> OcrResult | None:
    """The page's lines read band by band, each line once (from the band where it stands farthest from a cut), on the
    whole page; None when a band reads better turned (this is no upright screenshot: read it whole)."""
    width, height = image.size
    edges = band_edges(width, height)
    lines: list[OcrLine] = []
    seconds = 0.0
    timings: dict[str, float] = {}
    for index, (top, bottom) in enumerate(edges):
        band = engine.recognize(image.crop((0, top, width, bottom)))
        if band.rotation != 0:
            return None
        seconds += band.seconds
        for step, spent in band.timings.items():
            timings[step] = timings.get(step, 0.0) + spent
        # A band owns what lies between the middles of its overlaps with the bands before and after it.
        own_top = (top + edges[index - 1][1]) / 2 if index > 0 else 0
        own_bottom = (bottom + edges[index + 1][0]) / 2 if index + 1 < len(edges) else height
        span = bottom - top
        for line in band.lines:
            x0, y0, x1, y1 = line.bbox
            upper, lower = top + y0 * span, top + y1 * span
            if own_top <= (upper + lower) / 2 < own_bottom:
                lines.append(line.model_copy(update={
                    "bbox": (x0, upper / height, x1, lower / height),
                    "slope": None if line.slope is None else line.slope * span / height}))
    lines.sort(key=lambda line: (line.bbox[1], line.bbox[0]))
    return OcrResult(lines=lines, rotation=0, width=width, height=height, seconds=seconds, notes=["read_in_bands"],
                     timings=timings)
