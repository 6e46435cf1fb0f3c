"""Page → document type, by content alone (file names mean nothing)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional
from statistics import median

from rapidfuzz import fuzz

from extractors.declaration import DocumentType
from extractors.reading.fields import COMMON_LABEL_WORDS
from extractors.registry import UNKNOWN, all_types, document_type
from precheck.core.model import OcrLine
from precheck.core.textnorm import for_matching
from precheck.core.watermarks import (in_watermark, is_long_misread_watermark_piece, is_misread_watermark_piece, is_use_note,
                                      REPEATED_PHRASES)

# A keyword of this many characters may match with one OCR error in it.
FUZZY_MIN_LENGTH = 4
FUZZY_MIN_RATIO = 75  # a four-character label with one character misread
FUZZY_CREDIT = 0.8
EXCLUDE_PENALTY = 3.0
# 居住证积分 is the points scheme: a title followed by it (上海市居住证积分受理点) names no residence permit.
SCHEME_WORD = "积分"
# A title heading in the top part of the page starts a new document.
START_REGION = 0.35
TITLE_LINE_MAX_CHARS = 20
TITLE_PIECE_MAX_CHARS = 6  # a piece of a spaced heading read apart from the rest of it
# A heading line no taller than this many times the page's running text is a running head, repeated over every page
# (measured on seven outsider sets: running heads 0.5–0.8 of the text's height, titles that open a document 1.4–2.8).
RUNNING_HEAD_HEIGHTS = 1.15
BODY_LINE_MIN_CHARS = 6
BODY_LINES_MIN = 3
# A heading is no sentence: a clause's last line (知甲方，可以解除劳动合同。) ends with a title and opens nothing.
SENTENCE_MARKS = "。，；,;"
# The text's first line, when short and holding a type's title as printed, is the document's heading: it names the
# page even when the document is small in a photo and its labels are misread (上海市社会保险个人权益记录（缴费明细）).
HEADING_CREDIT = 1.5
# Watermarks written across copies (仅供居住证积分使用，他用无效): a line that reads as a piece of one names no document
# and holds no value, and its words (居住证) must not make an ID-card copy a residence permit.
WATERMARK_MARKS = ("仅供", "他用", "使用", "无效")
WATERMARK_MIN_CHARS = 4
# A slanted watermark's piece stands in a box this many typical lines tall.
SLANTED_PIECE_HEIGHTS = 2.5
# A slanted piece this short with one character misread (日无效, 又供居) is still one: its box says what it is.
SLANTED_MISREAD_MIN = 3
# A box this many typical lines tall is a seal or a stamp (or a slanted watermark's piece), not a line of text.
STAMP_HEIGHTS = 3.0
# A block side by side with others whose lines are mostly label words is the label column of one grid, not a document.
GRID_COLUMN_SHARE = 0.6
LABEL_COLUMN_MIN_LINES = 3
# A region whose title is cut off or misread (the 本人页 of an open booklet half off the copy) still holds its own
# document beside a titled one when its labels alone (no title counted) score this many times what its type needs.
UNTITLED_REGION_MARGIN = 2.0
# The fold between two titled documents on one image is an empty band at least this many typical lines wide.
FOLD_MIN_GAP = 0.5
FOLD_MIN_LINES = 4  # each side of a fold holds a document's form, not a word or two
# A fold that leans (an open booklet photographed at an angle) stands straight after one of these shears (how far a
# line moves across per unit along the page); 0 is tried first and alone decides where it finds a band.
FOLD_SHEARS = (0.0, 0.06, -0.06, 0.12, -0.12)
# Two documents on one sheet (side by side or one above the other, at any scale, with or without a fold or a wide
# gap) part along one straight empty band through the whole text; each side of it holds at least this many lines.
DOCUMENT_MIN_LINES = 3
DOCUMENT_CUT_CANDIDATES = 12  # the widest bands of each axis tried as the place where two documents part


@dataclass
class Classification:
    type_id: str
    score: float
    scores: dict[str, float] = field(default_factory=dict)
    is_start: bool = False
    titled: bool = False


@lru_cache(maxsize=None)
def _needle(text: str) -> str:
    return for_matching(text)


def _found(keyword: str, haystack: str) -> float:
    """1 for an exact hit, FUZZY_CREDIT for a near one (one misread character), else 0."""
    needle = _needle(keyword)
    if needle in haystack:
        return 1.0
    if len(needle) >= FUZZY_MIN_LENGTH and fuzz.partial_ratio(needle, haystack) >= FUZZY_MIN_RATIO:
        return FUZZY_CREDIT
    return 0.0


def score_type(spec: DocumentType, haystack: str) -> float:
    title = max((k.weight * _found(k.text, haystack) for k in spec.titles), default=0.0)
    return title + label_score(spec, haystack)


def label_score(spec: DocumentType, haystack: str) -> float:
    """What the type's keywords (its labels) score, less what its excludes take away; titles not counted."""
    keywords = sum(k.weight * _found(k.text, haystack) for k in spec.keywords)
    penalty = sum(EXCLUDE_PENALTY for word in spec.excludes if _needle(word) in haystack)
    return keywords - penalty


