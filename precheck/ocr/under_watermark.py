"""Lines a slanted watermark hid from the detector.

A copy handed in often carries 仅供居住证积分使用，他用无效 written large and slanted across it, in light grey. Where
its strokes cross a line of print, the detector may box the watermark's characters and lose the print line under
them whole (a contract's term, on outsider L's photocopies). When the page's first reading holds such a piece (a box
many lines tall that reads as part of a watermark phrase), the page is read again with its light ink turned to paper:
print is darker than the watermark's grey, as it is darker than a grey seal's. Lines of that second reading that no
line of the first holds are added; the first reading is otherwise kept as it was."""
from __future__ import annotations

from statistics import median
from typing import Optional

import numpy as np

from precheck.core.model import OcrLine
from precheck.core.watermarks import in_watermark, is_misread_watermark_piece
from precheck.ocr.grey_seal import ink_split

PIECE_HEIGHTS = 2.5  # a slanted piece's box is at least this many print lines tall
SAME_LINE_SHARE = 0.3  # a line of the second reading sharing this much of its box with a first-reading line is that line


def watermark_pieces(lines: list[OcrLine]) -> list[OcrLine]:
    """The lines of a reading that are slanted pieces of a watermark."""
    marks = [line for line in lines if _watermark_text(line.text)]
    print_lines = [line for line in lines if not _watermark_text(line.text)]
    if not marks or not print_lines:
        return []
    typical = median(line.bbox[3] - line.bbox[1] for line in print_lines)  # a page may hold more watermark than print
    return [line for line in marks if line.bbox[3] - line.bbox[1] >= PIECE_HEIGHTS * typical]


def _watermark_text(text: str) -> bool:
    letters = "".join(char for char in text if char.isalnum())
    return len(letters) >= 2 and (in_watermark(letters) or is_misread_watermark_piece(letters))


def without_light_ink(grey: np.ndarray) -> Optional[np.ndarray]:
    """The page with ink lighter than its print turned to paper; None on a page with too little ink to split."""
    split = ink_split(grey)
    if split is None:
        return None
    threshold, paper = split
    cleared = grey.copy()
    cleared[grey > threshold] = paper
    return cleared


def hidden_lines(first: list[OcrLine], again: list[OcrLine]) -> list[OcrLine]:
    """The lines of the second reading that no line of the first holds and that are no piece of a watermark."""
    kept = [line for line in first if not _watermark_text(line.text)]
    return [line for line in again if not _watermark_text(line.text) and line.text.strip()
            and not any(_shared(line, other) >= SAME_LINE_SHARE for other in kept)]


def _shared(line: OcrLine, other: OcrLine) -> float:
    """The share of the smaller of the two boxes that they have in common."""
    x0, y0 = max(line.bbox[0], other.bbox[0]), max(line.bbox[1], other.bbox[1])
    x1, y1 = min(line.bbox[2], other.bbox[2]), min(line.bbox[3], other.bbox[3])
    if x1 <= x0 or y1 <= y0:
        return 0.0
    area = lambda box: max(1e-12, (box[2] - box[0]) * (box[3] - box[1]))  # noqa: E731
    return (x1 - x0) * (y1 - y0) / min(area(line.bbox), area(other.bbox))
