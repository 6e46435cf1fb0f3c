"""Months given as a range in one table row (2025.07-2026.05 with one 缴费基数): the months it covers."""
from __future__ import annotations

import re
from typing import Optional

from rapidfuzz.distance import Hamming

from extractors.reading.fields import CORRECTED_CAP, GUESSED_PLACE_CAP, SURE_READING, placed_by_guess
from extractors.reading.values import Parsed, digitise, parse_month

# A row longer than this is a misreading (a year read wrong), not a range of months.
MAX_RANGE_MONTHS = 120
_MONTH_PART = r"((?:19|20)\d{2})[年./\-]?(0[1-9]|1[0-2]|[1-9])月?"
# Two months joined, and no day after the second (2026-05-01至2026-05-31 is a day range, read as its month).
# A stray mark OCR reads beside the joiner (2025-03至.2025-06) is passed over.
_STRAY = r"[.,，。·]?"
_MONTH_RANGE = re.compile(rf"(?<!\d){_MONTH_PART}{_STRAY}(?:至|到|—+|–|-|~|～){_STRAY}(?:{_MONTH_PART})(?![./\-]?\d)",
                          re.ASCII)


# What OCR reads the hyphen of 2025-12 as, in a table's month cell: read as a hyphen, the month marked corrected.
_MISREAD_HYPHEN = re.compile(r"(?<=\d{4})[~～_=](?=(?:0[1-9]|1[0-2]|[1-9])(?!\d))")


# A day and its time (2026/09/19 22:07): a print's time stamp at the head of a browser's page, no month's cell.
_TIME_STAMP = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}")


def parse_cell_month(text: str) -> Optional[Parsed]:
    """A month cell's month (parse_month), also where OCR read its hyphen as another dash (2025~12); none in a time
    stamp."""
    if _TIME_STAMP.search(text):
        return None
    parsed = parse_month(text)
    if parsed is not None:
        return parsed
    fixed = _MISREAD_HYPHEN.sub("-", text)
    if fixed == text:
        return None
    parsed = parse_month(fixed)
    return None if parsed is None else Parsed(parsed.value, parsed.start, parsed.end, parsed.trusted, corrected=True)


def month_range(text: str) -> Optional[tuple[str, str]]:
    """The first and last month (YYYY-MM) of a month range in the text, when it runs forward."""
    match = _MONTH_RANGE.search(digitise(text))
    if match is None:
        return None
    start = (int(match.group(1)), int(match.group(2)))
    end = (int(match.group(3)), int(match.group(4)))
    if not 0 < _count(start, end) <= MAX_RANGE_MONTHS:
        return None
    return _iso(start), _iso(end)


def months_between(first: str, last: str) -> list[str]:
    """Every month from first to last inclusive (YYYY-MM)."""
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last and len(out) < MAX_RANGE_MONTHS:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _count(start: tuple[int, int], end: tuple[int, int]) -> int:
    return (end[0] - start[0]) * 12 + end[1] - start[1] + 1


def _iso(month: tuple[int, int]) -> str:
    return f"{month[0]:04d}-{month[1]:02d}"


def fits_between(month: str, before: Optional[str], after: Optional[str]) -> bool:
    """Whether the month stands where it may in a table listed in order of time, either way round (2026-02,
    [2026-03], 2026-04 or 2026-04, [2026-03], 2026-02; a month may hold several rows): between its neighbours."""
    if before is None or after is None:
        return False
    return min(before, after) <= month <= max(before, after)


def lost_months_from_neighbours(rows: list[dict], key: str) -> None:
    """Rows whose month OCR lost, standing between two rows whose months leave room for exactly them (2025-03,
    [lost], [lost], 2025-06; or counting down) take those months in order, as guesses: below the certain floor,
    for the order of the rows is what tells, never the ground of an error."""
    index = 0
    while index < len(rows):
        if rows[index][key].value is not None:
            index += 1
            continue
        end = index
        while end < len(rows) and rows[end][key].value is None:
            end += 1
        before = rows[index - 1][key].value if index > 0 else None
        after = rows[end][key].value if end < len(rows) else None
        for row, month in zip(rows[index:end], _months_strictly_between(before, after, end - index)):
            row[key] = row[key].model_copy(update={"value": month, "confidence": GUESSED_PLACE_CAP, "guessed": True})
        index = end


def _months_strictly_between(before: Optional[str], after: Optional[str], count: int) -> list[str]:
    """The `count` months between two, in the order the two stand, or none where they leave another room."""
    if before is None or after is None:
        return []
    low, high = min(before, after), max(before, after)
    inside = months_between(low, high)[1:-1]
    if len(inside) != count:
        return []
    return inside if before < after else inside[::-1]


def latest_print_month(reader, spec) -> Optional[str]:
    """The month of the latest date, read surely, that the record was printed or issued on (`spec`: its Field of
    打印日期, 开具日期…): none of its rows is later."""
    months = [value.value[:7] for value in reader.read_each(spec)
              if isinstance(value.value, str) and value.confidence >= CORRECTED_CAP]
    return max(months, default=None)