def ruled_out(spec: DocumentType, lines: list[OcrLine]) -> bool:
    """The page holds a word that rules the type out (a pay slip's 实发工资 for a tax record): never its page."""
    return _holds_an_exclude(spec, _matching_text(lines))


def _holds_an_exclude(spec: DocumentType, haystack: str) -> bool:
    return any(_needle(word) in haystack for word in spec.excludes)


def names_itself(spec: DocumentType, lines: list[OcrLine]) -> bool:
    """A title read as printed, standing as a heading or opening a line (公民身份号码 …): a near reading (身份证件号 for
    公民身份号码) names nothing, nor does a title inside a sentence (本证明仅用于办理上海市居住证积分). A title printed
    with wide spacing may be read in pieces along its row (士学位证 | 书, a watermark's stroke between): the pieces
    together are its heading."""
    for text in [for_matching(line.text) for line in lines] + _short_lines_joined_by_row(lines):
        for title in spec.titles:
            places = _title_places(text, _needle(title.text))
            if any(start == 0 or end == len(text) or len(text) <= TITLE_LINE_MAX_CHARS for start, end in places):
                return True
    return False


def _short_lines_joined_by_row(lines: list[OcrLine]) -> list[str]:
    """The text of each row of two or more short lines (a heading's pieces), left to right."""
    short = sorted((line for line in lines if len(line.text) <= TITLE_PIECE_MAX_CHARS), key=lambda line: line.bbox[0])
    rows: list[list[OcrLine]] = []
    for line in short:
        row = next((row for row in rows if _same_row(row[0], line)), None)
        if row is None:
            rows.append([line])
        else:
            row.append(line)
    return [for_matching("".join(line.text for line in row)) for row in rows if len(row) > 1]


def _matching_text(lines: list[OcrLine]) -> str:
    """The lines' text for keyword matching, the scheme's name (居住证积分, of a watermark piece run into a value's
    line, or of a letter's addressee) left as 积分 alone: it is neither a permit's title nor an ID card's exclusion."""
    return for_matching("".join(line.text for line in lines)).replace(_needle("居住证" + SCHEME_WORD), SCHEME_WORD)


def _title_places(text: str, needle: str) -> list[tuple[int, int]]:
    """Where a title stands in the text, except where it names the points scheme (上海市居住证积分受理点: the letter
    is addressed to the office, it is no residence permit)."""
    places, start = [], text.find(needle)
    while start >= 0:
        end = start + len(needle)
        if not text.startswith(SCHEME_WORD, end):
            places.append((start, end))
        start = text.find(needle, start + 1)
    return places


