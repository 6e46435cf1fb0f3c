"""What an extractor may ask of the OCR engine after the page was read: a second look at one place on a page.

Declared here so extractors can be handed a second look (the pipeline's Rereader, a test's stand-in) without
importing pipeline code. An extractor given none reads only what the page's first reading holds."""
from __future__ import annotations

from typing import Optional, Protocol

from precheck.core.model import BBox, OcrLine, PageRef


class SecondLook(Protocol):
    def __call__(self, ref: PageRef, bbox: BBox, tilt: float = 0.0, scale: float = 1.0) -> Optional[OcrLine]:
        """The text in `bbox` (fractions of the upright page) recognised again from the full-resolution page: levelled
        by `tilt` (the page's drop per unit of width) and resized by `scale`. None where nothing could be read."""
        ...

    def ink(self, ref: PageRef, bbox: BBox) -> Optional[float]:
        """The share of `bbox` (fractions of the upright page) inked darker than its paper, seals taken off: whether
        a small mark (a √ in a table's cell) stands there, where recognition reads a lone mark poorly. None where the
        page cannot be looked at."""
        ...
