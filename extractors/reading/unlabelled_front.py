"""The 居民身份证 人像面 whose light-blue labels a photo or copy lost: only its black values were read (姓名, 男,
汉, 1999 7 3, the address lines, the OCR-B number). The card's fixed order places them: name, then 性别 and 民族 on
one row, 出生 as year, month and day, the address down to the number. Every value found so is a guess."""
from __future__ import annotations

import re
from datetime import date
from typing import Optional, Sequence

from extractors.reading.fields import placed_by_guess, value_from_span
from extractors.reading.text import Line, Span, field_value
from extractors.reading.values import ETHNIC_GROUPS, parse_address, parse_id_number, parse_name
from precheck.core.model import FieldValue, OcrLine
from precheck.core.watermarks import is_watermark_piece

SEX_WORDS = ("男", "女")
MAX_CARD_LINES = 20  # a card face alone; a page of running text holding 男 is no card
_YEAR_FIRST = re.compile(r"^((?:19|20)\d\d)(\d{0,4})$")
# The row under the name read as one line with what was read of its label between (男族汉, 女 民族 回; 男R汉 where a
# copy left a stroke of 民族 that OCR took for a letter).
_SEX_ROW = re.compile(r"^([男女])\s*(?:民?族|[A-Za-z|/\\]{1,2})?\s*([\u4e00-\u9fff]{1,5}?)族?$")
# The same row with what was read of 民族 misread as one other character (男共汉 from a small copy): only before a group.
_SEX_ROW_LABEL_MISREAD = re.compile(r"^([男女])\s*[\u4e00-\u9fff]\s*([\u4e00-\u9fff]{1,5}?)族?$")


# The labels of the row under the name, which mark the row when its values were not read.
ROW_LABELS = ("性别", "民族")


def _tokens(text: str) -> list[str]:
    return text.split()


def looks_like_unlabelled_front(lines: Sequence[OcrLine]) -> bool:
    """A lone 男/女, a lone ethnic group and a birth year or a valid ID number (or, the group lost, both), and little
    else on the page."""
    if not lines or len(lines) > MAX_CARD_LINES:
        return False
    tokens = [token for line in lines for token in _tokens(line.text)]
    rows = [row for line in lines if (row := _sex_row(line.text)) is not None]
    has_sex = any(token in SEX_WORDS for token in tokens) or bool(rows)
    has_ethnicity = any(token in ETHNIC_GROUPS for token in tokens) or bool(rows)
    has_year = any(_YEAR_FIRST.match(token) for token in tokens)
    has_number = any((parsed := parse_id_number(line.text)) is not None and parsed.trusted for line in lines)
    # Its 民族 lost too, a lone 男/女 with a birth year and a valid number still make the face.
    return has_sex and ((has_ethnicity and (has_year or has_number)) or (has_year and has_number))


def _sex_row(text: str) -> Optional[re.Match]:
    for pattern in (_SEX_ROW, _SEX_ROW_LABEL_MISREAD):
        match = pattern.match(text.strip())
        if match is not None and match.group(2) in ETHNIC_GROUPS:
            return match
    return None


def read_unlabelled_front(lines: list[Line]) -> dict[str, FieldValue]:
    """The front's values by their place, for the fields its labels would have named; {} when it is no such face."""
    sex_line = next((line for line in lines if line.text.strip() in SEX_WORDS or _sex_row(line.text)), None)
    row_label = None if sex_line is not None else next((line for line in lines if line.text.startswith(ROW_LABELS)), None)
    if sex_line is None and row_label is None:
        return _name_over_birth(lines)
    out: dict[str, FieldValue] = {}
    if sex_line is None:
        # Its 男/女 lost (a watermark over it), the row is still marked by its own label, 性别 or 民族.
        sex_line = row_label
    elif (row := _sex_row(sex_line.text)) is not None:
        offset = len(sex_line.text) - len(sex_line.text.lstrip())
        for name, group in (("sex", 1), ("ethnicity", 2)):
            span = Span(sex_line, offset + row.start(group), offset + row.end(group))
            out[name] = placed_by_guess(field_value(span.text, [span]))
    else:
        out["sex"] = _whole(sex_line)
    face = sorted((line for line in lines if line.page_index == sex_line.page_index), key=lambda line: line.y0)
    above = [line for line in face if line.y_center < sex_line.y0]
    name = next((found for line in reversed(above) if (found := _name_on(line)) is not None), None)
    if name is not None:
        out["name"] = name
    ethnicity = None if "ethnicity" in out else next(
        (line for line in face if line.text.strip() in ETHNIC_GROUPS and line is not sex_line
         and abs(line.y_center - sex_line.y_center) < 2 * sex_line.height), None)
    if ethnicity is not None:
        out["ethnicity"] = _whole(ethnicity)
    number_line = next((line for line in face if (p := parse_id_number(line.text)) is not None and p.trusted), None)
    below = [line for line in face if line.y0 > sex_line.y_center and line is not ethnicity
             and (number_line is None or line.y_center < number_line.y0)]
    number = parse_id_number(number_line.text) if number_line is not None else None
    birth, birth_lines = _birth_date(below, number.value[6:14] if number is not None else None)
    if birth is not None:
        out["birth_date"] = placed_by_guess(field_value(birth, [Span(line, 0, len(line.text)) for line in birth_lines]))
    lowest_birth = max((line.y1 for line in birth_lines), default=sex_line.y1)
    address_lines = [line for line in below if line.y_center > lowest_birth and not line.text.isdigit()]
    if address_lines:
        spans = [Span(line, 0, len(line.text)) for line in address_lines]
        parsed = parse_address("".join(span.text for span in spans))
        if parsed is not None:
            out["address"] = placed_by_guess(field_value(parsed.value, spans))
    return out