def classify_lines(lines: list[OcrLine], whole_page: bool = True) -> Classification:
    """The page's type; a region of a page (whole_page False) gets no credit for a heading, since a block's first
    line is no heading of the page (居住证办理信息 above a grid whose 公民身份号码 names an ID card)."""
    haystack = _matching_text(lines)
    scores: dict[str, float] = {}
    heading = _heading(lines) if whole_page else ""
    for spec in all_types():
        scores[spec.type_id] = score_type(spec, haystack)
        if heading and any(_needle(title.text) in heading for title in spec.titles):
            scores[spec.type_id] += HEADING_CREDIT
    confident = [s for s in all_types() if scores[s.type_id] >= s.min_score]
    if not confident and heading:
        # A page read too poorly for its labels to score, headed by nothing but one type's title (户口簿 over a
        # booklet's first page in a blurred chat photo), is that type; not by a title that is also some form's label
        # (公民身份号码 heads an ID card's line, and is a label of the 居住证 too).
        headed = [s for s in all_types() if heading not in _label_words()
                  and any(_needle(title.text) == heading for title in s.titles)
                  and not _holds_an_exclude(s, haystack)]
        if len(headed) == 1:
            return Classification(headed[0].type_id, scores[headed[0].type_id], scores, is_start=True, titled=True)
    if not confident:
        shaped = next((s for s in all_types() if s.unlabelled is not None and s.unlabelled(lines)), None)
        if shaped is not None:
            return Classification(shaped.type_id, shaped.min_score, scores)
        return Classification(UNKNOWN, 0.0, scores)
    # Margin over the threshold, not raw score: types differ in how many keywords they declare.
    best = max(confident, key=lambda s: (scores[s.type_id] / s.min_score, scores[s.type_id]))
    return Classification(
        best.type_id,
        scores[best.type_id],
        scores,
        is_start=_starts_document(best, lines),
        titled=names_itself(best, lines),
    )


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    """Every type's keywords, as matched."""
    return frozenset(_needle(word.text) for spec in all_types() for word in spec.keywords)


def _heading(lines: list[OcrLine]) -> str:
    """The topmost line of the text, normalised, when it is short enough to be a heading; else ""."""
    if not lines:
        return ""
    text = for_matching(min(lines, key=lambda line: line.bbox[1]).text)
    return text if len(text) <= TITLE_LINE_MAX_CHARS else ""


def _starts_document(spec: DocumentType, lines: list[OcrLine]) -> bool:
    body_height = _body_line_height(lines)
    for line in lines:
        if line.bbox[1] > START_REGION or any(mark in line.text for mark in SENTENCE_MARKS):
            continue
        if body_height and _upright_height(line) <= RUNNING_HEAD_HEIGHTS * body_height:
            continue  # a running head (劳动合同（示范文本）over a clause page) is no taller than the text it heads
        text = for_matching(line.text)
        for title in spec.titles:
            needle = _needle(title.text)
            # A heading: the title opens or closes a short line (劳动合同书, 上海市居住证), not mid-sentence.
            for start, end in _title_places(text, needle) if len(text) <= TITLE_LINE_MAX_CHARS else ():
                if (start == 0 or end == len(text)) and not _part_heading(spec, text[end:]):
                    return True
    return False


def _upright_height(line: OcrLine) -> float:
    """The line's height without what its tilt adds to its box (a photographed page)."""
    return (line.bbox[3] - line.bbox[1]) - abs(line.slope or 0.0) * (line.bbox[2] - line.bbox[0])


def _body_line_height(lines: list[OcrLine]) -> Optional[float]:
    """The median upright height of the page's lines of running text, or None where too few to tell."""
    body = [_upright_height(line) for line in lines if len(line.text.strip()) >= BODY_LINE_MIN_CHARS]
    return median(body) if len(body) >= BODY_LINES_MIN else None


def _part_heading(spec: DocumentType, after_title: str) -> bool:
    return any(after_title.startswith(_needle(word)) for word in spec.part_headings)


def is_watermark(line: OcrLine) -> bool:
    text = "".join(char for char in for_matching(line.text) if char.isalnum())
    return (len(text) >= WATERMARK_MIN_CHARS and any(mark in text for mark in WATERMARK_MARKS)
            and (in_watermark(text) or is_misread_watermark_piece(text) or is_use_note(text)
                 or is_long_misread_watermark_piece(text)))


