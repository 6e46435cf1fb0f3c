"""Reading certificates written as running text (毕业证书, 学位证书, 户籍证明): patterns over the joined text.

Education certificates (REAL-DOCUMENTS §毕业证书): 「学生 姓名，性别男，一九九四年三月生，于…在本校 某专业 四年制本科
学习…准予毕业」, the school and the date (often in Chinese numerals) at the foot; a 学位证书 「姓名，女，…在 某大学
某专业…授予 工学学士学位」; the 学信网 备案表 holds the same facts in a labelled table."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Optional

from rapidfuzz.distance import Hamming

from extractors.reading.fields import placed_by_guess, search_text, SECOND_LOOK_SCALES, SURE_READING, to_field_value
from extractors.reading.second_look import SecondLook
from extractors.reading.text import dropped_start, join_row_pieces, Line, read_again, Span
from extractors.reading.values import (chinese_digits, chinese_number, MINORITY_NAME_MAX, NAME_DOTS, Parsed,
                                      parse_date_any, parse_person_name, real_date)
from precheck.core.model import FieldValue

_CJK = "\u3400-\u9fff"
SCHOOL_SUFFIXES = ("大学", "学院", "学校", "研究院", "研究所", "分校", "党校")
# Highest first: a 专升本 diploma says 专科 and 本科, and its level is 本科.
LEVEL_WORDS = ("博士研究生", "硕士研究生", "本科", "专科", "研究生", "高中", "中专")
DEGREE_LEVEL = re.compile(r"(学士|硕士|博士)学位")
AWARDED, AWARDED_REACH = "授予", 8  # 授予 … 学位: the degree the sentence awards, its discipline between
# A name opening the running text: 学生 钟宇平，性别男 / 考生汤蓉，性别女 (自学考试) / 郭萍艳，女，(the comma often read
# as a dot: 莫嫣瑶．性别女).
_NAME_OPENING = re.compile(rf"^(学生|研究生|考生|姓名[:：]?)?([{_CJK}{NAME_DOTS}]{{2,{MINORITY_NAME_MAX}}}?)\s?[,，.．、]\s?(?:性别)?[男女]")
# A certificate that opens 兹证明 NAME 系我校…专业…学生 (the name between the two fixed words, no comma after it), or
# 学生 NAME 系安徽省阜阳市人 (an older diploma naming the holder's native place).
_NAME_CERTIFIED = re.compile(rf"^(兹证明|兹有|证明|学生|研究生)\s?([{_CJK}{NAME_DOTS}]{{2,{MINORITY_NAME_MAX}}}?)\s?(?:同学|同志)?系")
# A name opening the sentence of what the holder studied where (龙思丽，在华东理工大学土木工程专业完成了本科学业 /
# 龙思丽，于2015年9月至…): a school's name or a year follows on the line.
_NAME_STUDIED = re.compile(rf"^()([{_CJK}{NAME_DOTS}]{{2,{MINORITY_NAME_MAX}}}?)\s?[,，]\s?[在于](?=.*(?:大学|学院|学校|\d{{4}}))")
# What stands just before a major's name: 在本校 国际经济与贸易 专业, 大学 物流管理 专业, 自学考试 法学 专业, 系我校 土木
# 工程 专业.
_BEFORE_MAJOR = re.compile(rf"(?:[本我]校|[在于]|{'|'.join(SCHOOL_SUFFIXES)}|考试|[^{_CJK}])")
MAJOR_MAX = 20
_SCHOOL_IN_TEXT = re.compile(rf"(?:[在于]|主考学校[:：]?)([{_CJK}()（）]{{2,30}}?(?:{'|'.join(SCHOOL_SUFFIXES)}))")
# A school's name alone on its line, or after a label ended by its colon however much of the label was read (校名：,
# 名： where a seal hid 校).
_LONE_SCHOOL = re.compile(rf"^(?:[{_CJK}]{{0,4}}[:：])?([{_CJK}()（）]{{2,30}}(?:{'|'.join(SCHOOL_SUFFIXES)}))$")
# A heading that names the school with the certificate (复旦大学毕业证书, 某学院学位证书).
_SCHOOL_HEADING = re.compile(rf"^([{_CJK}()（）]{{2,30}}(?:{'|'.join(SCHOOL_SUFFIXES)}))(?:毕业证书|学位证书|结业证书)$")
# The kind of school a certificate's heading names (普通高等学校 毕业证书), never the issuing school's own name.
_SCHOOL_CATEGORY = re.compile(r"^(?:普通|成人|全日制|国家)?(?:高等|中等)?(?:职业|专业|专科|技工|师范)?(?:学校|院校|高校)$")
# A date at the foot whose first year numeral OCR dropped (〇二一年六月二十日): 〇 starts 20xx, 九 starts 19xx.
_CUT_YEAR = re.compile(r"^([〇○零Oo0Cc九])([〇○零Oo0Cc一二三四五六七八九]{2})年")
# The study period in the running text (于2006年9月至2010年6月): a certificate is dated in the month its study ended.
_STUDY_END = re.compile(r"至([〇○零Oo0Cc一二三四五六七八九\d]{1,4})年([一二两三四五六七八九十\d]{1,2})月")
# ... and where it began (于一九九七年九月至…); no study leading to a certificate lasts longer than this many years.
_STUDY_START = re.compile(r"于([〇○零Oo0Cc一二三四五六七八九\d]{4})年[一二两三四五六七八九十\d]{1,2}月至")
LONGEST_STUDY_YEARS = 8
# A date at the foot whose year lost numerals (二一〇年六月二十日, 一六年七月三十日); month and day read whole.
# The holder's birth in the running text (1997年8月9日生, 一九八五年三月生): a certificate comes years after it.
_BORN = re.compile(r"([〇○零Oo0Cc一二三四五六七八九\d]{4})年[一二三四五六七八九十\d]{1,2}月(?:[一二三四五六七八九十\d]{1,3}日)?生")
# The youngest age at which a certificate of higher education is dated.
YOUNGEST_GRADUATE = 16
# A letter handed in for an application (户籍证明) is dated within this many years, this one included.
LETTER_YEARS = 2
# Pieces of one date along its row stand at most this many character widths apart.
DATE_PIECE_GAP_CHARS = 1.0
# A line with the shape of a whole date (year, month and day), whatever its numerals read as.
# The foot's signer, whose title OCR may run into the date beside or under it (学位平定委八年六月三十日,
# 学位评定季2017年6月30日, 定二四年…): a few of its characters, at most one of them misread, then a date's shape.
SIGNERS_TITLE = frozenset("学位评定委员会主席校长院")
_TITLE_THEN_DATE = re.compile(r"^([^〇○零一二三四五六七八九\d]{1,8}?)([〇○零Oo0一二三四五六七八九\d]{0,5}年"
                              r"[一二两三四五六七八九十\d]{1,2}月[一二两三四五六七八九十\d]{1,3}[日号]?)$")
_FULL_YEAR_DATE = re.compile(r"^([〇○零Oo0Cc一二三四五六七八九\d]{4})年([一二两三四五六七八九十\d]{1,2})月"
                             r"([一二两三四五六七八九十\d]{1,3})[日号]?$")
_DATE_SHAPED = re.compile(r"^[^年]{1,4}年[^月]{1,3}月[^日]{0,3}日$")
_SHORT_YEAR_DATE = re.compile(r"^([〇○零Oo0Cc一二三四五六七八九\d]{0,3})年([一二两三四五六七八九十\d]{1,2})月"
                              r"([一二两三四五六七八九十\d]{1,3})[日号]?$")
_WHOLE_YEAR_DATE = re.compile(r"^([〇○零Oo0Cc一二三四五六七八九\d]{4})年([一二两三四五六七八九十\d]{1,2})月"
                              r"([一二两三四五六七八九十\d]{1,3})[日号]?$")
# A year read with a numeral too many: 一一 printed close runs into one long stroke that OCR may split in three.
_LONG_YEAR_DATE = re.compile(r"^([〇○零Oo0Cc一二三四五六七八九\d]{5})年([一二两三四五六七八九十\d]{1,2})月"
                             r"([一二两三四五六七八九十\d]{1,3})[日号]?$")


def running_text(lines: list[Line]) -> tuple[list[Span], str]:
    """The lines joined top to bottom, page by page: a value wraps onto the next line, and a tilted photo's lines
    need not come in that order."""
    ordered = sorted(lines, key=lambda line: (line.page_index, line.y_center))
    spans = [Span(line, 0, len(line.text)) for line in ordered]
    return spans, "".join(span.text for span in spans)


def pattern_value(lines: list[Line], pattern: re.Pattern) -> Optional[FieldValue]:
    """Group 1 of the first match in the document's running text (values wrap across lines)."""
    spans, text = running_text(lines)
    match = pattern.search(text)
    if not match:
        return None
    return to_field_value(Parsed(match.group(1), match.start(1), match.end(1)), spans)


