"""Seals that a photocopy or a grey scan turned grey: found as rings, their mid-grey ink whitened.

A red seal disappears in the red channel (imaging.drop_red_seal). On a photocopy it is grey, as dark as a faint
stroke, and PP-OCR drops or misreads the print under it (户口簿 covers: the address's first characters, the
签发日期). Print is darker than seal ink even where they overlap, because seal ink multiplies over print; so inside a
ring that is really there, every pixel lighter than the print/seal threshold is seal ink and goes to paper white.
Nothing changes outside verified rings, so pages without a grey seal are left exactly as they were.

A bilevel scan (a 1-bit TIFF) has one shade of ink: print and seal cannot be told apart by their grey, and every way
tried of telling them apart by texture (the seal's dithered speckle, its dense ink) cut more print than it freed (on
the 22 bilevel 户口簿 pages of outsider J). There the seal stays on the page and is returned as read through: what is
read inside it may be the seal's ink read as print (under_seal.py makes it doubtful). Its speckled ring is closed into
strokes for the search."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import cv2
import numpy as np

from precheck.ocr.seal_rings import NO_SEALS, Ring, SealSearch

SEARCH_SIDE = 800  # rings are searched on a copy this size: fast, and seals stay 30+ px across
PAPER_MARGIN = 50  # grey levels below the paper that count as ink
MIN_INK_PIXELS = 500
# A seal's outer ring: ink in this band around the radius on nearly every bearing, and little ink just inside it.
RING_BAND = (0.85, 1.1)
RING_COVER_MIN = 0.8
INNER_BAND = (0.35, 0.6)
INNER_FILL_MAX = 0.3
# ... and more ink in the ring's band than in the ground just outside it: on textured cloth or a wooden desk behind a
# photographed card every circle's band is as speckled as what surrounds it (outsider P p032: a disc of 745 px
# whitened over an ID card). A seal's surroundings hold print, which is darker than its ink, and little light ink.
OUTER_BAND = (1.25, 1.6)
GROUND_OVER_RING_MAX = 0.85
CLEAR_RADIUS = 1.08  # the ring's outer edge, with its blur
STROKE_FILL_MAX = 0.8  # below this share of its bounding box in ink, a piece is strokes, not a solid area
WIDEST_SEAL = 1.1  # a piece wider than this many of the largest seal's diameters is no seal
TWO_LEVEL_SHARE = 0.98  # pixels at the page's darkest or lightest grey: a bilevel scan
SLANTED_LINE_GAP = 2  # pixels a slanted rule may break and still count as one line (at the search size)
SLANTED_LINE_WIDTH = 3  # pixels of mask a slanted rule is taken off with: its width, with its soft edges


@dataclass(frozen=True)
class SealsDropped:
    pixels: np.ndarray
    search: SealSearch = NO_SEALS
    read_through: tuple[Ring, ...] = ()  # seals left on the page because their ink looks like print (bilevel scans)
    # Seals whose lighter ink was turned to paper: print crossing them may have lost strokes with it (a 省 under a
    # photocopy's grey ring dropped while its neighbours read at 0.93 and more).
    taken_off: tuple[Ring, ...] = ()

    @property
    def doubted(self) -> tuple[Ring, ...]:
        """The seals under which a reading is never sure."""
        return self.read_through + self.taken_off


def drop_grey_seals(grey: np.ndarray, found: Optional[SealSearch] = None) -> SealsDropped:
    """The page with the ink of grey seals turned to paper (the same array when there is none); on a bilevel page the
    page as it is, with the seals read through. `found`: what an earlier search of this same page found."""
    if found is None:
        found = find_grey_seals(grey)
    if not found.rings:
        return SealsDropped(grey)
    rings, threshold, paper = found.rings, found.threshold, found.paper
    if is_bilevel(grey):
        return SealsDropped(grey, search=found, read_through=rings)
    height, width = grey.shape
    cleaned = grey.copy()
    for ring in rings:
        r = ring.radius * CLEAR_RADIUS
        x0, x1 = max(0, int(ring.cx - r)), min(width, int(ring.cx + r) + 1)
        y0, y1 = max(0, int(ring.cy - r)), min(height, int(ring.cy + r) + 1)
        yy, xx = np.ogrid[y0:y1, x0:x1]
        inside = (xx - ring.cx) ** 2 + (yy - ring.cy) ** 2 <= r * r
        window = cleaned[y0:y1, x0:x1]
        window[inside & (window >= threshold)] = paper
    return SealsDropped(cleaned, taken_off=rings, search=found)


def is_bilevel(grey: np.ndarray) -> bool:
    """A page of two greys only (a 1-bit scan), where print and seal ink are the same black."""
    sample = grey[::3, ::3]
    low, high = int(sample.min()), int(sample.max())
    return bool(np.count_nonzero((sample == low) | (sample == high)) >= TWO_LEVEL_SHARE * sample.size)


def find_grey_seals(grey: np.ndarray) -> SealSearch:
    """Verified rings, the print/seal threshold and the paper's grey; NO_SEALS when the page has no grey seal."""
    height, width = grey.shape
    split = ink_split(grey)
    if split is None:
        return NO_SEALS
    threshold, paper = split
    light_ink = ((grey >= threshold) & (grey < paper - PAPER_MARGIN)).astype(np.uint8) * 255
    bilevel = is_bilevel(grey)
    if bilevel:
        light_ink = cv2.morphologyEx(light_ink, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))  # speckle into strokes
    # Opening drops the one-pixel soft edges of print, which would otherwise draw rings of their own.
    light_ink = cv2.morphologyEx(light_ink, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    scale = SEARCH_SIDE / max(height, width)
    small = cv2.resize(light_ink, (max(1, round(width * scale)), max(1, round(height * scale))), interpolation=cv2.INTER_AREA)
    small = np.where(small > 40, 255, 0).astype(np.uint8)
    short = min(small.shape)
    min_radius, max_radius = max(8, round(short * 0.05)), round(short * 0.25)
    if not _has_a_ring_sized_stroke(small, min_radius, max_radius):
        return NO_SEALS
    # A bilevel scan's closed speckle joins seals to print; elsewhere a piece wider than any seal is a photo's desk
    # or cloth, whose texture fills the search with edges and makes it take seconds.
    search = small if bilevel else _without_pieces_wider_than(small, WIDEST_SEAL * 2 * max_radius)
    circles = cv2.HoughCircles(cv2.GaussianBlur(search, (5, 5), 1.5), cv2.HOUGH_GRADIENT, dp=1.5, minDist=short * 0.2,
                               param1=100, param2=30, minRadius=min_radius, maxRadius=max_radius)
    if circles is None:
        return NO_SEALS
    rings = [Ring(float(cx / scale), float(cy / scale), float(r / scale)) for cx, cy, r in circles[0][:10] if _is_ring(small, cx, cy, r)]
    return SealSearch(tuple(rings), float(threshold), paper) if rings else NO_SEALS


def ink_split(grey: np.ndarray) -> tuple[float, int] | None:
    """The grey between the page's two kinds of ink (dark print and lighter ink: a seal's, a watermark's, or, with
    neither, stroke cores and their soft edges; Otsu's threshold) and the paper's grey; None on a page with too
    little ink to split."""
    sample = grey[::3, ::3]
    paper = int(np.percentile(sample, 90))
    ink = sample[sample < paper - PAPER_MARGIN]
    if ink.size < MIN_INK_PIXELS:
        return None
    threshold, _ = cv2.threshold(ink.reshape(-1, 1), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return float(threshold), paper


def _has_a_ring_sized_stroke(mask: np.ndarray, min_radius: int, max_radius: int) -> bool:
    """Whether some piece of light ink spans a ring's size and is not solid: a ring, an arc of 60° or more, or a seal
    whose ring and inner words run together. The circle search, the slow part, runs only then; characters are far
    smaller, and a photo's shading or desk is solid or wider than any seal."""
    _, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    width, height, area = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_AREA]
    span = np.maximum(width, height)
    sized = (span >= min_radius) & (span <= WIDEST_SEAL * 2 * max_radius)
    return bool(np.any(sized & (area < STROKE_FILL_MAX * width * height)))


def _without_pieces_wider_than(mask: np.ndarray, span: float) -> np.ndarray:
    _, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    spans = np.maximum(stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT])
    wide = np.flatnonzero(spans > span) + 1
    return np.where(np.isin(labels, wide), 0, mask).astype(np.uint8) if wide.size else mask


