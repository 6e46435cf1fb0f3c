"""Characters read through a seal that stayed on the page are doubtful.

Where a seal could not be taken off (grey_seal: a bilevel scan, whose seal ink is as black as its print), the
recogniser reads print and seal ink together and may read a wrong character with full confidence (淅 for 浙, a
house number dropped). Where a grey seal was taken off, print crossing its ring may have gone with it (a 省 lost
under a photocopy's seal). Every character whose place falls inside such a seal is capped at UNDER_SEAL_CONFIDENCE:
still readable, never sure enough to ground an error (rules/fields.py: READABLE_FLOOR 0.60, CERTAIN_FLOOR 0.80)."""
from __future__ import annotations

from typing import Sequence

from precheck.core.char_places import places_of
from precheck.core.model import OcrLine
from precheck.ocr.grey_seal import CLEAR_RADIUS
from precheck.ocr.seal_rings import Ring

UNDER_SEAL_CONFIDENCE = 0.7


def doubt_under_seals(lines: list[OcrLine], seals: Sequence[Ring], width: int, height: int) -> list[OcrLine]:
    """`lines` (boxes as fractions of a page width × height px) with the characters inside `seals` (px on that
    page) capped."""
    if not seals:
        return lines
    return [_doubted(line, seals, width, height) for line in lines]


def _doubted(line: OcrLine, seals: Sequence[Ring], width: int, height: int) -> OcrLine:
    _, y0, _, y1 = line.bbox
    covered = [any(_box_meets_disc((a * width, y0 * height, b * width, y1 * height), seal) for seal in seals)
               for a, b in places_of(line)]
    return cap_characters(line, covered)


def cap_characters(line: OcrLine, covered: list[bool]) -> OcrLine:
    """`line` with the characters flagged in `covered` (and so the whole line) capped at UNDER_SEAL_CONFIDENCE."""
    if not any(covered):
        return line
    chars = line.char_confidences if line.char_confidences and len(line.char_confidences) == len(line.text) \
        else [line.confidence] * len(line.text)
    capped = [min(c, UNDER_SEAL_CONFIDENCE) if under else c for c, under in zip(chars, covered)]
    return line.model_copy(update={"char_confidences": capped, "confidence": min(line.confidence, UNDER_SEAL_CONFIDENCE)})


def _box_meets_disc(box: tuple[float, float, float, float], seal: Ring) -> bool:
    nearest_x = min(max(seal.cx, box[0]), box[2])
    nearest_y = min(max(seal.cy, box[1]), box[3])
    return (nearest_x - seal.cx) ** 2 + (nearest_y - seal.cy) ** 2 <= (seal.radius * CLEAR_RADIUS) ** 2
