"""A document's lines as extractors see them: normalised text that keeps, per character, its OCR confidence
and its place on the page, so every value read keeps its evidence (cf. pdfplumber's text map)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Iterable, Optional

from extractors.reading.second_look import SecondLook
from precheck.core.char_places import places_of
from precheck.core.model import BBox, Evidence, FieldValue, OcrLine, PageRef, PageSource
from precheck.core.textnorm import VARIANTS
from precheck.core.watermarks import is_misread_watermark_piece

# A page's tilt is measured on lines at least this wide (page fractions), and only with this many of them.
TILT_MIN_WIDTH = 0.08
KEYSTONE_SLOPE_GAP = 0.02  # a line's own slope this far from its page's tilt levels a crop of it instead
TILT_MIN_LINES = 3


@dataclass(frozen=True)
class Line:
    """Frozen, so the sizes derived from its box are worked out once (cached_property writes past the freeze)."""

    text: str  # normalised: NFKC, white space removed
    bbox: BBox  # as read, for evidence
    confidence: float
    char_confidences: tuple[float, ...]  # one per character of text
    char_spans: tuple[tuple[float, float], ...]  # x from, x to (page fractions) of each character
    ref: PageRef
    page_index: int  # position of the page within the document
    aspect: float  # page height / width, to turn vertical sizes into horizontal ones
    level: float = 0.0  # added to y to undo the page's tilt, so a row of a tilted photo lies level
    tilt: float = 0.0  # the page's tilt (drop per unit of width, page fractions), to level a crop of the line
    exact: bool = False  # from a text layer: the characters are the document's own, not a recogniser's guess
    slope: Optional[float] = None  # the line's own slope, where the recogniser measured it on a line wide enough

    @property
    def x0(self) -> float:
        return self.bbox[0]

    @property
    def y0(self) -> float:
        return self.bbox[1] + self.level

    @property
    def x1(self) -> float:
        return self.bbox[2]

    @property
    def y1(self) -> float:
        return self.bbox[3] + self.level

    @cached_property
    def height(self) -> float:
        return self.bbox[3] - self.bbox[1]

    @cached_property
    def text_height(self) -> float:
        """The height of the text itself: a tilted line's box is taller by the tilt over its width."""
        return max(0.25 * self.height, self.height - abs(self.tilt) * (self.bbox[2] - self.bbox[0]))

    @cached_property
    def y_center(self) -> float:
        return (self.bbox[1] + self.bbox[3]) / 2 + self.level

    @property
    def char_width(self) -> float:
        """About one CJK character's width, as a fraction of page width."""
        return self.height * self.aspect

    @cached_property
    def text_top(self) -> float:
        return self.y_center - self.text_height / 2

    @cached_property
    def text_bottom(self) -> float:
        return self.y_center + self.text_height / 2

    def same_row(self, other: "Line", share: float = 0.4) -> bool:
        """Whether the two lines' text (not their boxes: a tilted line's box is taller than its text and reaches
        into the rows above and below) shares `share` of the lower line's height, once the page's tilt is undone."""
        if self.page_index != other.page_index:
            return False
        overlap = min(self.text_bottom, other.text_bottom) - max(self.text_top, other.text_top)
        return overlap >= share * min(self.text_height, other.text_height)

    def span_box(self, start: int, end: int) -> BBox:
        if start >= end:
            return self.bbox
        return (self.char_spans[start][0], self.y0, self.char_spans[end - 1][1], self.y1)

    def span_confidence(self, start: int, end: int) -> float:
        chars = self.char_confidences[start:end]
        return min(chars) if chars else self.confidence


def make_line(line: OcrLine, ref: PageRef, page_index: int, aspect: float, tilt: float = 0.0) -> Line:
    raw = line.text
    raw_conf = line.char_confidences if line.char_confidences and len(line.char_confidences) == len(raw) else None
    x0, x1 = line.bbox[0], line.bbox[2]
    places = places_of(line)
    text, confidences, spans = [], [], []
    for index, char in enumerate(raw):
        start, end = places[index]
        if char.isspace():
            continue
        normal = unicodedata.normalize("NFKC", char).translate(VARIANTS)
        for piece in normal:
            if piece.isspace():
                continue
            text.append(piece)
            confidences.append(raw_conf[index] if raw_conf else line.confidence)
            spans.append((start, end))
    level = level_at(tilt, (x0 + x1) / 2)
    slope = line.slope if line.slope is not None and x1 - x0 > TILT_MIN_WIDTH else None
    return Line("".join(text), line.bbox, line.confidence, tuple(confidences), tuple(spans), ref, page_index, aspect, level,
                tilt, slope=slope)


