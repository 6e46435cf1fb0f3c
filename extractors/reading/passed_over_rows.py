"""Rows of a form that the text detector passed over whole, label and value (a watermark's stroke across both).

A form's rows stand about one step apart down the page; where two rows read stand about twice that apart, with
nothing of print size read between, one row stands there unread. Its band is worth a second look across the form."""
from __future__ import annotations

import statistics

from extractors.reading.text import Line

# Lines taller than this many print heights are a watermark's or a seal's: no row of the form.
PRINT_HEIGHT_MAX = 1.6
# Lines whose middles lie within this many print heights stand in one row.
SAME_ROW_HEIGHTS = 0.6
# Two rows read this many steps apart hold one row between them that was not read.
ONE_ROW_MISSING = (1.7, 2.4)
# Fewer rows than this show no step to go by.
ROWS_MIN = 4


def unread_rows(lines: list[Line], left: float) -> list[tuple[float, float]]:
    """The (middle, text height) of each row missing between the rows read, levelled page fractions, among the lines
    of one page that start at or right of `left` (the form's label column)."""
    heights = [line.height for line in lines if line.x0 >= left]
    if not heights:
        return []
    print_height = statistics.median(heights)
    middles = sorted(line.y_center for line in lines
                     if line.x0 >= left and line.height <= PRINT_HEIGHT_MAX * print_height)
    rows: list[float] = []
    for middle in middles:
        if rows and middle - rows[-1] <= SAME_ROW_HEIGHTS * print_height:
            continue
        rows.append(middle)
    if len(rows) < ROWS_MIN:
        return []
    gaps = [lower - upper for upper, lower in zip(rows, rows[1:])]
    step = statistics.median(gaps)
    return [((upper + lower) / 2, print_height) for upper, lower, gap in zip(rows, rows[1:], gaps)
            if ONE_ROW_MISSING[0] * step <= gap <= ONE_ROW_MISSING[1] * step]
