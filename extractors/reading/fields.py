"""Reading labelled fields: find each label (fuzzily: OCR misreads labels too), then its value after the label on
the same line, in the next cell to the right, or on the line below; values that wrap are followed onto the lines
under them. Declarations (Field) live in each document type's module; this is the one reader they share."""
from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable, Iterable, Optional

from rapidfuzz import fuzz
from rapidfuzz.distance import Hamming, Levenshtein

from extractors.reading.passed_over_rows import PRINT_HEIGHT_MAX, unread_rows
from extractors.reading.seal import ring_tail, seal_piece, SEAL_WORDS
from extractors.reading.second_look import SecondLook
from extractors.reading.text import document_lines, dropped_start, field_value, join_lone_characters, Line, read_again, Span
from extractors.reading.values import id_number_ok, parse_address, parse_date, Parsed, Parser
from precheck.core.id_number import is_masked
from precheck.core.model import Evidence, FieldValue
from precheck.core.regions import PROVINCE_LEVEL, starts_with_a_provinces_tail
from precheck.core.watermarks import in_watermark, is_misread_watermark_piece, REPEATED_PHRASES, WATERMARK_PHRASES

# A value whose characters all read above this still gets this much doubt when look-alikes had to be corrected.
CORRECTED_CAP = 0.9
# A value that fails its own check (ID check digit, calendar) is reported at most this sure.
UNTRUSTED_CAP = 0.3
# A value placed by a guess (found by its pattern away from its label, by a fallback place, or where two readings
# disagree) is reported at most this sure: readable, but below the rules' CERTAIN_FLOOR, so a finding that rests on
# it is a warning that names the value to check, never an error (issue 17: no error without a sure placement).
GUESSED_PLACE_CAP = 0.7
# Characters a date is written with besides its digits; they bear none of its value.
# A model contract's fill-in marks around a date's numbers (2025年2_月7日, 【2023】年) carry none of it either.
DATE_SEPARATORS = frozenset("年月日号.-/—~至_【】[]［］()（）〔〕")
# A zero among Chinese numerals, in any of the round glyphs a font draws it with (〇, ○, O): OCR's doubt between them
# is no doubt about the date, each being zero.
ZERO_GLYPHS = frozenset("〇○OoＯ零")
CHINESE_NUMERALS = frozenset("一二三四五六七八九十")
_DATE_VALUE = re.compile(r"\d{4}-\d{2}(-\d{2})?")
# A value failing its own check whose every character reads at least this surely, at every size it is read, is
# what the page prints (a mistyped ID number), not a misreading.
PRINTED_AS_READ = 0.95
# Below this a character is unsure (rules' CERTAIN_FLOOR); a lone unsure character of an ID can be confirmed.
CHECK_DIGIT_CONFIRMS_BELOW = 0.8
LABEL_FUZZ = 80.0
# Labels this long may be read with one inner character misread and still be found (see _inner_misread).
INNER_MISREAD_LABEL_LENGTH = 4
# A label cell read with a character wrong is taken for its label only from this length: two characters with one wrong
# could as well be a value (户主 beside 户别).
MISREAD_CELL_MIN = 3
# How far above and below a label (in label heights) its value may sit and still be in its row.
ROW_BAND = 1.6
# A value beside its label starts within this many of the label's character widths; one further right must share the
# label's row this closely (a share of the lower line's height).
NEAR_VALUE_CHARS = 12
FAR_ROW_SHARE = 0.5
# A value set flush right far from its label shares its row by this much at least: a tilted photo lowers the far end
# of a row, and a short value's box (a two-character name) then overlaps its label's by less than a long one's.
FAR_VALUE_ROW_SHARE = 0.3
# A wrapped line's centre sits this many line heights below the line before it; in a letter's running text, set
# with wide leading (a 户籍证明 printed double-spaced), a little further.
WRAP_STEP = (0.45, 1.9)
RUNNING_TEXT_WRAP_STEP = 2.4
# A form may carry an address on into its next row, whose label cell is left empty (户口簿 首页: 住址 | 湖南省长沙市岳麓区
# over a row | 桐梓坡路58号10幢604室 that spans the value columns): that row's line starts left of the value, at most
# this many line heights further down (3.3 on a scanned 首页 whose rows are tall and whose first line sits high in its
# cell; the rows after it are farther still, and the line must also be the first below to start left of the value).
SPILL_ROW_STEP = 4.0
# OCR boxes of short labels (姓名) often run on past their last character, over the start of the value beside them.
LABEL_BOX_OVERHANG = 1.0
# A value read less surely than this (or not at all, beside its label) is read again from the full-resolution page.
REREAD_BELOW = 0.9
# Where nothing at all was read beside a label, the place right of it is read, this many of the label's character
# widths wide, the narrowest first. The widest take in a whole date range (2021.01.04-2031.01.04) that a watermark
# across it hid from the text detector: tried only where the crop before read the start of something it could not
# parse (2021.01), not where it read nothing (a blank cell) nor where a narrower one read a value already.
BESIDE_CHARS = (1.5, 3, 6, 12, 24)
# Where a crop of a value set tight against its label starts, in character widths from the label's estimated end.
AFTER_LABEL_SHIFTS = (-0.3, -0.6, 0.0)
BESIDE_WIDE_FROM = 12
# Values compared across documents are read twice more from the full-resolution page, at these sizes: PP-OCR now
# and then drops a character it is sure of (204室 → 24室), and a fresh crop at another size rarely drops it again.
SECOND_LOOK_SCALES = (1.0, 0.67)
# A crop of a line takes in what stands within its padding: a neighbour ending this many characters left of the line.
NEIGHBOUR_REACH = 0.5
# A reading takes part in the vote only when its weakest character reads at least this surely, and only when it
# reads much the same text as the first (at most one edit in four characters, one at least): a crop that caught
# another line is no reading of the value.
SURE_READING = 0.9
# A label cell read again, with one character misread, still names its label at this confidence.
MISREAD_LABEL_FLOOR = 0.8
SAME_VALUE_EDITS_PER_CHAR = 0.25
# Label words of the card-like documents, whatever type is being read: a value that reads as one of them is the next
# label, not a value (a label standing alone in its row is not the value of the label above it).
COMMON_LABEL_WORDS = frozenset((
    "姓名", "性别", "民族", "出生", "出生日期", "住址", "公民身份号码", "证件号码", "身份证号码", "签发机关", "发证机关",
    "有效期限", "有效期", "有效期至", "签发日期", "签注日期", "户籍地址", "居住地址", "居住地住址", "常住户口所在地住址",
    "户别", "户号", "户主姓名", "籍贯", "出生地", "服务处所", "职业", "文化程度", "婚姻状况", "兵役状况", "宗教信仰",
    "身高", "血型", "曾用名", "登记日期", "持证人", "国籍", "身份证件号", "结婚证字号", "备注", "状态", "证件类型", "联系电话",
    "有效期起", "有效期止",
    "项目", "内容",  # the header of a printout's grid of label and value columns (项目 | 内容 | 项目 | 内容)
))
# Labels of someone else's name or of a longer field, that hold a shorter label (姓名 in 户主姓名, 出生 in 出生地): a
# label read inside one of these, or inside any longer label word, is not that label.
OTHER_PERSON_LABELS = ("联系人姓名", "配偶姓名", "父亲姓名", "母亲姓名", "监护人姓名", "申请人姓名", "经办人姓名")
# A watermark's piece read onto the end of a value is cut off from this many characters, or from two that end a phrase.
WATERMARK_TAIL_MIN = 3
WATERMARK_GAPS = ",，。、;；:： "
# Characters values end with (addresses, companies): never a watermark's misread character.
VALUE_ENDINGS = frozenset("省市区县镇乡村路街道弄号室组巷里栋幢楼层单元司部所院行店厂心")
# A wrapped line of a right-aligned value (phone screenshots) ends where the line before it ends; the first line must
# itself end this near (in its character widths) the page's right margin.
FLUSH_RIGHT_CHARS = 2.0
# How much of a line's height two lines must share to stand in one row when judging what opens a row.
ROW_OPENER_OVERLAP = 0.3
# A value that is the tail of a label or heading at least this much longer is that label's broken-off end.
LABEL_TAIL_SHORTER_BY = 2
# Running text goes on at the paragraph's margin, left of a first line indented by up to this many characters.
PARAGRAPH_INDENT_CHARS = 2.5
# The last unit an address names: what follows it on the next line is never the address going on.
ADDRESS_LAST_UNIT = "室"
# A label's line holding this many characters after it holds the label's value (a stray mark or two is no value).
INLINE_VALUE_CHARS = 5
# A value the text detector cut in pieces along its row (a date whose year stands apart): the next piece shares this
# much of the line's height and starts within this many character widths of the last one's end.
ROW_PIECE_OVERLAP = 0.5
# A line this long that is nothing but the first characters of a label is that label printed over two lines.
WRAPPED_LABEL_MIN = 3
ROW_PIECE_GAP_CHARS = 2.5
# A page whose labels stand over their values: this many labels alone on their lines, each with a line starting
# within this many character widths of its left edge under it.
STACKED_LABELS_MIN = 3
STACKED_ALIGN_CHARS = 1.5
# The lines of one wrapped cell start within this many character widths of each other.
CELL_EDGE_CHARS = 0.5
# A line this many times taller than the one under it is of another print size (a title), not the same cell's.
CELL_PRINT_RATIO = 1.35
# A number too long for its cell (an ID number one or two characters short) goes on under its first characters, within
# this many of its digits' widths of its start.
_CUT_NUMBER = re.compile(r"(?<![0-9])[0-9]{16,17}$")
_NUMBER_TAIL = re.compile(r"[0-9A-Za-z×]{1,2}")  # look-alike letters too: the whole must pass its check
NUMBER_TAIL_DIGITS = 3
DIGIT_HEIGHT_PER_WIDTH = 1.2  # a printed digit's height, in its width (the same on the page in pixels)


@dataclass(frozen=True)
class Field:
    name: str
    labels: tuple[str, ...]
    parse: Parser
    wraps: bool = False  # the value may continue on the lines below (addresses, company names)
    max_lines: int = 4
    inline_only: bool = False  # the value must follow the label on its line (labels common in running text)
    # The label is a sentence's word too (…本科学生，于二〇〇三年九月入学): a clause's end after it leaves no value.
    ends_at_clause: bool = False
    compared: bool = False  # compared character for character with another document: read it three times


@dataclass(frozen=True)
class LabelHit:
    fields: tuple[str, ...]  # empty: a label of no field read here, only marks where values stop
    label: str
    line: Line
    start: int
    end: int
    exact: bool
    rest: Optional[Line] = None  # the label's second line, where it is printed over two lines of its cell

    @property
    def x1(self) -> float:
        return self.line.span_box(self.start, self.end)[2]

    @property
    def x0(self) -> float:
        return self.line.span_box(self.start, self.end)[0]


def _hidden_label_named(fresh: Line, unfound: dict[str, tuple[str, ...]]) -> Optional[str]:
    """The unfound label a cell read again names: read as printed and surely, or as a whole cell with a character
    misread and fairly surely; None otherwise."""
    exact = next((label for label in unfound if label_key(label) == label_key(fresh.text)), None)
    if exact is not None:
        return exact if fresh.confidence >= SURE_READING else None
    whole = [hit for hit in find_labels([fresh], unfound, cells=True) if (hit.start, hit.end) == (0, len(fresh.text))]
    return whole[0].label if len(whole) == 1 and fresh.confidence >= MISREAD_LABEL_FLOOR else None