# With the whole 性别 row lost (a watermark across it), the name stands at most this many of 出生's line heights above
# the 出生 label: the sex row between them, and the gaps.
NAME_OVER_BIRTH_HEIGHTS = 4.5


def _name_over_birth(lines: list[Line]) -> dict[str, FieldValue]:
    """The name, where the row of 性别 and 民族 was lost whole: the name-like line nearest above the 出生 label."""
    birth = next((line for line in lines if line.text.startswith("出生")), None)
    if birth is None:
        return {}
    above = [line for line in lines if line.page_index == birth.page_index and line.y1 <= birth.y0
             and birth.y0 - line.y1 <= NAME_OVER_BIRTH_HEIGHTS * birth.height and _name_on(line) is not None]
    name = max(above, key=lambda line: line.y0, default=None)
    return {"name": _name_on(name)} if name is not None else {}


# What OCR kept of the 姓名 label before the name, where a watermark or the copy took the rest (名付洋嫣).
LABEL_REMNANTS = ("姓名", "名", "姓")


def _name_on(line: Line) -> Optional[FieldValue]:
    """The line's text as the name: the whole line, or what is left of it without the remnant of its label before it
    and the words of a watermark read onto its end (名付洋嫣他用无效, under 仅供居住证积分使用，他用无效 written across
    the copy). A piece of the watermark alone is no name."""
    text = line.text.rstrip()
    start = len(text) - len(text.lstrip())
    if is_watermark_piece(text[start:]):
        return None
    end = next((at for at in range(start + 1, len(text)) if is_watermark_piece(text[at:])), len(text))
    remnant = next((word for word in LABEL_REMNANTS if text[start:end].startswith(word)
                    and _is_name(text[start + len(word):end])), "")
    start += len(remnant)
    if not _is_name(text[start:end]):
        return None
    return placed_by_guess(field_value(text[start:end], [Span(line, start, end)]))


def _is_name(text: str) -> bool:
    parsed = parse_name(text.strip())
    return parsed is not None and parsed.value == text.strip() and text.strip() not in SEX_WORDS


def _whole(line: Line) -> FieldValue:
    text = line.text.strip()
    return placed_by_guess(field_value(text, [Span(line, 0, len(line.text))]))


def _birth_date(lines: list[Line], from_number: Optional[str] = None) -> tuple[Optional[str], list[Line]]:
    """出生 as its numbers: a line opening with the year (19997 is 1999 and 7; 1989年10), then the numbers after it
    on its row. Run-together digits that split two ways (1988119: 1-19 or 11-9) are split as the card's number's
    birth date (`from_number`, YYYYMMDD) says, when it is one of those ways."""
    for start, line in enumerate(lines):
        groups = re.findall(r"\d+", line.text)
        head = _YEAR_FIRST.match(groups[0]) if groups and line.text.lstrip()[:1].isdigit() else None
        if head is None:
            continue
        after = sorted((other for other in lines[start:] if other is not line and other.same_row(line)
                        and other.x0 > line.x0), key=lambda other: other.x0)
        pieces = ([head.group(2)] if head.group(2) else []) + groups[1:] + [
            token for other in after for token in re.findall(r"\d+", other.text)]
        born = _month_and_day(int(head.group(1)), pieces, from_number)
        if born is not None:
            return born.isoformat(), [line] + after
    return None, []


def _month_and_day(year: int, pieces: list[str], from_number: Optional[str] = None) -> Optional[date]:
    """Month and day from the pieces after the year; one piece of run-together digits (73, 1023) only when it splits
    into a date one way alone."""
    if len(pieces) >= 2:
        splits = [(pieces[0], pieces[1])]
    elif len(pieces) == 1:
        splits = [(pieces[0][:cut], pieces[0][cut:]) for cut in range(1, len(pieces[0]))]
    else:
        return None
    dates = []
    for month, day in splits:
        try:
            dates.append(date(year, int(month), int(day)))
        except ValueError:
            continue
    hinted = [day for day in dates if day.strftime("%Y%m%d") == from_number]
    return dates[0] if len(dates) == 1 else hinted[0] if len(hinted) == 1 else None
