"""Reading ruled tables (tax records, social-insurance records) page by page.

The header row is found by its column titles (fuzzily); each character below it belongs to the column whose
band holds it, so cells OCR merged into one line come apart again; a row starts where the key column (the
month) holds a new value, and wrapped cells below it join their row."""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, replace
from typing import Callable, Optional

from rapidfuzz.distance import Hamming

from extractors.reading.fields import (
    SECOND_LOOK_SCALES, SURE_READING, WRAP_STEP, WRAPPED_LABEL_MIN, LabelHit, consensus, find_labels, label_key,
    opening_piece_of, placed_by_guess, rest_of_label_below, spans_between, to_field_value, unclosed_bracket,
)
from extractors.reading.second_look import SecondLook
from extractors.reading.table_header import lined_up_titles
from extractors.reading.text import joined, Line, piece, Span, field_value, read_again, rows_of
from extractors.reading.values import AMOUNT_BEFORE_A_DATE, digitise, Parsed, Parser
from precheck.core.model import FieldValue


OTHER = "~"
SECTION = OTHER + "section"  # the cell that holds the heading of the section a row stands in
LOST_KEY = OTHER + "lost_key"  # in a row whose key cell OCR lost: the figure that placed the row
# An amount cell: one per row, never wrapped, so two of them one under the other are two rows.
_FIGURE_CELL = re.compile(r"-?\d[\d,]*\.\d{2}")
# A print's running head (date, page title, URL) stands above this fraction of the page's height.
RUNNING_HEAD_TOP = 0.08
RUNNING_HEAD_MIN_CHARS = 4  # a shorter line (a row's number, 01) may be found in the head by chance
# A row whose key was lost stands at least this many line heights from every other row's start.
LOST_ROW_APART = 0.8
# A row's key (its month) may follow this many stray characters in its cell: OCR that merges a whole row into one
# line places characters only roughly, so the neighbouring cell's last character can land in the key's band.
KEY_LEAD = 3
# A column's drift from its row (a photo's perspective) is followed through cells within this many line heights
# of where their row starts; a cell further off is a wrapped one, or not in line with the key.
DRIFT_STEP = 0.4
# The lines of one wrapped cell stand at most this many line heights apart (rows are further apart).
WRAP_GAP = 0.6
# The lines of one wrapped cell stand closer together than the rows do, by at least this many line heights; in a
# dense photo of one-line cells every gap is alike and no two cells join.
WRAP_CLEARLY_CLOSER = 0.15
# A line with this share of its width inside one column belongs to that column whole.
WHOLE_LINE_SHARE = 0.7
# What joins the two dates of a range: a key cell's second line that starts with one (至2026-05-31) ends the
# range its first line opened, it does not start a row.
RANGE_JOINERS = "至到—–-~～一"
DAY_CHARS = len("2026-10-31")  # the longest date written in figures: a run longer than two of them is no range
# A whole day (2025-09-01) and at most one character after it, where a range's joiner stands misread.
_DAY_WITH_A_STRAY_CHARACTER = re.compile(r"((?:19|20)\d{2}[-./年]\d{2})[-./月](\d{2})日?\D?")
# A range's second line stands this many line heights (centre to centre) under its first.
RANGE_END_MIN_DROP = 0.3
RANGE_END_MAX_DROP = 1.6
# A cut inside a line moves by at most this many characters to fall between figures and words.
CUT_SNAP = 2
FIGURE_MARKS = ".,:/-"
# Two cells on one line stand at least this many character widths apart, where the characters' places are known.
CELL_GAP = 0.25
# A column of keys with no title (a month column whose title the print left out) stands in at least this many rows,
# its lines starting within this many characters of each other.
UNTITLED_KEY_MIN_ROWS = 3
KEY_COLUMN_ALIGN_CHARS = 1.5
# A column title this long may be read with one character wrong inside a row other titles make the header; one this
# long with two wrong inside, its first and last characters in place (税数所星期 for 税款所属期).
HEADER_FUZZ_MIN = 4
HEADER_FUZZ_TWO_MIN = 5
# A row holding this many titles of columns no field is read from (申报日期, 所得项目, 入库税务机关) is the header,
# though every title naming a field's column was misread.
UNNAMED_HEADER_TITLES = 3
# A line that opens with one of these ends the table: a note under it (注：缴费类型为“补缴”的月份为补缴记录) holds the
# words of a cell but belongs to no row.
_FOOTER = re.compile(r"^(?:注[:：]|说明[:：]|备注[:：]|(?:金额)?合计|总计|第\d+页|本记录|查询验证码)")


@dataclass(frozen=True)
class Column:
    name: str
    headers: tuple[str, ...]  # in order of preference when a table has several


@dataclass
class Band:
    name: str
    left: float
    right: float
    title_left: float = 0.0  # where the column's title is printed: a border never moves into it
    title_right: float = 1.0


@dataclass
class Cell:
    spans: list[Span]

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


ColumnShift = Callable[[Line], float]  # how far the columns stand sideways at a line's height
RowBuilder = Callable[[dict[str, Cell], list[Span]], Optional[dict[str, FieldValue]]]


def read_rows(lines: list[Line], columns: tuple[Column, ...], other_headers: tuple[str, ...], key: str,
              key_parse: Parser, build_row: RowBuilder,
              is_heading: Optional[Callable[[str], bool]] = None) -> list[dict[str, FieldValue]]:
    """Rows of the table, each built from its cells. With `is_heading`, a line of that text standing alone in its
    row at the table's left edge or in its second column (补缴记录) opens a section: every row below it, to the next
    such line, carries it as the cell SECTION, and it joins no row itself."""
    rows: list[dict[str, FieldValue]] = []
    heading: Optional[Line] = None
    bands: Optional[list[Band]] = None
    extent: Optional[KeyCells] = None
    header_file: Optional[str] = None
    running_head: list[Line] = []
    slope = 0.0
    lean: ColumnShift = _upright
    labels = _title_labels(columns, other_headers)
    pages = sorted({line.page_index for line in lines})
    page_lines = {index: [line for line in lines if line.page_index == index] for index in pages}
    headers = {index: _header_hits(page_lines[index], labels) for index in pages}
    reference = max(headers.values(), key=_columns_named, default=[])
    for page_index in pages:
        header_hits = headers[page_index]
        if _columns_named(header_hits) < _columns_named(reference):  # a header read worse than another page's
            lined_up = lined_up_titles(page_lines[page_index], _title_hits(page_lines[page_index], labels), reference)
            if lined_up is not None and _columns_named(lined_up) > _columns_named(header_hits):
                header_hits = lined_up
        if _columns_named(header_hits) >= 2:
            slope = _skew(header_hits)
            body = _below_header(page_lines[page_index], header_hits, slope)
            running_head = _above_header(page_lines[page_index], header_hits)
            table = _above_footer(body, slope)
            bands = _with_untitled_key_column(_bands(header_hits, columns), table, key, key_parse)
            lean = (_lean_of_the_key_column(table, bands, key, key_parse, header_hits)
                    or _column_lean(header_hits, slope))
            extent = _key_cells(table, key_parse)
            header_file = header_hits[0].line.ref.file
        elif bands is not None:
            # A page without its own header continues the table above, under the running head the browser or
            # the service repeats on every page (its print date 2026/5/17 is no row).
            body = [line for line in page_lines[page_index] if not _repeats(line, running_head)]
            lean = _upright
            carried = _carried_rows(bands, extent, body, body, lean, slope, key, key_parse, is_heading, heading,
                                    build_row)
            if carried is not None:
                found, heading = carried
                rows.extend(found)
                continue
            found, after = _rows_of_page(body, bands, lean, slope, key, key_parse, is_heading, heading, build_row)
            if body and body[0].ref.file != header_file and not _values_besides(found, key, share=0.0) \
                    and _keys_of(found, key) <= _keys_of(rows, key):
                # Another file's page whose rows read nothing but keys already read (an app's screenshot of the same
                # months) is no continuation; months read nowhere else stay, to be checked.
                continue
            rows.extend(found)
            heading = after
            continue
        elif _columns_named(reference) >= 2:
            # The first page's header went unread (its light print on a grey band lost to a photocopy) where a later
            # page of the same print names the columns: that page's columns stand for this one's, its table below
            # the place of that header and of all that repeats the head printed over it.
            bands, running_head, body, extent = _borrowed_layout(page_lines, reference, page_index, columns, key,
                                                                 key_parse)
            slope, lean = 0.0, _upright
            # Captured another way, its table does not stand where the header's page has it: read from its first row.
            page = page_lines[page_index]
            carried = _carried_rows(bands, extent, page, _from_the_first_row(page, key_parse), lean, slope, key,
                                    key_parse, is_heading, heading, build_row)
            if carried is not None:
                found, heading = carried
                rows.extend(found)
                continue
        else:
            continue
        found, heading = _rows_of_page(body, bands, lean, slope, key, key_parse, is_heading, heading, build_row)
        rows.extend(found)
    return rows