def lone_date(text: str) -> Optional[Parsed]:
    """A date that is the whole line (a certificate's date of issue), not one inside a sentence; in Arabic digits or
    Chinese numerals (二〇一五年六月三十日)."""
    parsed = parse_date_any(text)
    return parsed if parsed is not None and parsed.end - parsed.start >= len(text) - 1 else None


def last_lone_date(lines: list[Line]) -> Optional[FieldValue]:
    return search_text(lines, lone_date, last=True)


# The words of the seal over a letter's date, read into the date's line (户口专2026年12月2日).
_SEAL_WORDS_BEFORE = re.compile(r"^[户口专用章公安局派出所]{1,6}")


def _date_after_seal_words(text: str) -> Optional[Parsed]:
    words = _SEAL_WORDS_BEFORE.match(text)
    parsed = lone_date(text[words.end():]) if words else None
    return replace(parsed, start=parsed.start + words.end(), end=parsed.end + words.end()) if parsed else None


def _date_with_cut_year(text: str) -> Optional[Parsed]:
    match = _CUT_YEAR.match(text)
    if not match:
        return None
    century = "一九" if match.group(1) == "九" else "二"
    parsed = lone_date(century + text)
    if parsed is None:
        return None
    return Parsed(parsed.value, 0, len(text))