def months_settled_by_the_run(rows: list[dict], key: str, latest: Optional[str] = None) -> None:
    """Months the run of the record's rows settles. A record lists its months in order, so a month read unsurely
    (2026-07, its 6 at 0.53) whose row stands where a run of one row a month between two sure rows puts exactly that
    month (2026-06, [2026-07], 2026-08, 2026-09) is confirmed by them: as sure as a corrected reading. A month later
    than the record was printed (`latest`, YYYY-MM) cannot be: where one character changed makes it the month after
    (or before) its sure neighbour, and no later than the print, it is that month as a guess (2028-10 under 2026-09,
    printed 2026-11); otherwise it stays, doubtful, so no rule rests on it."""
    def sure(row: dict) -> bool:
        value = row[key]
        return value.value is not None and value.confidence >= SURE_READING and not value.guessed \
            and (latest is None or value.value <= latest)

    for index, row in enumerate(rows):
        month = row[key]
        if month.value is None or sure(row):
            continue
        below = next((at for at in range(index - 1, -1, -1) if sure(rows[at])), None)
        above = next((at for at in range(index + 1, len(rows)) if sure(rows[at])), None)
        before = rows[below][key].value if below is not None else None
        after = rows[above][key].value if above is not None else None
        if latest is not None and month.value > latest:
            fixes = {candidate for neighbour in (before, after) if neighbour is not None
                     for candidate in (_step(neighbour, 1), _step(neighbour, -1))
                     if candidate <= latest and Hamming.distance(candidate, month.value) == 1
                     and (fits_between(candidate, before, after) or None in (before, after))}
            row[key] = placed_by_guess(month.model_copy(update={"value": fixes.pop(), "char_confidences": None})) \
                if len(fixes) == 1 else month.model_copy(update={"confidence": min(month.confidence, GUESSED_PLACE_CAP)})
        elif not month.guessed and before is not None and after is not None \
                and month.value == _placed_in_run(before, after, index - below, above - below):
            row[key] = month.model_copy(update={"confidence": max(month.confidence, CORRECTED_CAP),
                                                "char_confidences": None})


def _placed_in_run(first: str, last: str, steps: int, rows: int) -> Optional[str]:
    """The month `steps` rows after `first`, where the `rows` rows from `first` to `last` run one a month, either way
    round; None where they do not."""
    for by in (1, -1):
        if _step(first, by * rows) == last:
            return _step(first, by * steps)
    return None


def _step(month: str, by: int) -> str:
    year, number = int(month[:4]), int(month[5:7]) + by
    year, number = year + (number - 1) // 12, (number - 1) % 12 + 1
    return f"{year:04d}-{number:02d}"


def without_repeats(rows: list[dict], key: str, payer: str, figure: str, alike: tuple[str, ...] = ()) -> list[dict]:
    """The rows less those another page shows again: an app's 详情 screen of one list entry, or the entry where two
    screenshots of a scrolled list overlap: the same month (`key`), payer and `alike` values on another page, with
    the same `figure` (amount, base) or none read, or the same figure with no payer read, or the month alone with
    neither read. The row read whole is kept."""
    def page(row):
        place = row[key].evidence
        return None if place is None else (place.file, place.page)

    def value(row, name):
        found = row.get(name)
        return None if found is None else found.value

    def elsewhere(row, other):
        """`other` stands on another page with the same month and `alike` values."""
        return (page(row) is not None and page(row) != page(other) and value(row, key) == value(other, key)
                and all(value(row, name) == value(other, name) for name in alike))

    def same(row, other, figure_unread_ok):
        if not elsewhere(row, other) or value(row, payer) is None or value(row, payer) != value(other, payer):
            return False
        unread = value(row, figure) is None
        return (unread and figure_unread_ok) or (not unread and value(other, figure) == value(row, figure))

    def payer_cut_off(row, other):
        """`row` with no payer read, where `other` shows its month and figure to the cent, payer too."""
        return (elsewhere(row, other) and value(row, payer) is None and value(other, payer) is not None
                and value(row, figure) is not None and value(row, figure) == value(other, figure))

    def key_alone(row, other):
        """`row` shows its month alone (a card cut at a screen's foot), where another page shows that month read."""
        return (elsewhere(row, other) and value(row, payer) is None and value(row, figure) is None
                and (value(other, payer) is not None or value(other, figure) is not None))

    kept = []
    for index, row in enumerate(rows):
        whole = lambda one: value(one, figure) is not None  # noqa: E731
        if any(key_alone(row, other) for other in rows):
            continue  # its month alone at a screen's foot, where another screenshot shows the month read
        if not whole(row) and any(same(row, other, True) for other in rows if whole(other)):
            continue  # read with no figure, where another page shows it whole
        if any(payer_cut_off(row, other) for other in rows):
            continue  # its payer cut off at a screen's foot, where the next screenshot shows it whole
        if any(same(row, other, False) for other in rows[:index]):
            continue  # shown whole again
        kept.append(row)
    return kept
