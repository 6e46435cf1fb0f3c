"""A contribution record printed as a grid: one row per year (年度, 缴费基数), a column per month (1月 … 12月), each
month paid marked √ (补 for a back payment), blank where nothing was paid, and the row's 合计月数 at its end.

The marks are small: a recogniser reads √ as V, N or J, or misses one (and reads a lone mark again no better). A
month is marked by anything short standing in its column; where a row's marks fall short of its 合计月数, the
blank cells' ink says which hold the marks missed. A row whose marks come to its 合计月数, those found by ink
standing clear of the cells left blank, is sure of its months; any other keeps each mark's own doubt."""
from __future__ import annotations

import re
import statistics
from dataclasses import replace
from typing import Callable, Optional

from extractors.reading.fields import to_field_value
from extractors.reading.text import Line, Span
from extractors.reading.values import Parsed, parse_amount
from precheck.core.model import FieldValue

MONTH_HEAD = re.compile(r"^(1[0-2]|[1-9])月$")
YEAR = re.compile(r"^((?:19|20)\d\d)(?:年度?)?$")
TOTAL = re.compile(r"^\d{1,2}$")
FEWEST_MONTH_HEADS = 6
MARK_MAX_CHARS = 2
BACK_PAYMENT = "补"
# The part of a column's width either side of its centre that belongs to it.
COLUMN_REACH = 0.5
MARK_CUT = 0.35  # of the column spacing either side of its centre
# A blank cell holds a mark missed by recognition when it is inked at least this share of the row's read marks; the
# marks so found are sure only when the least of them is inked this many times the most inked cell left blank.
INK_MARK_SHARE = 0.6
INK_CLEAR_RATIO = 2.0
INK_DOUBT = 0.5


def read_month_grid(lines: list[Line], employer_of: Callable[[list[Line]], FieldValue],
                    reread=None) -> list[dict]:
    """The grid's rows, one per month marked, as the record's other readers give them (month, employer, base,
    back_payment); employer_of gives the page's employer (the header's 缴费单位) from its lines."""
    rows: list[dict] = []
    for page_index in sorted({line.page_index for line in lines}):
        page = [line for line in lines if line.page_index == page_index]
        heads = {int(match.group(1)): line for line in page if (match := MONTH_HEAD.match(line.text))}
        if len(heads) < FEWEST_MONTH_HEADS:
            continue
        centres = _month_centres(heads)
        reach = COLUMN_REACH * abs(centres[2] - centres[1])
        head_bottom = max(line.y1 for line in heads.values())
        years = sorted((line for line in page if YEAR.match(line.text) and line.y_center > head_bottom
                        and line.x1 < min(centres[1], centres[12]) - reach), key=lambda line: line.y_center)
        employer = employer_of(page)
        for index, year_line in enumerate(years):
            top = (years[index - 1].y_center + year_line.y_center) / 2 if index else head_bottom
            step = (years[index + 1].y_center - year_line.y_center) if index + 1 < len(years) else (
                year_line.y_center - top) * 2
            band = [line for line in page if top <= line.y_center < year_line.y_center + step / 2]
            rows += _year_rows(year_line, band, centres, reach, employer, reread)
    return rows


def _month_centres(heads: dict[int, Line]) -> dict[int, float]:
    """Each month column's centre, those whose heading was not read put where the others' spacing puts them."""
    months = list(heads)
    xs = [(heads[m].x0 + heads[m].x1) / 2 for m in months]
    slope = statistics.linear_regression(months, xs).slope
    intercept = statistics.fmean(xs) - slope * statistics.fmean(months)
    return {month: (heads[month].x0 + heads[month].x1) / 2 if month in heads else intercept + slope * month
            for month in range(1, 13)}


def _year_rows(year_line: Line, band: list[Line], centres: dict[int, float], reach: float, employer: FieldValue,
               reread) -> list[dict]:
    year = YEAR.match(year_line.text).group(1)
    last_column = max(centres.values()) + reach
    marks: dict[int, Line] = {}
    total: Optional[Line] = None
    base: Optional[FieldValue] = None
    for line in band:
        centre = (line.x0 + line.x1) / 2
        month = next((m for m, x in centres.items() if abs(centre - x) <= reach), None)
        if month is not None and len(line.text) <= MARK_MAX_CHARS and not line.text.isdigit():
            marks.setdefault(month, line)
        elif centre > last_column and TOTAL.match(line.text):
            total = line
        elif line is not year_line and line.x1 < min(centres.values()) - reach and base is None:
            parsed = parse_amount(line.text)
            if parsed is not None:
                base = to_field_value(parsed, [Span(line, 0, len(line.text))])
    counted = int(total.text) if total is not None else None
    clear = True
    if reread is not None and counted is not None and len(marks) < counted:
        by_ink, clear = _marks_by_ink(year_line, centres, reach, marks, counted - len(marks), reread)
        marks.update(by_ink)
    agreed = clear and counted is not None and len(marks) == counted
    rows = []
    for month, mark in sorted(marks.items()):
        mark_span = [Span(mark, 0, len(mark.text))]
        value = to_field_value(Parsed(f"{year}-{month:02d}", 0, len(mark.text)), mark_span)
        if agreed:  # the row's own count vouches for its marks
            value = value.model_copy(update={"confidence": min(year_line.confidence, total.confidence)})
        back = to_field_value(Parsed(BACK_PAYMENT in mark.text, 0, len(mark.text)), mark_span)
        if not back.value:  # the count vouches that a month was paid; a 补 is only as sure as its mark
            back = back.model_copy(update={"confidence": value.confidence})
        rows.append({
            "month": value,
            "employer": employer,
            "base": base if base is not None else FieldValue(value=None, confidence=0.0),
            "back_payment": back,
        })
    return rows


def _marks_by_ink(year_line: Line, centres: dict[int, float], reach: float, marks: dict[int, Line], wanted: int,
                  reread) -> tuple[dict[int, Line], bool]:
    """The blank cells that hold a mark after all, by their ink (each cut inside its rules): the `wanted` most inked,
    each inked at least INK_MARK_SHARE of the row's read marks; and whether they stand clear of the cells left blank."""
    ink = getattr(reread, "ink", None)
    if ink is None or wanted <= 0:
        return {}, False
    middle = (year_line.bbox[1] + year_line.bbox[3]) / 2
    top, bottom = middle - year_line.height, middle + year_line.height
    half = MARK_CUT * reach / COLUMN_REACH
    boxes = {month: (centre - half, top, centre + half, bottom) for month, centre in centres.items()}
    inked = {month: ink(year_line.ref, box) for month, box in boxes.items()}
    known = [inked[month] for month in marks if inked[month] is not None]
    blanks = sorted(((inked[month], month) for month in centres if month not in marks and inked[month] is not None),
                    reverse=True)
    if not known or len(blanks) < wanted or blanks[wanted - 1][0] < INK_MARK_SHARE * statistics.median(known):
        return {}, False
    chosen, rest = blanks[:wanted], blanks[wanted:]
    clear = not rest or chosen[-1][0] >= INK_CLEAR_RATIO * rest[0][0]
    confidence = 1.0 if clear else INK_DOUBT
    found = {month: replace(year_line, text="√", bbox=boxes[month], confidence=confidence,
                            char_confidences=(confidence,), char_spans=((boxes[month][0], boxes[month][2]),))
             for _, month in chosen}
    return found, clear
