"""A person's name as an app's banner prints it: in large type, alone on its line, with no label of its own
(the 个人所得税 App's 收入纳税明细 and the 随申办 电子居住证 screens put it in a coloured band at the top).

A large line that is nothing but a name is the banner's name only as a guess; where the line right under it in
the same band opens with a label of the person's ID number (纳税人识别号 5120…), the band is the holder's own
header and the name is placed surely. A header that prints the name and the ID number on one line (邵玉兰
1301**********0268: the app masks the middle) gives both, placed surely: nothing else on such a page is a name
beside an ID number."""
from __future__ import annotations

import re
import statistics
from dataclasses import replace
from typing import Iterable, Optional

from extractors.reading.fields import (
    COMMON_LABEL_WORDS, confirmed_as_printed, placed_by_guess, PRINTED_AS_READ, read_surely, SECOND_LOOK_SCALES,
    value_from_span,
)
from extractors.reading.second_look import SecondLook
from extractors.reading.text import Line, read_again, Span
from extractors.reading.values import parse_id_number, parse_name, parse_person_name
from precheck.core.model import FieldValue
from precheck.core.watermarks import is_misread_watermark_piece

# A banner's name is set this many times taller than the page's usual line; one with the holder's ID label right
# under it (a header card: 蒋丽辉 / 证件号码 3213…) is the header's name whatever its size (a long screenshot's boxes
# are too coarse to show its bold type).
BANNER_HEIGHT = 1.5
BANNER_NAME_MAX = 4
# Words of a screen's title bar (收入纳税明细查询, 电子居住证): a line holding one is no name.
TITLE_WORDS = ("居住证", "上海", "信息", "查询", "明细", "记录", "纳税", "社保", "证明", "证书")
# The line under the name stands at most this many of the name's heights below it (the band's own spacing).
UNDER_NAME_GAP = 1.5
# ... and starts no further right of the name than this many of the name's character widths (both left-aligned).
UNDER_NAME_INDENT = 1.0
FEWEST_LINES = 3
# The name read alone is cropped up to where the number is thought to start, and this many character widths on: the
# places of a line's characters are estimated, and the asterisks' width differs from font to font.
NAME_CROP_REACH = 0.5
# An ID number as a header prints it: whole, or masked in the middle (1301**********0268).
ID_SHAPE = r"[0-9*]{0,8}\*{3,}[0-9*]{0,7}[0-9Xx]|[0-9]{17}[0-9Xx]"
# A banner's name is found by its size alone, which a watermark's slanted piece has too (月无效 for 用无效).
GUESSED_WATERMARK_PIECE_MIN = 3


def banner_name(lines: list[Line], id_labels: Iterable[str] = ()) -> Optional[FieldValue]:
    """The tallest whole-name line of the document's pages set in large type; placed surely where a line opening
    with one of `id_labels` stands right under it, else as a guess (below the certain floor)."""
    labels = tuple(id_labels)
    found: Optional[tuple[tuple[bool, float], Line]] = None
    for page_index in sorted({line.page_index for line in lines}):
        page = [line for line in lines if line.page_index == page_index]
        if len(page) < FEWEST_LINES:
            continue
        usual = statistics.median(line.height for line in page)
        for line in page:
            if not _is_whole_name(line.text):
                continue
            anchored = _anchored(line, page, labels)
            if anchored or line.height >= BANNER_HEIGHT * usual:
                rank = (anchored, line.height / usual)
                if found is None or rank > found[0]:
                    found = (rank, line)
    if found is None:
        return None
    (anchored, _), line = found
    value = value_from_span(parse_name(line.text), Span(line, 0, len(line.text)))
    return value if anchored else placed_by_guess(value)


def _is_whole_name(text: str) -> bool:
    parsed = parse_person_name(text)  # a label word (身份证 before its number) is no name
    return (parsed is not None and (parsed.start, parsed.end) == (0, len(text)) and len(text) <= BANNER_NAME_MAX
            and text not in COMMON_LABEL_WORDS and not any(word in text for word in TITLE_WORDS)
            and not is_misread_watermark_piece(text, shortest=GUESSED_WATERMARK_PIECE_MIN))


# A line holding an ID number, after a short label however misread: its shape, or masked with its last digits read as
# stars too (证号3************** for 证件号码 3201**********1234). A table's other numbers (a 原凭证号's
# 3853207195773946) are none.
_NUMBERED = re.compile(rf"^[^\d*]{{0,6}}(?:{ID_SHAPE}|[0-9*]{{0,8}}\*{{3,}})$")


def _anchored(name: Line, page: list[Line], labels: tuple[str, ...]) -> bool:
    """Whether the next line down under the name opens with an ID number's label, or holds an ID number's run of
    digits or stars."""
    if not labels:
        return False
    return any(line.text.startswith(labels) or _NUMBERED.match(line.text) for line in _right_under(name, page))


# A whole name, then (after a space or none) an ID number, full or masked, and nothing else on the line.
_NAME_THEN_NUMBER = re.compile(rf"^\s*(\S{{2,4}}?)\s*({ID_SHAPE})\s*$")