def _number(text: str) -> Optional[int]:
    return int(text) if text.isdigit() else chinese_number(text)


def _year_digits(text: str) -> Optional[str]:
    """The year's numerals as digits; "" for a year whose numerals were all lost."""
    return text if text.isdigit() or not text else chinese_digits(text)


def study_end(lines: list[Line], this_year: Optional[int] = None) -> Optional[tuple[str, int]]:
    """The year (as digits) and month the running text says the study ended, or None. A year whose 〇 were lost
    (至二七年六月: the detector drops the small circles) is the one year after the holder's youth, not after this year,
    that those numerals make with zeros put back."""
    match = _STUDY_END.search(running_text(lines)[1])
    if not match:
        return None
    year, month = _year_digits(match.group(1)), _number(match.group(2))
    if year and len(year) < 4:
        born, began = birth_year(lines), _study_start_year(lines)
        last = this_year or date.today().year
        first = born + YOUNGEST_GRADUATE if born is not None else last - 60
        if began is not None:
            first, last = max(first, began + 1), min(last, began + LONGEST_STUDY_YEARS)
        years = [str(y) for y in range(first, last + 1) if str(y).replace("0", "") == year.replace("0", "")]
        year = years[0] if len(years) == 1 else None
    return (year, month) if year and month else None


def _study_start_year(lines: list[Line]) -> Optional[int]:
    match = _STUDY_START.search(running_text(lines)[1])
    year = _year_digits(match.group(1)) if match else None
    return int(year) if year and len(year) == 4 else None


def _is_subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(char in rest for char in short)