def read_again(reread: SecondLook, line: Line, bbox, scale: float = 1.0) -> Optional[Line]:
    """`bbox` on `line`'s page recognised again from the full-resolution page (a second look), as a line of the
    same row as `line`; None when nothing was read."""
    ocr_line = reread(line.ref, bbox, tilt=_crop_tilt(line), scale=scale)
    if ocr_line is None or not ocr_line.text.strip():
        return None
    fresh = replace(make_line(ocr_line, line.ref, line.page_index, line.aspect), level=line.level, tilt=line.tilt,
                    slope=line.slope)
    return fresh if fresh.text else None


def _crop_tilt(line: Line) -> float:
    """The tilt a crop of the line is levelled by: the page's, unless the line's own slope is far from it (a photo
    taken at an angle slants its lines more at one end of the page than at the other)."""
    if line.slope is not None and abs(line.slope - line.tilt) > KEYSTONE_SLOPE_GAP:
        return line.slope
    return line.tilt


def document_lines(parts: Iterable) -> list[Line]:
    """Lines of a document draft's parts (PlacedPart: .page PageText, .part.lines), page by page, top to bottom."""
    lines: list[Line] = []
    page_order: dict[PageRef, int] = {}
    for placed in parts:
        page = placed.page
        index = page_order.setdefault(page.ref, len(page_order))
        aspect = page.height / page.width if page.width else 1.0
        tilt = placed_tilt(placed)
        exact = page.source == PageSource.text_layer
        for ocr_line in placed.part.lines:
            line = replace(make_line(ocr_line, page.ref, index, aspect, tilt), exact=exact)
            if line.text:
                lines.append(line)
    return reading_order(lines)


def placed_tilt(placed) -> float:
    """The tilt a document's part on its page is levelled by."""
    return part_tilt(placed.part.lines, placed.page.lines)


def level_at(tilt: float, x: float) -> float:
    """What levelling adds to y at `x` across a page of this tilt."""
    return -tilt * (x - 0.5)


