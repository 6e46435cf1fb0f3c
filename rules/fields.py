"""Reading a field for a rule: the confidence floors, the typed value (by the kind its document type declares),
Chinese names and evidence, in one place.

A field is *readable* when it is present, has a value, parses, and its confidence is at least READABLE_FLOOR;
otherwise a rule that needs it yields Unreadable (reported as field.unreadable) instead of deciding.
A readable value is *doubtful* when its confidence, or the confidence of any of its characters, is below
CERTAIN_FLOOR; a finding that rests on doubtful characters is a warning ("check by hand"), not an error.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable, Generator, Iterable, Optional

from dateutil.relativedelta import relativedelta

from extractors.registry import document_type, field_label
from precheck.core.kinds import Kind
from precheck.core.model import Document, Evidence, FieldValue
from rules.registry import CheckContext, NotApplicable, Undecided, Unreadable, page_evidence

READABLE_FLOOR = 0.60
CERTAIN_FLOOR = 0.80


def doc_label(document: Document) -> str:
    return document_type(document.type).label


def kind_of(document: Document, name: str) -> Kind:
    return document_type(document.type).field(name).kind


@dataclass(frozen=True)
class Got:
    """A readable field: where it is, what was read, and its parsed value."""

    document: Document
    name: str
    field: FieldValue
    value: Any
    row: Optional[int] = None

    @property
    def text(self) -> str:
        return str(self.field.value)

    @property
    def evidence(self) -> Evidence:
        return evidence_of(self.document, self.field, self.text)

    @property
    def doubtful(self) -> bool:
        return bool(doubtful_positions(self.field))

    @property
    def label(self) -> str:
        """e.g. 劳动合同的合同终止日期"""
        row = f"第{self.row + 1}行" if self.row is not None else ""
        return f"{doc_label(self.document)}{row}的{field_label(self.document.type, self.name)}"


def evidence_of(document: Document, value: Optional[FieldValue], text: Optional[str]) -> Evidence:
    """The field's own evidence with `text` set to the value; the document's first page where it has none."""
    if value is not None and value.evidence is not None:
        return value.evidence.model_copy(update={"text": text})
    return page_evidence(document.pages[0], text)


def doubtful_positions(value: FieldValue) -> list[int]:
    """Indexes of characters read below CERTAIN_FLOOR; every index when the field as a whole is."""
    text = str(value.value)
    if value.confidence < CERTAIN_FLOOR:
        return list(range(len(text)))
    confidences = value.char_confidences or []
    if len(confidences) != len(text):
        return []
    return [i for i, c in enumerate(confidences) if c < CERTAIN_FLOOR]


def day_bounds(document: Document, name: str) -> Optional[tuple[date, date]]:
    """The first and last day a date field may name, where its year and month were read surely, however its day
    was (2023年11月4日 with its 4 in doubt: all of 2023-11); None where more is in doubt, or it was placed by a guess."""
    value = document.fields.get(name)
    if value is None or value.guessed or not isinstance(value.value, str) or not _DAY.fullmatch(value.value):
        return None
    try:
        day = date.fromisoformat(value.value)
    except ValueError:
        return None
    confidences = value.char_confidences or []
    if len(confidences) != len(value.value):
        return (day, day) if value.confidence >= CERTAIN_FLOOR else None
    if any(c < CERTAIN_FLOOR for c in confidences[:DAY_AT]):
        return None
    if all(c >= CERTAIN_FLOOR for c in confidences[DAY_AT:]):
        return day, day
    first = day.replace(day=1)
    return first, first + relativedelta(months=1) - timedelta(days=1)


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
DAY_AT = 8  # where the day's digits start in YYYY-MM-DD


def doubtful_note(got: Got) -> str:
    """'「2026-11-2」中的「1」识别把握不大' style note for a single doubtful field."""
    positions = doubtful_positions(got.field)
    if not positions or len(positions) == len(got.text):
        return f"{got.label}「{got.text}」识别把握不大"
    chars = "、".join(f"「{got.text[i]}」" for i in positions)
    return f"{got.label}「{got.text}」中的{chars}识别把握不大"


def source_of(document: Document, row: Optional[int]) -> dict[str, FieldValue]:
    return document.rows[row] if row is not None else document.fields


Parser = Callable[[Any], Any]


def read(document: Document, name: str, parse: Optional[Parser] = None, row: Optional[int] = None) -> Optional[Got]:
    """The readable field, its value typed by the kind its document type declares (a date is a `date`), or None.
    `parse` only where a rule needs more than the kind gives."""
    value = source_of(document, row).get(name)
    if value is None or value.value is None or value.confidence < READABLE_FLOOR:
        return None
    parsed = (parse or kind_of(document, name).typed)(value.value)
    return None if parsed is None else Got(document, name, value, parsed, row)


def read_partly(document: Document, name: str, row: Optional[int] = None) -> Optional[Got]:
    """A text value however unsurely read, for a comparison only: characters read surely can show a real
    difference even where others could not be read. A rule that finds no such difference says field.unreadable."""
    value = source_of(document, row).get(name)
    if value is None or not isinstance(value.value, str) or not value.value.strip():
        return None
    return Got(document, name, value, value.value.strip(), row)


def unreadable(document: Document, name: str, purpose: str, row: Optional[int] = None) -> Unreadable:
    return Unreadable(document, name, purpose, row, source_of(document, row).get(name))


Needed = Generator[Unreadable, None, Optional[Got]]


def need(document: Document, name: str, purpose: str, parse: Optional[Parser] = None,
         row: Optional[int] = None) -> Needed:
    """`got = yield from need(...)`: the readable field, or None after yielding Unreadable."""
    got = read(document, name, parse, row)
    if got is None:
        yield unreadable(document, name, purpose, row)
    return got


def need_all(documents: Iterable[Document], name: str, purpose: str, parse: Optional[Parser] = None,
             ) -> Generator[Unreadable, None, list[Got]]:
    """Every readable value of `name` in these documents; Unreadable for the others only when none is readable."""
    documents = list(documents)
    found = [got for got in (read(d, name, parse) for d in documents) if got is not None]
    if not found:
        for document in documents:
            yield unreadable(document, name, purpose)
    return found


def absent(context: CheckContext, type_id: str, what: str) -> Undecided | NotApplicable:
    """Why a rule cannot look when a document is absent: undecided if the packet must hold it, else not applicable.

    `what` names the check in Chinese. A missing required document is itself reported by packet.missing_document."""
    declared = document_type(type_id)
    label = declared.label
    if required_in(context.application, type_id):
        return Undecided(f"缺少{label}，无法检查{what}")
    return NotApplicable(f"材料中没有{label}，不检查{what}")


def read_rows(document: Document, name: str, purpose: str, parse: Optional[Parser] = None,
              ) -> tuple[list[Got], list[Unreadable]]:
    """`name` of every row: the readable ones, and what could not be read — one Unreadable per row, or a single
    one for the document when it has no rows or no row is readable (not a warning for each of 12 rows)."""
    found, missed = [], []
    for index in range(len(document.rows)):
        got = read(document, name, parse, index)
        if got is None:
            missed.append(unreadable(document, name, purpose, index))
        else:
            found.append(got)
    if not document.rows:
        return [], [unreadable(document, "rows", purpose)]
    if not found:
        return [], [unreadable(document, name, purpose)]
    return found, missed


def required_in(application: str, type_id: str) -> bool:
    """Must a packet of this application hold this type, or one that replaces it (000 §五 A(一), B(二))?"""
    declared = document_type(type_id)
    if declared.required.applies(application):
        return True
    return any(document_type(t).required.applies(application) for t in declared.replaces)
