"""The engine-neutral OCR interface (cf. OCRmyPDF's pluginspec and ocr_element)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from PIL import Image

from precheck.errors import BadArguments
from precheck.model import OcrLine

ENGINE_NAMES = ("rapidocr", "tesseract")


@dataclass
class OcrResult:
    """Lines on the upright page, and how far the page was turned to stand upright."""

    lines: list[OcrLine]
    rotation: int  # degrees clockwise applied to the input image
    width: int  # of the upright image
    height: int
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


class OcrEngine(Protocol):
    name: str
    version: str

    def recognize(self, image: Image.Image) -> OcrResult:
        """Read an RGB page image in any of the four orientations."""
        ...


def get_engine(name: str) -> OcrEngine:
    """Build the named engine, or raise EngineUnavailable naming the install command."""
    if name == "rapidocr":
        from precheck.ocr.rapid import RapidOcrEngine

        return RapidOcrEngine()
    if name == "tesseract":
        from precheck.ocr.tesseract import TesseractEngine

        return TesseractEngine()
    raise BadArguments(f"未知的 OCR 引擎：{name}。可选：{', '.join(ENGINE_NAMES)}（unknown OCR engine）")
