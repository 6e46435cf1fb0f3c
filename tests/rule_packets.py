"""Packets built in code for the rule tests: documents with extracted fields, no images, no OCR.

clean_packet() passes every rule at AS_OF; tests change one thing with replace_field / drop / add."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Optional, Union

from precheck.core.declarations import NOTHING_DECLARED, Declarations
from precheck.core.model import Document, Evidence, FieldValue, Finding, PageRef
from rules.catalogue import ordered_rules
from rules.people import for_applicant
from rules.registry import RULES, UNREADABLE_RULE, CheckContext
from rules.workdays import WorkCalendar

AS_OF = date(2026, 11, 22)
NAME = "王晓明"
ID_NUMBER = "320602199003071236"  # valid GB 11643 check digit
HUKOU = "江苏省南通市崇川区青年中路88号"
EMPLOYER = "上海华腾(集团)有限公司"

Value = Union[str, bool, None, FieldValue]


def fv(value, confidence: float = 0.98, chars: Optional[list[float]] = None, file: str = "scan.jpg", page: int = 1,
       bbox=(0.1, 0.2, 0.6, 0.25)) -> FieldValue:
    return FieldValue(value=value, confidence=confidence, char_confidences=chars,
                      evidence=Evidence(file=file, page=page, bbox=bbox, text=None if value is None else str(value)))


def doubtful(value: str, *positions: int, low: float = 0.45, file: str = "scan.jpg") -> FieldValue:
    """A field read with confidence 0.9 whose characters at `positions` were read below the floor."""
    chars = [low if i in positions else 0.97 for i in range(len(value))]
    return fv(value, 0.9, chars, file=file)


def _as_field(value: Value, file: str) -> FieldValue:
    return value if isinstance(value, FieldValue) else fv(value, file=file)


def row(file: str = "tax.pdf", **fields: Value) -> dict[str, FieldValue]:
    return {name: _as_field(value, file) for name, value in fields.items()}


def doc(type_id: str, file: Optional[str] = None, rows: list[dict] = (), **fields: Value) -> Document:
    file = file or f"{type_id}.jpg"
    return Document(type=type_id, pages=[PageRef(file=file, page=1)],
                    fields={name: _as_field(value, file) for name, value in fields.items()}, rows=list(rows))


def months(first: str, last: str) -> list[str]:
    y, m = map(int, first.split("-"))
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def tax_record(periods: list[str], agent: Value = "上海华腾（集团）有限公司", amount: str = "1234.56", file: str = "tax.pdf",
               **fields) -> Document:
    rows = [row(file, period=p, withholding_agent=agent, amount=amount) for p in periods]
    return doc("tax_record", file, rows, **{"name": NAME, "id_number": ID_NUMBER, **fields})


def si_record(paid: list[str], back: list[str] = (), employer: Value = EMPLOYER, **fields) -> Document:
    rows = [row("si.pdf", month=m, employer=employer, base="8000.00", back_payment=m in back) for m in paid]
    return doc("social_insurance_record", "si.pdf", rows, **{"name": NAME, "id_number": ID_NUMBER, **fields})


def clean_packet() -> list[Document]:
    return [
        doc("id_card", name=NAME, sex="男", birth_date="1990-03-07", id_number=ID_NUMBER, address=HUKOU,
            valid_from="2016-03-01", valid_until="2036-03-01"),
        doc("residence_permit", name=NAME, id_number=ID_NUMBER, hukou_address=HUKOU,
            residence_address="上海市徐汇区漕溪北路100弄5号301室", issue_date="2024-05-10", valid_from="2024-05-10",
            valid_until="2027-05-09"),
        doc("household_register_cover", household_type="家庭户", head_name="王建国", address=HUKOU),
        doc("household_register_member", name=NAME, id_number=ID_NUMBER, birth_date="1990-03-07"),
        doc("labour_contract", employer=EMPLOYER, employee_name=NAME, employee_id_number=ID_NUMBER,
            start_date="2025-03-01", end_date="2028-02-29", open_ended=False, signing_date="2025-02-20"),
        tax_record(months("2026-01", "2026-10")),
        # 本科 + 学士学位 (90) and age 36 (30): the points estimate reaches the standard of 120 exactly
        doc("diploma", name=NAME, school="同济大学", major="土木工程", level="本科", graduation_date="2012-06-30"),
        doc("degree_certificate", name=NAME, school="同济大学", major="土木工程", level="学士", graduation_date="2012-06-30"),
    ]


def replace_field(documents: list[Document], type_id: str, **fields: Value) -> list[Document]:
    """A copy of the packet with fields of every document of `type_id` set (None value: found nothing;
    a name mapped to DROP: the field absent)."""
    out = []
    for document in documents:
        if document.type == type_id:
            changed = dict(document.fields)
            for name, value in fields.items():
                if value is DROP:
                    changed.pop(name, None)
                else:
                    changed[name] = _as_field(value, document.pages[0].file)
            document = document.model_copy(update={"fields": changed})
        out.append(document)
    return out


DROP = object()


def drop(documents: list[Document], *type_ids: str) -> list[Document]:
    return [d for d in documents if d.type not in type_ids]


def with_doc(documents: list[Document], document: Document) -> list[Document]:
    return [d for d in documents if d.type != document.type] + [document]


class Ran:
    """One rule run on a packet: its findings, its status, and the field.unreadable findings it caused."""

    def __init__(self, rule_id: str, documents: list[Document], as_of: date, application: str,
                 calendar: Optional[WorkCalendar] = None, declarations: Declarations = NOTHING_DECLARED):
        ordered_rules()  # registers every rule
        context = for_applicant(CheckContext(documents=documents, as_of=as_of, application=application,
                                             calendar=calendar or WorkCalendar(), declarations=declarations))
        outcome = RULES[rule_id].run(context)
        self.findings: list[Finding] = outcome.findings
        self.status = outcome.result.status
        self.note = outcome.result.note
        unread = RULES[UNREADABLE_RULE].run(replace(context, unreadable=tuple(outcome.unreadable)))
        self.unreadable: list[Finding] = unread.findings

    @property
    def severities(self) -> list[str]:
        return [f.severity.value for f in self.findings]

    @property
    def fired(self) -> bool:
        return bool(self.findings)

    def message(self) -> str:
        return "\n".join(f.message for f in self.findings)


def run(rule_id: str, documents: list[Document], as_of: date = AS_OF, application: str = "first",
        calendar: Optional[WorkCalendar] = None, declarations: Declarations = NOTHING_DECLARED) -> Ran:
    return Ran(rule_id, documents, as_of, application, calendar, declarations)
