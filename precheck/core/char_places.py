"""Where each character of a line of OCR stands across the line's box: engines give the line's box only."""
from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from precheck.core.model import OcrLine


def char_weight(char: str) -> float:
    """A CJK character is wider than a figure or a Latin letter."""
    return 1.0 if unicodedata.east_asian_width(char) in ("W", "F") else 0.55


def estimated_places(raw: str, x0: float, x1: float) -> list[tuple[float, float]]:
    """Each character's x from and x to, the line's box x0..x1 shared out by the characters' widths."""
    weights = [char_weight(c) for c in raw]
    total = sum(weights) or 1.0
    places, position = [], 0.0
    for weight in weights:
        start = x0 + (x1 - x0) * position / total
        position += weight
        places.append((start, x0 + (x1 - x0) * position / total))
    return places


def places_of(line: "OcrLine") -> list[tuple[float, float]]:
    """Each character's x from and x to on the page: where the engine or the text layer placed it, else estimated."""
    if line.char_xs and len(line.char_xs) == len(line.text):
        return list(line.char_xs)
    return estimated_places(line.text, line.bbox[0], line.bbox[2])