def _rows_of_page(body: list[Line], bands: list[Band], lean: ColumnShift, slope: float, key: str, key_parse: Parser,
                  is_heading: Optional[Callable[[str], bool]], heading: Optional[Line],
                  build_row: RowBuilder) -> tuple[list[dict[str, FieldValue]], Optional[Line]]:
    """The rows of one page's table in these columns, and the section heading in force after them."""
    body = _months_broken_at_their_hyphen(_above_footer(body, slope))
    fitted = _fitted_to_body(bands, body, lean)
    rows = []
    # A column's drift down a photo (see _owners) goes on through a section's heading: the first row under 补缴记录
    # keeps its right-hand cells, set a line higher than its month.
    drifts: dict[str, float] = {}
    for section_heading, part in _sections(body, fitted, is_heading, slope):
        heading = section_heading or heading
        for cells, spans in _rows_in(part, fitted, key, key_parse, slope, lean, drifts):
            if heading is not None:
                cells[SECTION] = Cell([Span(heading, 0, len(heading.text))])
            row = build_row(cells, spans)
            if row is not None:
                rows.append(row)
    return rows, heading


def _carried_rows(bands: list[Band], extent: Optional[KeyCells], page: list[Line], body: list[Line],
                  lean: ColumnShift, slope: float, key: str, key_parse: Parser,
                  is_heading: Optional[Callable[[str], bool]], heading: Optional[Line],
                  build_row: RowBuilder) -> Optional[tuple[list[dict[str, FieldValue]], Optional[Line]]]:
    """The page's rows in the header page's columns carried over to it (see _carried_over), where they read values
    besides their keys; None where the page stands as the header's does, or the carried columns read nothing (an
    app's screenshot of the same months, whose cards are no continuation of the table)."""
    carried = _carried_over(bands, extent, page, key_parse)
    if carried is bands:
        return None
    found, heading = _rows_of_page(body, carried, lean, slope, key, key_parse, is_heading, heading, build_row)
    if not _values_besides(found, key):
        return None
    # The columns stand where the key cells' place and width say: every cell but the key is placed by that guess.
    return [{name: placed_by_guess(value) if name != key and isinstance(value, FieldValue) and value.value is not None
             else value for name, value in row.items()} for row in found], heading


def _keys_of(rows: list[dict[str, FieldValue]], key: str) -> set:
    return {row[key].value for row in rows if isinstance(row.get(key), FieldValue)}


def _values_besides(rows: list[dict[str, FieldValue]], key: str, share: float = 0.5) -> bool:
    """More than `share` of the rows hold a value besides their key (by default most: the columns carried over stand
    where the page's cells are; with share 0, any row)."""
    holding = sum(1 for row in rows if any(name != key and isinstance(value, FieldValue) and value.value is not None
                                           for name, value in row.items()))
    return bool(rows) and holding > share * len(rows)


def _sections(body: list[Line], bands: list[Band], is_heading: Optional[Callable[[str], bool]], slope: float):
    """(heading, lines) per section of the page's table, the first with heading None (it continues the section
    the page above ended in)."""
    def level(line: Line) -> float:
        return line.y_center - slope * (line.x0 + line.x1) / 2

    # A heading stands at the table's left edge, or indented into its second column (以下为补缴记录 under the units).
    leftmost = bands[min(1, len(bands) - 1)].right
    headings = sorted((line for line in body if is_heading is not None and is_heading(line.text)
                       and line.x0 < leftmost
                       and not any(other is not line and other.same_row(line, 0.3) for other in body)), key=level)
    bounds = [level(line) for line in headings] + [float("inf")]
    parts = [(None, [line for line in body if level(line) < bounds[0] and line not in headings])]
    for index, heading in enumerate(headings):
        parts.append((heading, [line for line in body
                                if bounds[index] < level(line) < bounds[index + 1] and line not in headings]))
    return parts


def _below_header(lines: list[Line], header_hits: list[LabelHit], slope: float) -> list[Line]:
    """The lines below the header row, compared along the header's own slope: on a tilted photo the first row's
    right-hand cells sit higher on the page than the header's left-hand titles."""
    def level(line: Line) -> float:
        return line.y_center - slope * (line.x0 + line.x1) / 2

    header_lines = {id(hit.line) for hit in header_hits}
    header_level = max(level(hit.line) for hit in header_hits)
    height = max(hit.line.height for hit in header_hits)
    return [line for line in lines if id(line) not in header_lines and level(line) > header_level + 0.5 * height]


def _borrowed_layout(page_lines: dict[int, list[Line]], reference: list[LabelHit], page_index: int,
                     columns: tuple[Column, ...], key: str, key_parse: Parser
                     ) -> tuple[list[Band], list[Line], list[Line], Optional[KeyCells]]:
    """The columns, running head and rows' extent of the page whose header is `reference`, and this page's lines
    below where that header stands and below every line repeating that page's head."""
    own = page_lines[reference[0].line.page_index]
    slope = _skew(reference)
    running_head = _above_header(own, reference)
    table = _above_footer(_below_header(own, reference, slope), slope)
    bands = _with_untitled_key_column(_bands(reference, columns), table, key, key_parse)
    lines = page_lines[page_index]
    top = max([min(hit.line.y0 for hit in reference)]
              + [line.y1 for line in lines if _repeats(line, running_head)])
    return bands, running_head, [line for line in lines if line.y0 >= top], _key_cells(table, key_parse)


# Rows whose key cells tell where a page's table stands across it.
EXTENT_ROWS_MIN = 2
# A page whose rows stand this far off the header page's (in shift, or in scale: 1 ± this) was captured another way.
CARRY_TOLERANCE = 0.04


@dataclass(frozen=True)
class KeyCells:
    """Where the rows' key cells (2026年07月, one format down the table) stand on a page: the file, their left edge
    and their width (medians)."""
    file: str
    left: float
    width: float


def _key_cells(body: list[Line], key_parse: Parser) -> Optional[KeyCells]:
    """The key cells of rows that open with their key; None where too few rows tell."""
    keys = [line for line in body if (parsed := key_parse(line.text)) is not None and parsed.start == 0
            and parsed.end == len(line.text.rstrip())
            and not any(other.same_row(line, 0.5) and other.x1 <= line.x0 for other in body)]
    if len(keys) < EXTENT_ROWS_MIN:
        return None
    return KeyCells(keys[0].ref.file, statistics.median(line.x0 for line in keys),
                    statistics.median(line.x1 - line.x0 for line in keys))


def _from_the_first_row(lines: list[Line], key_parse: Parser) -> list[Line]:
    """The lines from the page's first row opening with its key down."""
    keys = [line for line in lines if (parsed := key_parse(line.text)) is not None and parsed.start == 0]
    if not keys:
        return lines
    first = min(keys, key=lambda line: line.y0)
    return [line for line in lines if line.same_row(first, 0.3) or line.y_center > first.y_center]


def _carried_over(bands: list[Band], extent: Optional[KeyCells], body: list[Line], key_parse: Parser) -> list[Band]:
    """The header page's columns placed on a page of another file that continues its table without a header of its
    own, captured another way (page 1 of a PDF viewer on a desktop, page 2 on a phone: the same table at another size
    and place). The columns move with the key cells and stretch as their width does; the same bands where the page
    is of the header's file or stands as the header's does."""
    here = _key_cells(body, key_parse)
    if extent is None or here is None or here.file == extent.file or extent.width <= 0:
        return bands
    scale = here.width / extent.width
    shift = here.left - scale * extent.left
    if abs(scale - 1) <= CARRY_TOLERANCE and abs(shift) <= CARRY_TOLERANCE:
        return bands

    def moved(x: float) -> float:
        return scale * x + shift

    return [replace(band, left=0.0 if index == 0 else moved(band.left),
                    right=1.0 if index == len(bands) - 1 else moved(band.right),
                    title_left=moved(band.title_left), title_right=moved(band.title_right))
            for index, band in enumerate(bands)]