def is_slanted_watermark_piece(line: OcrLine, typical_height: float) -> bool:
    """A piece of a watermark written at a slant across the page (证积, 仅供居, a misread 尽住证积分使用): its box is
    many lines tall for its few characters, and what it says is (nearly) part of a watermark phrase."""
    text = "".join(char for char in for_matching(line.text) if char.isalnum())
    if not text or line.bbox[3] - line.bbox[1] < SLANTED_PIECE_HEIGHTS * typical_height:
        return False
    if in_watermark(text) or is_misread_watermark_piece(text, shortest=SLANTED_MISREAD_MIN):
        return True
    return len(text) >= FUZZY_MIN_LENGTH and max(fuzz.partial_ratio(text, phrase) for phrase in REPEATED_PHRASES) >= FUZZY_MIN_RATIO


def without_watermarks(lines: list[OcrLine]) -> list[OcrLine]:
    # A line's height is measured among the lines that read as no piece of a watermark: a page written over with
    # slanted watermarks reads more of them than of its own lines, each many lines tall.
    plain = [line for line in lines if not is_watermark(line)]
    own = [line for line in plain if not _reads_as_a_watermark_piece(line)] or plain
    typical = median(line.bbox[3] - line.bbox[1] for line in own) if own else 0.0
    kept = [line for line in plain if not is_slanted_watermark_piece(line, typical)]
    return kept or lines


def _reads_as_a_watermark_piece(line: OcrLine) -> bool:
    text = "".join(char for char in for_matching(line.text) if char.isalnum())
    return bool(text) and is_misread_watermark_piece(text, shortest=WATERMARK_MIN_CHARS)


def split_regions(lines: list[OcrLine]) -> list[list[OcrLine]]:
    """Blocks of text separated by wide empty bands (recursive XY cut), for pages holding two documents. Seals and
    stamps (boxes many lines tall) take no part in the cut: one laid over the fold of an open booklet, or reaching
    from a letter's body to its foot, would bridge the band between two blocks or stand as a block of its own; each
    joins the block nearest to it."""
    if len(lines) < 4:
        return [lines]
    typical = median(line.bbox[3] - line.bbox[1] for line in lines)
    marks = [line for line in lines if line.bbox[3] - line.bbox[1] > STAMP_HEIGHTS * typical]
    text = [line for line in lines if line.bbox[3] - line.bbox[1] <= STAMP_HEIGHTS * typical]
    if len(text) < 4:
        return [lines]
    regions = [part for region in _cut(text, max(0.03, 2.5 * typical), gap_x=0.04, depth=0)
               for part in _at_fold(region, typical)]
    for mark in marks:
        min(regions, key=lambda region: _distance(mark, region)).append(mark)
    return regions


def split_documents(lines: list[OcrLine]) -> list[list[OcrLine]]:
    """The documents a sheet holds, when a straight empty band through the whole text parts them: a diploma beside
    its degree certificate, a 户口簿首页 above its 本人页 on one copy. Each side is read as a page of its own (its
    heading names it), so a side whose labels the capture lost is still named by its title, and one side's title
    never counts against the other (the 首页 excludes the words 常住人口登记卡). A band that leaves one document's
    title or text on both sides (the titles' row above two certificates) parts no documents. Seals and stamps take no
    part in the cut and join the side nearest to them."""
    if len(lines) < 2 * DOCUMENT_MIN_LINES:
        return [lines]
    typical = median(line.bbox[3] - line.bbox[1] for line in lines)
    marks = [line for line in lines if line.bbox[3] - line.bbox[1] > STAMP_HEIGHTS * typical]
    text = [line for line in lines if line.bbox[3] - line.bbox[1] <= STAMP_HEIGHTS * typical]
    sides = _documents_in(text, typical, depth=0)
    if len(sides) < 2:
        return [lines]
    for mark in marks:
        min(sides, key=lambda side: _distance(mark, side)).append(mark)
    return sides


def _documents_in(lines: list[OcrLine], typical: float, depth: int) -> list[list[OcrLine]]:
    """Cut by cut: an A4 copy may hold three documents (an ID card's two faces and the 居住证 beside them)."""
    sides = _document_cut(lines, typical) if depth < 2 else None
    if sides is None:
        return [lines]
    return [document for side in sides for document in _documents_in(side, typical, depth + 1)]