def _date_in_study_end(text: str, end: tuple[str, int]) -> Optional[Parsed]:
    """A foot date with numerals of its year lost, read in the year the study ended when its month is that month and
    what is left of its year are numerals of that year, in order."""
    match = _SHORT_YEAR_DATE.match(text)
    if not match:
        return None
    year, month, day = _year_digits(match.group(1)), _number(match.group(2)), _number(match.group(3))
    if not (year is not None and month == end[1] and day and _is_subsequence(year, end[0])):
        return None
    found = real_date(int(end[0]), month, day)
    return Parsed(found.isoformat(), 0, len(text)) if found else None


def _date_in_study_end_misread(text: str, end: tuple[str, int], this_year: int) -> Optional[Parsed]:
    """A foot date whose year, one numeral misread, lies after this year (3013年6月30日 for a study that ended in June
    2013): read in the year the study ended when its month is that month."""
    match = _WHOLE_YEAR_DATE.match(text)
    if not match:
        return None
    year, month, day = _year_digits(match.group(1)), _number(match.group(2)), _number(match.group(3))
    if not (year and len(year) == 4 and int(year) > this_year and month == end[1] and day
            and Hamming.distance(year, end[0]) == 1):
        return None
    found = real_date(int(end[0]), month, day)
    return Parsed(found.isoformat(), 0, len(text)) if found else None


def birth_year(lines: list[Line]) -> Optional[int]:
    """The year the running text says the holder was born, or None."""
    match = _BORN.search(running_text(lines)[1])
    year = _year_digits(match.group(1)) if match else None
    return int(year) if year else None


def _date_in_only_possible_year(text: str, born: int, this_year: int) -> Optional[Parsed]:
    """A foot date with numerals of its year lost (a 〇 the print or the OCR dropped, and the numerals beside it),
    read in the one year from the holder's youth to this year whose numerals hold what is left, in order; two such
    years (一年: 2011 or 2021) give nothing."""
    return _date_in_only_year(text, born + YOUNGEST_GRADUATE, this_year)


def _date_in_only_year(text: str, first_year: int, last_year: int) -> Optional[Parsed]:
    """A foot date whose year lost numerals, read in the only year of first_year..last_year holding what is left."""
    return _date_in_the_one_year(text, _SHORT_YEAR_DATE, first_year, last_year, _is_subsequence)


def _date_in_only_year_within(text: str, first_year: int, last_year: int) -> Optional[Parsed]:
    """A foot date whose year has a numeral too many, read in the only year of first_year..last_year whose numerals
    it holds in order."""
    return _date_in_the_one_year(text, _LONG_YEAR_DATE, first_year, last_year, lambda read, year: _is_subsequence(year, read))


def _date_in_the_one_year(text: str, shape: re.Pattern, first_year: int, last_year: int, fits) -> Optional[Parsed]:
    """The date `shape` reads in text, in the one year of first_year..last_year that `fits(read numerals, year)`."""
    match = shape.match(text)
    if not match:
        return None
    read, month, day = _year_digits(match.group(1)), _number(match.group(2)), _number(match.group(3))
    if not (read and month and day):
        return None
    years = [year for year in range(first_year, last_year + 1) if fits(read, str(year))]
    found = real_date(years[0], month, day) if len(years) == 1 else None
    return Parsed(found.isoformat(), 0, len(text)) if found else None


def signers_titles_dropped(lines: list[Line]) -> list[Line]:
    """The lines, each that holds the signer's title run into the foot date given as the date alone."""
    out = []
    for line in lines:
        match = _TITLE_THEN_DATE.match(line.text)
        title = match.group(1) if match else ""
        inside = sum(char in SIGNERS_TITLE for char in title)
        if match and inside >= 1 and len(title) - inside <= 1:
            line = dropped_start(line, len(title))
        out.append(line)
    return out


