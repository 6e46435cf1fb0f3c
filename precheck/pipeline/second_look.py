"""Reading a line again from the page at full resolution, when a field's value did not read cleanly.

OCR reads whole pages from a downscaled image; a value that comes back unparseable or with doubtful characters
is cropped from the full-resolution page and recognised again on its own."""
from __future__ import annotations

import math
from typing import Callable, Optional

import numpy as np
from PIL import Image

from precheck.core.char_places import char_weight
from precheck.core.model import OcrLine, PageRef
from precheck.ocr.seal_rings import Ring, SealSearch
from precheck.ocr.imaging import drop_seals, rotate_clockwise
from precheck.ocr.under_seal import doubt_under_seals
from precheck.ocr.under_red_cover import doubt_under_red_cover, red_cover

PAD_HEIGHTS = 0.35  # padding around the line's text, in text heights
# The recogniser scales every crop to one height and gives a line one step of its reading per few pixels of that
# scaled width. A crop padded taller than the detector's box shrinks its text; a figure, half as wide as a Chinese
# character, is then left too few steps, and a doubled figure merges into one (199011 read 19901). A line read as
# mostly such narrow characters is read again from its crop widened by about what the padding took. Chinese
# characters keep their steps, and stretched they are read as other characters (翀 as 静), so other lines are not.
WIDEN = 1.35
NARROW_SHARE = 0.6
# Ink: darker than the paper (the box's brighter pixels) by this much, on a 0-255 scale.
PAPER_PERCENTILE = 75
INK_BELOW_PAPER = 80
RULE_SHARE = 0.5


class Rereader:
    """The pipeline's SecondLook (extractors/reading/second_look.py) for the pages OCR read: each is decoded again
    when a line of it is asked for, one page held at a time, and the line's crop goes to the engine's read_line."""

    def __init__(self, engine):
        self.engine = engine
        self.pages: dict[PageRef, tuple[Callable[[], Image.Image], int, Optional[SealSearch]]] = {}
        self._current: Optional[tuple[PageRef, Image.Image, tuple[Ring, ...]]] = None
        self._cover = np.zeros((1, 1), dtype=bool)  # where the current page is red ink (under_red_cover)
        self.count = 0

    def add_page(self, ref: PageRef, reload: Callable[[], Image.Image], rotation: int,
                 grey_seals: Optional[SealSearch] = None) -> None:
        """`grey_seals`: what the first reading's seal search found on the page, so it is not searched again."""
        self.pages[ref] = (reload, rotation, grey_seals)

    def __call__(self, ref: PageRef, bbox, tilt: float = 0.0, scale: float = 1.0) -> Optional[OcrLine]:
        """Recognise the line in `bbox` (page fractions) again. `tilt` (the page's drop per unit of width) levels the
        crop first; `scale` resizes it, for a second reading at another size."""
        if ref not in self.pages:
            return None
        image, seals = self._image(ref)
        crop = levelled_line(image, bbox, tilt)
        if crop is None:
            return None
        if scale != 1.0:
            crop = crop.resize((max(1, round(crop.width * scale)), max(1, round(crop.height * scale))), Image.BICUBIC)
        line = self._recognise(crop)
        if line is not None and _mostly_narrow(line.text):
            wide = self._recognise(crop.resize((max(1, round(crop.width * WIDEN)), crop.height), Image.BICUBIC))
            if wide is not None and _better(wide, line):
                line = wide
        if line is None:
            return None
        placed = doubt_under_seals([line.model_copy(update={"bbox": tuple(bbox)})], seals, *image.size)
        return doubt_under_red_cover(placed, self._cover)[0]

    def _recognise(self, crop: Image.Image) -> Optional[OcrLine]:
        self.count += 1
        try:
            return self.engine.read_line(crop)
        except Exception:  # noqa: BLE001 - a failed second look leaves the first reading as it was
            return None

    def ink(self, ref: PageRef, bbox) -> Optional[float]:
        if ref not in self.pages:
            return None
        image, _ = self._image(ref)
        width, height = image.size
        box = (round(bbox[0] * width), round(bbox[1] * height), round(bbox[2] * width), round(bbox[3] * height))
        if box[2] - box[0] < 2 or box[3] - box[1] < 2:
            return None
        grey = np.asarray(image.crop(box).convert("L"), dtype=np.int16)
        paper = int(np.percentile(grey, PAPER_PERCENTILE))
        dark = grey < paper - INK_BELOW_PAPER
        # A table's rules crossing the box are no mark: rows and columns inked most of their length are left out.
        dark = dark[dark.mean(axis=1) < RULE_SHARE][:, dark.mean(axis=0) < RULE_SHARE]
        return float(dark.mean()) if dark.size else 0.0

    def _image(self, ref: PageRef) -> tuple[Image.Image, tuple[Ring, ...]]:
        if self._current is None or self._current[0] != ref:
            reload, rotation, found = self.pages[ref]
            # Seals are taken off the whole page as the first reading found them, before its turn; a line's crop is
            # too small to show a seal's ring.
            stored = reload().convert("RGB")
            seals = drop_seals(stored, found)
            upright = rotate_clockwise(Image.fromarray(seals.pixels), rotation)
            doubted = tuple(seal.turned(rotation, *stored.size) for seal in seals.doubted)
            self._current = (ref, upright, doubted)
            self._cover = red_cover(stored, rotation)
        return self._current[1], self._current[2]


def levelled_line(image: Image.Image, bbox, tilt: float = 0.0) -> Optional[Image.Image]:
    """The band of `image` holding the line in `bbox`, turned level. The box of a tilted line is taller than its
    text by the tilt over its width, and an axis-aligned crop of it holds pieces of the lines above and below,
    which the recogniser reads into the value; turning the crop level and keeping the text's own band leaves
    them out."""
    width, height = image.size
    x0, y0, x1, y1 = bbox[0] * width, bbox[1] * height, bbox[2] * width, bbox[3] * height
    slope = tilt * height / width if width else 0.0
    text_height = max(4.0, (y1 - y0) - abs(slope) * (x1 - x0))
    pad = text_height * PAD_HEIGHTS
    box = (max(0, round(x0 - pad)), max(0, round(y0 - pad)), min(width, round(x1 + pad)), min(height, round(y1 + pad)))
    if box[2] - box[0] < 4 or box[3] - box[1] < 4:
        return None
    crop = image.crop(box)
    if abs(slope) < 0.002:
        return crop
    fill = 255 if crop.mode == "L" else (255,) * len(crop.getbands())
    turned = crop.rotate(math.degrees(math.atan(slope)), resample=Image.BICUBIC, expand=True, fillcolor=fill)
    middle, half = turned.height / 2, text_height / 2 + pad
    return turned.crop((0, max(0, round(middle - half)), turned.width, min(turned.height, round(middle + half))))


def _mostly_narrow(text: str) -> bool:
    """Figures, Latin letters and marks make up most of the line's characters."""
    shown = [char for char in text if not char.isspace()]
    return bool(shown) and sum(char_weight(char) < 1.0 for char in shown) >= NARROW_SHARE * len(shown)


def _better(wide: OcrLine, narrow: OcrLine) -> bool:
    """The widened reading holds more characters (merged ones given back), or as many read more surely. One that
    holds fewer lost some."""
    if len(wide.text) != len(narrow.text):
        return len(wide.text) > len(narrow.text)
    return min(wide.char_confidences or [wide.confidence]) > min(narrow.char_confidences or [narrow.confidence])
