"""What was read from each document, as people read it: the field's Chinese name, the value (长期 for long_term,
是/否 for flags), how surely it was read, and where on the page. The text report, the HTML report and the web
page all show it from here, so an officer sees what precheck saw before trusting a verdict."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from extractors.registry import UNKNOWN, document_type, field_label, type_label
from precheck.core.kinds import LONG_TERM_TEXT
from precheck.core.model import Document, Evidence, FieldValue
from rules.fields import CERTAIN_FLOOR

MAX_ROWS_SHOWN = 36  # three years of monthly rows; more are counted, not listed


@dataclass(frozen=True)
class ShownValue:
    label: str
    text: str  # "" when nothing was read
    confidence: Optional[float]
    evidence: Optional[Evidence]

    @property
    def check_by_hand(self) -> bool:
        return self.confidence is not None and self.confidence < CERTAIN_FLOOR


@dataclass(frozen=True)
class ShownDocument:
    label: str
    fields: list[ShownValue]
    row_labels: list[str]
    rows: list[list[ShownValue]]
    rows_not_shown: int


def value_text(value: FieldValue) -> str:
    if value.value is True:
        return "是"
    if value.value is False:
        return "否"
    if value.value == LONG_TERM_TEXT:
        return "长期"
    return "" if value.value is None else str(value.value)


def _shown(type_id: str, name: str, value: Optional[FieldValue]) -> ShownValue:
    if value is None:
        return ShownValue(field_label(type_id, name), "", None, None)
    return ShownValue(field_label(type_id, name), value_text(value), value.confidence, value.evidence)


def shown_documents(documents: list[Document]) -> list[ShownDocument]:
    """Every declared field of every document, read or not, in the declared order; rows as a table."""
    out = []
    for document in documents:
        if document.type == UNKNOWN:
            continue  # pages of no document of the packet: nothing is read from them
        declared = document_type(document.type)
        fields = [_shown(document.type, info.name, document.fields.get(info.name)) for info in declared.fields]
        row_names = [info.name for info in declared.row_fields]
        rows = [[_shown(document.type, name, row.get(name)) for name in row_names]
                for row in document.rows[:MAX_ROWS_SHOWN]]
        out.append(ShownDocument(type_label(document.type), fields,
                                 [field_label(document.type, name) for name in row_names], rows,
                                 max(0, len(document.rows) - MAX_ROWS_SHOWN)))
    return out


def confidence_text(value: ShownValue) -> str:
    if value.confidence is None:
        return "未读到"
    return f"{value.confidence:.0%}" + ("，请核对" if value.check_by_hand else "")