def _above_header(lines: list[Line], header_hits: list[LabelHit]) -> list[Line]:
    """The lines above the header row: the page's title block and, at its top, what a print repeats on every page."""
    top = min(hit.line.y0 for hit in header_hits)
    return [line for line in lines if line.y1 <= top]


def _repeats(line: Line, running_head: list[Line]) -> bool:
    """The line, near its page's top, repeats a piece of a line above the table's header on its first page."""
    return (line.y0 < RUNNING_HEAD_TOP and len(line.text) >= RUNNING_HEAD_MIN_CHARS
            and any(line.text in head.text for head in running_head))


def _above_footer(body: list[Line], slope: float) -> list[Line]:
    """The lines above the table's first note, compared along the header's slope (a tilted photo)."""
    def level(line: Line) -> float:
        return line.y_center - slope * (line.x0 + line.x1) / 2

    footers = [line for line in body if _FOOTER.match(line.text)]
    if not footers:
        return body
    end = min(level(line) - line.height / 2 for line in footers)
    return [line for line in body if level(line) < end]


# A month a narrow cell broke after its year (2025- over 10, in a browser's print of the 社保 record).
_YEAR_BROKEN_OFF = re.compile(r"^\d{4}[-./年]$")
_MONTH_ALONE = re.compile(r"^\d{1,2}月?$")


def _months_broken_at_their_hyphen(body: list[Line]) -> list[Line]:
    """The body with each month that its cell broke after the year joined again: the year's line and, just under it
    and starting where it starts, the month's."""
    tails: dict[int, Line] = {}
    for line in body:
        if not _YEAR_BROKEN_OFF.match(line.text):
            continue
        below = next((other for other in body if other.page_index == line.page_index and _MONTH_ALONE.match(other.text)
                      and abs(other.x0 - line.x0) <= line.char_width
                      and 0 < (other.y_center - line.y_center) / line.text_height <= WRAP_STEP[1]), None)
        if below is not None and id(below) not in tails.values():
            tails[id(line)] = below
    if not tails:
        return body
    absorbed = {id(tail) for tail in tails.values()}
    return [joined(line, tails[id(line)]) if id(line) in tails else line for line in body if id(line) not in absorbed]


