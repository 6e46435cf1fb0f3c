"""Records shown as a list of cards (app screenshots such as 收入纳税明细, 养老保险缴费明细): each card opens with its
key (2026-09, 2025年11月) on a line of its own, or beside a short tag (正常, 补缴), and holds its values: after their
label (扣缴义务人 上海…, 基数 27900.00), on the label's line or right of it on the same row, or with no label at all
(the employer of a social-insurance card), recognised by what they are.

A card's cells come out in the same form as a ruled table's, so a document type builds its rows from either."""
from __future__ import annotations

from dataclasses import dataclass
from statistics import median
from typing import Mapping, Optional

from extractors.reading.table import LOST_KEY, Cell, Column
from extractors.reading.text import Line, piece, rows_of, Span
from extractors.reading.values import Parser

# A card's key line holds the key, its tags, and at most this many other characters (a bracket, a stray mark).
KEY_LINE_SLACK = 2
# Rows of a card: a value whose line overlaps its label's line by this share of the smaller height.
SAME_ROW_SHARE = 0.3
# A value's wrapped line starts within this many line heights under it, and lines up with it within this many
# character widths.
WRAP_GAP = 0.6
WRAP_ALIGNMENT = 1.0
# Keys of one list start (or, set flush right, end) within this many character widths of each other.
KEY_ALIGNMENT = 2.0
# Cards stand apart by a gap this many times wider than the gap between the lines inside one.
CARD_GAP_RATIO = 1.5
# A value with no label is a line its parser reads whole, but for a unit or currency mark (27900.00元, ¥840.00): a
# word left over (工资薪金所得 read as the company 工资薪金所) says the line is something else.
UNLABELLED_MARKS = "元¥￥"


def read_cards(lines: list[Line], columns: tuple[Column, ...], key: str, key_parse: Parser,
               unlabelled: Optional[Mapping[str, Parser]] = None, tags: tuple[str, ...] = (),
               other_labels: tuple[str, ...] = (), figure_tags: tuple[str, ...] = ()):
    """(cells, spans) per card, in page order. `unlabelled` names, per column, the parser that recognises its value
    on a line of its own where the card prints no label for it (or a label the recogniser garbled); `tags` are words
    that may share the key's line; `other_labels` open lines of values no column wants (收入 beside the tax), whose
    values are no unlabelled value; `figure_tags` are tags whose row holds a figure of their own (an income item's
    income), no unlabelled value either.

    A card whose values were not read is no card (a column of dates in a ruled table holds no values), except the
    last one of a screen that shows other cards: it is cut off at the foot of the screen, and its key, which is
    there to see, makes a row whose values are unread. Where the next screen opens with the same key (screenshots
    of a scrolled list overlap), the cut card is that card again and is dropped."""
    unlabelled = unlabelled or {}
    labels = tuple(header for column in columns if column.name != key for header in column.headers)
    key_labels = tuple(header for column in columns if column.name == key for header in column.headers)
    # The key's own label may open its line (缴费年月：2025-11), like a tag.
    tags = tuple(tags) + key_labels
    screens = []
    for page_index in sorted({line.page_index for line in lines}):
        page_lines = sorted((part for line in lines if line.page_index == page_index
                             for part in _key_apart_from_label(line, labels, key_parse, tags)), key=lambda l: (l.y0, l.x0))
        keys = _page_keys(page_lines, labels, key_labels, key_parse, tags)
        blocks = _blocks_of_one_key([found.line for found in keys], page_lines)
        closing = not blocks and _keys_close_their_cards([found.line for found in keys], page_lines)
        pitch = median(after.line.y1 - before.line.y1 for before, after in zip(keys, keys[1:])) if closing else 0.0
        cards = []
        for index, found in enumerate(keys):
            key_line = found.line
            if blocks:  # the card is the block of lines its key stands in, wherever in it the key stands
                top, bottom = blocks[index]
                within = lambda line: top <= line.y_center <= bottom  # noqa: E731
            elif closing:  # the card runs from the key before down to this key's row
                start = keys[index - 1].line.y1 if index else key_line.y1 - pitch
                within = lambda line: start < line.y_center <= key_line.y1 or line.same_row(key_line, SAME_ROW_SHARE)  # noqa: E731
            else:
                end = keys[index + 1].line.y0 if index + 1 < len(keys) else float("inf")
                within = lambda line: key_line.y0 <= line.y_center < end  # noqa: E731
            taken = {id(span.line) for span in found.cell.spans}
            cells = _cells(found.cell, [line for line in page_lines if within(line) and id(line) not in taken],
                           columns, key, unlabelled, other_labels, figure_tags)
            if found.lost:  # a row whose month is lost is still a row, unread
                cells[LOST_KEY] = cells[key]
            cards.append((found.cell, cells))
        screens.append(cards)
    for index, cards in enumerate(screens):
        following = screens[index + 1] if index + 1 < len(screens) else []
        for position, (key_cell, cells) in enumerate(cards):
            if len(cells) > 1 or (position == len(cards) - 1 and _cut_at_foot(key_cell, cards, following, key_parse)):
                yield cells, [span for cell in cells.values() for span in cell.spans]


