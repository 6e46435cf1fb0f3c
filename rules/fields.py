"""Reading a field for a rule: the confidence floors, parsing, Chinese names and evidence, in one place.

A field is *readable* when it is present, has a value, parses, and its confidence is at least READABLE_FLOOR;
otherwise a rule that needs it yields Unreadable (reported as field.unreadable) instead of deciding.
A readable value is *doubtful* when its confidence, or the confidence of any of its characters, is below
CERTAIN_FLOOR; a finding that rests on doubtful characters is a warning ("check by hand"), not an error.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, Generator, Iterable, Optional

from extractors.registry import spec_for
from precheck.core.model import Document, Evidence, FieldValue
from rules.registry import CheckContext, NotApplicable, Undecided, Unreadable, page_evidence

READABLE_FLOOR = 0.60
CERTAIN_FLOOR = 0.80
LONG_TERM = date.max  # valid_until 'long_term' (长期): never expires

FIELD_NAMES = {
    "name": "姓名", "sex": "性别", "ethnicity": "民族", "birth_date": "出生日期", "address": "住址",
    "id_number": "身份证号码", "issuing_authority": "签发机关", "valid_from": "有效期起始日期",
    "valid_until": "有效期截止日期", "hukou_address": "常住户口所在地住址", "residence_address": "居住地住址",
    "issue_date": "签发日期", "head_name": "户主姓名", "employer": "用人单位", "employee_name": "劳动者姓名",
    "employee_id_number": "劳动者身份证号码", "start_date": "合同起始日期", "end_date": "合同终止日期",
    "open_ended": "合同期限类型", "signing_date": "签订日期", "period": "税款所属期", "withholding_agent": "扣缴义务人",
    "amount": "实缴金额", "month": "缴费月份", "base": "缴费基数", "back_payment": "补缴标记", "rows": "明细行",
    "holder_name": "持证人姓名", "spouse_name": "配偶姓名", "spouse_id_number": "配偶身份证号码",
}
FIELD_NAMES_BY_TYPE = {
    ("collective_hukou_certificate", "address"): "户籍地址",
    ("collective_hukou_certificate", "issue_date"): "出具日期",
    ("tax_record", "issue_date"): "打印日期",
    ("social_insurance_record", "employer"): "缴费单位",
    ("tax_record", "rows"): "纳税明细行",
    ("social_insurance_record", "rows"): "缴费明细行",
}


def doc_label(document: Document) -> str:
    return spec_for(document.type).label


def field_label(type_id: str, name: str) -> str:
    return FIELD_NAMES_BY_TYPE.get((type_id, name)) or FIELD_NAMES.get(name, name)


# Parsers: the normalised value (SPEC §3) to what a rule compares, or None when it does not parse.

def as_text(value: Any) -> Optional[str]:
    return value.strip() or None if isinstance(value, str) else None


def as_date(value: Any) -> Optional[date]:
    try:
        return date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


def as_expiry(value: Any) -> Optional[date]:
    return LONG_TERM if value == "long_term" else as_date(value)


def as_month(value: Any) -> Optional[date]:
    """'YYYY-MM' to the first day of that month."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}", value):
        try:
            return date(int(value[:4]), int(value[5:]), 1)
        except ValueError:
            return None
    return None


def as_bool(value: Any) -> Optional[bool]:
    return value if isinstance(value, bool) else None


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


def doubtful_note(got: Got) -> str:
    """'「2026-11-2」中的「1」识别把握不大' style note for a single doubtful field."""
    positions = doubtful_positions(got.field)
    if not positions or len(positions) == len(got.text):
        return f"{got.label}「{got.text}」识别把握不大"
    chars = "、".join(f"「{got.text[i]}」" for i in positions)
    return f"{got.label}「{got.text}」中的{chars}识别把握不大"


def source_of(document: Document, row: Optional[int]) -> dict[str, FieldValue]:
    return document.rows[row] if row is not None else document.fields


def read(document: Document, name: str, parse: Callable[[Any], Any] = as_text, row: Optional[int] = None) -> Optional[Got]:
    value = source_of(document, row).get(name)
    if value is None or value.value is None or value.confidence < READABLE_FLOOR:
        return None
    parsed = parse(value.value)
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


def need(document: Document, name: str, purpose: str, parse: Callable[[Any], Any] = as_text,
         row: Optional[int] = None) -> Needed:
    """`got = yield from need(...)`: the readable field, or None after yielding Unreadable."""
    got = read(document, name, parse, row)
    if got is None:
        yield unreadable(document, name, purpose, row)
    return got


def need_all(documents: Iterable[Document], name: str, purpose: str, parse: Callable[[Any], Any] = as_text,
             ) -> Generator[Unreadable, None, list[Got]]:
    """Every readable value of `name` in these documents; Unreadable for the others only when none is readable."""
    documents = list(documents)
    found = [got for got in (read(d, name, parse) for d in documents) if got is not None]
    if not found:
        for document in documents:
            yield unreadable(document, name, purpose)
    return found


REQUIRED_ALWAYS = ("id_card", "residence_permit", "labour_contract", "tax_record")
REQUIRED_FIRST = ("household_register_cover", "household_register_member", "collective_hukou_certificate")


def absent(context: CheckContext, type_id: str, what: str) -> Undecided | NotApplicable:
    """Why a rule cannot look when a document is absent: undecided if the packet must hold it, else not applicable.

    `what` names the check in Chinese. A missing required document is itself reported by packet.missing_document."""
    label = spec_for(type_id).label
    required = type_id in REQUIRED_ALWAYS or (context.application == "first" and type_id in REQUIRED_FIRST)
    if required:
        return Undecided(f"缺少{label}，无法检查{what}")
    return NotApplicable(f"材料中没有{label}，不检查{what}")


def read_rows(document: Document, name: str, purpose: str, parse: Callable[[Any], Any] = as_text,
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
