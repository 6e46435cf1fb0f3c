"""The engine-neutral OCR interface (cf. OCRmyPDF's pluginspec and ocr_element)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Protocol

from PIL import Image

from precheck.core.model import OcrLine
from precheck.ocr.seal_rings import SealSearch


@dataclass
class OcrResult:
    """Lines on the upright page, and how far the page was turned to stand upright."""

    lines: list[OcrLine]
    rotation: int  # degrees clockwise applied to the input image
    width: int  # of the upright image
    height: int
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    # Seconds by step (e.g. seals, detection, recognition, orientation): what benchmarks/stage_speed.py prints.
    timings: dict[str, float] = field(default_factory=dict)
    # The grey seals found on the page as it was given (before any turn); None where no search of that page is known.
    grey_seals: Optional[SealSearch] = None


class OcrEngine(Protocol):
    """What every engine offers; the pipeline and the doors call nothing else."""

    name: str
    version: str

    def warm_up(self) -> None:
        """Load models and run once, so the first page is not slow (a no-op where there is nothing to load)."""
        ...

    def recognize(self, image: Image.Image) -> OcrResult:
        """Read an RGB page image in any of the four orientations."""
        ...

    def read_line(self, crop: Image.Image) -> Optional[OcrLine]:
        """Read one upright line cropped from a page (a second look at a value), or None if nothing is read."""
        ...