@dataclass(frozen=True)
class _Key:
    line: Line  # where the card's key stands: the key's own line, or its label's
    cell: Cell  # the key as read
    lost: bool = False  # its label is there, its key misread


def _page_keys(page_lines: list[Line], labels: tuple[str, ...], key_labels: tuple[str, ...], key_parse: Parser,
               tags: tuple[str, ...]) -> list[_Key]:
    """The keys that open (or close) the page's cards, top to bottom: the key lines, with those whose key was
    misread; or, where more cards set their key right of its label, those."""
    lines = _aligned([line for line in page_lines if _is_key_line(line, key_parse, tags)
                      and not _beside_label(line, page_lines, labels)])
    keys = sorted([_Key(line, _whole_line(line)) for line in lines]
                  + [_Key(line, _whole_line(line), lost=True) for line in _lost_keys(page_lines, lines, key_labels, key_parse, tags)],
                  key=lambda found: found.line.y0)
    labelled = _keys_right_of_their_label(page_lines, key_labels, key_parse, labels + key_labels)
    labelled_lines = _aligned([line for line in page_lines if id(line) in labelled])
    # A lone date elsewhere (开具日期 2026-10-23) looks like a key too; and a month's heading (2025年12月) may stand
    # over two cards of that month, each with its own 税款所属期 (wages and 劳务报酬 from a second payer).
    if len(labelled) > len(keys) or _two_under_one_heading(keys, labelled_lines):
        keys = [_Key(line, labelled[id(line)]) for line in labelled_lines]
    return keys


def _two_under_one_heading(keys: list[_Key], labelled: list[Line]) -> bool:
    """Whether two labelled keys stand between one key line and the next."""
    tops = [found.line.y0 for found in keys] + [float("inf")]
    return any(sum(1 for line in labelled if top < line.y0 < below) >= 2 for top, below in zip(tops, tops[1:]))


def _whole_line(line: Line) -> Cell:
    return Cell([Span(line, 0, len(line.text))])


def _lost_keys(page_lines: list[Line], keys: list[Line], key_labels: tuple[str, ...], key_parse: Parser,
               tags: tuple[str, ...]) -> list[Line]:
    """Lines that open with the key's label, in line with the keys, whose key was misread (税款所属期：2026-0巴申报税额…):
    each opens a card whose month is unread, so a month missing from those read is never sure to be missing."""
    if not keys or not key_labels:
        return []
    left = median(line.x0 for line in keys)
    return [line for line in page_lines if line.text.startswith(key_labels) and not any(line is key for key in keys)
            and not is_key_text(line.text, key_parse, tags) and not _key_beside(line, page_lines, key_parse)
            and abs(line.x0 - left) <= KEY_ALIGNMENT * line.char_width]


def _key_beside(label: Line, page_lines: list[Line], key_parse: Parser) -> bool:
    """Whether the key's label has its key right of it on its row (a card headed 2026年9月 that lists 税款所属期 …
    2026-09 again among its values): its key was read, and the line opens no card."""
    return any(other is not label and other.x0 >= label.x1 and other.same_row(label, SAME_ROW_SHARE)
               and key_parse(other.text) is not None for other in page_lines)


