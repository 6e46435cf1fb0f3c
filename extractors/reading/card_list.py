"""Records shown as a list of cards (app screenshots such as 收入纳税明细): each card opens with its key on a line of
its own (2026-09) and holds label / value pairs, the value on the label's line or right of it on the same row.

A card's cells come out in the same form as a ruled table's, so a document type builds its rows from either."""
from __future__ import annotations

from statistics import median

from extractors.reading.table import Cell, Column
from extractors.reading.text import Line, Span
from extractors.reading.values import Parser

# A card's key line holds the key and at most this many other characters (a bracket, a stray mark).
KEY_LINE_SLACK = 2
# Rows of a card: a value whose line overlaps its label's line by this share of the smaller height.
SAME_ROW_SHARE = 0.3
# A value's wrapped line starts within this many line heights under it, and lines up with it within this many
# character widths.
WRAP_GAP = 0.6
WRAP_ALIGNMENT = 1.0
# Keys of one list start within this many character widths of each other.
KEY_ALIGNMENT = 2.0


def read_cards(lines: list[Line], columns: tuple[Column, ...], key: str, key_parse: Parser):
    """(cells, spans) per card, in page order."""
    for page_index in sorted({line.page_index for line in lines}):
        page_lines = sorted((line for line in lines if line.page_index == page_index), key=lambda l: (l.y0, l.x0))
        labels = tuple(header for column in columns if column.name != key for header in column.headers)
        keys = _aligned([line for line in page_lines if _is_key_line(line, key_parse)
                         and not _beside_label(line, page_lines, labels)])
        for index, key_line in enumerate(keys):
            end = keys[index + 1].y0 if index + 1 < len(keys) else float("inf")
            card = [line for line in page_lines if key_line.y0 <= line.y_center < end and line is not key_line]
            cells = {key: Cell([Span(key_line, 0, len(key_line.text))])}
            for column in columns:
                if column.name != key:
                    cell = _labelled_cell(card, column.headers)
                    if cell is not None:
                        cells[column.name] = cell
            if len(cells) > 1:  # a card holds labelled values; a column of dates in a ruled table holds none
                yield cells, [span for cell in cells.values() for span in cell.spans]


def _is_key_line(line: Line, key_parse: Parser) -> bool:
    parsed = key_parse(line.text)
    return parsed is not None and len(line.text) - (parsed.end - parsed.start) <= KEY_LINE_SLACK


def _beside_label(line: Line, lines: list[Line], labels: tuple[str, ...]) -> bool:
    """A key-like value right of a label (已申报税额 1943.07) is that label's value, not a card's key."""
    return any(other.x1 <= line.x0 and other.same_row(line, SAME_ROW_SHARE) and other.text.startswith(labels)
               for other in lines if other is not line)


def _aligned(keys: list[Line]) -> list[Line]:
    """The keys that open cards stand one below the other at the cards' left edge; a value that merely looks like
    a key (an amount 2040.08 read as a month) stands elsewhere."""
    if not keys:
        return keys
    edge = median(line.x0 for line in keys)
    return [line for line in keys if abs(line.x0 - edge) <= KEY_ALIGNMENT * line.char_width]


def _labelled_cell(card: list[Line], labels: tuple[str, ...]):
    for label in labels:
        for line in card:
            if not line.text.startswith(label):
                continue
            if len(line.text) > len(label):
                return Cell([Span(line, len(label), len(line.text))])
            beside = sorted((other for other in card if other is not line and other.x0 >= line.x1
                             and other.same_row(line, SAME_ROW_SHARE)), key=lambda l: l.x0)
            if beside:
                value = beside + _wrapped_on(beside[-1], card)
                return Cell([Span(other, 0, len(other.text)) for other in value])
    return None


def _wrapped_on(value: Line, card: list[Line]) -> list[Line]:
    """The lines a long value wraps onto (上海某某股份有限公 / 司): just under it, aligned with it at its right edge (an
    app's right-aligned values) or its left, and alone in their row, where a next label's value never stands."""
    wrapped = []
    last = value
    while True:
        reach = WRAP_ALIGNMENT * last.char_width
        below = [other for other in card if other is not last and other.y0 > last.y_center
                 and other.y0 - last.y1 <= WRAP_GAP * last.height
                 and (abs(other.x1 - last.x1) <= reach or abs(other.x0 - last.x0) <= reach)
                 and not any(mate is not other and mate.same_row(other, SAME_ROW_SHARE) for mate in card)]
        if not below:
            return wrapped
        last = min(below, key=lambda l: l.y0)
        wrapped.append(last)