def _document_cut(lines: list[OcrLine], typical: float) -> Optional[tuple[list[OcrLine], list[OcrLine]]]:
    """The band, across either axis, with a different document on each side: one naming itself on both sides first,
    then the one leaving least of each document's words on the other's side (a band between one certificate's body
    and its foot, below which the other certificate starts, leaves the foot's 校长 with the other), then the widest.
    A band along the page's edges first; then a slanted one (an open booklet photographed at an angle, its fold
    leaning), tried by shearing the page until the band stands straight."""
    for shear in FOLD_SHEARS:
        sides = _document_cut_along(lines, typical, shear)
        if sides is not None:
            return sides
    return None


def _sheared(line: OcrLine, axis: int, shear: float) -> OcrLine:
    """The line moved across `axis` in proportion to where it stands along the other axis."""
    x0, y0, x1, y1 = line.bbox
    if axis == 0:
        shift = shear * (y0 + y1) / 2
        return line.model_copy(update={"bbox": (x0 - shift, y0, x1 - shift, y1)})
    shift = shear * (x0 + x1) / 2
    return line.model_copy(update={"bbox": (x0, y0 - shift, x1, y1 - shift)})


def _document_cut_along(lines: list[OcrLine], typical: float,
                        shear: float) -> Optional[tuple[list[OcrLine], list[OcrLine]]]:
    best, best_rank = None, None
    for axis in (0, 1):
        placed = [_sheared(line, axis, shear) for line in lines] if shear else lines
        original = {id(moved): line for moved, line in zip(placed, lines)}
        groups = _split_axis(placed, axis, FOLD_MIN_GAP * typical)
        for cut in _widest_first(groups, axis)[:DOCUMENT_CUT_CANDIDATES]:
            sides = ([original[id(line)] for group in groups[:cut] for line in group],
                     [original[id(line)] for group in groups[cut:] for line in group])
            if min(len(side) for side in sides) < DOCUMENT_MIN_LINES:
                continue
            readings = [classify_lines(side) for side in sides]
            if not _two_documents(sides, readings):
                continue
            band = min(line.bbox[axis] for line in groups[cut]) - max(line.bbox[axis + 2] for line in groups[cut - 1])
            rank = (sum(reading.titled for reading in readings), _separation(readings), band)
            if best_rank is None or rank > best_rank:
                best, best_rank = sides, rank
    return best


def _separation(readings: list[Classification]) -> float:
    """How much better each side reads as its own type than as the other side's."""
    own, other = readings[0].type_id, readings[1].type_id
    return (readings[0].scores[own] - readings[0].scores[other]) + (readings[1].scores[other] - readings[1].scores[own])


# Papers a packet holds of several people, two of which may share a sheet: the 登记卡 of two family members in an
# open booklet, the applicant's and the spouse's ID cards copied on one A4. Two sides of one type are two documents
# when each names itself and each names its person (its own 姓名): a card's back beside its front names nobody.
ONE_PERSON_EACH = ("household_register_member", "id_card")
NAME_LABEL = "姓名"


def _names_a_person(side: list[OcrLine]) -> bool:
    """Its 姓名 label, or a label cell of two characters opening with 姓 (姓E: the 名 of a photographed booklet misread)."""
    return any((text := _needle(line.text)).startswith(NAME_LABEL) or (len(text) == 2 and text[0] == NAME_LABEL[0])
               for line in side)


def _two_documents(sides: tuple[list[OcrLine], list[OcrLine]], readings: list[Classification]) -> bool:
    """Each side reads as its own type, sure of it (by its title, or by its labels alone), at least one side names
    itself, and neither side names the other's type; or both sides are one person's paper each (ONE_PERSON_EACH)."""
    types = [reading.type_id for reading in readings]
    if types[0] == types[1] and types[0] in ONE_PERSON_EACH:
        return all(reading.titled and _names_a_person(side) for reading, side in zip(readings, sides))
    if UNKNOWN in types or types[0] == types[1] or not any(reading.titled for reading in readings):
        return False
    if _labels_beside_their_values(*sides):
        return False
    if not all(reading.titled or _sure_without_title(reading, side) for reading, side in zip(readings, sides)):
        return False
    return not any(_names_other(document_type(types[index]), document_type(types[1 - index]), side)
                   for index, side in enumerate(sides))


# A label standing alone in its cell: a few characters, no digits.
LABEL_CELL_MAX_CHARS = 6
LABELS_WITH_VALUES_SHARE = 0.75


