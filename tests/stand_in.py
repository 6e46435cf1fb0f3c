"""A stand-in OCR engine for tests that need no real reading: the whole OcrEngine protocol, answering nothing.

Subclasses give `recognize` (and `read_line` where a test needs a second look)."""
from precheck.core.model import OcrLine
from precheck.ocr.base import OcrResult


class StandInEngine:
    name, version = "stand-in", "1"

    def warm_up(self) -> None:
        pass

    def recognize(self, image) -> OcrResult:
        return OcrResult(lines=[], rotation=0, width=image.width, height=image.height)

    def read_line(self, crop) -> OcrLine | None:
        return None
