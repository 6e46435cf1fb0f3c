"""The declaration every document type makes, in its own module (cf. invoice2data's templates).

One `DocumentType` says everything the rest of precheck needs to know about a type: how its pages are recognised,
its fields with their Chinese labels and value kinds, whether it carries the applicant's name and ID number,
when a packet must hold it, and what to tell people who lack it or must correct it. Classification, rules,
reports, batch and the sample generator read these declarations; none keeps its own list of types.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Callable, Optional, Sequence

from precheck.core.kinds import Kind


@dataclass(frozen=True)
class Keyword:
    text: str
    weight: float = 1.0


# An employer's pay slip (工资条), which HR offices often file beside the records: its lines name the pension,
# medical insurance and income tax deducted, but it is neither the tax nor the social-insurance record.
PAY_SLIP_WORDS = ("工资条", "工资单", "实发工资", "应发工资")


def kw(*items: str | tuple[str, float]) -> tuple[Keyword, ...]:
    return tuple(Keyword(item) if isinstance(item, str) else Keyword(*item) for item in items)


@dataclass(frozen=True)
class FieldInfo:
    """A field as people and rules see it (SPEC §3 name), not how it is found on the page."""

    name: str
    label: str  # Chinese, for reports: 姓名, 合同终止日期
    kind: Kind = Kind.text


def text(name: str, label: str) -> FieldInfo:
    return FieldInfo(name, label, Kind.text)


def day(name: str, label: str) -> FieldInfo:
    return FieldInfo(name, label, Kind.date)


class Required(str, Enum):
    """When a packet must hold a document of this type (000 §五 A(一) first application, B(二) renewal)."""

    always = "always"
    first = "first"  # first application only (首次申请), not renewal (续办)
    optional = "optional"  # only where a claim or a rule needs it

    def applies(self, application: str) -> bool:
        return self is Required.always or (self is Required.first and application == "first")


@dataclass(frozen=True)
class DocumentType:
    """Recognition:
    titles: words that name the document (strong evidence, and on the first page a start marker).
    keywords: labels and phrases its pages carry, weighted.
    excludes: words that rule the type out for this page.
    multi_page: consecutive pages of this type form one document.
    one_document: every page of this type in a packet is the one document (a card's faces and its information
    print, in whatever files and order they came).
    min_score: the score a page needs to be called this type on its own.
    continue_score: the lower score enough for a page that follows one of this type.
    unlabelled: recognises a page of this type by its values' shape when its labels were not read.
    part_headings: words that, right after a title in a heading, make it the heading of a part inside the document
    (劳动合同双方当事人基本情况 on a contract's second page): it names the page's type but starts no new document.
    """

    type_id: str
    order: int  # where it is listed among the types (reports, classification ties): cards first, then the 户口簿…
    label: str  # Chinese name for people
    titles: tuple[Keyword, ...]
    keywords: tuple[Keyword, ...]
    fields: tuple[FieldInfo, ...]
    how_to_get: str  # what to hand in when the packet lacks it (Chinese, an instruction)
    how_to_correct: str  # where to have it corrected when it disagrees with the others
    required: Required = Required.optional
    replaces: tuple[str, ...] = ()  # types it stands in for (集体户口户籍证明 for the 户口簿 pages)
    applicant_name: Optional[str] = None  # the field holding the applicant's own name
    applicant_id: Optional[str] = None  # the field holding the applicant's own ID number
    other_ids: tuple[str, ...] = ()  # fields holding other people's ID numbers (a spouse's)
    row_fields: tuple[FieldInfo, ...] = ()
    rows_label: str = "明细行"
    excludes: tuple[str, ...] = ()
    multi_page: bool = False
    one_document: bool = False
    min_score: float = 3.0
    continue_score: float = 2.0
    # A page that names no type by its words may still be this type by the shape of its values alone (an ID card's
    # front whose labels the capture lost); asked only when no type is confident.
    unlabelled: Optional[Callable[[Sequence], bool]] = None
    part_headings: tuple[str, ...] = ()
    # Fields some real forms of the type do not print at all, each with the words a form printing it shows
    # (the app's 收入纳税明细 names the taxpayer but shows no 公民身份号码).
    omitted_by_some_forms: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def field(self, name: str) -> FieldInfo:
        """The declared field or row field (KeyError when the type declares none of that name: a typo, never a
        quietly missing label)."""
        if name == "rows" and self.row_fields:
            return FieldInfo("rows", self.rows_label)
        for info in self.fields + self.row_fields:
            if info.name == name:
                return info
        raise KeyError(f"{self.type_id} declares no field {name!r}")