def _key_apart_from_label(line: Line, labels: tuple[str, ...], key_parse: Parser, tags: tuple[str, ...]) -> list[Line]:
    """A key line that OCR read together with the label and value beside it (税款所属期：2026-08已申报税额548.59) as
    two lines, the key's and the label's; any other line as it is."""
    for label in labels:
        at = line.text.find(label, 1)
        if at > 0 and is_key_text(line.text[:at], key_parse, tags):
            return [piece(line, 0, at), piece(line, at, len(line.text))]
    return [line]


def _blocks_of_one_key(keys: list[Line], page_lines: list[Line]) -> Optional[list[tuple[float, float]]]:
    """Per key, the top and bottom of the block of lines it stands in, where the page's lines fall into blocks apart
    by gaps wider than CARD_GAP_RATIO times the usual gap between lines, each key in a block of its own and no block
    without a key between two with one (a card headed by its income item: 工资薪金 ¥6,207.46, then 所得月份 2026-10,
    扣缴义务人 …, 已申报税额 …); None where they do not."""
    if len(keys) < 2 or any(after.y_center < before.y_center for before, after in zip(keys, keys[1:])):
        return None
    rows = rows_of(page_lines)
    gaps = [min(l.y0 for l in after) - max(l.y1 for l in before) for before, after in zip(rows, rows[1:])]
    if len(gaps) < 3:
        return None
    usual = median(max(0.0, gap) for gap in gaps)
    blocks, start = [], 0
    for index, gap in enumerate(gaps):
        if gap > CARD_GAP_RATIO * usual and gap > 0:
            blocks.append(rows[start:index + 1])
            start = index + 1
    blocks.append(rows[start:])
    key_ids = {id(key) for key in keys}
    holding = [sum(1 for row in block for line in row if id(line) in key_ids) for block in blocks]
    keyed = [index for index, count in enumerate(holding) if count]
    if any(count > 1 for count in holding) or len(keyed) != len(keys) or keyed != list(range(keyed[0], keyed[-1] + 1)):
        return None
    return [(min(l.y_center for row in blocks[index] for l in row), max(l.y_center for row in blocks[index] for l in row))
            for index in keyed]


def _keys_close_their_cards(keys: list[Line], page_lines: list[Line]) -> bool:
    """Whether each card ends with its key rather than opening with it (the 个税 app's 收入纳税明细 at a large font:
    工资薪金 收入 …, 扣缴义务人：…, then 税款所属期：2026-10 已申报税额 …): cards stand apart by a wider gap than the
    lines inside one, and that gap falls below the keys, not above them."""
    if len(keys) < 2:
        return False
    votes = 0
    for key in keys:
        others = [line for line in page_lines if not line.same_row(key, SAME_ROW_SHARE)]
        above = [max(0.0, key.y0 - line.y1) for line in others if line.y_center < key.y_center]
        below = [max(0.0, line.y0 - key.y1) for line in others if line.y_center > key.y_center]
        if not above or not below:
            continue
        gap_above, gap_below = min(above), min(below)
        if gap_below > CARD_GAP_RATIO * gap_above:
            votes += 1
        elif gap_above > CARD_GAP_RATIO * gap_below:
            votes -= 1
    return votes > 0


def _keys_right_of_their_label(page_lines: list[Line], key_labels: tuple[str, ...], key_parse: Parser,
                               labels: tuple[str, ...]) -> dict[int, Cell]:
    """Cards that list each value right of its label, the key's too (税款所属期 … 2026-09-01至2026-09 over -30): the
    key's label line opens the card, and the key is the value beside it, with the lines it wraps onto."""
    found = {}
    for line in page_lines:
        if line.text.rstrip(":：") not in key_labels:
            continue
        beside = sorted((other for other in page_lines if other is not line and other.x0 >= line.x1
                         and other.same_row(line, SAME_ROW_SHARE)), key=lambda l: l.x0)
        if not beside:
            continue
        value = beside + _wrapped_on(beside[-1], page_lines, labels)
        if key_parse("".join(other.text for other in value)) is not None:
            found[id(line)] = Cell([Span(other, 0, len(other.text)) for other in value])
    return found