def _labels_beside_their_values(one: list[OcrLine], other: list[OcrLine]) -> bool:
    """One side is a column of labels whose values stand across the band on their rows (a 户籍证明 printed as a form:
    姓名 | 付霞, 公民身份号码 | 1306…; 公民身份号码 alone names an ID card): the two sides are one form's columns."""
    labels, values = (one, other) if len(one) <= len(other) else (other, one)
    if any(len(line.text.strip()) > LABEL_CELL_MAX_CHARS or any(char.isdigit() for char in line.text)
           for line in labels):
        return False
    beside = sum(1 for label in labels if any(_same_row(label, value) and value.bbox[0] >= label.bbox[2]
                                              for value in values))
    return beside >= LABELS_WITH_VALUES_SHARE * len(labels)


def _same_row(one: OcrLine, other: OcrLine) -> bool:
    overlap = min(one.bbox[3], other.bbox[3]) - max(one.bbox[1], other.bbox[1])
    return overlap >= 0.5 * min(one.bbox[3] - one.bbox[1], other.bbox[3] - other.bbox[1])


def _names_other(own: DocumentType, other: DocumentType, side: list[OcrLine]) -> bool:
    """The side names the other document's type by a title, unless the side is headed by its own title and the
    other's title is one of its own labels: 公民身份号码 heads an ID card, but under 上海市居住证 it is the card's label.
    A side whose top lines come before its title (the foot of a card cut off above) is judged by every title."""
    top = min(side, key=lambda line: line.bbox[1])
    own_words = {_needle(word.text) for word in own.keywords} if names_itself(own, [top]) else set()
    titles = tuple(title for title in other.titles if _needle(title.text) not in own_words)
    return names_itself(replace(other, titles=titles), side) if titles else False


def _cut(lines: list[OcrLine], gap_y: float, gap_x: float, depth: int) -> list[list[OcrLine]]:
    if depth >= 4 or len(lines) < 3:
        return [lines]
    for axis, gap in ((1, gap_y), (0, gap_x)):
        groups = _split_axis(lines, axis, gap)
        if axis == 0 and (_grid_columns(groups) or _cells_of_one_form(groups)):
            continue
        if len(groups) > 1:
            out = []
            for group in groups:
                out.extend(_cut(group, gap_y, gap_x, depth + 1))
            return out
    return [lines]


def _at_fold(lines: list[OcrLine], typical: float) -> list[list[OcrLine]]:
    """A block holding two documents side by side that each name themselves, split along the empty band between
    them, however narrow: an open booklet photographed at a slant (its fold foreshortened) or two pages copied close
    together leave a band narrower than the gaps between one form's columns, so only a band with a titled document on
    either side of it is taken for the fold. (Pages one above the other leave wide bands, which the cut finds.)"""
    if len({spec.type_id for spec in all_types() if names_itself(spec, lines)}) < 2:
        return [lines]
    groups = _split_axis(lines, 0, FOLD_MIN_GAP * typical)
    for cut in _widest_first(groups, 0):
        sides = [line for group in groups[:cut] for line in group], [line for group in groups[cut:] for line in group]
        if min(len(side) for side in sides) < FOLD_MIN_LINES or _grid_columns(list(sides)):
            continue  # a grid's label column cut from its values
        readings = [classify_lines(side, whole_page=False) for side in sides]
        if all(reading.titled for reading in readings) and readings[0].type_id != readings[1].type_id \
                and UNKNOWN not in (readings[0].type_id, readings[1].type_id):
            return list(sides)
    return [lines]


def _widest_first(groups: list[list[OcrLine]], axis: int) -> list[int]:
    """The places between consecutive groups (index of the group after the gap), the widest gap first."""
    def gap(index: int) -> float:
        return min(line.bbox[axis] for line in groups[index]) - max(line.bbox[axis + 2] for line in groups[index - 1])
    return sorted(range(1, len(groups)), key=gap, reverse=True)