def certificate_date(lines: list[Line], this_year: Optional[int] = None) -> Optional[FieldValue]:
    """The date at the certificate's foot; else, as a guess, one whose year lost numerals or gained one: read in the
    year the study ended when the text says so and the rest agrees (its month that month), with its first numeral
    restored, or in the only year after the holder's birth (and not after this year) that its numerals can stand
    for."""
    lines = signers_titles_dropped(lines)
    found = last_lone_date(lines)
    if found is not None:
        return found
    lines = join_row_pieces(lines, DATE_PIECE_GAP_CHARS)  # a date the seal over it cut in pieces along its row
    found = last_lone_date(lines)
    if found is not None:
        return found
    end = study_end(lines, this_year)
    cut = search_text(lines, lambda text: _date_in_study_end(text, end), last=True) if end else None
    if cut is None and end:
        year_now = this_year or date.today().year
        cut = search_text(lines, lambda text: _date_in_study_end_misread(text, end, year_now), last=True)
    if cut is None:
        cut = search_text(lines, _date_with_cut_year, last=True)
    born = birth_year(lines)
    if cut is None and born is not None:
        year_now = this_year or date.today().year
        cut = search_text(lines, lambda text: (_date_in_only_possible_year(text, born, year_now)
                                               or _date_in_only_year_within(text, born + YOUNGEST_GRADUATE, year_now)),
                          last=True)
    return placed_by_guess(cut) if cut is not None else None


def cut_dates_read_again(lines: list[Line], second_look: Optional[SecondLook]) -> list[Line]:
    """The lines, each date whose year lost numerals (二〇八年六月二十日) read again from the page: PP-OCR drops a 〇
    from a page that a crop of the line alone reads whole. The line read again takes the old one's place when it
    reads as a whole date surely, or the same whole date at every size tried (its doubtful characters kept)."""
    if second_look is None:
        return lines
    lines = signers_titles_dropped(lines)
    return [_cut_date_read_again(line, second_look) if _SHORT_YEAR_DATE.match(line.text) or _CUT_YEAR.match(line.text)
            else line for line in lines]


def _cut_date_read_again(line: Line, second_look: SecondLook) -> Line:
    readings = [read_again(second_look, line, line.bbox, scale) for scale in SECOND_LOOK_SCALES]
    dates = [fresh for fresh in readings if fresh is not None and lone_date(fresh.text) is not None]
    sure = [fresh for fresh in dates if fresh.span_confidence(0, len(fresh.text)) >= SURE_READING]
    if sure:
        return sure[0]
    if len(dates) == len(readings) and len({fresh.text for fresh in dates}) == 1:
        return min(dates, key=lambda fresh: fresh.span_confidence(0, len(fresh.text)))
    return line


def _date_in_year_one_numeral_off(text: str, first_year: int, last_year: int) -> Optional[Parsed]:
    """A date whose four-numeral year is no year of first_year..last_year but one numeral away from exactly one of them
    (三〇二六 for 二〇二六: 三 and 二 differ by a stroke), read in that year."""
    match = _FULL_YEAR_DATE.match(text)
    if not match:
        return None
    year, month, day = _year_digits(match.group(1)), _number(match.group(2)), _number(match.group(3))
    if not (year and month and day):
        return None
    years = [y for y in range(first_year, last_year + 1) if Hamming.distance(str(y), year) == 1]
    found = real_date(years[0], month, day) if len(years) == 1 else None
    return Parsed(found.isoformat(), 0, len(text)) if found else None


def letter_date(lines: list[Line], this_year: Optional[int] = None,
                second_look: Optional[SecondLook] = None) -> Optional[FieldValue]:
    """The date at a letter's foot (户籍证明); else, as a guess, one whose year lost numerals (二六年七月二十一日 for
    二〇二六年…), read in the only year of the last LETTER_YEARS whose numerals hold what is left: a letter is written
    for the application it is handed in with. A foot line shaped as a date that reads as none (三〇二六年, a numeral
    misread) is read again from the page first."""
    found = last_lone_date(lines) or search_text(lines, _date_after_seal_words, last=True)
    if found is not None:
        return found
    year_now = this_year or date.today().year
    recent = lambda text: (_date_in_only_year(text, year_now - LETTER_YEARS + 1, year_now)  # noqa: E731
                           or _date_in_year_one_numeral_off(text, year_now - LETTER_YEARS + 1, year_now))
    cut = search_text(lines, recent, last=True)
    if cut is None and second_look is not None:
        again = [fresh for line in lines if _DATE_SHAPED.match(line.text)
                 for scale in SECOND_LOOK_SCALES if (fresh := read_again(second_look, line, line.bbox, scale)) is not None]
        cut = search_text(again, lambda text: lone_date(text) or recent(text), last=True)
    return placed_by_guess(cut) if cut is not None else None