def _without_field_of(label: str, unfound: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """`unfound` less every label of the field `label` names: once one is found, its field's others are no more
    sought."""
    return {other: names for other, names in unfound.items() if names != unfound[label]}


_LABEL_PUNCTUATION = re.compile(r"[()（）\[\]【】:：\s]")


@lru_cache(maxsize=4096)
def label_key(text: str) -> str:
    return _LABEL_PUNCTUATION.sub("", text)


def find_labels(lines: list[Line], labels: dict[str, tuple[str, ...]], cells: bool = False) -> list[LabelHit]:
    """Hits of every label on every line; a hit inside a longer label's hit on the same line is dropped
    (住址 inside 居住地住址), so each place on the page names one field. With `cells` (a form's label/value cells, not a
    table's header), a line that is a label cell read with characters wrong or lost is a hit too."""
    hits: list[LabelHit] = []
    ordered = sorted(labels.items(), key=lambda item: len(label_key(item[0])), reverse=True)
    longer_words = _longer_words(tuple(labels))
    firsts = Counter(label_key(label)[:1] for label in labels)
    rests: set[int] = set()  # second lines of labels printed over two lines, already found
    for line in lines:
        if id(line) in rests:
            continue
        taken: list[tuple[int, int]] = []
        # Exact places first, so a fuzzy reading of one label never hides another label printed as it is.
        for fuzzy in (False, True):
            for label, field_names in ordered:
                found = _fuzzy_occurrence(line.text, label) if fuzzy else _exact_occurrences(line.text, label)
                if fuzzy and cells and _misread_label_cell(line.text, label_key(label)):
                    found = [(0, len(line.text), False)]
                elif fuzzy and cells and _lone_first_character(line.text, label_key(label), firsts):
                    found = [(0, 1, False)]
                for start, end, exact in found:
                    if any(start < b and a < end for a, b in taken):
                        continue
                    if fuzzy and any(h.line is line and h.label == label for h in hits):
                        continue
                    if _inside_longer_word(line.text, start, end, longer_words.get(label_key(label), ())):
                        continue
                    if _inside_place_name(line.text, start, end) or _inside_sentence(line.text, start, end):
                        continue
                    taken.append((start, end))
                    hits.append(LabelHit(field_names, label, line, start, end, exact))
        if cells and not taken:
            opened = opening_piece_of(line.text, ordered)
            rest = rest_of_label_below(line, lines, opened) if opened is not None else None
            if opened is None:
                # Two characters open a label only where its rest stands under them (详细 | 地址 in a narrow cell).
                opened = opening_piece_of(line.text, ordered, shortest=2)
                rest = rest_of_label_below(line, lines, opened) if opened is not None else None
                opened = opened if rest is not None else None
            if rest is not None:
                # The whole label (常住户口所 / 在地住址): it names its field, its value beside the first line.
                rests.add(id(rest))
                hits.append(LabelHit(labels[opened], opened, line, 0, len(line.text), True, rest))
                hits.append(LabelHit((), opened, rest, 0, len(rest.text), True))
            elif opened is not None:
                hits.append(LabelHit((), opened, line, 0, len(line.text), True))
    return hits


# Labels of one column start within this many character widths of each other; a column holds two labels at least.
LABEL_COLUMN_CHARS = 1.5
LABEL_COLUMN_MIN = 2


def _label_columns(hits: list[LabelHit]) -> list[list[LabelHit]]:
    """Columns of labels that start their lines (a form's or a grid's label column), on each page."""
    starting = sorted((hit for hit in hits if hit.start == 0), key=lambda hit: (hit.line.page_index, hit.x0))
    columns: list[list[LabelHit]] = []
    for hit in starting:
        column = columns[-1] if columns else None
        if column and column[0].line.page_index == hit.line.page_index \
                and hit.x0 - column[0].x0 <= LABEL_COLUMN_CHARS * hit.line.char_width:
            column.append(hit)
        else:
            columns.append([hit])
    return [column for column in columns if len(column) >= LABEL_COLUMN_MIN]


def rest_of_label_below(first: Line, lines: list[Line], label: str) -> Optional[Line]:
    """The line that ends a label whose first characters `first` holds, printed under it in the same cell (its left
    edge or its middle in line with the first's), one wrapped line's step down."""
    key, whole = label_key(first.text), label_key(label)
    tail = whole[len(key):]
    for other in lines:
        if other is first or other.page_index != first.page_index or label_key(other.text) != tail:
            continue
        step = (other.y_center - first.y_center) / max(first.text_height, other.text_height)
        in_line = min(abs(other.x0 - first.x0), abs((other.x0 + other.x1) - (first.x0 + first.x1)) / 2)
        if WRAP_STEP[0] <= step <= WRAP_STEP[1] and in_line <= first.char_width:
            return other
    return None


def opening_piece_of(text: str, labels: list[tuple[str, tuple[str, ...]]],
                      shortest: int = WRAPPED_LABEL_MIN) -> Optional[str]:
    """The label a line opens when the line is nothing but its first characters: a long label printed on two lines of
    its cell (户口登记 / 机关盖章, 何时由何地迁来 / 本市(县)). It names no value, but no value runs on into it."""
    key = label_key(text)
    if len(key) < shortest or key in COMMON_LABEL_WORDS:
        return None
    return next((label for label, _ in labels if len(label_key(label)) > len(key) and label_key(label).startswith(key)), None)


def _longer_words(labels: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """For each label, the known longer label words holding it (姓名: 户主姓名, 联系人姓名…)."""
    words = {label_key(word) for word in labels} | COMMON_LABEL_WORDS | set(OTHER_PERSON_LABELS)
    return {key: tuple(word for word in words if len(word) > len(key) and key in word)
            for key in {label_key(label) for label in labels}}


def _inside_longer_word(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """The label read at text[start:end] is part of a longer label word printed around it, or around it up to the
    line's end where the word wraps in its narrow cell (扣缴义务人识别 | 号: a column of payers' codes)."""
    label = text[start:end]
    for word in words:
        at = word.find(label)
        while at >= 0:
            around = text[start - at: start - at + len(word)] if start - at >= 0 else ""
            if around == word or (len(around) > len(label) and start - at + len(around) == len(text)
                                  and word.startswith(around)):
                return True
            at = word.find(label, at + 1)
    return False


# A street, road or estate named with a label's word (民族大道, 学院路): the word then heads no value.
_PLACE_AFTER = re.compile(r"^(?:大道|大街|路|街|巷|弄|村|小区|新村|花园)")


def _inside_place_name(text: str, start: int, end: int) -> bool:
    """The label read at text[start:end] stands inside a wrapped address (区民族大道192号): text before it on its
    line, and a street's word right after it."""
    return start > 0 and bool(_PLACE_AFTER.match(text[end:]))


def _inside_sentence(text: str, start: int, end: int) -> bool:
    """The label read at text[start:end] is a word of a sentence (说明：本记录涉及纳税人敏感信息，请妥善保管。): the line
    ends its sentences with 。, a word runs into the label and the label runs on without a colon."""
    return "。" in text and start > 0 and _is_cjk(text[start - 1]) and end < len(text) and _is_cjk(text[end])


def _exact_occurrences(text: str, label: str) -> Iterable[tuple[int, int, bool]]:
    """Places where the label is printed as it is, its last character allowed in brackets (有效期限（起） for
    有效期限起): a form may bracket the word that tells two cells of one label apart; a dot or colon OCR read
    between its characters (住·址) is allowed too."""
    for match in _bracketed_tail(label).finditer(text):
        yield match.start(), match.end(), True


# A card spaces a short label's characters apart (住  址); OCR may read a dot or a colon into the gap (住·址), or a
# box (姓☑名 on a photographed 户籍证明).
_LABEL_GAP = r"[·・•.:：☑☐□■√✓✔☒]?"


@lru_cache(maxsize=None)
def _bracketed_tail(label: str) -> re.Pattern:
    if not label.isalnum():
        return re.compile(re.escape(label))
    spaced = _LABEL_GAP.join(re.escape(char) for char in label)
    if len(label) < 3:
        return re.compile(spaced)
    head = _LABEL_GAP.join(re.escape(char) for char in label[:-1])
    return re.compile(head + r"(?:[(（]" + re.escape(label[-1]) + r"[)）]|" + _LABEL_GAP + re.escape(label[-1]) + ")")


def _fuzzy_occurrence(text: str, label: str) -> Iterable[tuple[int, int, bool]]:
    """One place where the label reads with a character or two wrong, for labels long enough to tell apart."""
    bare_label = label_key(label)
    if len(bare_label) < 4 or len(text) < len(bare_label) - 1:
        return
    alignment = fuzz.partial_ratio_alignment(label, text, score_cutoff=LABEL_FUZZ)
    if alignment is None:
        inner = _inner_misread(text, bare_label) if len(bare_label) == INNER_MISREAD_LABEL_LENGTH else None
        if inner is not None:
            yield inner, inner + len(bare_label), False
        return
    found = text[alignment.dest_start:alignment.dest_end]
    if len(label_key(found)) >= len(bare_label) - 1 and fuzz.ratio(label_key(found), bare_label) >= LABEL_FUZZ:
        yield alignment.dest_start, alignment.dest_end, False


def _inner_misread(text: str, label: str) -> Optional[int]:
    """Where a four-character label is read with one of its inner characters misread (户箱地址 for 户籍地址: a fuzzy
    score of 75, below LABEL_FUZZ): its first and last characters hold it in place. A label word of its own read
    there (签注日期 beside 签发日期) is that label, not a misreading."""
    for start in range(len(text) - len(label) + 1):
        found = text[start:start + len(label)]
        if (found[0] == label[0] and found[-1] == label[-1] and Hamming.distance(found, label) == 1
                and found not in COMMON_LABEL_WORDS):
            return start
    return None
def _lone_first_character(text: str, label: str, firsts: Counter) -> bool:
    """A line that is the first character of a two-character label and nothing else (姓 of 姓名, its second character
    lost in a photo's small print), where no other label starts with that character: no value is that one character."""
    return len(label) == 2 and text == label[0] and firsts[text] == 1


def _misread_label_cell(text: str, label: str) -> bool:
    """A line that is a form's label cell and nothing else, read with characters wrong in place (婚燃状况, 出生维,
    户主或年户主美系): as long as the label, all Chinese, and holding all but one in four of its characters (one at
    least) where the label has them. Small print in a photographed booklet is read so; a value that long and that
    like a label is no value. A label word of its own (签注日期 beside 签发日期) is that label. The cell's colon
    (专效期限：) is no character of the label."""
    text = text[:-1] if text[-1:] in ":：" else text
    if (len(text) != len(label) or len(label) < MISREAD_CELL_MIN or text in COMMON_LABEL_WORDS
            or not all("\u3400" <= c <= "\u9fff" for c in text)):
        return False
    wrong = sum(1 for a, b in zip(text, label) if a != b)
    return 0 < wrong <= max(1, len(label) // 4)


_LABEL_TAIL = re.compile(r"^[\u3400-\u9fff]{1,3}(?=[:：])")


def _label_tail(text: str, hit: LabelHit, vocabulary: Iterable[str] = ()) -> int:
    """How many characters after a label still belong to it. Read with a character wrong: up to the colon that ends
    a label, when it comes within a few characters (户籍地详址: read as 户籍地址 leaves 详址:). Read exactly as a
    shorter label of a longer one whose last characters were lost: the piece of the longer label that was read
    (常住户口所在地住址 read as 常住户口所在地住 leaves 住 before the value)."""
    if hit.exact:
        return _cut_label_piece(text[hit.end:], label_key(hit.label), vocabulary)
    match = _LABEL_TAIL.match(text[hit.end:])
    return match.end() if match else 0


def _cut_label_piece(rest: str, label: str, vocabulary: Iterable[str]) -> int:
    longest = 0
    for word in vocabulary:
        if len(word) > len(label) and word.startswith(label):
            remainder = word[len(label):]
            shared = 0
            while shared < min(len(rest), len(remainder)) and rest[shared] == remainder[shared]:
                shared += 1
            if shared < len(remainder):  # the whole longer label would have been found as itself
                longest = max(longest, shared)
    return longest


def watermark_tail(text: str) -> int:
    """How many characters at the end of a value are a watermark written over it and read onto it
    (…建设路336号止积分使用,他用无效): tails that are pieces of a phrase, WATERMARK_TAIL_MIN characters or more each, and
    the punctuation between them."""
    kept = len(text)
    while True:
        body = text[:kept].rstrip(WATERMARK_GAPS)
        cut = _watermark_piece_at_end(body)
        if not cut:
            return len(text) - kept
        kept = len(body) - cut


def _watermark_piece_at_end(text: str) -> int:
    """The longest tail that is a piece of a watermark phrase, and the character before it too when that one is the
    phrase's character misread (止 for 证), unless it is one a value ends with (号, 室, 司, a digit…)."""
    for length in range(len(text), 1, -1):
        tail = text[-length:]
        if length < WATERMARK_TAIL_MIN and not any(phrase.endswith(tail) for phrase in WATERMARK_PHRASES):
            continue  # two characters are the watermark's only as its last two (无效)
        if in_watermark(tail):
            before = len(text) - length - 1
            if before >= 0 and text[before] not in VALUE_ENDINGS and not text[before].isdigit() and \
                    any(_one_off_piece(text[before:], phrase) for phrase in REPEATED_PHRASES):
                return length + 1
            return length
    return 0


def _one_off_piece(piece: str, phrase: str) -> bool:
    return any(sum(1 for a, b in zip(piece, phrase[start:start + len(piece)]) if a != b) <= 1
               for start in range(len(phrase) - len(piece) + 1))


def _whole_date(text: str) -> bool:
    parsed = parse_date(text)
    return parsed is not None and parsed.start == 0 and parsed.end >= len(text.rstrip("日号"))


def _stamp_like(line: Line, label: Line) -> bool:
    """Text far taller than the label's: the arc of a seal read through, not a value. Heights of the text itself: on
    a tilted photo a long value's box is taller than its short label's by the tilt over its width."""
    return line.text_height > 2.2 * label.text_height


def confirmed_as_printed(first: FieldValue, readings: list[FieldValue]) -> Optional[FieldValue]:
    """`first` at the confidence of its weakest character, where each of its characters reads surely in most of
    `readings` (the first reading and second looks that read the same value): a recogniser does not misread the
    same digit the same way at several sizes with no hesitation. None otherwise."""
    if not all(_mostly_sure(position, readings) for position in range(len(str(first.value)))):
        return None
    return first.model_copy(update={"confidence": min(first.char_confidences or [first.confidence])})


def _mostly_sure(position: int, readings: list[FieldValue]) -> bool:
    """The character at `position` reads at least PRINTED_AS_READ in more than half of the readings."""
    sure = sum(1 for reading in readings if reading.char_confidences[position] >= PRINTED_AS_READ)
    return 2 * sure > len(readings)


def _holds(evidence: Evidence, line: Line) -> bool:
    """Whether a value's evidence box takes in the line's middle: the line is (part of) that value."""
    x0, y0, x1, y1 = line.span_box(0, len(line.text))
    middle_x, middle_y = (x0 + x1) / 2, (y0 + y1) / 2
    ex0, ey0, ex1, ey1 = evidence.bbox
    return (evidence.file, evidence.page) == (line.ref.file, line.ref.page) and ex0 <= middle_x <= ex1 and ey0 <= middle_y <= ey1


CLAUSE_ENDS = "，,。.．、；;"
RUNNING_TEXT_BEFORE_LABEL = 8  # characters of a sentence before a label that ends its line


def _alone_on_its_line(hit: LabelHit) -> bool:
    """Nothing but separators follows the label on its line."""
    return all(_is_separator(char) or char.isspace() for char in hit.line.text[hit.end:])


def _is_separator(char: str) -> bool:
    """Colons, and the stray marks OCR reads from box borders and ticks between a label and its value; not a mask's
    star, which opens a value shown masked (纳税人：*思)."""
    return unicodedata.category(char)[0] in ("P", "S") and char not in "(（*"


@dataclass
class Reader:
    """The lines of one document, with every label of its type found once. A second look (`reread`) never changes
    a line: the line read again takes the old one's place in a new list of the reader's own."""

    lines: list[Line]
    fields: tuple[Field, ...]
    extra_labels: tuple[str, ...] = ()

    reread: Optional[SecondLook] = None  # without one, values are read from the page's first reading only

    def __post_init__(self):
        self._reread_done: set[Line] = set()
        self._beside_done: set[tuple[Line, int]] = set()
        self._replaced: dict[Line, Line] = {}  # a line -> the line read again in its place
        self._read_beside_labels: set[Line] = set()  # lines read from crops beside a label, seals dropped
        self._sources: dict[int, tuple[FieldValue, tuple[Line, ...]]] = {}  # id(value) -> (value, lines it came from)
        self._index()

    def _index(self) -> None:
        labels: dict[str, tuple[str, ...]] = {label: () for label in self.extra_labels}
        for spec in self.fields:
            for label in spec.labels:
                labels[label] = labels.get(label, ()) + (spec.name,)
        self.hits = find_labels(self.lines, labels, cells=True)
        self._hits_by_line: dict[int, list[LabelHit]] = {}
        for hit in self.hits:
            self._hits_by_line.setdefault(id(hit.line), []).append(hit)

    def read_all(self) -> dict[str, FieldValue]:
        if self.reread is not None:
            hidden_labels = self._labels_hidden_beside_values()
            hidden_labels = self._labels_hidden_above_values() or hidden_labels
            if self._rows_passed_over() or hidden_labels:
                self._index()
        out = self._read_fields(self.fields)
        if self.reread is None:
            return out
        weak = [spec for spec in self.fields
                if (spec.name not in out or out[spec.name].confidence < REREAD_BELOW) and self._hits_of(spec)]
        if weak and self._reread_value_lines(weak):
            for name, value in self._read_fields(tuple(weak)).items():
                if name not in out or value.confidence > out[name].confidence:
                    out[name] = value
        for spec in self.fields:
            if spec.name not in out:
                continue
            first = out[spec.name]
            if self._fails_its_check_surely(spec, first):
                out[spec.name] = self._as_printed(spec, first)  # a compared ID number too: the page's own mistake
            if out[spec.name] is first and spec.compared and first.alternatives is None:
                out[spec.name] = self._second_look(spec, first)
        return out

    @staticmethod
    def _fails_its_check_surely(spec: Field, value: FieldValue) -> bool:
        """Every character read surely, yet the value fails its own check (an ID number's check digit): a misreading,
        or the document's own mistake (a mistyped number)."""
        chars = value.char_confidences or []
        parsed = spec.parse(str(value.value)) if isinstance(value.value, str) else None
        return (value.confidence <= UNTRUSTED_CAP and not value.guessed and len(chars) == len(str(value.value))
                and min(chars, default=0.0) >= PRINTED_AS_READ and parsed is not None and not parsed.trusted)

    def _as_printed(self, spec: Field, first: FieldValue) -> FieldValue:
        """The value as the page prints it when every second look at SECOND_LOOK_SCALES reads it again character for
        character, and each character reads surely in most of the readings (the first one reads every character
        surely): a recogniser does not misread the same digit the same way at three sizes with no hesitation. A crop
        may hesitate over some other character at one size; that doubts no character the readings agree on surely.
        Otherwise it stays doubtful, as it was."""
        _, sources = self._sources.get(id(first), (None, ()))
        sources = tuple(self._current(line) for line in sources)
        if not sources:
            return first
        readings = [first]
        for scale in SECOND_LOOK_SCALES:
            fresh = {id(line): again for line in sources if (again := self._fresh_line(line, scale)) is not None}
            lines = [fresh.get(id(line), line) for line in self.lines]
            again = Reader(lines, self.fields, self.extra_labels).read(spec) if fresh else None
            if again is None or again.value != first.value or len(again.char_confidences or []) != len(str(first.value)):
                return first
            readings.append(again)
        return confirmed_as_printed(first, readings) or first

    def _second_look(self, spec: Field, first: FieldValue) -> FieldValue:
        """Read the value's lines again at each of SECOND_LOOK_SCALES and let the sure readings vote; the readings
        outvoted stay with the value as `alternatives`, so a comparison can tell that the page itself is in doubt.
        An unsure first reading has no vote: a sure reading of much the same text at another size stands for it."""
        _, sources = self._sources.get(id(first), (None, ()))
        sources = tuple(self._current(line) for line in sources)
        readings = [first]
        for scale in SECOND_LOOK_SCALES:
            fresh = {id(line): again for line in sources if (again := self._fresh_line(line, scale)) is not None}
            if not fresh:
                continue
            lines = [fresh.get(id(line), line) for line in self.lines]
            again = Reader(lines, self.fields, self.extra_labels).read(spec)
            if again is not None:
                readings.append(again)
        return consensus(readings)

    def _current(self, line: Line) -> Line:
        """The line now standing where `line` stood (a first reading may come from a line since read again)."""
        while line in self._replaced:
            line = self._replaced[line]
        return line

    def _fresh_line(self, line: Line, scale: float) -> Optional[Line]:
        fresh = read_again(self.reread, line, line.bbox, scale)
        labels = {hit.label for hit in self._hits_by_line.get(id(line), []) if hit.exact}
        if fresh is None or any(label not in fresh.text for label in labels):
            return None  # the second look lost a label the first one read
        return self._without_neighbour_tail(line, fresh)

    def _without_neighbour_tail(self, line: Line, fresh: Line) -> Optional[Line]:
        """A line whose box reaches into its left neighbour's (a label set tight against its value, 姓名 钟海娟) is
        cropped with a piece of that neighbour: characters the fresh reading starts with that end the neighbour's
        text, and that the first reading of the line did not start with, are the neighbour's (名钟海娟)."""
        for other in self.lines:
            if other is line or not other.same_row(line, 0.5) or not other.x0 < line.x0 <= other.x1 + NEIGHBOUR_REACH * line.char_width:
                continue
            for count in range(min(len(other.text), len(fresh.text) - 1), 0, -1):
                tail = other.text[-count:]
                if fresh.text.startswith(tail) and not line.text.startswith(tail):
                    return dropped_start(fresh, count)
        return fresh

    def _unfound_labels(self) -> dict[str, tuple[str, ...]]:
        """The labels of the fields no label hit has found, each with its field's name."""
        return {label: (spec.name,) for spec in self.fields if not self._hits_of(spec) for label in spec.labels}

    def _labels_hidden_beside_values(self) -> bool:
        """Labels the text detector passed over (a watermark's stroke across 签发日期): where a line stands right of a
        column of labels with nothing read in that column on its row, the column's cell on that row is read again;
        a sure reading of a label no hit has found yet is that label, put among the lines; so is a fair reading of
        the whole cell as such a label with one character misread (签注目期), since the cell's place already says
        that a label stands there."""
        unfound = self._unfound_labels()
        if not unfound:
            return False
        found = []
        for column in _label_columns(self.hits):
            for line in self.lines:
                if line.page_index != column[0].line.page_index or not self._unlabelled_beside(line, column):
                    continue
                cell = (min(hit.x0 for hit in column), line.y0 - line.level,
                        min(line.x0, max(hit.x1 for hit in column)), line.y1 - line.level)
                fresh = read_again(self.reread, line, cell)
                named = _hidden_label_named(fresh, unfound) if fresh is not None else None
                if named is not None:
                    found.append(fresh)
                    unfound = _without_field_of(named, unfound)
        self.lines = self.lines + found
        return bool(found)

    def _labels_hidden_above_values(self) -> bool:
        """Labels lost over their values in a list that prints each label alone on its line over its value (姓名 of
        a permit printout under a watermark's slanted piece): where such labels start at one edge, a line starting
        at that edge with no label over it has the band over it read again; a reading that names an unfound label
        (as _hidden_label_named) is that label, put among the lines."""
        unfound = self._unfound_labels()
        stacked = [(hit, below) for hit in self.hits if (hit.start, hit.end) == (0, len(hit.line.text))
                   and (below := self._line_below(hit.line, hit)) is not None
                   and abs(below.x0 - hit.x0) <= below.char_width]
        if not unfound or len(stacked) < LABEL_COLUMN_MIN:
            return False
        found = []
        for page_index in sorted({hit.line.page_index for hit, _ in stacked}):
            pairs = [(hit, below) for hit, below in stacked if hit.line.page_index == page_index]
            if len(pairs) < LABEL_COLUMN_MIN:
                continue
            edge = statistics.median(hit.x0 for hit, _ in pairs)
            step = statistics.median(below.y_center - hit.line.y_center for hit, below in pairs)
            label_char = statistics.median(hit.line.char_width for hit, _ in pairs)
            label_height = statistics.median(hit.line.height for hit, _ in pairs)
            values = {id(below) for _, below in pairs}
            for line in self.lines:
                if (line.page_index != page_index or id(line) in values or self._hits_by_line.get(id(line))
                        or abs(line.x0 - edge) > line.char_width or self._label_over(line, step)
                        or not self._may_be_value_of(line, unfound)):
                    continue
                middle = line.y_center - step - line.level
                # The second look pads its crop by a third of its height: the band keeps clear of the value's top.
                top = middle - 0.55 * label_height
                bottom = min(middle + 0.55 * label_height, line.y0 - line.level - 0.4 * label_height)
                # As wide as each unfound label, shortest first: a wider crop takes in more of what hid the label.
                for chars in sorted({len(label_key(label)) for label in unfound}):
                    band = (edge - 0.5 * label_char, top, edge + (chars + 0.6) * label_char, bottom)
                    fresh = read_again(self.reread, line, band)
                    named = _hidden_label_named(fresh, unfound) if fresh is not None else None
                    if named is not None:
                        found.append(fresh)
                        unfound = _without_field_of(named, unfound)
                        break
        self.lines = self.lines + found
        return bool(found)

    def _may_be_value_of(self, line: Line, unfound: dict[str, tuple[str, ...]]) -> bool:
        """Whether the whole line reads as a value of one of the fields whose labels were not found."""
        names = {name for field_names in unfound.values() for name in field_names}
        for spec in self.fields:
            parsed = spec.parse(line.text) if spec.name in names else None
            if parsed is not None and (parsed.start, parsed.end) == (0, len(line.text)):
                return True
        return False

    def _label_over(self, line: Line, step: float) -> bool:
        """Whether anything that says something stands over `line` within a list's step (a label, a value above)."""
        return any(other is not line and other.page_index == line.page_index and not self._garbled(other)
                   and line.y_center - 1.5 * step <= other.y_center <= line.y_center - 0.5 * line.height
                   and other.x0 < line.x1 and other.x1 > line.x0 for other in self.lines)

    def _rows_passed_over(self) -> bool:
        """Rows the text detector passed over whole, label and value (see passed_over_rows): each is read again across
        the form, from its label column to the right edge of what was read on its page; a reading that opens with a
        label no hit has found yet is that row, put among the lines."""
        unfound = self._unfound_labels()
        if not unfound:
            return False
        found = []
        for column in _label_columns(self.hits):
            page = column[0].line.page_index
            left = min(hit.x0 for hit in column)
            on_page = [line for line in self.lines if line.page_index == page]
            like = column[0].line
            right = max(line.x1 for line in on_page)  # the unread value may run on past every line read
            for middle, height in unread_rows(on_page, left - 0.5 * like.char_width):
                raw_middle = middle - like.level
                band = (max(0.0, left - 0.5 * like.char_width), raw_middle - height / 2, right, raw_middle + height / 2)
                fresh = read_again(self.reread, like, band)
                if fresh is None:
                    continue
                opening = [hit for hit in find_labels([fresh], unfound, cells=True) if hit.start == 0 and hit.exact]
                if opening:
                    found.append(fresh)
                    for label in [label for label, names in unfound.items() if set(names) & set(opening[0].fields)]:
                        del unfound[label]
        self.lines = self.lines + found
        return bool(found)

    def _unlabelled_beside(self, line: Line, column: list[LabelHit]) -> bool:
        """A line in the value column right of `column` whose row holds no text in the label column, within the
        column's reach down the page."""
        left, right = min(hit.x0 for hit in column), max(hit.x1 for hit in column)
        nearest = max((hit.x1 for hit in self.hits if hit.line.page_index == line.page_index and hit.x1 <= line.x0),
                      default=None)
        if nearest is None or nearest > right + line.char_width or line.x0 < right - line.char_width \
                or self._hits_by_line.get(id(line)):
            return False
        top = min(hit.line.y0 for hit in column) - 2 * line.height
        bottom = max(hit.line.y1 for hit in column) + 2 * line.height
        if not top <= line.y_center <= bottom:
            return False
        return not any(other is not line and other.same_row(line, ROW_OPENER_OVERLAP) and other.x1 > left
                       and other.x0 < right and not self._garbled(other) for other in self.lines)

    def _garbled(self, line: Line) -> bool:
        """A line that holds no label and says nothing: a piece of the watermark (供居), or a line read unsurely, a
        label and a watermark's stroke read as one (签注日期 read 等注目期正积 under 仅供居住证积分使用)."""
        return not self._hits_by_line.get(id(line)) and (
            line.confidence < SURE_READING or is_misread_watermark_piece(line.text, shortest=len(line.text) + 1))

    def _read_fields(self, fields: tuple[Field, ...]) -> dict[str, FieldValue]:
        out: dict[str, FieldValue] = {}
        for spec in fields:
            if spec.name in out:
                continue  # an earlier declaration of the same field found it
            value = self.read(spec)
            if value is not None:
                out[spec.name] = value
        return out

    def _hits_of(self, spec: Field) -> list[LabelHit]:
        return [h for h in self.hits if spec.name in h.fields and h.label in spec.labels]

    def _reread_value_lines(self, specs: list[Field]) -> bool:
        """Read again, from the full-resolution page, every line where these fields' values may be."""
        changed = False
        for spec in specs:
            for hit in self._hits_of(spec):
                right = self._right_neighbour(hit.line, hit)
                inline = hit.line if len(hit.line.text) > hit.end + 1 else None
                if inline is None and (right is None or self._owned_by_other_label(right, hit) or self._other_kind(right, spec)):
                    changed |= self._read_beside(spec, hit)
                elif inline is not None:
                    changed |= self._read_after_label(spec, hit)
                places = [inline, right, self._line_above(right) if right else None, self._line_below(hit.line, hit)]
                for line in places:
                    if line is not None and line not in self._reread_done:
                        self._reread_done.add(line)
                        changed |= self._reread_line(line)
        if changed:
            self._index()
        return changed

    @staticmethod
    def _other_kind(line: Line, spec: Field) -> bool:
        """A short value's neighbour that is no value of its kind (a skewed card sets the name above 性别's 男 in its
        row band): the place the value should be is read instead. Wrapping values take their lines as they find them."""
        return not spec.wraps and spec.parse(line.text) is None

    def _read_beside(self, spec: Field, hit: LabelHit) -> bool:
        """Where OCR found no text beside a label (or only another label's value), the place its value would
        stand is cropped and read: the page's text detector easily passes over a lone character (民族 汉, 性别 男)
        set apart from its label. The crop widens step by step: a wide one takes in whatever stands further right
        (a seal's remains) and reads it into the value."""
        line = hit.line
        key = (line, hit.start)
        if key in self._beside_done:
            return False
        self._beside_done.add(key)
        x0, middle, height = self._value_place(hit)
        limit = 1.0
        for other in self.hits:
            if other.x0 > hit.x1 and other.line.page_index == line.page_index and other.line.same_row(line, 0.3):
                limit = min(limit, other.x0 - 0.3 * line.char_width)
        half = 0.5 * height  # the crop adds its own padding
        top, bottom = max(0.0, middle - half), min(1.0, middle + half)
        fallback, found = None, None
        for chars in BESIDE_CHARS:
            x1 = min(x0 + chars * line.char_width, limit)
            if x1 - x0 < line.char_width or (chars >= BESIDE_WIDE_FROM and (found is None or fallback is not None)):
                break
            found = read_again(self.reread, line, (x0, top, x1, bottom))
            parsed = spec.parse(found.text) if found is not None else None
            if parsed is not None:
                if to_field_value(parsed, [Span(found, 0, len(found.text))]).confidence >= SURE_READING:
                    fallback = self._wider_if_cut(spec, found, parsed, (x0, top, x1, bottom), limit)
                    break
                fallback = fallback or found
            if x1 >= limit:
                break
        if fallback is None:
            return False
        self.lines = [*self.lines, fallback]  # a new list: the one given to the reader may be its caller's
        self._reread_done.add(fallback)
        self._read_beside_labels.add(fallback)
        return True

    def _read_after_label(self, spec: Field, hit: LabelHit) -> bool:
        """A value set tight against its label on one line that does not parse (公民身份号码20102198504173781: the
        recogniser dropped the 3 touching 码) is read alone, from crops starting about where the label ends (the
        characters' places are only estimated). A reading is taken where it parses surely and holds all that was read
        before: it only adds what the label's reading lost."""
        line = hit.line
        key = (line, hit.start)
        rest = line.text[hit.end:].lstrip(":：")
        as_read = spec.parse(rest) if rest else None
        # A value guessed at (a number's first digit restored from its check character) is read again too.
        if key in self._beside_done or not rest or hit.end >= len(line.text) or (as_read is not None
                                                                                 and not as_read.guessed):
            return False
        self._beside_done.add(key)
        start = line.char_spans[hit.end][0]
        for shift in AFTER_LABEL_SHIFTS:
            found = read_again(self.reread, line, (start + shift * line.char_width, line.bbox[1], line.bbox[2],
                                                   line.bbox[3]))
            parsed = spec.parse(found.text) if found is not None else None
            if (parsed is not None and rest in found.text[parsed.start:parsed.end]
                    and to_field_value(parsed, [Span(found, 0, len(found.text))]).confidence >= SURE_READING):
                self.lines = [*self.lines, found]
                self._reread_done.add(found)
                self._read_beside_labels.add(found)
                return True
        return False

    def _wider_if_cut(self, spec: Field, found: Line, parsed: Parsed, crop: tuple, limit: float) -> Line:
        """A sure reading may have been cut at the crop's right edge (苏博 of 苏博洋, its last character under a
        watermark's stroke; a crop's reading carries the crop's box, so the edge cannot be told from it): a crop
        wider by half that reads the same value and more, as surely, is taken instead."""
        x0, top, x1, bottom = crop
        if x1 >= limit:
            return found
        wider = read_again(self.reread, found, (x0, top, min(limit, x1 + (x1 - x0) / 2), bottom))
        more = spec.parse(wider.text) if wider is not None else None
        value, longer = found.text[parsed.start:parsed.end], wider.text[more.start:more.end] if more else ""
        # What the wider crop adds must be no piece of the watermark written over the page (王伟 | 无).
        if (len(longer) > len(value) and longer.startswith(value) and not in_watermark(longer[len(value):])
                and to_field_value(more, [Span(wider, 0, len(wider.text))]).confidence >= SURE_READING):
            return wider
        return found

    def _value_place(self, hit: LabelHit) -> tuple[float, float, float]:
        """Where a value of this label would start, the middle of its line (page fractions of the raw page, as
        crops are taken) and its text's height: as the labels of the same column have their values (a form's
        values start at one column, may sit at the top of their cells and be set smaller than the labels); else
        just right of the label, level with it and as tall."""
        line = hit.line
        starts, drops, heights = [], [], []
        for other in self.hits:
            if other is hit or not other.fields or other.line is line or other.line.page_index != line.page_index:
                continue
            if abs(other.x0 - hit.x0) > line.char_width:
                continue
            value = self._right_neighbour(other.line, other)
            if value is not None and value.x0 > other.x1 and not self._owned_by_other_label(value, other):
                starts.append(value.x0)
                drops.append(value.y_center - other.line.y_center)
                heights.append(value.height)
        middle = (line.bbox[1] + line.bbox[3]) / 2
        if not starts:
            return hit.x1 + 0.3 * line.char_width, middle, line.height
        x0 = max(hit.x1 + 0.3 * line.char_width, statistics.median(starts) - 0.5 * line.char_width)
        drop = max(-line.height, min(line.height, statistics.median(drops)))
        return x0, middle + drop, statistics.median(heights)

    def _reread_line(self, line: Line) -> bool:
        fresh = self._fresh_line(line, 1.0)
        if fresh is None or fresh.confidence < line.confidence - 0.02:
            return False
        if fresh == line:
            return False  # read exactly as before: nothing changes
        self.lines = [fresh if other is line else other for other in self.lines]
        self._replaced[line] = fresh
        self._reread_done.add(fresh)
        return True

    def read(self, spec: Field) -> Optional[FieldValue]:
        hits = [h for h in self.hits if spec.name in h.fields and h.label in spec.labels]
        hits = [h for h in hits if not self._qualifies_the_next_label(h, hits)]
        # The most specific label first (甲方(用人单位) before 甲方), then exact readings, then page order.
        hits.sort(key=lambda h: (spec.labels.index(h.label), not h.exact, self._order(h)))
        untrusted: Optional[FieldValue] = None
        for hit in hits:
            guess: Optional[FieldValue] = None
            for found in self._candidates(hit, spec):
                if found is None:
                    continue
                if found.confidence > UNTRUSTED_CAP and not found.guessed:
                    # A guess holds its place only until a sure reading of the same label's value turns up.
                    return found if guess is None or found.confidence >= SURE_READING else guess
                if found.confidence > UNTRUSTED_CAP:
                    guess = guess or found
                else:
                    untrusted = untrusted or found
            if guess is not None:
                return guess
        return untrusted

    @staticmethod
    def _qualifies_the_next_label(hit: LabelHit, hits: list[LabelHit]) -> bool:
        """Another label of the same field follows this one on its line with nothing between but separators: the two
        are one label (乙方（受聘人员）姓名：), and the value stands after the second."""
        return any(other.line is hit.line and other.start >= hit.end
                   and all(_is_separator(char) or char.isspace() for char in hit.line.text[hit.end:other.start])
                   for other in hits if other is not hit)

    def read_unlabelled(self, spec: Field, found: dict[str, FieldValue], opens: Callable[[str], bool]) -> Optional[FieldValue]:
        """A wrapping value whose label was not read (a seal over it, a broken cell): the first line, in reading order,
        that `opens` a value of the field's kind, that is no label's and holds no value read already (`found`),
        followed onto its wrapped lines like a labelled value. A whole value wins over one that looks cut; either is
        placed by a guess."""
        taken = [value.evidence for value in found.values() if value.evidence is not None]
        first = None
        # Its label would stand left of it: another field's label anywhere from the form's left edge opens another row.
        left_edge = {line.page_index: min(other.x0 for other in self.lines if other.page_index == line.page_index)
                     for line in self.lines}
        for line in self.lines:
            if self._starts_with_label(line) or seal_piece(line) or any(_holds(evidence, line) for evidence in taken):
                continue
            parsed = spec.parse(line.text)
            if parsed is None or not opens(parsed.value):
                continue
            hit = LabelHit((spec.name,), "", line, 0, 0, False)  # the value's own line stands for its label
            value = self._parse_span(Span(line, parsed.start, self._next_label_start(line, parsed.start)), spec, hit,
                                     label_x0=left_edge[line.page_index])
            if value is None:
                continue
            if not looks_cut_address(str(value.value)):
                return placed_by_guess(value)
            first = first or value
        return placed_by_guess(first) if first is not None else None

    def lines_read(self, value: FieldValue) -> tuple[Line, ...]:
        """The lines, as they now stand, that this reader read `value` from; () for a value it did not read."""
        _, sources = self._sources.get(id(value), (None, ()))
        return tuple(self._current(line) for line in sources)

    def read_each(self, spec: Field) -> list[FieldValue]:
        """One value per hit of the field's labels, in reading order (a label printed for each of two people)."""
        hits = sorted((h for h in self.hits if spec.name in h.fields and h.label in spec.labels), key=self._order)
        values = []
        for hit in hits:
            value = next((v for v in self._candidates(hit, spec) if v is not None), None)
            if value is not None:
                values.append(value)
        return values

    def _order(self, hit: LabelHit) -> tuple:
        return (hit.line.page_index, round(hit.line.y0, 3), hit.line.x0)

    # -- where a value may be ----------------------------------------------------------------------------------

    def _candidates(self, hit: LabelHit, spec: Field) -> Iterable[Optional[FieldValue]]:
        line = hit.line
        rest_start = hit.end + _label_tail(line.text, hit, self._vocabulary)
        while rest_start < len(line.text) and _is_separator(line.text[rest_start]):
            if spec.ends_at_clause and line.text[rest_start] in CLAUSE_ENDS:
                return
            rest_start += 1
        rest_end = self._next_label_start(line, rest_start)
        # A label printed with its value on its line (常住户口所在地住址 四川省…) has no value below: the line below is
        # the next row's, even when the value on the line read too badly to be taken.
        inline_value = rest_end - rest_start >= INLINE_VALUE_CHARS
        if rest_end > rest_start:
            yield self._parse_span(Span(line, rest_start, rest_end), spec, hit)
            if spec.inline_only:
                return
            if not spec.wraps and rest_end == len(line.text):
                yield self._inline_run_on(Span(line, rest_start, rest_end), spec)
        elif spec.inline_only:
            return
        right = self._right_neighbour(line, hit)
        if right is not None:
            beside = self._off_row_guess(self._parse_span(Span(right, 0, self._next_label_start(right, 0)), spec, hit),
                                         right, hit, spec)
            whole = self._begun_above(right, beside, hit, spec)
            if whole is not None:
                yield whole
            yield beside
            pieces = self._row_pieces(right, hit)
            if len(pieces) > 1:  # a value the detector cut in pieces along its row (2017 | 年5月13日)
                yield self._parse_joined(pieces, spec)
            yield self._number_run_on(right, spec)
            for number in self._cut_numbers_over(right):  # the tail may stand nearer the label's row than the number
                yield self._number_run_on(number, spec)
            for other in self._also_beside(right, hit):
                yield self._parse_span(Span(other, 0, self._next_label_start(other, 0)), spec, hit)
            above = self._line_above(right) if spec.wraps else None
            if above is not None and not self._owned_by_other_label(above, hit):
                # a skewed photo: the value's first line sits above the label's row
                yield self._parse_span(Span(above, 0, self._next_label_start(above, 0)), spec, hit)
        below = None if inline_value else self._line_below(line, hit)
        if below is not None:
            value = self._parse_span(Span(below, 0, self._next_label_start(below, 0)), spec, hit)
            yield value if self._stacked_under(below, hit) else self._off_row_guess(value, below, hit, spec)

    def _begun_above(self, right: Line, beside: Optional[FieldValue], hit: LabelHit,
                     spec: Field) -> Optional[FieldValue]:
        """A wrapped value whose second or third line stands level with its label (a skewed photo of a two-line cell:
        河南省…14栋2 above the label's row, 单元702室 on it): read from the line above, it goes on into the line beside
        the label, and that reading is the whole value; so, line by line up, is each that reads on into it (and on
        under it, where the cell's last line stands below the one taken as beside the label)."""
        if not spec.wraps:
            return None
        # The line beside may read as no value by itself (号101室, the cell's last line).
        whole, below, reading = None, right, str(beside.value) if beside is not None else right.text
        # A cell of three lines (河北省石家庄市长安 / 区嘉禾西路257弄41 / 号101室) may have only its last beside the label:
        # each line up that reads on into the reading so far opens it.
        for _ in range(spec.max_lines - 1):
            above = self._line_above(below, nearest=True)
            # One cell's lines start at one edge; a heading centred above the row does not. A wrapped value's first
            # line fills its cell: a short line over the value is a row of its own (民族's 汉 over 户籍地址's address).
            # A cell's lines are one print size: a title over the value (员工劳动合同 over the employer) is none of it.
            if above is None or self._owned_by_other_label(above, hit) \
                    or abs(above.x0 - right.x0) > CELL_EDGE_CHARS * right.char_width \
                    or above.x1 < below.x1 - CELL_EDGE_CHARS * below.char_width \
                    or above.text_height > CELL_PRINT_RATIO * below.text_height:
                break
            longer = self._parse_span(Span(above, 0, self._next_label_start(above, 0)), spec, hit)
            if longer is None or reading not in str(longer.value) or len(str(longer.value)) <= len(reading):
                break
            whole, below, reading = longer, above, str(longer.value)
        return whole

    def _cut_numbers_over(self, tail: Line) -> list[Line]:
        """Lines ending in a number a digit or two short, with `tail` (one or two characters) just under their start."""
        if not _NUMBER_TAIL.fullmatch(tail.text):
            return []
        return [line for line in self.lines
                if line is not tail and line.page_index == tail.page_index and _CUT_NUMBER.search(line.text)
                and abs(line.span_box(_CUT_NUMBER.search(line.text).start(), len(line.text))[0] - tail.x0)
                <= NUMBER_TAIL_DIGITS * line.char_width and just_under(tail, line)]

    def _number_run_on(self, line: Line, spec: Field) -> Optional[FieldValue]:
        """A number too long for its cell runs on under its start (a 常住人口登记卡's narrow cell: 13010219940903224
        over 2): the one or two characters under the number's first ones end it when the whole passes its own check
        (an ID number's check digit). Where the detector passed the lone digit over, the page is read there."""
        cut = _CUT_NUMBER.search(line.text)
        if cut is None or spec.parse(line.text) is not None:
            return None
        x0, _, x1, _ = line.span_box(cut.start(), cut.end())
        digit = (x1 - x0) / (cut.end() - cut.start())  # a line's height may span both rows: its digits tell the size
        reach = NUMBER_TAIL_DIGITS * digit
        tails = [other for other in self.lines
                 if other is not line and other.page_index == line.page_index and _NUMBER_TAIL.fullmatch(other.text)
                 and abs(other.x0 - x0) <= reach and just_under(other, line)]
        if not tails and self.reread is not None:
            # The detector may have boxed both rows as one line and read the first, centred in the box: the crop
            # holds the row under that row's digits (about as tall as they are wide), inside the box or below it.
            # (A second look pads its crop by about a third of the crop's height: this one reaches 0.7 digits'
            # height below the first row's middle, clear of its digits.)
            tall = DIGIT_HEIGHT_PER_WIDTH * digit / line.aspect
            top = (line.bbox[1] + line.bbox[3]) / 2 + 1.1 * tall
            fresh = read_again(self.reread, line, (x0 - digit, top, x0 + reach, top + 1.1 * tall))
            tails = [fresh] if fresh is not None and _NUMBER_TAIL.fullmatch(fresh.text) else []
        for tail in tails:
            for start in range(len(tail.text)):  # a crop's first character may be the cell's border (| read as 1)
                value = self._parse_joined([Span(line, cut.start(), cut.end()), Span(tail, start, len(tail.text))], spec)
                if value is not None and len(str(value.value)) == cut.end() - cut.start() + len(tail.text) - start \
                        and spec.parse(str(value.value)).trusted:
                    return value
        return None

    @staticmethod
    def _off_row_guess(value: Optional[FieldValue], line: Line, hit: LabelHit, spec: Field) -> Optional[FieldValue]:
        """A short compared value (a name) taken from a line that shares no height with its label's row may be the
        line above or below the row (a heading, another cell's word): placed by a guess, never sure enough to err on.
        So is one set far right that shares the row only loosely (FAR_VALUE_ROW_SHARE, a tilted photo's flush-right
        name). Values that wrap start where they start; their lines are judged as they join."""
        if value is None or spec.wraps or not spec.compared:
            return value
        far = line.x0 > hit.x1 + NEAR_VALUE_CHARS * hit.line.char_width
        if line.same_row(hit.line, FAR_ROW_SHARE if far else 0.0):
            return value
        return placed_by_guess(value)

    def _stacked_under(self, below: Line, hit: LabelHit) -> bool:
        """The line starts under its label on a page whose labels stand alone, each over its value (a service site's
        printout): there the line under a label is its value, placed as surely as one beside it."""
        return (self._labels_over_values >= STACKED_LABELS_MIN and hit.start == 0 and hit.end == len(hit.line.text)
                and abs(below.x0 - hit.x0) <= STACKED_ALIGN_CHARS * hit.line.char_width)

    @cached_property
    def _labels_over_values(self) -> int:
        """How many labels stand alone on their line with a line of text starting under them."""
        count = 0
        for hit in self.hits:
            if not hit.fields or hit.start != 0 or hit.end != len(hit.line.text):
                continue
            below = self._line_below(hit.line, hit)
            if below is not None and abs(below.x0 - hit.x0) <= STACKED_ALIGN_CHARS * hit.line.char_width:
                count += 1
        return count

    def _next_label_start(self, line: Line, after: int) -> int:
        starts = [h.start for h in self._hits_by_line.get(id(line), []) if h.start >= after]
        return min(starts) if starts else len(line.text)

    def _starts_with_label(self, line: Line) -> bool:
        return any(h.start <= 1 for h in self._hits_by_line.get(id(line), []))

    def _right_neighbour(self, line: Line, hit: LabelHit) -> Optional[Line]:
        """The value cell right of a label: lines to its right within the label's row band (values in ruled forms
        sit at the top of their cell while labels are centred, and photos are skewed), before the next label;
        the leftmost column of them, top line first. Failing that, a value set flush right far from its label
        (phone screenshots, lists printed with values on the right) in the label's own row."""
        next_label = self._next_label_x(line, hit)
        near = self._beside_within(line, hit, min(next_label, hit.x1 + NEAR_VALUE_CHARS * line.char_width))
        far = self._far_in_row(line, hit, next_label) if near is None or not near.same_row(line, 0.0) else None
        if near is not None and far is not None:
            # A line in the band above or below, off the label's row (a printout's 打印时间 under its title; an app's
            # 所得期间 range under 查询时间, reaching further left than the 2026-11-28 flush right on its row) against
            # one on the label's own row: the label's row holds the value.
            return far
        return near if near is not None else far

    def _next_label_x(self, line: Line, hit: LabelHit) -> float:
        limit = 1.0
        for other_hit in self.hits:
            other = other_hit.line
            if other_hit.x0 > hit.x1 and other.page_index == line.page_index and other.y1 > line.y0 and other.y0 < line.y1:
                limit = min(limit, other_hit.x0)
        return limit

    def _beside_within(self, line: Line, hit: LabelHit, limit: float) -> Optional[Line]:
        reach = ROW_BAND * line.height
        top, bottom = line.y0 - reach, line.y1 + reach
        candidates = [
            other for other in self.lines
            if other is not line and other.page_index == line.page_index and other.y1 > top and other.y0 < bottom
            and max(hit.x1 - LABEL_BOX_OVERHANG * line.char_width, (hit.x0 + hit.x1) / 2) <= other.x0 < limit
            and not self._starts_with_label(other)
            and not _stamp_like(other, line) and not self._seal_piece_read(other)
            and label_key(other.text) not in COMMON_LABEL_WORDS  # a grid's header (项目) over the label's row
        ]
        if not candidates:
            return None
        # Lines all in other labels' rows: this label's cell is blank (服务处所 left empty), not theirs to lend.
        candidates = [other for other in candidates if not self._owned_by_other_label(other, hit)]
        if not candidates:
            return None
        leftmost = min(other.x0 for other in candidates)
        column = [other for other in candidates if other.x0 <= leftmost + 2 * line.char_width]
        beside = [other for other in column if other.y1 > line.y0 and other.y0 < line.y1]
        if beside:
            return min(beside, key=lambda other: other.y0)
        # Off the label's row, a line under a label standing alone on its line above ours is that label's value (a
        # list printing each label on its line and its value under it: 常住户口所在地住址： | 四川… | 居住地址： | 上海…).
        column = [other for other in column if not self._under_a_label_alone(other, hit)] or column
        # Nor is a line standing under the next label of our row (a 签注 table's header 有效期起 | 有效期至 over its
        # dates): that label's value.
        column = [other for other in column if not self._under_the_next_label(other, hit)]
        return min(column, key=lambda other: abs(other.y_center - line.y_center)) if column else None

    def _under_the_next_label(self, line: Line, own: LabelHit) -> bool:
        return any(hit is not own and hit.x0 > own.x1 and hit.line.page_index == line.page_index
                   and hit.line.same_row(own.line) and hit.line.y_center < line.y_center
                   and min(line.x1, hit.x1) - max(line.x0, hit.x0) >= 0.5 * (hit.x1 - hit.x0) for hit in self.hits)

    def _under_a_label_alone(self, line: Line, own: LabelHit) -> bool:
        return any(hit.line is not own.line and hit.line.page_index == line.page_index
                   and hit.line.y_center < line.y_center < own.line.y_center and line.x0 < hit.x1
                   and abs(hit.x0 - own.x0) <= 3 * own.line.char_width and _alone_on_its_line(hit)
                   for hit in self.hits)

    def _also_beside(self, right: Line, hit: LabelHit) -> list[Line]:
        """Other lines of the value's column level with the label, nearest its middle first: on a skewed card the
        line above a short value (the name above 性别's 男) reaches into the label's row too."""
        line = hit.line
        others = [other for other in self.lines
                  if other is not right and other is not line and other.page_index == line.page_index
                  and other.y1 > line.y0 and other.y0 < line.y1 and abs(other.x0 - right.x0) <= 2 * line.char_width
                  and not self._starts_with_label(other) and not self._owned_by_other_label(other, hit)]
        return sorted(others, key=lambda other: abs(other.y_center - line.y_center))

    def _far_in_row(self, line: Line, hit: LabelHit, limit: float) -> Optional[Line]:
        """The nearest line sharing the label's row, however far right, with no label between them."""
        row = [other for other in self.lines
               if other is not line and other.same_row(line, FAR_VALUE_ROW_SHARE) and hit.x1 <= other.x0 < limit
               and not self._starts_with_label(other) and not _stamp_like(other, line)
               and not self._owned_by_other_label(other, hit)]
        return min(row, key=lambda other: other.x0) if row else None

    def _seal_piece_read(self, line: Line) -> bool:
        """A piece of a seal the page's reading took in; a crop read beside a label has the seal's ink dropped, so
        what it reads there (户 of a 户主 cut short) is print."""
        return line not in self._read_beside_labels and seal_piece(line)

    def _owned_by_other_label(self, line: Line, own: LabelHit) -> bool:
        """A line clearly nearer (vertically) to another label of our label's column belongs to that label's row."""
        own_distance = abs(own.line.y_center - line.y_center)
        for hit in self.hits:
            if hit.line is own.line or hit.line.page_index != line.page_index:
                continue
            if hit.line.same_row(own.line, FAR_ROW_SHARE):
                continue  # a label in our own row (甲方 before 名称) opens no other row
            if abs(hit.x0 - own.x0) > 3 * own.line.char_width:
                continue
            if abs(hit.line.y_center - line.y_center) < 0.7 * own_distance:
                return True
        return False

    def _line_above(self, line: Line, nearest: bool = False) -> Optional[Line]:
        """The line this one would continue if it were a value's second line: the first such in reading order (a
        cell's first line, whose reading runs on through the lines under it), or the nearest above it."""
        above = []
        for other in self.lines:
            if other is line or other.page_index != line.page_index or self._starts_with_label(other):
                continue
            step = (line.y_center - other.y_center) / max(line.text_height, other.text_height)
            if WRAP_STEP[0] <= step <= WRAP_STEP[1] and abs(other.x0 - line.x0) <= 1.2 * line.char_width:
                above.append((step, other))
        if not above:
            return None
        return min(above, key=lambda pair: pair[0])[1] if nearest else above[0][1]

    def _line_below(self, line: Line, hit: LabelHit) -> Optional[Line]:
        """The line under the label, its value where labels stand over their values. Measured on the text: on a
        tilted photo a long value's box reaches up past its short label's."""
        reach = 2.8 * line.height
        candidates = [
            other for other in self.lines
            if other.page_index == line.page_index and other is not line and not other.same_row(line)
            and 0 < other.text_top - line.text_top <= reach + line.height
            and (hit.x0 - 2 * line.char_width <= other.x0 <= hit.x1 + 2 * line.char_width
                 # or wider than its label and set flush right under it (签发日期 over 2007年9月6日 on a 户口簿 cover)
                 or (other.x0 < hit.x0 and abs(other.x1 - hit.x1) <= 2 * line.char_width)
                 # or running text's next line, the label ending a sentence's line (…，集体户地址： | 四川省…)
                 or (self._ends_running_text(hit) and abs(other.x0 - line.x0) <= 2 * line.char_width))
            and not self._seal_piece_read(other)
        ]
        candidates.sort(key=lambda other: other.text_top)
        if not candidates or self._starts_with_label(candidates[0]):
            return None
        return candidates[0]

    @staticmethod
    def _ends_running_text(hit: LabelHit) -> bool:
        """The label closes a line of a letter's sentence: words run before it, nothing but separators after it."""
        return hit.start >= RUNNING_TEXT_BEFORE_LABEL and _alone_on_its_line(hit)

    # -- reading a value ---------------------------------------------------------------------------------------

    def _parse_span(self, span: Span, spec: Field, hit: LabelHit, label_x0: Optional[float] = None) -> Optional[FieldValue]:
        if span.end <= span.start:
            return None
        if spec.wraps and _whole_date(span.text):
            return None  # the row above's date, set low on a skewed card: no address or name starts with a date
        spans = [span]
        if spec.wraps:
            spans = self._follow_wrap(span, hit, spec.max_lines, hit.x0 if label_x0 is None else label_x0,
                                      paragraph=label_x0 is None, address=spec.parse is parse_address)
        text = "".join(s.text for s in spans)
        cut = watermark_tail(text)
        if cut and cut < len(text):
            spans = spans_between(spans, 0, len(text) - cut)
            text = text[:len(text) - cut]
        parsed = spec.parse(text)
        if parsed is None:
            if len(spans) > 1:  # the continuation may have spoiled it: try the first line alone
                parsed = spec.parse(span.text)
                spans = [span]
                text = span.text
            if parsed is None:
                return None
        if self._refused_kind(text[parsed.start:parsed.end]):
            return None
        value = to_field_value(parsed, spans)
        self._sources[id(value)] = (value, tuple(s.line for s in spans))
        return value

    def _parse_joined(self, spans: list[Span], spec: Field) -> Optional[FieldValue]:
        text = "".join(s.text for s in spans)
        parsed = spec.parse(text)
        if parsed is None or self._refused_kind(text[parsed.start:parsed.end]):
            return None
        value = to_field_value(parsed, spans)
        self._sources[id(value)] = (value, tuple(s.line for s in spans))
        return value

    def _row_pieces(self, first: Line, hit: LabelHit) -> list[Span]:
        """The value line right of a label and the lines that carry it on along its row, each starting within
        ROW_PIECE_GAP_CHARS of the last one's end, up to the next label."""
        limit = self._next_label_x(hit.line, hit)
        first = self._row_start(first, hit)
        pieces = [Span(first, 0, self._next_label_start(first, 0))]
        if pieces[0].end < len(first.text):
            return pieces  # a label follows on the line itself: the value ends there
        previous = first
        row = sorted((other for other in self.lines
                      if other is not first and other.same_row(first, ROW_PIECE_OVERLAP) and other.x0 > first.x0
                      and other.x0 < limit and not _stamp_like(other, first)), key=lambda other: other.x0)
        for other in row:
            if other.x0 < previous.x1 - previous.char_width or other.x0 - previous.x1 > ROW_PIECE_GAP_CHARS * previous.char_width:
                break
            if self._starts_with_label(other):
                break
            end = self._next_label_start(other, 0)
            pieces.append(Span(other, 0, end))
            if end < len(other.text):
                break
            previous = other
        return pieces

    def _inline_run_on(self, first: Span, spec: Field) -> Optional[FieldValue]:
        """A value begun after its label on the label's line and carried on by the next piece of the row (出生1996 |
        6年10月27日: a date the detector cut after its year). Where the pieces' boxes overlap, the recogniser may
        have read the character under the overlap twice: the next piece's first character is then dropped."""
        line = first.line
        row = sorted((other for other in self.lines
                      if other is not line and other.same_row(line, ROW_PIECE_OVERLAP) and other.x0 > line.x0
                      and other.x0 - line.x1 <= ROW_PIECE_GAP_CHARS * line.char_width
                      and not self._starts_with_label(other) and not _stamp_like(other, line)), key=lambda other: other.x0)
        if not row:
            return None
        after = row[0]
        end = self._next_label_start(after, 0)
        twice = after.x0 < line.x1 and after.text[:1] == line.text[-1:]
        for skip in ((0, 1) if twice else (0,)):
            value = self._parse_joined([first, Span(after, skip, end)], spec)
            if value is not None:
                return value
        return None

    def _row_start(self, line: Line, hit: LabelHit) -> Line:
        """The first piece of the run `line` belongs to: a piece just left of it in its row, right of the label (the
        column's top line may be the second piece, set a little higher than the first)."""
        while True:
            before = [other for other in self.lines
                      if other is not line and other.same_row(line, ROW_PIECE_OVERLAP) and hit.x1 <= other.x0 < line.x0
                      and line.x0 - other.x1 <= ROW_PIECE_GAP_CHARS * line.char_width and other.x1 <= line.x0 + line.char_width
                      and not self._starts_with_label(other) and not _stamp_like(other, line)]
            if not before:
                return line
            line = max(before, key=lambda other: other.x0)

    def _refused_kind(self, value: str) -> bool:
        """A label word (of this reader or any card's), the tail of a longer label or heading whose start was read
        apart (常住人口登记卡 read as 常住人口登 | 记卡), a seal's ring text, or a piece of the watermark written over
        the copy (乙方 仅供居任证, one character misread), read where a value should be."""
        key = label_key(value)
        return (key in self._label_words or key in COMMON_LABEL_WORDS or any(word in key for word in SEAL_WORDS)
                or is_misread_watermark_piece(key)
                or any(len(word) >= len(key) + LABEL_TAIL_SHORTER_BY and word.endswith(key) for word in self._vocabulary))

    @cached_property
    def _vocabulary(self) -> set[str]:
        """Every label this reader knows, found on the page or not, and every card's label words."""
        words = {label_key(label) for spec in self.fields for label in spec.labels}
        return words | {label_key(label) for label in self.extra_labels} | COMMON_LABEL_WORDS

    @property
    def _label_words(self) -> set[str]:
        return {label_key(h.label) for h in self.hits}

    def _follow_wrap(self, first: Span, hit: LabelHit, max_lines: int, label_x0: float, paragraph: bool = True,
                     address: bool = False) -> list[Span]:
        """Lines that continue a value: just below, starting where the value started (or, in running text, at
        the paragraph's margin when the value ran to the line's end), with no other label on their row from
        `label_x0` (where the value's label stands) up to them. A value found without its label (not `paragraph`)
        is a form's cell: it goes on only in its own column. An `address` may spill into the next row of a form,
        and ends with its room."""
        spans = [first]
        previous = first.line
        value_x0 = first.box[0]
        spilled = self._spill_row(first, hit, label_x0) if address else None
        if spilled is not None:
            return [first, spilled]
        while len(spans) < max_lines:
            tolerance = 1.2 * previous.char_width
            last = spans[-1]
            if address and last.text.rstrip(CLAUSE_ENDS).endswith(ADDRESS_LAST_UNIT):
                break  # nothing of an address follows its room (…12幢2004室 | 以上人员户口在…)
            running_text = (paragraph and last.end >= len(previous.text)
                            and previous.x1 >= self._right_margin(previous) - 2 * previous.char_width)
            # A value beside its label (right of it, however close a long label such as 常住户口所在地住址 brings
            # it, or read into the label's own line) that runs to the right margin.
            value_left = last.box[0] if last.start > 0 else previous.x0
            flush_right = (last.end >= len(previous.text) and value_left >= hit.x1 - tolerance
                           and previous.x1 >= self._right_margin(previous) - FLUSH_RIGHT_CHARS * previous.char_width)
            best = None
            for other in self.lines:
                if other.page_index != previous.page_index or other is previous or any(other is s.line for s in spans):
                    continue
                # Photos squeeze lines together: judge by how far the centre moved down, in line heights.
                step = (other.y_center - previous.y_center) / max(previous.text_height, other.text_height)
                if not WRAP_STEP[0] <= step <= (RUNNING_TEXT_WRAP_STEP if running_text else WRAP_STEP[1]):
                    continue
                aligned = (abs(other.x0 - value_x0) <= tolerance
                           or (running_text and -PARAGRAPH_INDENT_CHARS * previous.char_width - tolerance
                               <= other.x0 - previous.x0 <= tolerance)
                           or (flush_right and abs(other.x1 - previous.x1) <= tolerance and other.x0 > hit.x1))
                # A line opening with a province's name opens a value of its own (the next row's, its label lost).
                if (not aligned or self._starts_with_label(other) or seal_piece(other, previous)
                        or self.is_misread_short_label(other) or other.text.startswith(PROVINCE_LEVEL)
                        or (_whole_date(other.text) and not _OPEN_RANGE.search(last.text))
                        or self._foreign_label_left(other, hit, label_x0, previous)
                        or self._row_opened_left(other, hit, hit.x0)):
                    continue
                if best is None or other.y0 < best.y0:
                    best = other
            if best is None:
                break
            end = self._next_label_start(best, 0)
            spans.append(Span(best, 0, end - ring_tail(best, 0, end)))
            previous = best
        return spans

    def _spill_row(self, first: Span, hit: LabelHit, label_x0: float) -> Optional[Span]:
        """The next row of a form carrying on an address that stopped at its cell's right edge with no house part
        (湖南省长沙市岳麓区): the first line below, alone in its row from the page's left, that holds the house part
        (桐梓坡路58号10幢604室) and starts no new address of its own."""
        line = first.line
        if first.end < len(line.text) or line.x0 <= hit.x1 - line.char_width or _HOUSE_NUMBER.search(first.text):
            return None
        below = [other for other in self.lines
                 if other.page_index == line.page_index and other.y0 > line.y1 - 0.3 * line.text_height
                 and 0 < (other.y_center - line.y_center) / max(line.text_height, other.text_height) <= SPILL_ROW_STEP
                 and not seal_piece(other, line) and any(char.isalnum() for char in other.text)]
        # Further left than the cell's own next line may stand (a photo's slight slant moves it a hair).
        starting_left = [other for other in below if other.x0 < line.x0 - line.char_width]
        if not starting_left:
            return None
        nearest = min(starting_left, key=lambda other: other.y0)
        end = self._next_label_start(nearest, 0)
        text = nearest.text[:end]
        alone = not any(other is not nearest and other.same_row(nearest, ROW_OPENER_OVERLAP) and other.x1 <= nearest.x0
                        for other in below)
        if (not alone or not _HOUSE_NUMBER.search(text) or sum(map(_is_cjk, text)) < 2 or text.startswith(PROVINCE_LEVEL)
                or self._starts_with_label(nearest) or _whole_date(text) or seal_piece(nearest, line)
                or self._foreign_label_left(nearest, hit, label_x0)):
            return None
        return Span(nearest, 0, end)

    def is_misread_short_label(self, line: Line) -> bool:
        """A line that is a two-character label of this reader and nothing else, one character of it misread (箱贯 or
        糖贯 for 籍贯 under 出生地's value): a form's next label cell, never a value or the value above going on. The
        character kept is none a value ends with (8号 is an address's end, not 户号)."""
        text = line.text[:-1] if line.text[-1:] in ":：" else line.text
        if len(text) != 2 or not all(_is_cjk(char) for char in text):
            return False
        return any(len(word) == 2 and Hamming.distance(text, word) == 1
                   and not any(a == b and a in VALUE_ENDINGS for a, b in zip(text, word)) for word in self._vocabulary)

    def _right_margin(self, line: Line) -> float:
        """Where the print of the line's page ends: a watermark's or a seal's pieces (far taller than print) may stand
        further right."""
        return max(other.x1 for other in self.lines if other.page_index == line.page_index
                   and (other is line or other.height <= PRINT_HEIGHT_MAX * line.height))

    def _foreign_label_left(self, line: Line, own: LabelHit, label_x0: float, after: Optional[Line] = None) -> bool:
        """Another field's label, in the columns from ours up to this line, that sits nearer to this line than our
        label does, or than the value's line it would continue (`after`: a value wrapped onto a third line stands
        nearer to the next row's label than to its own): the line is the next row's value, not ours wrapping."""
        own_distance = abs(own.line.y_center - line.y_center)
        if after is not None:
            own_distance = min(own_distance, abs(after.y_center - line.y_center))
        for hit in self.hits:
            if hit is own or hit.line is own.line or hit.line is own.rest or hit.line.page_index != line.page_index:
                continue
            if not (hit.x0 >= label_x0 - own.line.char_width and hit.x1 <= line.x0 + own.line.char_width):
                continue
            distance = abs(hit.line.y_center - line.y_center)
            if distance < own_distance or hit.line.same_row(line, 0.3):
                return True
        return False


    def _row_opened_left(self, line: Line, own: LabelHit, label_x0: float) -> bool:
        """Text in the columns from our label up to this line, on this line's row but not on our label's: an unknown
        label (or the next row's value) opens a new row there, so the line is not ours wrapping."""
        slack = own.line.char_width
        for other in self.lines:
            if other is line or other is own.line or other is own.rest or other.page_index != line.page_index:
                continue
            if other.x0 < label_x0 - slack or other.x1 > line.x0 + slack:
                continue
            if other.same_row(line, ROW_OPENER_OVERLAP) and not other.same_row(own.line, ROW_OPENER_OVERLAP):
                return True
        return False


def consensus(readings: list[FieldValue]) -> FieldValue:
    """The value most sure readings agree on (the first reading wins a tie), carrying the sure readings that
    disagree as `alternatives`. Each character keeps its weakest reading among all the readings of much the same text
    that read that character at its place, sure or not: a character the recogniser hesitates over at one size (吴 read
    for 昊: 0.96, 0.96 and 0.76; 江 for 汪: 0.86, 0.86 and 0.72 where that reading also misread the next one) is
    doubtful, though the value's confidence stays the chosen reading's."""
    first = str(readings[0].value)
    edits = max(1, int(len(first) * SAME_VALUE_EDITS_PER_CHAR))
    sure = [r for r in readings if r.confidence >= SURE_READING and Levenshtein.distance(str(r.value), first) <= edits]
    if not sure:
        return _with_weakest_characters(readings[0], readings, edits, {})
    votes = Counter(str(r.value) for r in sure)
    winner = max(votes, key=lambda text: (votes[text], text == str(readings[0].value)))
    chosen = next(r for r in sure if str(r.value) == winner)
    return _with_weakest_characters(chosen, readings, edits, {"alternatives": [text for text in votes if text != winner]})


def _with_weakest_characters(chosen: FieldValue, readings: list[FieldValue], edits: int, update: dict) -> FieldValue:
    text = str(chosen.value)
    chars = list(chosen.char_confidences or [])
    if len(chars) == len(text):
        for other in readings:
            read = str(other.value)
            if other is chosen or not other.char_confidences or len(other.char_confidences) != len(read) \
                    or Levenshtein.distance(read, text) > edits:
                continue  # a crop that caught another line is no reading of this value
            for tag, i1, i2, j1, _ in Levenshtein.opcodes(text, read):
                if tag == "equal":
                    for k in range(i2 - i1):
                        chars[i1 + k] = min(chars[i1 + k], other.char_confidences[j1 + k])
        update["char_confidences"] = chars
    return chosen.model_copy(update=update) if update else chosen


def spans_between(spans: list[Span], start: int, end: int) -> list[Span]:
    """The pieces of `spans` that hold characters start:end of their joined text."""
    pieces: list[Span] = []
    offset = 0
    for span in spans:
        length = span.end - span.start
        lo, hi = max(start - offset, 0), min(end - offset, length)
        if lo < hi:
            pieces.append(Span(span.line, span.start + lo, span.start + hi))
        offset += length
    return pieces


def to_field_value(parsed: Parsed, spans: list[Span]) -> FieldValue:
    """Map the parsed value's place in the joined text back onto the spans it came from."""
    used = spans_between(spans, parsed.start, parsed.end) or spans[:1]
    cap = None
    # A text layer's characters are the document's own: a value failing its check there is the document's mistake.
    if not parsed.trusted and not all(span.line.exact for span in used):
        cap = UNTRUSTED_CAP
    elif parsed.corrected:
        cap = CORRECTED_CAP
    chars, bearing = None, None
    if isinstance(parsed.value, str):
        text = "".join(s.text for s in used)
        confidences = [c for s in used for c in s.confidences]
        if _DATE_VALUE.fullmatch(parsed.value):
            confidences = separators_borne_by_digits(text, confidences)
            bearing = confidences or None
            chars = date_char_confidences(text, confidences, parsed.value)
        elif parsed.trusted and id_number_ok(parsed.value):
            confidences = confirmed_by_check_digit(confidences)
            bearing = confidences
        elif is_masked(parsed.value):
            # A masked number rests on the digits it shows: how many stars were read, and how surely, says nothing
            # (masked_form puts back their number).
            bearing = [c for char, c in zip(text, confidences) if char.isdigit() or char in "Xx"] or None
        elif _has_pair(text):
            confidences = paired_brackets_borne_by_text(text, confidences)
            bearing = confidences
        if chars is None and len(confidences) == len(parsed.value):
            chars = confidences
    value = field_value(parsed.value, used, confidence_cap=cap, value_chars=chars, bearing=bearing)
    return placed_by_guess(value) if parsed.guessed else value


def date_char_confidences(text: str, confidences: list[float], value: str) -> Optional[list[float]]:
    """Each character of a date value (2024-09-01) as sure as the digits printed for it (2024年9月1日: the 1 read at
    0.59 makes only the day doubtful, so rules know the date to its month); a padding zero as sure as the weakest
    digit of its part, a separator as the part before it. None where the printed digits do not map onto the value's parts one for one
    (Chinese numerals, a year restored from elsewhere)."""
    if len(text) != len(confidences):
        return None
    runs = [(match.group(), confidences[match.start():match.end()]) for match in re.finditer(r"\d+", text)]
    parts = value.split("-")
    if len(runs) != len(parts) or any(int(run) != int(part) or len(run) > len(part)
                                      for (run, _), part in zip(runs, parts)):
        return None
    chars: list[float] = []
    for index, ((run, read), part) in enumerate(zip(runs, parts)):
        if index:
            chars.append(min(runs[index - 1][1]))  # the separator goes with the part before it
        chars += [min(read)] * (len(part) - len(run)) + list(read)
    return chars if len(chars) == len(value) else None


def separators_borne_by_digits(text: str, confidences: list[float]) -> list[float]:
    """A date's separators (年, 月, ., -) carry none of its value: the grammar that parsed it fixes where they stand,
    so a doubtful 「年」 does not make 2026年07月 doubtful; its digits do. Each separator counts as sure as the
    weakest digit. So does a zero glyph among Chinese numerals (二○二五年)."""
    borne = DATE_SEPARATORS | (ZERO_GLYPHS if CHINESE_NUMERALS & set(text) else frozenset())
    digits = [c for char, c in zip(text, confidences) if char not in borne]
    if not digits or len(text) != len(confidences):
        return confidences
    floor = min(digits)
    return [max(c, floor) if char in borne else c for char, c in zip(text, confidences)]


def _has_pair(text: str) -> bool:
    return "(" in text and ")" in text


def paired_brackets_borne_by_text(text: str, confidences: list[float]) -> list[float]:
    """Brackets that close what they open (上海恒远物流(中国)有限公司): comparisons treat every bracket form alike,
    and OCR confuses a bracket only with other brackets, so a doubtful 「)」 whose 「(」 is there does not make the
    name doubtful; it counts as sure as the weakest other character."""
    if len(text) != len(confidences):
        return confidences
    others = [c for char, c in zip(text, confidences) if char not in "()"]
    if not others:
        return confidences
    floor, paired = min(others), set()
    opened: list[int] = []
    for index, char in enumerate(text):
        if char == "(":
            opened.append(index)
        elif char == ")" and opened:
            paired.update((opened.pop(), index))
    return [max(c, floor) if index in paired else c for index, c in enumerate(confidences)]


def confirmed_by_check_digit(confidences: list[float]) -> list[float]:
    """An ID number whose check digit agrees, with a single character read unsurely: any one misread character would
    break the check digit (GB 11643's MOD 11-2 catches every single substitution), so that character is confirmed
    and counts as sure as the weakest of the rest. Two or more unsure characters stay unsure: they could agree by chance."""
    unsure = [i for i, c in enumerate(confidences) if c < CHECK_DIGIT_CONFIRMS_BELOW]
    if len(unsure) != 1:
        return confidences
    rest = [c for i, c in enumerate(confidences) if i != unsure[0]]
    confirmed = list(confidences)
    confirmed[unsure[0]] = min(rest) if rest else confidences[unsure[0]]
    return confirmed


def read_surely(value: FieldValue) -> bool:
    """Every character of the value read at SURE_READING or more."""
    return min(value.char_confidences or [value.confidence]) >= SURE_READING


def placed_by_guess(value: FieldValue) -> FieldValue:
    """The value as it stands, but no surer than a guessed placement allows (GUESSED_PLACE_CAP)."""
    return value.model_copy(update={"confidence": min(value.confidence, GUESSED_PLACE_CAP), "guessed": True})


# An address read short: it ends inside a house number (…117号2, …1402 without 室) or at a division or a street
# with no house after it (湖北省武汉市, …金水区建设路: a seal over the rest), or starts with the tail of a province or
# city name (省南充市…) that a seal or the wrap swallowed.
_CUT_ADDRESS_END = re.compile(r"(?:[0-9A-Za-z]|[省市区县镇乡路街]|街道|大道)$")
_CUT_ADDRESS_START = re.compile(r"^[省市区县]")
# …弄36409室: a lane's house number runs into its room with no 号 between, the characters at the wrap lost (the first
# line runs on under a card's portrait, or off its edge).
_CUT_ADDRESS_INSIDE = re.compile(r"弄\d+室")
# A whole 户籍 address ends at a house, a village or its group: with no number, 号, 村 or 组 anywhere it stops short (a
# cell that clipped 河北省石家庄市桥西区人民路198号 to its first line).
_HOUSE_PART = re.compile(r"[0-9０-９号室组村队屯户幢栋楼舍院]")
# A validity whose first line stops at 至 (2026-08-15至, right-aligned on an app's screen) goes on with the end date
# on the line below: there a whole date is the value's second half, not the next row's date.
_OPEN_RANGE = re.compile(r"(?:至|到|[-—–~～])$")
# A house's number itself: a district's name may hold 楼 or 村 (鼓楼区, 钟楼区), never a figure, 号 or 室.
_HOUSE_NUMBER = re.compile(r"[0-9０-９号室]")
# Room for this many more characters on a wrapped value's last line: its end is where the page's text ends.
WRAP_ROOM_CHARS = 2
# No whole 户籍 address is shorter (城关镇1号 needs its county and city before it).
SHORTEST_ADDRESS = 8
# A character in a value's box read less surely than this is a seal's speckle, not print the reading left out.
STRAY_CHARACTER_BELOW = 0.9


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


def just_under(tail: Line, line: Line) -> bool:
    """`tail` starts below the top third of `line` and within a line's height under it, as read on the raw page (the
    tail stands under the line's start, where a tilted page's levelling of the whole line does not hold)."""
    return line.bbox[1] + 0.3 * line.height < tail.bbox[1] < line.bbox[3] + line.height


def looks_cut_address(text: str, ends_where_printed: bool = False) -> bool:
    """`ends_where_printed`: the value's last line stops with room left in its cell, so a house number with no 室
    after it (…号452) is how the page prints it, not a reading cut short."""
    cut_end = _CUT_ADDRESS_END.search(text) and not (ends_where_printed and text[-1:].isdigit())
    return bool(cut_end or _CUT_ADDRESS_START.match(text) or len(text) < SHORTEST_ADDRESS
                or _CUT_ADDRESS_INSIDE.search(text) or starts_with_a_provinces_tail(text) or not _HOUSE_PART.search(text)
                or unclosed_bracket(text))


def unclosed_bracket(text: str) -> bool:
    """A bracket opened and never closed: the value stops where its line did (…75号（人才交流中心集体 | 户）。 in a
    letter's running text, the rest at the next line's margin; 江苏省南京市鼓楼[ from a crop of a slanted line's top)."""
    return sum(map(text.count, "(（[【")) > sum(map(text.count, ")）]】"))


def doubt_cut_addresses(fields: dict[str, FieldValue], names: tuple[str, ...], lines: Iterable[Line] = ()) -> None:
    """An address that looks read short, or whose box holds text of `lines` its reading left out, is kept, but only
    as doubtful (readable, not sure enough to err on). `lines` only where addresses stand in cells of their own: an
    address inside running text shares its lines' box with the words around it."""
    lines = list(lines)
    for name in names:
        value = fields.get(name)
        if value is not None and isinstance(value.value, str) and (looks_cut_address(value.value,
                                                                                      ends_inside_its_wrap(value, lines))
                                                                    or skips_text_in_its_box(value, lines)
                                                                    or overlapped_on_its_row(value, lines)):
            fields[name] = placed_by_guess(value)


def ends_inside_its_wrap(value: FieldValue, lines: list[Line]) -> bool:
    """The value wraps over lines of its cell and its last line stops WRAP_ROOM_CHARS characters or more short of the
    lines above, with nothing after it on its row: a character the reading lacks at its end (a 室) would have stood
    on that line, in the room left, and was not printed."""
    evidence = value.evidence
    if evidence is None or evidence.text is None:
        return False
    on_page = [line for line in lines if (line.ref.file, line.ref.page) == (evidence.file, evidence.page)]
    pieces = sorted((line for line in on_page if len(line.text) >= 2 and line.text in evidence.text
                     and evidence.bbox[1] <= (line.y0 + line.y1) / 2 <= evidence.bbox[3]), key=lambda line: line.y0)
    if len(pieces) < 2 or not evidence.text.endswith(pieces[-1].text):
        return False
    last = pieces[-1]
    room = max(piece.x1 for piece in pieces[:-1]) - last.x1
    return room >= WRAP_ROOM_CHARS * last.char_width and not any(
        other is not last and last.same_row(other, 0.3) and other.x0 >= last.x1 - last.char_width for other in on_page)


def overlapped_on_its_row(value: FieldValue, lines: list[Line]) -> bool:
    """A line the reading left out stands on the row of a piece of the value, starting inside that piece and running
    on past it: two readings of one stretch of the page (a seal's ring over the address: 浙江省温州市鹿城 | 成区云台大道29
    | 号院9号楼2312号, the middle one left out). What the value holds there is in doubt."""
    evidence = value.evidence
    if evidence is None or evidence.text is None:
        return False
    on_page = [line for line in lines if (line.ref.file, line.ref.page) == (evidence.file, evidence.page)]
    pieces = [line for line in on_page if len(line.text) >= 2 and line.text in evidence.text
              and evidence.bbox[1] <= (line.y0 + line.y1) / 2 <= evidence.bbox[3]]
    return any(other not in pieces and not seal_piece(other) and not any(word in other.text for word in SEAL_WORDS)
               and piece.same_row(other, 0.3) and piece.x0 < other.x0 < piece.x1 - piece.char_width < other.x1
               for piece in pieces for other in on_page)


def skips_text_in_its_box(value: FieldValue, lines: list[Line]) -> bool:
    """More characters stand inside the value's box than its reading holds: a piece of it beyond a seal or a stain
    that hid the characters between (路316号 … 号) was left out, and what the seal hid is lost with it."""
    evidence = value.evidence
    if evidence is None or evidence.text is None:
        return False
    x0, y0, x1, y1 = evidence.bbox
    in_box = [line for line in lines if (line.ref.file, line.ref.page) == (evidence.file, evidence.page)
              and y0 <= (line.y0 + line.y1) / 2 <= y1]  # levelled, as the value's box is
    # A value carried on into the next row from further left (住址 | 湖南省长沙市岳麓区 over | 桐梓坡路58号…) has a box
    # that also holds the cells left of its first line: what stands left of a piece of the value in its row is not it.
    pieces = [line for line in in_box if len(line.text) >= 2 and line.text in evidence.text]
    inside = 0
    for line in in_box:
        if (seal_piece(line) or any(word in line.text for word in SEAL_WORDS)
                or any(piece is not line and piece.same_row(line, 0.3) and line.x1 <= piece.x0 for piece in pieces)):
            continue
        inside += sum(1 for (left, right), confidence in zip(line.char_spans, line.char_confidences)
                      if x0 <= (left + right) / 2 <= x1 and confidence >= STRAY_CHARACTER_BELOW)
    return inside > len(evidence.text)


def value_from_span(parsed: Parsed, span: Span) -> FieldValue:
    return to_field_value(parsed, [span])


def search_text(lines: list[Line], parse: Callable[[str], Optional[Parsed]], where: Callable[[Line], bool] = lambda l: True,
                last: bool = False) -> Optional[FieldValue]:
    """The first (or last) line, in reading order, where parse finds a value: for unlabelled values."""
    ordered = [line for line in lines if where(line)]
    if last:
        ordered = list(reversed(ordered))
    for line in ordered:
        parsed = parse(line.text)
        if parsed is not None:
            return value_from_span(parsed, Span(line, 0, len(line.text)))
    return None


def draft_lines(draft) -> list[Line]:
    """The normalised lines of a document draft (the pipeline's DocumentDraft), in reading order."""
    return document_lines(draft.parts)


def labelled_fields(draft, fields, extra_labels: tuple[str, ...] = (), *, second_look: Optional[SecondLook],
                    join_characters: bool = False):
    """Fields read by label, and the Reader (for type modules that read more below). `second_look` reads a weak
    value again from the page; `join_characters` (cards and booklets, whose labels are set with wide letter spacing)
    joins each character the detector boxed alone to the line beside it."""
    lines = draft_lines(draft)
    if join_characters:
        lines = join_lone_characters(lines, [label for spec in fields for label in spec.labels] + list(extra_labels))
    reader = Reader(lines, tuple(fields), tuple(extra_labels), reread=second_look)
    return doubt_compared_values_read_twice(reader.read_all(), fields), reader


def doubt_compared_values_read_twice(values: dict[str, FieldValue], fields) -> dict[str, FieldValue]:
    """A compared value (a name, an address) read from the very place another field was read from: one line is the
    value of one label only, so its label may have taken its neighbour's value (a photo's slant set 户籍所在地's
    address above its label's row, and the label took the 居住地住址 below). It is kept, only as doubtful."""
    compared = {spec.name for spec in fields if spec.compared}

    def place(value: FieldValue):
        evidence = value.evidence
        return None if evidence is None else (evidence.file, evidence.page, tuple(evidence.bbox), value.value)

    out = dict(values)
    for name, value in values.items():
        if name not in compared or value is None or place(value) is None:
            continue
        if any(other != name and found is not None and place(found) == place(value) for other, found in values.items()):
            out[name] = placed_by_guess(value)
    return out
