"""A table's header row read badly on one page (a photographed copy: 实塘(道)金锁, 程款州面期) lined up with the same
table's header read well on another page of the document.

A multi-page record repeats its header on every page, in the same order. Where a page's header row still shows two
or more titles as they are (入库税务机关, 备注), those titles fix how this page's columns stand against the well-read
header (a shift and a scale: another capture, another size); each other cell of the row then takes the title of
the column that lands on it."""
from __future__ import annotations

from typing import Optional

from extractors.reading.fields import LabelHit
from extractors.reading.text import Line

# A cell of the row takes a column's title only when it lands this near it, as a share of the narrowest gap
# between two titles of the well-read header.
LANDING_SHARE = 0.35
# The two headers' widths may differ by at most this factor (a page printed or photographed at another size).
SCALE_RANGE = (0.3, 3.0)
ANCHORS_NEEDED = 2


def lined_up_titles(page_lines: list[Line], page_hits: list[LabelHit],
                    reference: list[LabelHit]) -> Optional[list[LabelHit]]:
    """This page's header row with every cell named after the well-read `reference` header, or None where the page
    shows no row holding ANCHORS_NEEDED titles of the reference at distinct places."""
    centres = {hit.label: (hit.x0 + hit.x1) / 2 for hit in reference}
    best: Optional[list[LabelHit]] = None
    for hit in page_hits:
        row = [h for h in page_hits if h.label in centres and h.line.same_row(hit.line, 0.3)]
        anchors = {h.label: h for h in row}
        if len(anchors) >= ANCHORS_NEEDED and (best is None or len(anchors) > len(best)):
            best = list(anchors.values())
    if best is None:
        return None
    fit = _fit([((h.x0 + h.x1) / 2, centres[h.label]) for h in best])
    if fit is None:
        return None
    scale, shift = fit
    gaps = sorted(centres.values())
    tolerance = LANDING_SHARE * min((b - a for a, b in zip(gaps, gaps[1:])), default=1.0)
    by_label = {hit.label: hit for hit in reference}
    named = list(best)
    taken = {id(h.line) for h in best}
    row_lines = [line for line in page_lines if id(line) not in taken
                 and any(line.same_row(anchor.line, 0.3) for anchor in best)]
    for line in row_lines:
        landing = scale * (line.x0 + line.x1) / 2 + shift
        label, centre = min(centres.items(), key=lambda item: abs(item[1] - landing))
        if abs(centre - landing) <= tolerance and all(h.label != label for h in named):
            named.append(LabelHit(by_label[label].fields, label, line, 0, len(line.text), False))
    return named


def _fit(pairs: list[tuple[float, float]]) -> Optional[tuple[float, float]]:
    """Least-squares scale and shift taking this page's x to the reference's x."""
    mean_x = sum(x for x, _ in pairs) / len(pairs)
    mean_y = sum(y for _, y in pairs) / len(pairs)
    spread = sum((x - mean_x) ** 2 for x, _ in pairs)
    if spread < 1e-4:
        return None
    scale = sum((x - mean_x) * (y - mean_y) for x, y in pairs) / spread
    if not SCALE_RANGE[0] <= scale <= SCALE_RANGE[1]:
        return None
    return scale, mean_y - scale * mean_x