def page_tilt(lines: list[OcrLine]) -> float:
    """The page's tilt (drop per unit of width, as page fractions): the median slope of its wider lines, where the
    engine measured them; 0 for text layers and engines that give none."""
    slopes = sorted(l.slope for l in lines if l.slope is not None and l.bbox[2] - l.bbox[0] > TILT_MIN_WIDTH)
    if len(slopes) < TILT_MIN_LINES:
        return 0.0
    return max(-0.2, min(0.2, slopes[len(slopes) // 2]))


def part_tilt(part_lines: list[OcrLine], page_lines: list[OcrLine]) -> float:
    """The tilt measured on the document's own lines, which hold no watermark: a watermark written at a slant across
    a copy gives many wide lines of its own slope, and levelling by them would put every row out of line. The whole
    page's where the document has too few lines to measure."""
    measured = [l for l in part_lines if l.slope is not None and l.bbox[2] - l.bbox[0] > TILT_MIN_WIDTH]
    if len(measured) >= TILT_MIN_LINES:
        return page_tilt(part_lines)
    return page_tilt([l for l in page_lines if not is_misread_watermark_piece(re.sub(r"[\W_]", "", l.text))])


def reading_order(lines: list[Line]) -> list[Line]:
    """Page by page; within a page row by row (lines sharing a row sorted left to right)."""
    ordered: list[Line] = []
    for page_index in sorted({line.page_index for line in lines}):
        for row in rows_of([line for line in lines if line.page_index == page_index]):
            ordered.extend(row)
    return ordered


def rows_of(lines: list[Line]) -> list[list[Line]]:
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda l: l.y_center):
        if rows and any(line.same_row(other, 0.5) for other in rows[-1]):
            rows[-1].append(line)
        else:
            rows.append([line])
    return [sorted(row, key=lambda l: l.x0) for row in rows]


# A character the text detector boxed on its own (户 | 号, a label whose characters are set wide apart) joins the line
# beside it on its row when the gap between them is under this many character widths.
LONE_CHARACTER_GAP = 0.5
# Two lone characters that spell a label (籍 | 贯 set a character's width apart) join across up to this many widths.
SPACED_LABEL_GAP = 2.0
# A lone character this many times taller (or shorter) than the line beside it belongs to no word of it.
LONE_CHARACTER_TALLER = 1.6


def join_lone_characters(lines: list[Line], labels: Iterable[str] = ()) -> list[Line]:
    """The lines in reading order, each lone character joined to the line that stands right next to it in its row,
    and two lone characters that spell one of `labels` joined wherever they stand apart in their row."""
    labels = tuple(labels)
    words = {label[:2] for label in labels if len(label) >= 2}
    out: list[Line] = []
    for page_index in sorted({line.page_index for line in lines}):
        for row in rows_of([line for line in lines if line.page_index == page_index]):
            out.append(row[0])
            for line in row[1:]:
                last = out[-1]
                gap = abs(line.x0 - last.x1) / max(min(last.char_width, line.char_width), 1e-6)
                spelled = len(last.text) == len(line.text) == 1 and last.text + line.text in words
                near = gap <= (SPACED_LABEL_GAP if spelled else LONE_CHARACTER_GAP)
                if (near and (len(last.text) == 1 or len(line.text) == 1) and last.same_row(line, 0.6)
                        and not _value_beside_label(last.text, line.text, labels) and not _much_taller(last, line)):
                    out[-1] = joined(last, line)
                else:
                    out.append(line)
    return out


def _much_taller(left: Line, right: Line) -> bool:
    """One stands far taller than the other: a watermark's or a seal's letter beside print (…2102室 | 用 of
    仅供居住证积分使用), not a character of it."""
    low, high = sorted((left.text_height, right.text_height))
    return high > LONE_CHARACTER_TALLER * low


def _value_beside_label(left: str, right: str, labels: tuple[str, ...]) -> bool:
    """`left` is a long label whose last characters went to its cell's next line (户主或与户主关 | 系), or a whole
    label, and `right` does not go on with it: a one-character value beside it (子), or the last character of a value
    wrapped beside its label (住址 | 号, under …珠江路670 on a tilted booklet), not a character of the label."""
    cut = len(left) >= 3 and any(label.startswith(left) and len(label) > len(left) for label in labels)
    return (cut or (len(left) >= 2 and left in labels)) and not any(label.startswith(left + right) for label in labels)


def join_row_pieces(lines: list[Line], gap_chars: float) -> list[Line]:
    """The lines in reading order, each piece of a row joined to the piece before it when the gap between them is
    under `gap_chars` character widths (a date a seal cut in two: 一九九 | 年六月二十八日)."""
    out: list[Line] = []
    for page_index in sorted({line.page_index for line in lines}):
        for row in rows_of([line for line in lines if line.page_index == page_index]):
            out.append(row[0])
            for line in row[1:]:
                last = out[-1]
                if line.x0 - last.x1 <= gap_chars * min(last.char_width, line.char_width) and last.same_row(line, 0.5):
                    out[-1] = joined(last, line)
                else:
                    out.append(line)
    return out


def joined(left: Line, right: Line) -> Line:
    """The two lines as one, `right`'s text after `left`'s: pieces of one row, or of one cell broken over two lines."""
    box = union_box((left.bbox, right.bbox))
    return replace(left, text=left.text + right.text, bbox=box, confidence=min(left.confidence, right.confidence),
                   char_confidences=left.char_confidences + right.char_confidences,
                   char_spans=left.char_spans + right.char_spans, exact=left.exact and right.exact)


def dropped_start(line: Line, count: int) -> Line:
    """The line without its first `count` characters."""
    return replace(line, text=line.text[count:], confidence=min(line.char_confidences[count:], default=line.confidence),
                   char_confidences=line.char_confidences[count:], char_spans=line.char_spans[count:],
                   bbox=(line.char_spans[count][0], *line.bbox[1:]))


def piece(line: Line, start: int, end: int) -> Line:
    """The line's characters from `start` to `end`, as a line of their own."""
    chars = line.char_confidences[start:end]
    box = (line.char_spans[start][0], line.bbox[1], line.char_spans[end - 1][1], line.bbox[3]) if start < end else line.bbox
    return replace(line, text=line.text[start:end], confidence=min(chars, default=line.confidence),
                   char_confidences=chars, char_spans=line.char_spans[start:end], bbox=box)


def union_box(boxes: Iterable[BBox]) -> BBox:
    boxes = list(boxes)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


@dataclass(frozen=True)
class Span:
    """Characters start:end of one line."""

    line: Line
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.line.text[self.start:self.end]

    @property
    def confidences(self) -> tuple[float, ...]:
        return self.line.char_confidences[self.start:self.end]

    @property
    def box(self) -> BBox:
        return self.line.span_box(self.start, self.end)


def field_value(value, spans: list[Span], confidence_cap: Optional[float] = None,
                value_chars: Optional[list[float]] = None, bearing: Optional[list[float]] = None) -> FieldValue:
    """A FieldValue whose confidence is its weakest character's (of `bearing`, the characters the value rests on,
    when given), with evidence on the first span's page."""
    confidences = [c for span in spans for c in span.confidences] or [span.line.confidence for span in spans]
    if bearing:
        confidences = bearing
    confidence = min(confidences) if confidences else 0.0
    if confidence_cap is not None:
        confidence = min(confidence, confidence_cap)
    first = spans[0].line
    same_page = [s for s in spans if s.line.ref == first.ref]
    text = "".join(s.text for s in spans)
    evidence = Evidence(file=first.ref.file, page=first.ref.page, bbox=_rounded(union_box(s.box for s in same_page)), text=text)
    chars = value_chars
    if chars is None and not bearing and isinstance(value, str) and len(value) == len(confidences):
        chars = list(confidences)
    return FieldValue(value=value, confidence=round(max(0.0, min(1.0, confidence)), 4), evidence=evidence,
                      char_confidences=[round(c, 4) for c in chars] if chars else None)


def _rounded(box: BBox) -> BBox:
    return tuple(round(min(1.0, max(0.0, v)), 4) for v in box)  # type: ignore[return-value]