def opening_name(lines: list[Line]) -> Optional[FieldValue]:
    """The holder's name where the running text opens with it; without 学生/姓名/兹证明 before it, the place is a
    guess."""
    for line in lines:
        match = _NAME_OPENING.match(line.text) or _NAME_CERTIFIED.match(line.text) or _NAME_STUDIED.match(line.text)
        if not match:
            continue
        parsed = parse_person_name(match.group(2))
        if parsed is None:
            continue
        value = to_field_value(Parsed(parsed.value, match.start(2), match.end(2)), [Span(line, 0, len(line.text))])
        return value if match.group(1) else placed_by_guess(value)
    return None


def major_in_text(lines: list[Line]) -> Optional[FieldValue]:
    """The words before the first 专业 of the running text, back to what stands before a major's name."""
    spans, text = running_text(lines)
    for match in re.finditer("专业", text):
        # A degree's 在某大学 电子信息工程 学科（专业）: the major stands before 学科.
        discipline = _DISCIPLINE_BEFORE.search(text, 0, match.start())
        end = discipline.start() if discipline else match.start()
        before = text[max(0, end - MAJOR_MAX - 4):end]
        anchors = list(_BEFORE_MAJOR.finditer(before))
        if not anchors:
            continue
        name = before[anchors[-1].end():]
        if 2 <= len(name) <= MAJOR_MAX:
            return to_field_value(Parsed(name, end - len(name), end), spans)
    return None


_DISCIPLINE_BEFORE = re.compile(r"学科[（(]$")


def level_in_text(lines: list[Line], degree: bool = False) -> Optional[FieldValue]:
    """The level word of the running text: the degree (学士, 硕士…) of a 学位证书, else the highest level named."""
    spans, text = running_text(lines)
    if degree:
        # The sentence (授予管理学学士学位) over the heading (学士学位证书, often in a calligraphic face read unsurely).
        found = [(AWARDED in text[max(0, match.start() - AWARDED_REACH): match.start()],
                  to_field_value(Parsed(match.group(1), match.start(1), match.end(1)), spans))
                 for match in DEGREE_LEVEL.finditer(text)]
        if not found:
            return None
        best = max(found, key=lambda item: (item[0], item[1].confidence))[1]
        # The heading and the sentence print one degree twice: where they name the same, the surer reading vouches.
        surest = max(value.confidence for _, value in found if value.value == best.value)
        return best.model_copy(update={"confidence": surest}) if surest > best.confidence else best
    for word in LEVEL_WORDS:
        at = text.find(word)
        if at >= 0:
            return to_field_value(Parsed(word, at, at + len(word)), spans)
    return None


def is_school_category(name: str) -> bool:
    return bool(_SCHOOL_CATEGORY.match(name))


def school_in_text(lines: list[Line]) -> Optional[FieldValue]:
    """The school named in the text (在 某大学, 主考学校：), else the lowest line that is a school's name alone: the
    name printed at the foot stands below the seal whose ring repeats it (and OCR often misreads the ring); else the
    school named in the heading (某大学毕业证书)."""
    found = pattern_value(lines, _SCHOOL_IN_TEXT)
    if found is not None and not is_school_category(found.value):
        return found
    ordered = sorted(lines, key=lambda line: (line.page_index, line.y_center))
    for pattern in (_LONE_SCHOOL, _SCHOOL_HEADING):
        for line in reversed(ordered):
            match = pattern.match(line.text)
            if match and not is_school_category(match.group(1)):
                return placed_by_guess(to_field_value(Parsed(match.group(1), match.start(1), match.end(1)),
                                                      [Span(line, 0, len(line.text))]))
    return None