def _is_ring(mask: np.ndarray, cx: float, cy: float, r: float) -> bool:
    """Ink on nearly every bearing around the radius, not counting straight lines as long as the radius (a table's
    rules, a page's edge: a ring holds no straight run that long), little ink just inside, and less just outside.
    Only the square around the ring is looked at, wide enough to hold the outer band and, of any straight run that
    crosses the ring, a piece as long as the radius."""
    height, width = mask.shape
    reach = max(OUTER_BAND[1], RING_BAND[1] + 1) * r + 2
    left, top = max(0, int(cx - reach)), max(0, int(cy - reach))
    window = mask[top:min(height, int(cy + reach) + 1), left:min(width, int(cx + reach) + 1)]
    cx, cy = cx - left, cy - top
    height, width = window.shape
    bearings = np.radians(np.arange(0, 360, 4))
    radii = np.linspace(*RING_BAND, 10) * r
    xs = np.clip(np.round(cx + np.outer(np.cos(bearings), radii)).astype(int), 0, width - 1)
    ys = np.clip(np.round(cy + np.outer(np.sin(bearings), radii)).astype(int), 0, height - 1)
    cover = _without_straight_lines(window, round(r))[ys, xs].any(axis=1).mean()
    yy, xx = np.ogrid[:height, :width]
    distance = np.hypot(xx - cx, yy - cy)
    fill = _fill(window, distance, INNER_BAND, r)
    if cover < RING_COVER_MIN or fill > INNER_FILL_MAX:
        return False
    ground = _fill(window, distance, OUTER_BAND, r)
    return ground <= GROUND_OVER_RING_MAX * _fill(window, distance, RING_BAND, r)


def _fill(mask: np.ndarray, distance: np.ndarray, band: tuple[float, float], r: float) -> float:
    """The share of ink in the band between band[0] and band[1] radii (1.0 where the band holds no pixel)."""
    inside = (distance > band[0] * r) & (distance < band[1] * r)
    return float((mask[inside] > 0).mean()) if inside.any() else 1.0


def _without_straight_lines(mask: np.ndarray, length: int) -> np.ndarray:
    """The mask less its straight runs of at least `length` pixels: horizontal and vertical ones, and those at any
    slant (a table's rules on a phone photo stand a few degrees off, and with the print between them drew rings of
    their own over the table, whose clearing took the light print with it)."""
    length = max(3, length)
    lines = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((1, length), np.uint8))
    lines |= cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((length, 1), np.uint8))
    left = cv2.subtract(mask, lines)
    slanted = cv2.HoughLinesP(left, 1, np.pi / 360, threshold=max(10, length // 2), minLineLength=length,
                              maxLineGap=SLANTED_LINE_GAP)
    for x0, y0, x1, y1 in (slanted.reshape(-1, 4) if slanted is not None else ()):
        cv2.line(left, (int(x0), int(y0)), (int(x1), int(y1)), 0, SLANTED_LINE_WIDTH)
    return left