def _cells(key_cell: Cell, card: list[Line], columns: tuple[Column, ...], key: str,
           unlabelled: Mapping[str, Parser], other_labels: tuple[str, ...] = (),
           figure_tags: tuple[str, ...] = ()) -> dict[str, Cell]:
    cells = {key: key_cell}
    labels = tuple(header for column in columns for header in column.headers)
    paired = _paired_in_order(card, tuple(header for column in columns if column.name != key
                                          for header in column.headers) + tuple(other_labels))
    for column in columns:
        if column.name != key:
            cell = _labelled_cell(card, column.headers, labels, paired)
            if cell is not None:
                cells[column.name] = cell
    others = [cell for label in other_labels if (cell := _labelled_cell(card, (label,), labels, paired)) is not None]
    taken = {id(span.line) for cell in (*cells.values(), *others) for span in cell.spans}
    # A figure beside a tag standing apart from the key (工资薪金 ¥20,299.27 over 所得月份 2026-10) is the income of
    # the item the tag names, no unlabelled value.
    headings = [line for line in card if line.text.startswith(figure_tags)] if figure_tags else []
    taken |= {id(line) for line in card if any(line is not heading and line.same_row(heading) for heading in headings)}
    for name, parse in unlabelled.items():
        if name not in cells:
            cell = _unlabelled_cell(card, parse, taken, labels)
            if cell is not None:
                cells[name] = cell
                taken |= {id(span.line) for span in cell.spans}
    return cells


def _cut_at_foot(key_cell: Cell, cards, following, key_parse: Parser) -> bool:
    """Whether a card that shows only its key is the last one of a screen whose other cards hold values, written
    as theirs are, and is not the card the next screen opens with."""
    others = [cell for cell, cells in cards if len(cells) > 1]
    length = _key_length(key_cell, key_parse)
    if not others or length is None or any(_key_length(cell, key_parse) != length for cell in others):
        return False
    if following:
        first_key = key_parse(following[0][0].text)
        if first_key is not None and first_key.value == key_parse(key_cell.text).value:
            return False
    return True


def _key_length(cell: Cell, key_parse: Parser) -> Optional[int]:
    """The length of the key the cell's text holds; None where its text, joined from its lines, parses as none."""
    parsed = key_parse(cell.text)
    return None if parsed is None else parsed.end - parsed.start


def _is_key_line(line: Line, key_parse: Parser, tags: tuple[str, ...]) -> bool:
    return is_key_text(line.text, key_parse, tags)


def is_key_text(text: str, key_parse: Parser, tags: tuple[str, ...] = ()) -> bool:
    """Whether the text is a card's key line: the key, its tags, and at most KEY_LINE_SLACK other characters."""
    parsed = key_parse(text)
    if parsed is None:
        return False
    rest = text[:parsed.start] + text[parsed.end:]
    for tag in sorted(tags, key=len, reverse=True):
        rest = rest.replace(tag, "")
    return len(rest) <= KEY_LINE_SLACK


def _beside_label(line: Line, lines: list[Line], labels: tuple[str, ...]) -> bool:
    """A key-like value right of a label (已申报税额 1943.07) is that label's value, not a card's key."""
    return any(other.x1 <= line.x0 and other.same_row(line, SAME_ROW_SHARE) and other.text.startswith(labels)
               for other in lines if other is not line)


def _aligned(keys: list[Line]) -> list[Line]:
    """The keys that open cards stand one below the other at the cards' left edge, or flush right; a value that
    merely looks like a key (an amount 2040.08 read as a month) stands elsewhere."""
    if not keys:
        return keys
    # The largest group standing in line, each key tried as the edge: a median edge falls between two groups of equal
    # size (three months at the left, three amounts like 2029.04 far right) and holds neither. Of equal groups, the
    # one further left: a card opens with its key.
    by_left = max(([line for line in keys if abs(line.x0 - edge.x0) <= KEY_ALIGNMENT * line.char_width]
                   for edge in keys), key=lambda group: (len(group), -min(line.x0 for line in group)))
    by_right = max(([line for line in keys if abs(line.x1 - edge.x1) <= KEY_ALIGNMENT * line.char_width]
                    for edge in keys), key=len)
    return by_left if len(by_left) >= len(by_right) else by_right