def name_beside_id_number(lines: list[Line], reread: Optional[SecondLook] = None
                          ) -> Optional[tuple[FieldValue, FieldValue]]:
    """The name and ID number of a header line that holds nothing else, in reading order; None where none does.
    With a second look, the name is read again alone: read in one line with a masked number, the recogniser loses
    the name's last character to the run of asterisks (邓博 230****3448 for 邓博刚)."""
    for line in lines:
        match = _NAME_THEN_NUMBER.match(line.text)
        number = parse_id_number(match.group(2)) if match is not None and _is_whole_name(match.group(1)) else None
        if number is None:
            continue
        whole = Span(line, 0, len(line.text))
        name = parse_name(match.group(1))
        at_name, at_number = match.start(1), match.start(2)
        first = value_from_span(replace(name, start=at_name + name.start, end=at_name + name.end), whole)
        alone = _name_read_alone(reread, line, at_number, first) if reread is not None else None
        return (alone or first,
                value_from_span(replace(number, start=at_number + number.start, end=at_number + number.end), whole))
    return None


# An ID number alone on its line, full or masked, after at most a short label however misread (证号3************** for
# 证件号码 3****************0: the label lost characters, the number its last one).
_NUMBER_ALONE = re.compile(rf"^[^\d*]{{0,6}}?\s*({ID_SHAPE}|[0-9]{{1,8}}\*{{3,}})\s*$")


def header_name_and_number(lines: list[Line], reread: Optional[SecondLook] = None
                           ) -> Optional[tuple[FieldValue, FieldValue]]:
    """The name and ID number of an app's header that prints them with no label: on one line (name_beside_id_number),
    or the name alone with the number alone right under it (袁蕾秀 / 350102200105202149, a 社保 app's header card);
    None where neither stands. Nothing else on such a page is a name over an ID number, so both are placed surely."""
    beside = name_beside_id_number(lines, reread)
    if beside is not None:
        return beside
    for name in lines:
        if not _is_whole_name(name.text):
            continue
        for line in _right_under(name, lines):
            match = _NUMBER_ALONE.match(line.text)
            number = parse_id_number(match.group(1)) if match is not None else None
            if number is None or number.guessed:
                continue
            at = match.start(1)
            value = value_from_span(replace(number, start=at + number.start, end=at + number.end),
                                    Span(line, 0, len(line.text)))
            # With no label, only a number that passes its check, or one that fails it as printed: read again at
            # every size to the same digits, surely (a mistyped number on an 电子居住证).
            if not number.trusted:
                value = _as_printed(reread, line, value) if reread is not None else None
            if value is not None:
                return value_from_span(parse_name(name.text), Span(name, 0, len(name.text))), value
    return None


def _as_printed(reread: SecondLook, line: Line, first: FieldValue) -> Optional[FieldValue]:
    """An ID number failing its check, as the page prints it: every character of the first reading sure, every second
    look at SECOND_LOOK_SCALES reads the same digits, each character surely in most readings; None otherwise."""
    text, chars = str(first.value), first.char_confidences or []
    if len(chars) != len(text) or min(chars) < PRINTED_AS_READ:
        return None
    readings = [first]
    for scale in SECOND_LOOK_SCALES:
        fresh = read_again(reread, line, line.bbox, scale)
        number = parse_id_number(fresh.text) if fresh is not None else None
        if number is None or number.value != text or len(fresh.char_confidences) < number.end:
            return None
        readings.append(first.model_copy(update={"char_confidences": list(fresh.char_confidences[number.start:number.end])}))
    return confirmed_as_printed(first, readings)


def fill_from_header(fields: dict[str, FieldValue], lines: list[Line], reread: Optional[SecondLook] = None) -> None:
    """The document's name and id_number, where its labels gave none, from an unlabelled header (above)."""
    for field_name, value in zip(("name", "id_number"), header_name_and_number(lines, reread) or ()):
        if fields.get(field_name) is None or fields[field_name].value is None:
            fields[field_name] = value


def _right_under(name: Line, lines: list[Line]) -> list[Line]:
    """The lines standing right under the name, left-aligned with it, in the band's own spacing."""
    return [line for line in lines if line.page_index == name.page_index
            and 0 < line.y_center - name.y_center <= UNDER_NAME_GAP * name.height
            and abs(line.x0 - name.x0) <= UNDER_NAME_INDENT * name.char_width]


def _name_read_alone(reread: SecondLook, line: Line, at_number: int, first: FieldValue) -> Optional[FieldValue]:
    """The name read from the line's part before its number, where that reading is a whole name holding the first
    reading's characters and more, every one read surely; None otherwise (the first reading stands)."""
    right = line.char_spans[at_number][0] + NAME_CROP_REACH * line.char_width
    fresh = read_again(reread, line, (line.bbox[0], line.bbox[1], min(right, line.bbox[2]), line.bbox[3]))
    parsed = parse_name(fresh.text) if fresh is not None else None
    if parsed is None or parsed.start != 0 or not _is_whole_name(parsed.value):
        return None
    if len(parsed.value) <= len(str(first.value)) or not parsed.value.startswith(str(first.value)):
        return None
    value = value_from_span(parsed, Span(fresh, 0, len(fresh.text)))
    return value if read_surely(value) else None