def _title_labels(columns: tuple[Column, ...], other_headers: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    labels: dict[str, tuple[str, ...]] = {h: () for h in other_headers}
    for column in columns:
        for header in column.headers:
            labels[header] = labels.get(header, ()) + (column.name,)
    return labels


def has_header_row(lines: list[Line], columns: tuple[Column, ...], other_headers: tuple[str, ...]) -> bool:
    """Whether a page holds a ruled table's header row (titles naming two columns on one row): an app's cards have
    none, each value carries its own label."""
    return bool(pages_with_header_row(lines, columns, other_headers))


def pages_with_header_row(lines: list[Line], columns: tuple[Column, ...], other_headers: tuple[str, ...]) -> set[int]:
    """The pages (indexes) holding a ruled table's header row."""
    labels = _title_labels(columns, other_headers)
    return {index for index in {line.page_index for line in lines}
            if _header_hits([line for line in lines if line.page_index == index], labels)}


def rows_on_pages(rows: list[dict[str, FieldValue]], key: str, lines: list[Line],
                  indexes: set[int]) -> list[dict[str, FieldValue]]:
    """The rows whose key was read on one of these pages."""
    places = {(line.ref.file, line.ref.page) for line in lines if line.page_index in indexes}
    return [row for row in rows if (found := row.get(key)) is not None and found.evidence is not None
            and (found.evidence.file, found.evidence.page) in places]


def _columns_named(hits: list[LabelHit]) -> int:
    return len({name for hit in hits for name in hit.fields})


def _title_hits(lines: list[Line], labels: dict[str, tuple[str, ...]]) -> list[LabelHit]:
    # A title followed by a colon is a field label inside a cell (备注: 扣缴义务人：…), not a column title; so is one
    # whose line goes on to a colon of a label of its own (扣缴义务人纳税人识别号：9131…, a remark on a tilted photo
    # that stood in the header's row and pushed the first row up into the header).
    hits = [hit for hit in find_labels(lines, labels) if not _labels_a_value(hit.line.text[hit.end:])]
    # A title printed over two lines of its narrow cell (入(退)库 over 日期), found by its opening piece with the rest
    # under it.
    wrapped = [hit for hit in find_labels(lines, labels, cells=True)
               if hit.rest is not None and not any(other.line is hit.line for other in hits)]
    # Two such titles of cramped cells read as one line (实缴(退)金 入(退)库, or 入(退)库所得项 in a text layer), each
    # with its rest under it (额, 日期; 日期, 目).
    found = hits + wrapped
    for line in lines:
        opened = _two_wrapped_titles(line, lines, labels)
        if opened:  # a title read into the line by a fuzzy match gives way to the two found whole
            found = [hit for hit in found if hit.line is not line] + opened
    return found


# A word or two of a label after the title, then its colon.
_LABEL_AFTER_TITLE = re.compile(r"^[^:：\d]{0,8}[:：]")


def _labels_a_value(after_title: str) -> bool:
    return bool(_LABEL_AFTER_TITLE.match(after_title))


def _two_wrapped_titles(line: Line, lines: list[Line], labels: dict[str, tuple[str, ...]]) -> list[LabelHit]:
    """Hits of two titles whose opening pieces the line holds side by side, each with its rest under it; none where
    the line cannot be cut so."""
    ordered = sorted(labels.items(), key=lambda item: len(item[0]), reverse=True)
    text = line.text
    longest = max((len(label_key(label)) for label in labels), default=0)
    if len(label_key(text)) > 2 * (longest - 1):
        return []  # each piece opens a title and is shorter than it
    for cut in range(WRAPPED_LABEL_MIN, len(text) - WRAPPED_LABEL_MIN + 1):
        left_end, right_start = len(text[:cut].rstrip()), cut + len(text[cut:]) - len(text[cut:].lstrip())
        pieces = piece(line, 0, left_end), piece(line, right_start, len(text))
        titles = [opening_piece_of(part.text, ordered) for part in pieces]
        if None in titles or titles[0] == titles[1]:
            continue
        rests = [rest_of_label_below(part, lines, title) for part, title in zip(pieces, titles)]
        if None not in rests:
            return [LabelHit(labels[title], title, part, 0, len(part.text), True, rest)
                    for part, title, rest in zip(pieces, titles, rests)]
    return []


def _header_hits(lines: list[Line], labels: dict[str, tuple[str, ...]]) -> list[LabelHit]:
    """The titles of the page's header row, or none where no row names two columns."""
    hits = _title_hits(lines, labels)
    best = _header_row(hits)
    if _columns_named(best) < 2:
        titles = _row_of_most_titles(hits)
        if len({hit.label for hit in titles}) < UNNAMED_HEADER_TITLES:
            return []
        hits = hits + _titles_one_character_off(lines, titles, labels)
        best = _header_row(hits)
    if _columns_named(best) < 2 or _titles_repeated_as_labels(lines, best):
        return []
    return _header_row(hits + _titles_one_character_off(lines, best, labels))


def _row_of_most_titles(hits: list[LabelHit]) -> list[LabelHit]:
    best: list[LabelHit] = []
    for hit in hits:
        row = [h for h in hits if h.line.same_row(hit.line, 0.3)]
        if len({h.label for h in row}) > len({h.label for h in best}):
            best = row
    return best


# A header's titles that open this many labelled lines under it (收入：…, 已申报税额：…) each are the labels of a list of
# cards, and the "header" is a sentence that names them (收入合计与已申报税额合计为所选期间内数据), no row of titles.
LABEL_REPEATS_OF_A_LIST = 2


def _titles_repeated_as_labels(lines: list[Line], header: list[LabelHit]) -> bool:
    bottom = max(hit.line.y1 for hit in header)
    below = [line.text.lstrip() for line in lines if line.page_index == header[0].line.page_index and line.y0 >= bottom]
    repeated = {hit.label for hit in header
                if sum(1 for text in below if re.match(re.escape(hit.label) + r"\s*[:：]", text)) >= LABEL_REPEATS_OF_A_LIST}
    return len(repeated) >= 2


def _bands(best: list[LabelHit], columns: tuple[Column, ...]) -> list[Band]:
    chosen: dict[str, LabelHit] = {}
    for column in columns:
        for header in column.headers:
            match = next((h for h in best if h.label == header), None)
            if match is not None:
                chosen[column.name] = match
                break
    used = set(id(h) for h in chosen.values())
    # Columns no field is read from (备注, 缴费状态…) still hold row text, such as a 补缴 mark.
    placed = [(name, hit) for name, hit in chosen.items()] + [(OTHER + h.label, h) for h in best if id(h) not in used and not h.fields]
    placed.sort(key=lambda item: item[1].x0)
    bands: list[Band] = []
    for index, (name, hit) in enumerate(placed):
        left = 0.0 if index == 0 else (placed[index - 1][1].x1 + hit.x0) / 2
        right = 1.0 if index == len(placed) - 1 else (hit.x1 + placed[index + 1][1].x0) / 2
        bands.append(Band(name, left, right, hit.x0, hit.x1))
    return bands


def _with_untitled_key_column(bands: list[Band], body: list[Line], key: str, key_parse: Parser) -> list[Band]:
    """Where the header names no key column (a print whose month column has no title), the lines under it that hold
    only a key (202512, 2024年11月, 2023.11-2024.04), standing one under another, are that column: its band is cut
    from the band they fall in, up to halfway to the text beside them."""
    if any(band.name == key for band in bands):
        return bands
    keys = [line for line in body if _only_a_key(line.text, key_parse)]
    if len(keys) < UNTITLED_KEY_MIN_ROWS:
        return bands
    width = max(line.char_width for line in keys)
    left, right = min(line.x0 for line in keys), max(line.x1 for line in keys)
    if sum(line.x0 - left <= KEY_COLUMN_ALIGN_CHARS * width for line in keys) < UNTITLED_KEY_MIN_ROWS:
        return bands
    middle = (left + right) / 2
    host = next((band for band in bands if band.left <= middle < band.right), None)
    if host is None:
        return bands
    beside = [line.x0 for line in body if right < line.x0 < host.right and any(line.same_row(k, 0.3) for k in keys)]
    if right <= host.title_left:
        border = (right + min(beside + [host.title_left])) / 2
        split = [Band(key, host.left, border, left, right), replace(host, left=border)]
    elif left >= host.title_right:
        border = (left + host.title_right) / 2
        split = [replace(host, right=border), Band(key, border, host.right, left, right)]
    else:
        return bands  # the keys stand under the host's own title: that column's, not a column of their own
    index = bands.index(host)
    return bands[:index] + split + bands[index + 1:]


def _only_a_key(text: str, key_parse: Parser) -> bool:
    """A line that holds a key and nothing else but a range's second end (2023.11-2024.04)."""
    text = text.strip()
    parsed = key_parse(text)
    return (parsed is not None and parsed.start == 0
            and not any("\u4e00" <= char <= "\u9fff" and char not in "年月至" for char in text[parsed.end:])
            and len(text) - parsed.end <= parsed.end + 2)


def _header_row(hits: list[LabelHit]) -> list[LabelHit]:
    """The row of hits that names the most columns, with the titles its cells wrapped: a narrow cell's title printed
    on two lines (实缴(退)金 over 额, in a browser's print of the 纳税记录) stands half a line above the row's one-line
    titles, its first line reaching down into theirs."""
    best: list[LabelHit] = []
    for hit in hits:
        row = [h for h in hits if h.line.same_row(hit.line, 0.3)]
        if len({name for h in row for name in h.fields}) > len({name for h in best for name in h.fields}):
            best = row
    if not best:
        return best
    top, bottom = min(h.line.y0 for h in best), max(h.line.y1 for h in best)
    titles = {h.label for h in best}
    wrapped = [h for h in hits if h not in best and h.label not in titles and h.line.page_index == best[0].line.page_index
               and h.line.y0 < bottom and h.line.y1 > top and h.line.y0 < top]
    return best + wrapped


def _titles_one_character_off(lines: list[Line], header: list[LabelHit],
                              labels: dict[str, tuple[str, ...]]) -> list[LabelHit]:
    """Column titles in the header row read with one character wrong inside (缴费单位 read as 缴贵单位): too short for
    the fuzzy search of labels anywhere on a page, but inside a row that other titles already make the header, a
    title of HEADER_FUZZ_MIN characters or more with all but one of them in place is that title (see _misread_title)."""
    row_lines = [line for line in lines if any(line.same_row(hit.line, 0.3) for hit in header)]
    named = {name for hit in header for name in hit.fields}
    found: list[LabelHit] = []
    for line in row_lines:
        taken = [(hit.start, hit.end) for hit in header + found if hit.line is line]
        for label, names in sorted(labels.items(), key=lambda item: -len(item[0])):
            if len(label) < HEADER_FUZZ_MIN or (names and set(names) <= named) or any(h.label == label for h in header):
                continue
            for start in range(len(line.text) - len(label) + 1):
                piece = line.text[start:start + len(label)]
                if _misread_title(piece, label) \
                        and not any(start < b and a < start + len(label) for a, b in taken):
                    found.append(LabelHit(names, label, line, start, start + len(label), False))
                    taken.append((start, start + len(label)))
                    named.update(names)
                    break
    return found


def _misread_title(piece: str, label: str) -> bool:
    wrong = Hamming.distance(piece, label)
    return wrong == 1 or (wrong == 2 and len(label) >= HEADER_FUZZ_TWO_MIN and piece[0] == label[0]
                          and piece[-1] == label[-1])


def _upright(line: Line) -> float:
    return 0.0


def _column_lean(header_hits: list[LabelHit], slope: float) -> ColumnShift:
    """How far the columns have moved sideways at a line's height, from where the header stands: on a turned photo
    the columns lean as much as the rows tilt (the page's tilt, already levelled out of the rows, and what is left
    of it along the header), the page's proportions turning a drop per width into a shift per height."""
    line = header_hits[0].line
    shear = (line.tilt + slope) * line.aspect ** 2
    top = sum(hit.line.y_center for hit in header_hits) / len(header_hits)
    return lambda other: -shear * (other.y_center - top)


# The key column's own lean is measured from at least this many of its cells, spread over this share of the page.
LEAN_MIN_KEYS = 4
LEAN_MIN_SPREAD = 0.1


def _lean_of_the_key_column(body: list[Line], bands: list[Band], key: str, key_parse: Parser,
                            header_hits: list[LabelHit]) -> Optional[ColumnShift]:
    """How far the columns have moved sideways at a line's height, measured down the key column itself: a photo
    taken at a slant (the page's foot nearer the camera) tilts the rows without turning the columns as much, or
    the other way, so the tilt alone can move the columns' borders the wrong way across the cells. The slope is
    the median of the slopes between each two key cells, which a stray cell does not move; None where too few key
    cells stand under their title to tell."""
    band = next((b for b in bands if b.name == key), None)
    if band is None:
        return None
    keys = []
    for line in body:
        parsed = key_parse(line.text)
        centre = (line.x0 + line.x1) / 2
        if parsed is not None and parsed.start <= KEY_LEAD and band.left <= centre < band.right:
            keys.append((line.y_center, centre))
    if len(keys) < LEAN_MIN_KEYS or max(y for y, _ in keys) - min(y for y, _ in keys) < LEAN_MIN_SPREAD:
        return None
    slopes = sorted((x2 - x1) / (y2 - y1) for i, (y1, x1) in enumerate(keys) for y2, x2 in keys[i + 1:]
                    if abs(y2 - y1) >= LEAN_MIN_SPREAD / 2)
    if not slopes:
        return None
    shift = slopes[len(slopes) // 2]
    top = sum(hit.line.y_center for hit in header_hits) / len(header_hits)
    return lambda other: shift * (other.y_center - top)


def _leaning(bands: list[Band], shift: float) -> list[Band]:
    return [replace(b, left=b.left + shift, right=b.right + shift) for b in bands] if shift else bands


def _fitted_to_body(bands: list[Band], body: list[Line], lean: ColumnShift = _upright) -> list[Band]:
    """Bands whose borders sit in the white space between the columns' text. A border halfway between two titles
    misses the column's edge where the columns differ in width (a wide 备注 column's left-aligned text starts far
    left of its centred title), so each border moves, between the two titles, to where the fewest body lines
    cross it."""
    fitted = [replace(b) for b in bands]
    upright = [(line.x0 - lean(line), line.x1 - lean(line)) for line in body]
    for left_band, right_band in zip(fitted, fitted[1:]):
        border = _emptiest_place(upright, left_band.title_right, right_band.title_left, left_band.right)
        left_band.right = right_band.left = _border_of_a_column_left_empty(upright, left_band, right_band, border)
    return fitted


# A column of text stands in at least this many lines of the table's body.
COLUMN_MIN_LINES = 2


def _border_of_a_column_left_empty(body: list[tuple[float, float]], left_band: Band, right_band: Band,
                                   border: float) -> float:
    """The border, moved into the white space between two columns of text that one band holds while its neighbour
    holds nothing. Titles printed off their columns (收入 left-aligned over right-aligned figures, on a photo whose
    perspective moves the lower rows aside) leave the border where both columns fall on one side; each column's
    figures then read as one (25096.922391.84). The space must lie within the crowded band's title, so a page
    number or a stray mark beside the table moves nothing."""
    centres = [(x0 + x1) / 2 for x0, x1 in body]
    left_empty = not any(left_band.left <= centre < border for centre in centres)
    right_empty = not any(border <= centre < right_band.right for centre in centres)
    if left_empty == right_empty:
        return border
    crowded = right_band if left_empty else left_band
    lo, hi = (border, crowded.right) if left_empty else (crowded.left, border)
    held = sorted((x0, x1) for x0, x1 in body if lo <= (x0 + x1) / 2 < hi)
    gaps = []
    reach = None
    for index, (x0, x1) in enumerate(held):
        if reach is not None and x0 > reach and index >= COLUMN_MIN_LINES and len(held) - index >= COLUMN_MIN_LINES:
            gaps.append((x0 - reach, (reach + x0) / 2))
        reach = x1 if reach is None else max(reach, x1)
    inside = [gap for gap in gaps if crowded.title_left < gap[1] < crowded.title_right]
    return max(inside)[1] if inside else border


def _emptiest_place(body: list[tuple[float, float]], lo: float, hi: float, middle: float) -> float:
    """The x between lo and hi that the fewest lines cross; of equally empty stretches, the one nearest `middle`:
    `middle` itself where it lies in it, else its centre."""
    if hi - lo <= 0:
        return middle
    edges = sorted({lo, hi, *(x for line in body for x in line if lo < x < hi)})
    best: Optional[tuple[int, float, float]] = None
    for a, b in zip(edges, edges[1:]):
        centre = (a + b) / 2
        crossing = sum(1 for x0, x1 in body if x0 < centre < x1)
        inside = a <= middle <= b
        distance = 0.0 if inside else min(abs(a - middle), abs(b - middle))
        if best is None or (crossing, distance) < best[:2]:
            best = (crossing, distance, middle if inside else centre)
    return best[2]


def _split_by_band(line: Line, bands: list[Band], row_mates: list[Line] = ()) -> list[tuple[str, Span]]:
    """A line that sits (mostly) in one column is that column's whole; only a line OCR ran across several
    columns is cut, character by character, at the column bands. A text layer's line that sits mostly in one column
    is cut too where the characters stand apart at a band's border: the wrapped last line of one cell set close
    against the next (市浦东新区税务局 | 行分公司)."""
    width = max(line.x1 - line.x0, 1e-6)
    overlaps = [(min(line.x1, b.right) - max(line.x0, b.left), b.name) for b in bands]
    best, name = max(overlaps)
    whole = [(name, Span(line, 0, len(line.text)))] if name else []
    if best >= WHOLE_LINE_SHARE * width and not line.exact:
        return whole
    pieces: list[tuple[str, Span]] = []
    for index, (x0, x1) in enumerate(line.char_spans):
        centre = (x0 + x1) / 2
        band = next((b.name for b in bands if b.left <= centre < b.right), bands[-1].name)
        if pieces and pieces[-1][0] == band and pieces[-1][1].end == index:
            pieces[-1] = (band, Span(line, pieces[-1][1].start, index + 1))
        else:
            pieces.append((band, Span(line, index, index + 1)))
    pieces = _held_by_separate_neighbours(line, _cut_at_gaps(line, _cut_between_kinds(line.text, pieces)), bands,
                                          row_mates)
    if best >= WHOLE_LINE_SHARE * width and not all(_cells_apart(line, span.end) for _, span in pieces[:-1]):
        return whole
    return [(band, span) for band, span in pieces if band]


def _cells_apart(line: Line, at: int) -> bool:
    """Whether the characters on either side of `at` stand apart as two cells' do (a text layer's places)."""
    spans = line.char_spans
    return 0 < at < len(spans) and spans[at][0] - spans[at - 1][1] >= CELL_GAP * line.char_width


def _cut_between_kinds(text: str, pieces: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """Cuts moved to where a run of figures meets words, when one is that near: a character's place inside a
    line is only estimated from its width, and over a long run of narrow digits the estimate slips by a character,
    which would cut 2025.03.31 from its 1 or hand the 2 of a date to the words before it."""
    cuts = [span.end for _, span in pieces[:-1]]
    moved = []
    for cut in cuts:
        near = [at for at in range(cut - CUT_SNAP, cut + CUT_SNAP + 1)
                if 0 < at < len(text) and _figure(text, at - 1) != _figure(text, at)]
        range_end = _end_of_range_around(text, cut)
        amount_end = _end_of_amount_before_a_date(text, cut)
        if amount_end is not None:
            moved.append(amount_end)
        elif range_end is not None:
            moved.append(range_end)
        else:
            moved.append(min(near, key=lambda at: abs(at - cut)) if near and not _is_kind_change(text, cut) else cut)
    bounds = [0, *moved, len(text)]
    if any(a >= b for a, b in zip(bounds, bounds[1:])):
        return pieces
    return [(band, Span(span.line, a, b)) for (band, span), a, b in zip(pieces, bounds, bounds[1:])]


def _cut_at_gaps(line: Line, pieces: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """Cuts moved to the widest gap between characters near them, where the line's characters stand where the page
    put them (a text layer): two cells set close enough to read as one line (810.51 right-aligned against
    2026-05-09, 全年一次性奖金收入 against the payer) still stand apart by more than the characters inside a cell, and a
    border halfway between two titles can fall a character inside either cell. OCR gives no such gaps. In a text
    layer, where no gap stands that near, the cut moves to the nearest gap between the cuts either side: a cell
    left-aligned far left of its centred title (缴费单位 right after a wide 缴费年月 range, 202405至202608 | 上海携程…)
    starts there, however far from it the border halfway between the titles lies."""
    spans = line.char_spans
    least = CELL_GAP * line.char_width

    def gap(at: int) -> float:
        return spans[at][0] - spans[at - 1][1]

    ends = [span.end for _, span in pieces]
    cuts = []
    for index, cut in enumerate(ends[:-1]):
        near = [at for at in range(cut - CUT_SNAP, cut + CUT_SNAP + 1) if 0 < at < len(spans)]
        widest = max(near, key=lambda at: (gap(at), -abs(at - cut)), default=cut)
        if gap(widest) < least and line.exact:
            between = range((cuts[-1] if cuts else 0) + 1, ends[index + 1])
            widest = min((at for at in between if gap(at) >= least), key=lambda at: abs(at - cut), default=cut)
        cuts.append(widest if gap(widest) >= least and gap(widest) > gap(cut) else cut)
    bounds = [0, *cuts, len(line.text)]
    if any(a >= b for a, b in zip(bounds, bounds[1:])):
        return pieces
    return [(band, Span(span.line, a, b)) for (band, span), a, b in zip(pieces, bounds, bounds[1:])]


AMOUNT_SNAP = 6


def _end_of_amount_before_a_date(text: str, cut: int) -> Optional[int]:
    """Where a cut falls near the place an amount's decimals meet a date with no space between, that place: a
    character's place in a run of digits is only estimated, and a border from titles read as one line (实缴(退)金额
    入(退)库日期) is itself a guess, so the cut may land several digits off."""
    for match in AMOUNT_BEFORE_A_DATE.finditer(text):
        if abs(match.end() - cut) <= AMOUNT_SNAP:
            return match.end()
    return None


def _end_of_range_around(text: str, cut: int) -> Optional[int]:
    """Where a cut falls inside a range of two dates (2026-10-01至2026-10-31) run into the next cell's words, the end
    of the range: a key cell is never split, and the estimate of a character's place slips by more than CUT_SNAP
    over the range's narrow digits (2026-10-01至20 | 26-1工资薪金所得). None where the cut is in no range, or the range
    runs to the line's end (it is one cell's whole), or the run holds more than one range's figures (an amount
    run into it)."""
    if not 0 < cut < len(text) or not (_figure(text, cut - 1) and _figure(text, cut)):
        return None
    start, end = cut, cut
    while start > 0 and _figure(text, start - 1):
        start -= 1
    while end < len(text) and _figure(text, end):
        end += 1
    joiners = [at for at in range(start, end) if text[at] in RANGE_JOINERS and text[at] not in FIGURE_MARKS
               and _figure(text, at)]
    one_range = len(joiners) == 1 and joiners[0] - start <= DAY_CHARS and end - joiners[0] - 1 <= DAY_CHARS
    return end if one_range and end < len(text) else None


def _is_kind_change(text: str, at: int) -> bool:
    return 0 < at < len(text) and _figure(text, at - 1) != _figure(text, at)


def _figure(text: str, at: int) -> bool:
    """Whether the character belongs to a run of figures: digits, their separators, a 至 between two dates."""
    char = text[at]
    if char.isdigit() or char in FIGURE_MARKS:
        return True
    return char in RANGE_JOINERS and 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()


def _held_by_separate_neighbours(line: Line, pieces: list[tuple[str, Span]], bands: list[Band],
                                 row_mates: list[Line]) -> list[tuple[str, Span]]:
    """Where OCR read the neighbouring cell as a line of its own, it already found where this cell ends: the
    characters that the bands would hand to that neighbour (a column wider than its title, a photo's perspective
    shifting lower rows sideways) stay in this cell. 国家税务总局上海市闵行区 keeps its 市闵行区 when
    扣缴义务人：… starts right after it."""
    # A neighbour stands beside the line, its middle outside it: a wrapped cell's last character touching the row
    # from above (局 under 国家税务总局上海市徐汇区税务) is no neighbour. A text layer's cell may run a few
    # characters on under its neighbour's (2026-11-01至2026-11-30 over 上海…): the text drawn there is still its own.
    reach = line.char_width * (OVERRUN_CHARS if line.exact else 1)
    after = {_main_band(mate, bands) for mate in row_mates
             if mate.x0 >= line.x1 - reach and (mate.x0 + mate.x1) / 2 > line.x1}
    before = {_main_band(mate, bands) for mate in row_mates
              if mate.x1 <= line.x0 + reach and (mate.x0 + mate.x1) / 2 < line.x0}
    pieces = list(pieces)
    while len(pieces) > 1 and pieces[-1][0] in after and pieces[-1][0] != pieces[-2][0]:
        keep, moved = pieces[-2], pieces.pop()
        pieces[-1] = (keep[0], Span(line, keep[1].start, moved[1].end))
    while len(pieces) > 1 and pieces[0][0] in before and pieces[0][0] != pieces[1][0]:
        moved, keep = pieces.pop(0), pieces[0]
        pieces[0] = (keep[0], Span(line, moved[1].start, keep[1].end))
    return pieces


OVERRUN_CHARS = 4


def _main_band(line: Line, bands: list[Band]) -> str:
    return max((min(line.x1, b.right) - max(line.x0, b.left), b.name) for b in bands)[1]


def _skew(header_hits: list[LabelHit]) -> float:
    """How much a row drops per unit of width (a photo or a crooked scan), fitted through the header titles."""
    points = [((h.x0 + h.x1) / 2, h.line.y_center) for h in header_hits]
    if len(points) < 2:
        return 0.0
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    if spread < 0.01:
        return 0.0
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / spread
    return max(-0.15, min(0.15, slope))


def _rows_in(body: list[Line], bands: list[Band], key: str, key_parse: Parser, slope: float = 0.0,
             lean: ColumnShift = _upright, drifts: Optional[dict[str, float]] = None):
    """Rows of the table body: each starts at a key cell; every other piece joins the last row that starts
    above it (levelled by the page's skew), so wrapped cells join their row. `drifts`: each column's drift where the
    part of the table above ended, updated to where this part ends."""
    drifts = {} if drifts is None else drifts
    pieces = [(band, span) for line in sorted(body, key=lambda l: (l.y0, l.x0))
              for band, span in _split_by_band(line, _leaning(bands, lean(line)),
                                               [m for m in body if m is not line and m.same_row(line, 0.3)])]
    pieces = _wrapped_lines_under_their_first(pieces, key)

    def level(span: Span) -> float:
        box = span.box
        return span.line.y_center - slope * (box[0] + box[2]) / 2

    key_spans = [span for band, span in pieces if band == key]
    # Only key cells end a range: a tall line of the column beside (工资薪金所得 set upright in a narrow cell) may
    # stand between a range's two lines.
    range_ends = _range_ends_below([span for span in key_spans if key_parse(span.text) is not None], level)
    starts = []
    for span in key_spans:
        parsed = key_parse(span.text)
        if (parsed is not None and parsed.start <= KEY_LEAD and not _ends_a_range(span.text, parsed.start)
                and id(span) not in range_ends):
            starts.append(span)
    starts.sort(key=level)
    owners, ended = _owners(pieces, starts, key, level, drifts)
    lost = _rows_whose_key_was_lost(pieces, starts, owners, key, level)
    if lost:
        starts = sorted(starts + lost, key=level)
        owners, ended = _owners(pieces, starts, key, level, drifts)
    drifts.update(ended)
    grouped: list[tuple[dict[str, Cell], list[Span]]] = [({}, []) for _ in starts]
    for index, start in enumerate(starts):
        if any(start is other for other in lost):
            grouped[index][0][LOST_KEY] = Cell([start])
    for band, span in pieces:
        owner = owners.get(id(span))
        if owner is None:
            continue
        cells, row_spans = grouped[owner]
        cells.setdefault(band, Cell([])).spans.append(span)
        row_spans.append(span)
    for cells, _ in grouped:
        for cell in cells.values():
            cell.spans = _in_reading_order(cell.spans)
    yield from grouped


def _wrapped_lines_under_their_first(pieces: list[tuple[str, Span]], key: str) -> list[tuple[str, Span]]:
    """A cell's wrapped line (伙), 育科技有限公司) starts where the line above it in the cell starts and reaches no further:
    it keeps to that line's column where a border drawn from the titles falls right of it (a wide left-aligned 备注
    cell starting under the title before it, a photo's perspective moving one column more than another)."""
    pieces = list(pieces)
    for index, (band, span) in enumerate(pieces):
        line = span.line
        if span.start != 0 or span.end != len(line.text) or band == key:
            continue  # a line cut between columns is placed by its characters; a key starts a row of its own
        reach = line.char_width
        above = [(other_band, other) for other_band, other in pieces[:index]
                 if other.line is not line and other.line.y_center < line.y_center
                 and line.y0 - other.line.y1 <= WRAP_GAP * max(line.height, other.line.height)
                 and abs(other.box[0] - line.x0) <= reach and line.x1 <= other.box[2] + reach]
        if not above:
            continue
        above_band, _ = max(above, key=lambda item: item[1].line.y_center)
        if above_band != band:
            pieces[index] = (above_band, span)
    return pieces


def _in_reading_order(spans: list[Span]) -> list[Span]:
    """A cell's pieces row by row, left to right in each: a name the detector boxed in two pieces on one row
    (上海海纳贸易 | （集团）有限公司) reads in order even where the right piece's box starts a little higher. Lines one
    under another, their boxes run into one row by a photo's tight wrapping (扣缴义务人：上海华信会 | 计师事务所…),
    stand over each other, not side by side: they read from the top."""
    rows = rows_of(list({id(span.line): span.line for span in spans}.values()))
    rows = [sorted(row, key=lambda line: line.y_center) if _one_over_another(row) else row for row in rows]
    order = {id(line): index for index, line in enumerate(line for row in rows for line in row)}
    return sorted(spans, key=lambda span: (order[id(span.line)], span.start))


def _one_over_another(row: list[Line]) -> bool:
    """Whether two lines of a row share most of the narrower one's width: they cannot stand side by side."""
    return any(min(a.x1, b.x1) - max(a.x0, b.x0) > 0.5 * min(a.x1 - a.x0, b.x1 - b.x0)
               for i, a in enumerate(row) for b in row[i + 1:])


def _rows_whose_key_was_lost(pieces: list[tuple[str, Span]], starts: list[Span], owners: dict[int, int], key: str,
                             level: Callable[[Span], float]) -> list[Span]:
    """Rows whose key cell OCR lost (a grey print, a seal over the month column): a figure cell (an amount, one per
    row, never wrapped) standing under another figure of the same column in the same row, or below every row, and
    away from every row's key, stands for a row of its own. One figure per such row is returned, as its start."""
    if not starts:
        return []
    seen: set[tuple[str, int]] = set()
    found: list[Span] = []
    for band, span in sorted(pieces, key=lambda piece: level(piece[1])):
        if band == key or not _FIGURE_CELL.fullmatch(span.text):
            continue
        owner = owners.get(id(span))
        first_in_its_cell = owner is not None and (band, owner) not in seen
        seen.add((band, owner if owner is not None else -1))
        if first_in_its_cell:
            continue
        apart = LOST_ROW_APART * span.line.height
        if all(abs(level(span) - level(other)) > apart for other in starts + found):
            found.append(span)
    return found


def _ends_a_range(text: str, start: int) -> bool:
    before = text[:start].rstrip("起")
    return bool(before) and before[-1] in RANGE_JOINERS


def _range_ends_below(key_spans: list[Span], level: Callable[[Span], float]) -> set[int]:
    """Key cells' second lines (2025-07-31) under a first line that opened a range (2025-07-01至): each ends the
    range its opener began, in the same cell wrapped, and is no new row. Of the key lines below an opener, the next
    one down, if it stands within a line height or so (a photo's boxes overlap; a text layer's touch)."""
    ends: set[int] = set()
    for opener in key_spans:
        height = opener.line.height
        below = [span for span in key_spans if span is not opener
                 and RANGE_END_MIN_DROP * height < level(span) - level(opener) <= RANGE_END_MAX_DROP * height]
        if below and _opens_a_range(opener.text, min(below, key=level).text):
            ends.add(id(min(below, key=level)))
    return ends


def _opens_a_range(text: str, below: str) -> bool:
    """Whether a key line opens a range the line under it ends: it ends with a joiner (2025-07-01至), or OCR lost
    or misread its joiner (2025-09-01星) and the line under it is a later day of the same month (2025-09-30)."""
    if text.rstrip().endswith(tuple(RANGE_JOINERS)):
        return True
    first = _DAY_WITH_A_STRAY_CHARACTER.fullmatch(digitise(text))
    second = _DAY_WITH_A_STRAY_CHARACTER.fullmatch(digitise(below))
    return bool(first and second and first.group(1) == second.group(1) and first.group(2) < second.group(2))


def _owners(pieces: list[tuple[str, Span]], starts: list[Span], key: str, level: Callable[[Span], float],
            drifts: Optional[dict[str, float]] = None) -> tuple[dict[int, int], dict[str, float]]:
    """The row each piece belongs to: the last row starting above it. A photo's perspective turns lower rows
    less steeply than the header (the slope `level` corrects by), so far from the key column the error grows
    row by row until a cell lands in the row above; each column's drift is therefore followed down the table,
    from the first line of each of its cells that sits close to its row's start, starting where `drifts` says the
    part of the table above a section's heading left it. Returned with each column's drift where it ends."""
    owners: dict[int, int] = {}
    ended: dict[str, float] = {}
    by_band: dict[str, list[Span]] = {}
    for band, span in pieces:
        by_band.setdefault(band, []).append(span)
    for band, spans in by_band.items():
        drift = (drifts or {}).get(band, 0.0)
        seen_rows: set[int] = set()
        for span in sorted(spans, key=level):
            y = level(span) - drift
            owner = None
            for index, start in enumerate(starts):
                if level(start) - 0.6 * start.line.height <= y:
                    owner = index
            if owner is None or y > level(starts[owner]) + 3.5 * starts[owner].line.height:
                continue
            owners[id(span)] = owner
            start = starts[owner]
            off = y - level(start)
            if band != key and owner not in seen_rows and abs(off) < DRIFT_STEP * start.line.height:
                drift += off
            seen_rows.add(owner)
        ended[band] = drift
        if band != key:
            _wrapped_cells_to_their_row(spans, starts, level, owners)
    return owners, ended


def _wrapped_cells_to_their_row(spans: list[Span], starts: list[Span], level: Callable[[Span], float],
                                owners: dict[int, int]) -> None:
    """A cell wrapped onto several lines and centred in its row starts above the row's one-line cells (the key), so
    its first line would go to the row above: the lines of one cell, set close one under the other, go together
    to the one row whose key lies within them."""
    for stack in _stacked(sorted(spans, key=level), level):
        keys = _keys_within(stack, starts, level)
        pieces = _one_per_row(stack, len(keys), level)
        if len(keys) > 1 and all(len(piece) > 1 for piece in pieces):
            # Each row's cell wrapped: the pieces go to the keys in order, however far a photo's perspective has
            # moved the column against the key column by the table's foot.
            for piece, owner in zip(pieces, keys):
                for span in piece:
                    owners[id(span)] = owner
            continue
        even = _even_cells(stack, keys, starts, level)
        if even is not None:
            for piece, owner in zip(even, keys):
                for span in piece:
                    owners[id(span)] = owner
            continue
        for piece in pieces:
            inside = _keys_within(piece, starts, level)
            if len(piece) > 1 and len(inside) == 1:
                for span in piece:
                    owners[id(span)] = inside[0]


def _even_cells(stack: list[Span], keys: list[int], starts: list[Span], level: Callable[[Span], float]) \
        -> Optional[list[list[Span]]]:
    """A column whose every row holds a cell of the same number of lines, centred on its row and set as close as the
    rows are (a text-layer tax record's 备注: 扣缴义务人：… | 限公司 | its credit code), is one even stack with no gap
    to cut at: cut into as many equal pieces as there are keys, when each piece holds its own row's key."""
    if len(keys) < 2 or len(stack) % len(keys) or len(stack) // len(keys) < 2:
        return None
    size = len(stack) // len(keys)
    pieces = [stack[index:index + size] for index in range(0, len(stack), size)]
    if all(_keys_within(piece, starts, level) == [key] for piece, key in zip(pieces, keys)):
        return pieces
    return None


def _keys_within(block: list[Span], starts: list[Span], level: Callable[[Span], float]) -> list[int]:
    top = level(block[0]) - block[0].line.height / 2
    bottom = level(block[-1]) + block[-1].line.height / 2
    return [index for index, start in enumerate(starts) if top <= level(start) <= bottom]


def _one_per_row(block: list[Span], keys: int, level: Callable[[Span], float]) -> list[list[Span]]:
    """A stack of lines that holds the wrapped cells of several rows set close (a row's first line right under the
    row above's last), cut at its widest gaps into as many pieces as there are row keys within it. A piece whose
    lines stand no closer than the rows do is no wrapped cell: its lines stay one to a piece."""
    if keys < 2:
        return [block]
    def gap_at(at: int) -> float:
        return _gap(block[at - 1], block[at], level) / block[at].line.height

    gaps = sorted(range(1, len(block)), key=gap_at, reverse=True)
    cuts = sorted(gaps[:keys - 1])
    narrowest_cut = min((gap_at(at) for at in cuts), default=0.0)
    pieces: list[list[Span]] = []
    for a, b in zip([0, *cuts], [*cuts, len(block)]):
        if any(gap_at(at) > narrowest_cut - WRAP_CLEARLY_CLOSER for at in range(a + 1, b)):
            pieces.extend([span] for span in block[a:b])  # one-line cells set as close as rows: none is wrapped
        else:
            pieces.append(block[a:b])
    return pieces


def _gap(upper: Span, lower: Span, level: Callable[[Span], float]) -> float:
    return (level(lower) - lower.line.height / 2) - (level(upper) + upper.line.height / 2)


def _stacked(spans: list[Span], level: Callable[[Span], float]) -> list[list[Span]]:
    """Runs of spans (sorted by level) each no further below the one before than WRAP_GAP line heights."""
    blocks: list[list[Span]] = []
    for span in spans:
        if blocks:
            last = blocks[-1][-1]
            if _gap(last, span, level) <= WRAP_GAP * max(span.line.height, last.line.height):
                blocks[-1].append(span)
                continue
        blocks.append([span])
    return blocks


def cell_value(cell: Optional[Cell], parse: Parser, row_spans: list[Span], reread: Optional[SecondLook] = None,
               whole_lines: bool = False) -> FieldValue:
    """The cell's value; where it cannot be read, value None with confidence 0 and the place it was looked for.
    With `whole_lines` (a column whose value never wraps into a second whole value, such as a company name), a cell
    whose lines each read as a whole value took in rows below it even where their text joined still parses.
    With `reread` (a value compared with another document, or a month a rule counts), a value read unsurely is read again from the
    full-resolution page at each of SECOND_LOOK_SCALES, and a sure reading of much the same text stands for it."""
    if cell is not None and cell.spans:
        parsed: Optional[Parsed] = parse(cell.text)
        if parsed is None or whole_lines:
            top, own = _own_value_of_stacked_cells(cell, parse)
            if own is not None:
                cell, parsed = top, own
        if parsed is not None:
            first = to_field_value(parsed, cell.spans)
            if reread is not None and first.confidence < SURE_READING:
                return consensus([first, *_readings_again(cell, parsed, parse, reread)])
            return first
    spans = cell.spans if cell is not None and cell.spans else row_spans
    if not spans:  # neither the cell nor its row left a place on the page to point at
        return FieldValue(value=None, confidence=0.0)
    return field_value(None, spans, confidence_cap=0.0)


def _own_value_of_stacked_cells(cell: Cell, parse: Parser) -> tuple[Cell, Optional[Parsed]]:
    """A cell that holds several whole values one under the other (7460.00 / 8170.00 / 8393.00) took in the cells
    of rows whose key OCR did not read: the row's own value is the top one. It is a guess, for the row's bounds
    were guessed: doubtful, never the ground of an error."""
    lines: list[list[Span]] = []
    for span in cell.spans:
        if lines and lines[-1][-1].line is span.line:
            lines[-1].append(span)
        else:
            lines.append([span])
    if len(lines) < 2:
        return cell, None
    # A line that opens a bracket it does not close (…信息服务（集团 | ）股份有限公司) is no whole value.
    each = [parsed if parsed is not None and not unclosed_bracket(parsed.value) else None
            for parsed in (parse("".join(span.text for span in line)) for line in lines)]
    if sum(parsed is not None for parsed in each) < 2 or each[0] is None:
        return cell, None
    top = each[0]
    return Cell(lines[0]), replace(top, guessed=True)


def _readings_again(cell: Cell, parsed: Parsed, parse: Parser, reread: SecondLook) -> list[FieldValue]:
    """Only the value's own characters are cropped again: a crop of the whole cell takes in the table's rules
    beside it, which the recogniser reads into the cell's first characters (扣缴义务人 → 报缴务人). The rest of
    the cell (a label before the value) keeps its first reading."""
    before = spans_between(cell.spans, 0, parsed.start)
    value = spans_between(cell.spans, parsed.start, parsed.end)
    after = spans_between(cell.spans, parsed.end, len(cell.text))
    readings = []
    for scale in SECOND_LOOK_SCALES:
        fresh = [_span_again(span, scale, reread) for span in value]  # one per line of a wrapped value
        if any(span is None for span in fresh):
            continue
        spans = before + fresh + after
        again = parse("".join(span.text for span in spans))
        if again is not None:
            readings.append(to_field_value(again, spans))
    return readings


def _span_again(span: Span, scale: float, reread: SecondLook) -> Optional[Span]:
    # The page's own place of the span: its box is levelled by the line's place on a tilted page, and a crop there
    # takes in half of the row below (202510 read again as 202511 on a tilted screenshot).
    x0, _, x1, _ = span.box
    fresh = read_again(reread, span.line, (x0, span.line.bbox[1], x1, span.line.bbox[3]), scale)
    return Span(fresh, 0, len(fresh.text)) if fresh is not None else None


# A merged cell's text stands in the middle of the rows it spans, within this share of a row's pitch; text standing
# this close to its own row's middle may be that row's own cell.
MERGED_MIDDLE_SLACK = 0.3
OWN_ROW_SLACK = 0.25


def spread_merged_cells(rows: list[dict[str, FieldValue]], key: str, column: str) -> None:
    """A cell merged over several rows (one 缴费单位 for a page's months) is read into one of them: its text, standing
    in the middle of the rows it spans, names the value of the rows of the run around it that hold no other value.
    The run is the widest one whose middle is the text's; text level with its own row (a run of odd length, or a
    row's own cell) names only a whole run bounded by other values or the table's ends. Rows are placed by where
    their cells were read, along the rows' median slope (a tilted photo). A run chosen inside a longer stretch of
    empty cells is an inference: its rows' values are placed by a guess, never the ground of an error. Last, text
    level with the first row of blank cells that no merged cell took names them, as a guess: a merged cell whose
    text stands at its top, or a print that names the unit once for the rows under it."""
    _spread_over_runs(rows, key, column)
    _spread_down_as_a_guess(rows, key, column)


def _spread_down_as_a_guess(rows: list[dict[str, FieldValue]], key: str, column: str) -> None:
    for index, row in enumerate(rows):
        value, own = row.get(column), row.get(key)
        if value is None or value.value is None or value.evidence is None or value.guessed or not _level(value, own):
            continue
        below = index + 1
        while below < len(rows) and (rows[below].get(column) is None or rows[below][column].value is None) \
                and rows[below].get(key) is not None and rows[below][key].evidence is not None \
                and (rows[below][key].evidence.file, rows[below][key].evidence.page) == (value.evidence.file,
                                                                                        value.evidence.page):
            rows[below][column] = placed_by_guess(value)
            below += 1


def _level(value: FieldValue, own: Optional[FieldValue]) -> bool:
    """The value was read on its own row: level with the row's key."""
    if own is None or own.evidence is None or (own.evidence.file, own.evidence.page) != (value.evidence.file,
                                                                                         value.evidence.page):
        return False
    key_top, key_bottom = own.evidence.bbox[1], own.evidence.bbox[3]
    middle = (value.evidence.bbox[1] + value.evidence.bbox[3]) / 2
    return key_top <= middle <= key_bottom


def _spread_over_runs(rows: list[dict[str, FieldValue]], key: str, column: str) -> None:
    for index, row in enumerate(rows):
        value = row.get(column)
        text = value.evidence if value is not None and value.value is not None else None
        if text is None:
            continue
        x, y = (text.bbox[0] + text.bbox[2]) / 2, (text.bbox[1] + text.bbox[3]) / 2
        levels = _row_levels(rows, key, column, text.file, text.page, x)
        if levels[index] is None:
            continue

        def open_to(at: int) -> bool:
            other = rows[at].get(column)
            return levels[at] is not None and (other is None or other.value is None or other.value == value.value)

        first = last = index
        while first > 0 and open_to(first - 1):
            first -= 1
        while last < len(rows) - 1 and open_to(last + 1):
            last += 1
        if last == first:
            continue
        pitch = statistics.median(abs(levels[at + 1] - levels[at]) for at in range(first, last))
        if pitch <= 0:
            continue
        runs = [(top, bottom) for top in range(first, index + 1) for bottom in range(max(index, top + 1), last + 1)
                if abs((levels[top] + levels[bottom]) / 2 - y) <= MERGED_MIDDLE_SLACK * pitch]
        if abs(levels[index] - y) <= OWN_ROW_SLACK * pitch:
            runs = [run for run in runs if run == (first, last)]
        if not runs:
            continue
        top, bottom = max(runs, key=lambda run: run[1] - run[0])
        spread = value if (top, bottom) == (first, last) else placed_by_guess(value)
        for at in range(top, bottom + 1):
            other = rows[at].get(column)
            if other is None or other.value is None:
                rows[at][column] = spread


def _row_levels(rows: list[dict[str, FieldValue]], key: str, column: str, file: str, page: int,
                x: float) -> list[Optional[float]]:
    """Where each row's middle stands at `x` on the page: from its key's middle along the rows' slope (the median
    over the rows of the slope from the key to its farthest other cell: a tilted photo)."""
    keys = [row.get(key) for row in rows]
    on_page = [value is not None and value.evidence is not None and (value.evidence.file, value.evidence.page) == (file, page)
               for value in keys]
    slopes = []
    for row, value, here in zip(rows, keys, on_page):
        if not here:
            continue
        kx, ky = _middle(value.evidence.bbox)
        cells = [_middle(other.evidence.bbox) for name, other in row.items()
                 if name not in (key, column) and isinstance(other, FieldValue) and other.value is not None
                 and other.evidence is not None and (other.evidence.file, other.evidence.page) == (file, page)]
        far = max(cells, key=lambda point: abs(point[0] - kx), default=None)
        if far is not None and abs(far[0] - kx) > 1e-6:
            slopes.append((far[1] - ky) / (far[0] - kx))
    slope = statistics.median(slopes) if slopes else 0.0
    return [_middle(value.evidence.bbox)[1] + slope * (x - _middle(value.evidence.bbox)[0]) if here else None
            for value, here in zip(keys, on_page)]


def _middle(bbox) -> tuple[float, float]:
    return (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