def _split_axis(lines: list[OcrLine], axis: int, gap: float) -> list[list[OcrLine]]:
    ordered = sorted(lines, key=lambda line: line.bbox[axis])
    groups = [[ordered[0]]]
    reach = ordered[0].bbox[axis + 2]
    for line in ordered[1:]:
        if line.bbox[axis] - reach > gap:
            groups.append([])
        groups[-1].append(line)
        reach = max(reach, line.bbox[axis + 2])
    return groups


def _cells_of_one_form(groups: list[list[OcrLine]]) -> bool:
    """Blocks side by side of which fewer than two read as a document of their own: the columns of one form (户主姓名
    set apart from 户别 and 户号 on a 户口簿首页), not two documents beside each other."""
    return len(groups) > 1 and sum(1 for group in groups if classify_lines(group, whole_page=False).type_id != UNKNOWN) < 2


def _grid_columns(groups: list[list[OcrLine]]) -> bool:
    """A block made of label words alone is the label column of a grid whose values stand in the block beside it."""
    return len(groups) > 1 and any(_label_column(group) for group in groups)


def _label_column(group: list[OcrLine]) -> bool:
    words = ["".join(char for char in for_matching(line.text) if char.isalnum()) for line in group]
    labels = sum(1 for word in words if word in COMMON_LABEL_WORDS)
    return len(group) >= LABEL_COLUMN_MIN_LINES and labels >= GRID_COLUMN_SHARE * len(group)


@dataclass
class PagePart:
    """A whole page, or the region of a page that holds one document."""

    lines: list[OcrLine]
    classification: Classification
    whole_page: bool = True


def classify_page(lines: list[OcrLine]) -> list[PagePart]:
    """One part per document on the page; usually one. Watermark lines are left out of every part."""
    lines = without_watermarks(lines)
    whole = classify_lines(lines)
    if whole.type_id != UNKNOWN and document_type(whole.type_id).multi_page:
        return [PagePart(lines, whole)]  # a contract's party block or a table never holds another document
    documents = split_documents(lines)
    if len(documents) > 1:
        return [PagePart(side, classify_lines(side), whole_page=False) for side in documents]
    regions = split_regions(lines)
    if len(regions) < 2:
        return [PagePart(lines, whole)]
    parts: list[PagePart] = []
    leftovers: list[tuple[list[OcrLine], str]] = []  # regions too plain to stand alone, with the type they read as
    for region in regions:
        result = classify_lines(region, whole_page=False)
        # A region counts as its own document when it names itself (a title), so a contract's party block or a
        # table's header never splits a page; or, beside a titled region, when its labels alone make it sure.
        if result.type_id != UNKNOWN and (result.titled or _sure_without_title(result, region)):
            if parts and parts[-1].classification.type_id == result.type_id:
                parts[-1].lines.extend(region)
            else:
                parts.append(PagePart(list(region), result, whole_page=False))
        else:
            leftovers.append((region, result.type_id))
    distinct = {part.classification.type_id for part in parts}
    if len(distinct) < 2 or not any(part.classification.titled for part in parts):
        return [PagePart(lines, whole)]
    merged: dict[str, PagePart] = {}
    for part in parts:
        if part.classification.type_id in merged:
            merged[part.classification.type_id].lines.extend(part.lines)
        else:
            merged[part.classification.type_id] = part
    for region, type_id in leftovers:
        if type_id in merged:
            # A block read too poorly to stand alone (a card's front whose labels the watermark hid) still reads as
            # its type: it goes whole to that type's part, not line by line to whichever part is nearest.
            merged[type_id].lines.extend(region)
            continue
        for line in region:
            nearest = min(merged.values(), key=lambda p: _distance(line, p.lines))
            nearest.lines.append(line)
    return list(merged.values())


def _sure_without_title(result: Classification, region: list[OcrLine]) -> bool:
    spec = document_type(result.type_id)
    haystack = _matching_text(region)
    return label_score(spec, haystack) >= UNTITLED_REGION_MARGIN * spec.min_score


def _distance(line: OcrLine, group: list[OcrLine]) -> float:
    cx, cy = (line.bbox[0] + line.bbox[2]) / 2, (line.bbox[1] + line.bbox[3]) / 2
    return min(abs(cx - (g.bbox[0] + g.bbox[2]) / 2) + abs(cy - (g.bbox[1] + g.bbox[3]) / 2) for g in group)
