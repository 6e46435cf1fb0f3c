"""Characters read where red ink covers the whole of them are doubtful.

Red seals are taken off a page by reading its red channel (imaging.drop_red_seal), where red ink turns as light as
the paper. A seal's ring crosses print in strokes, and the print between them stays. Where red ink is laid over
print solidly (a seal's filled star, a smeared stamp pad, a red marker), the print beneath has turned red as well,
and the red channel takes it off with the ink: a character may vanish from the reading (河 dropped from
…龙泉镇河湾村…) with no sign of doubt on those left. Every character whose box is red almost all over is capped at
under_seal.UNDER_SEAL_CONFIDENCE, so the value reads as doubtful and a difference in it asks for a check, not a refusal.

White print on a red ground (an e-permit's card, an app's banner) keeps its light strokes, so its boxes are not
red all over."""
from __future__ import annotations

import numpy as np
from PIL import Image

from precheck.core.char_places import places_of
from precheck.core.model import OcrLine
from precheck.ocr.under_seal import cap_characters

RED_OVER_GREEN_AND_BLUE = 60  # 0-255: a pixel this much redder than its green and blue is red ink
COVERED_SHARE = 0.85  # of a character's box red: covered, print and all
LONGEST_SIDE = 1200  # px of the page the cover is looked for on; red ink over print is never finer


def red_cover(image: Image.Image, rotation: int = 0) -> np.ndarray:
    """Where the page (turned `rotation` degrees clockwise, as its reading was) is red ink: a boolean mask over a
    copy of the page at most LONGEST_SIDE px long."""
    step = max(1, -(-max(image.size) // LONGEST_SIDE))
    if step > 1:  # every step-th pixel, as a stride would take them, without copying the whole page first
        image = image.resize((max(1, image.width // step), max(1, image.height // step)), Image.Resampling.NEAREST)
    rgb = np.asarray(image.convert("RGB")).astype(np.int16)
    red = rgb[..., 0] - np.maximum(rgb[..., 1], rgb[..., 2]) > RED_OVER_GREEN_AND_BLUE
    return np.rot90(red, k=-(rotation // 90) % 4) if rotation % 360 else red


def doubt_under_red_cover(lines: list[OcrLine], cover: np.ndarray) -> list[OcrLine]:
    """`lines` (boxes as fractions of the page `cover` was made from) with their covered characters capped."""
    if not cover.any():
        return lines
    return [_doubted(line, cover) for line in lines]


def _doubted(line: OcrLine, cover: np.ndarray) -> OcrLine:
    height, width = cover.shape
    _, y0, _, y1 = line.bbox
    rows = slice(max(0, int(y0 * height)), max(int(y0 * height) + 1, int(round(y1 * height))))
    covered = []
    for start, end in places_of(line):
        box = cover[rows, max(0, int(start * width)):max(int(start * width) + 1, int(round(end * width)))]
        covered.append(box.size > 0 and float(box.mean()) >= COVERED_SHARE)
    return cap_characters(line, covered)
