"""Why a page gave too little text: blank, dark, small or cut off."""
from __future__ import annotations

from typing import Optional

import numpy as np
from PIL import Image

from precheck.core.model import OcrLine

# Fewer letters and digits than this and a page cannot be classified.
MIN_PAGE_CHARS = 12
# An image this small on its shorter side shows no print legibly (a thumbnail saved from a chat).
SMALLEST_READABLE_PX = 300


def meaningful_chars(lines: list[OcrLine]) -> int:
    return sum(1 for line in lines for ch in line.text if ch.isalnum())


def too_little_text(lines: list[OcrLine]) -> bool:
    return meaningful_chars(lines) < MIN_PAGE_CHARS


def too_small(width: int, height: int) -> bool:
    return min(width, height) < SMALLEST_READABLE_PX


def too_small_problem(width: int, height: int) -> str:
    return f"图片太小（{width}×{height} 像素），看不清文字。请用至少 200 dpi 扫描或把材料拍满画面。"


def _brightness(image: Image.Image) -> tuple[float, float]:
    grey = np.asarray(image.convert("L").resize((256, max(1, round(256 * image.height / max(image.width, 1))))))
    return float(grey.mean()), float(grey.std())


def is_blank(image: Optional[Image.Image]) -> bool:
    """A page of plain paper: light and even (a scanned back side, a separator sheet)."""
    if image is None or too_small(*image.size):
        return False
    mean, spread = _brightness(image)
    return mean >= 60 and spread < 6


def describe_problem(image: Optional[Image.Image], lines: list[OcrLine]) -> str:
    """A plain Chinese reason and what to do, from the image's statistics."""
    if image is None:
        return "页面文字过少，无法判断是什么材料。请确认页面完整清晰后重新扫描或拍照。"
    mean, spread = _brightness(image)
    if too_small(*image.size):
        return too_small_problem(image.width, image.height)
    if mean < 60:
        return "图片太暗，看不清文字。请在明亮处重新拍照或扫描。"
    if spread < 6:
        return "页面几乎是空白的。请确认是否扫描了正确的一面。"
    if lines and meaningful_chars(lines) > 0:
        return "页面只读到很少的文字，可能被裁切、模糊或反光。请重新拍照，确保整页在画面内且对焦清晰。"
    return "页面上没有读到文字，可能模糊、反光或不是材料页。请重新拍照或扫描。"