def _paired_in_order(card: list[Line], labels: tuple[str, ...]) -> dict[int, Line]:
    """Where a card sets its labels alone on their lines, one under another, and its values in a column right of
    them, one line each (收入 | 已申报税额 with 17,923.10 | 1,292.31 set half a row lower, an app's own spacing): the
    n-th value is the n-th label's, whichever label's row it happens to overlap more. By id of the label's line;
    empty where the lines do not pair one to one (a value wrapped onto two lines, a label with none)."""
    bare = [line for line in card if line.text.rstrip(":：") in labels]
    if len(bare) < 2:
        return {}
    top = min(line.y0 for line in bare) - 0.5 * median(line.height for line in bare)
    foot = max(line.y1 for line in bare) + median(line.height for line in bare)
    right_of = max(line.x1 for line in bare)
    values = [line for line in card if line.x0 > right_of and top <= line.y_center <= foot
              and not line.text.startswith(labels)]
    if len(values) != len(bare):
        return {}
    by_height = lambda line: line.y_center  # noqa: E731
    return {id(label): value for label, value in zip(sorted(bare, key=by_height), sorted(values, key=by_height))}


def _labelled_cell(card: list[Line], labels: tuple[str, ...], all_labels: tuple[str, ...] = (),
                   paired: Optional[dict[int, Line]] = None):
    for label in labels:
        for line in card:
            if not line.text.startswith(label):
                continue
            if paired and id(line) in paired:
                value = paired[id(line)]
                return Cell([Span(value, 0, len(value.text))])
            if len(line.text) > len(label):
                # 缴费单位：上海沪联(集团)有限公 over 司: the value goes on under the line its label opens.
                wrapped = _wrapped_on(line, card, all_labels)
                return Cell([Span(line, len(label), len(line.text))] + [Span(other, 0, len(other.text)) for other in wrapped])
            beside = sorted((other for other in card if other is not line and other.x0 >= line.x1
                             and other.same_row(line, SAME_ROW_SHARE)), key=lambda l: l.x0)
            if beside:
                value = beside + _wrapped_on(beside[-1], card, all_labels)
                return Cell([Span(other, 0, len(other.text)) for other in value])
    return None


def _unlabelled_cell(card: list[Line], parse: Parser, taken: set[int], labels: tuple[str, ...]):
    """The one line of the card, with the lines it wraps onto, that `parse` reads whole and no label opens. Where
    several do (a row of a ruled table read as a card: its base and its amounts paid), none is known for this one."""
    found = []
    for line in card:
        if id(line) in taken or line.text.startswith(labels):
            continue
        value = [line] + [other for other in _wrapped_on(line, card, labels) if id(other) not in taken]
        text = "".join(other.text for other in value)
        parsed = parse(text)
        if parsed is not None and all(char in UNLABELLED_MARKS for char in text[:parsed.start] + text[parsed.end:]):
            found.append(Cell([Span(other, 0, len(other.text)) for other in value]))
    return found[0] if len(found) == 1 else None


def _wrapped_on(value: Line, card: list[Line], labels: tuple[str, ...] = ()) -> list[Line]:
    """The lines a long value wraps onto (上海某某股份有限公 / 司): just under it, aligned with it at its right edge (an
    app's right-aligned values) or its left, alone in their row, where a next label's value never stands, and opened
    by no label (the next value's line, left-aligned with a line its own label opens)."""
    wrapped = []
    last = value
    while True:
        reach = WRAP_ALIGNMENT * last.char_width
        below = [other for other in card if other is not last and other.y0 > last.y_center
                 and other.y0 - last.y1 <= WRAP_GAP * last.height
                 and (abs(other.x1 - last.x1) <= reach or abs(other.x0 - last.x0) <= reach)
                 and not any(mate is not other and mate.same_row(other, SAME_ROW_SHARE) for mate in card)
                 and not (labels and other.text.startswith(labels))]
        if not below:
            return wrapped
        last = min(below, key=lambda l: l.y0)
        wrapped.append(last)
