"""Values of a printed form whose labels the capture lost, placed by the form's own order.

A form of fixed rows (the 常住人口登记卡) prints its cells in one order whatever its layout: one cell a row, or two
labelled cells a row read left to right. Where a photo small in the frame or a faint copy leaves the labels
unread, the values still stand in that order; each field not read by its label takes the next line, in reading
order, that holds nothing but a value of its kind. Such a placement is a guess: the value is kept no surer than a
guess allows (a rule warns on it, never errs)."""
from __future__ import annotations

from typing import Callable, Optional, Sequence

from rapidfuzz.distance import Hamming

from extractors.reading.fields import placed_by_guess, Reader, value_from_span
from extractors.reading.text import Line, Span
from extractors.reading.values import Parsed
from precheck.core.model import FieldValue

Slot = tuple[str, Callable[[str], Optional[Parsed]]]  # a field, and the parser of a value of its kind standing alone
ROW_SHARE = 0.5  # lines whose boxes share this much of their height stand in one row


def fill_in_form_order(fields: dict[str, FieldValue], reader: Reader, slots: Sequence[Slot],
                       set_aside: Sequence[str] = ()) -> None:
    """Fields not read by label, each from the first unclaimed line after the previous field's line (and before the
    next field read by its label) that is wholly a value of its kind. A field whose label was read keeps its place:
    its value is blank or unreadable there, and no other line stands for it; unless the type module set the value its
    label took aside as another cell's (`set_aside`)."""
    ordered = reading_order(reader.lines)
    label_lines = {id(hit.line) for hit in reader.hits}
    labelled = {name for hit in reader.hits for name in hit.fields} - set(set_aside)
    anchors = {name: _index_of(value, ordered) for name, value in fields.items()}
    cursor = 0
    for position, (name, parse) in enumerate(slots):
        if name in fields:
            if anchors.get(name) is not None:
                cursor = anchors[name] + 1
            continue
        if name in labelled:
            continue
        later = [anchors[n] for n, _ in slots[position + 1:] if anchors.get(n) is not None and anchors[n] >= cursor]
        limit = min(later, default=len(ordered))
        for index in range(cursor, limit):
            line = ordered[index]
            if id(line) in label_lines or _a_label_misread(line.text, reader):
                continue
            parsed = parse(line.text)
            if parsed is not None and parsed.start == 0 and parsed.end == len(line.text):
                fields[name] = placed_by_guess(value_from_span(parsed, Span(line, 0, len(line.text))))
                anchors[name] = index
                cursor = index + 1
                break


def _a_label_misread(text: str, reader: Reader) -> bool:
    """A line one character off a label of the form, the same length (姓谷 for 姓名): a label the first reading did not
    find, never a value."""
    labels = {label for spec in reader.fields for label in spec.labels} | set(reader.extra_labels)
    return any(len(label) == len(text) >= 2 and Hamming.distance(label, text) <= 1 for label in labels)


def reading_order(lines: list[Line]) -> list[Line]:
    """Rows top to bottom (a row: lines sharing most of their height), each row left to right."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda l: (l.page_index, l.y_center)):
        row = rows[-1] if rows else None
        if row and row[0].page_index == line.page_index and any(line.same_row(other, ROW_SHARE) for other in row):
            row.append(line)
        else:
            rows.append([line])
    return [line for row in rows for line in sorted(row, key=lambda l: l.x0)]


def _index_of(value: FieldValue, ordered: list[Line]) -> Optional[int]:
    """Where in reading order the line the value was read from stands (the line holding its box's centre)."""
    if value.evidence is None:
        return None
    box = value.evidence.bbox
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    for index, line in enumerate(ordered):
        if line.ref.file == value.evidence.file and line.ref.page == value.evidence.page and \
                line.bbox[0] <= x <= line.bbox[2] and line.bbox[1] <= y <= line.bbox[3]:
            return index
    return None
