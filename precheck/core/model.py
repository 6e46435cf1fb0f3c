"""The data model: pages as read, documents with typed fields, findings, the report (SPEC §5)."""
from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1
# The file named by a problem of the whole packet (too many files) rather than of one of its files.
WHOLE_PACKET = "."

# [x0, y0, x1, y1] as fractions of the upright page's width and height.
BBox = tuple[float, float, float, float]


class PageRef(BaseModel):
    model_config = ConfigDict(frozen=True)
    file: str = Field(description="path relative to the packet; inside a .zip the member's path")
    page: int = Field(ge=1, description="page number within its file, from 1")


class Evidence(BaseModel):
    file: str
    page: int = Field(ge=1)
    bbox: BBox
    text: Optional[str] = None


class OcrLine(BaseModel):
    """One line of text on an upright page, engine-neutral."""

    text: str
    bbox: BBox
    confidence: float = Field(ge=0.0, le=1.0)
    char_confidences: Optional[list[float]] = None
    # How far the line's top edge drops per unit of width, both as page fractions (a tilted photo); None if unknown.
    slope: Optional[float] = None
    # Where each character of text stands, x from and x to as fractions of the page's width, where the source says
    # (a PDF's text layer); None where only the line's box is known (OCR), and each character's place is estimated.
    char_xs: Optional[list[tuple[float, float]]] = None


class PageSource(str, Enum):
    ocr = "ocr"
    text_layer = "text_layer"


class PageText(BaseModel):
    """What was read from one page: its lines, in reading order, with boxes on the upright page."""

    ref: PageRef
    source: PageSource
    engine: Optional[str] = None
    rotation: int = Field(0, description="degrees the page was turned clockwise to stand upright")
    width: int = Field(description="pixels (or PDF points) of the upright page")
    height: int
    lines: list[OcrLine] = Field(default_factory=list)
    seconds: float = 0.0

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


class FieldValue(BaseModel):
    value: Union[str, bool, None]
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: Optional[Evidence] = None
    # Extra key (allowed by SPEC §5): one OCR confidence per character of a string value, where the engine gives
    # them; rules use it to tell a real difference from a doubtful reading.
    char_confidences: Optional[list[float]] = None
    # Extra key: other sure readings of the value from a second look at the page, which lost the vote; [] when
    # every reading agreed, null when the value had no second look.
    alternatives: Optional[list[str]] = None
    # Extra key: the value was placed by a guess (found by its pattern or size away from a label, or looking read
    # short); rules then treat every character of it as doubtful, whatever each character's own score.
    guessed: bool = False


class Document(BaseModel):
    type: str
    pages: list[PageRef]
    fields: dict[str, FieldValue] = Field(default_factory=dict)
    rows: list[dict[str, FieldValue]] = Field(default_factory=list)
    # Extra key: fields this document's form does not print at all (an app's tax list shows no ID number); rules
    # leave them out rather than call them unreadable.
    not_printed: list[str] = Field(default_factory=list)
    classification_score: Optional[float] = None


class Severity(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


class Finding(BaseModel):
    rule: str
    severity: Severity
    message: str
    source: str
    evidence: list[Evidence] = Field(default_factory=list)
    action: Optional[str] = Field(None, description="what to do about it, for people")


class Verdict(str, Enum):
    ready = "ready"
    fix = "fix"
    review = "review"


# What people read for each severity, verdict and kind of application: one name each, in every report and on
# every door.
SEVERITY_LABELS = {Severity.error: "错误", Severity.warning: "警告", Severity.info: "提示"}
VERDICT_LABELS = {Verdict.ready: "可以提交", Verdict.review: "需人工复核", Verdict.fix: "需要修改"}  # best first
APPLICATION_LABELS = {"first": "首次申请", "renewal": "续办"}


class PageSummary(BaseModel):
    """Extra key (allowed by SPEC §5): how each page was read and classified."""

    file: str
    page: int
    type: str
    source: PageSource
    engine: Optional[str] = None
    rotation: int = 0
    characters: int = 0
    confidence: Optional[float] = None
    seconds: float = 0.0


class CheckResult(BaseModel):
    """Extra key: every check that ran, passed ones too."""

    rule: str
    # undecided: the rule could not look (a field unreadable, a document it needs absent); never counted as passed.
    status: Literal["passed", "failed", "not_applicable", "undecided"]
    title: Optional[str] = Field(None, description="short Chinese name of the check")
    note: Optional[str] = Field(None, description="why it is undecided or not applicable")


class PointsItem(BaseModel):
    """One indicator of the points estimate (SPEC §6), with where its figure came from."""

    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)

    indicator: str
    points: int
    counted: bool
    from_: Literal["documents", "declared"] = Field(alias="from")
    basis: str = Field(description="why this figure, in Chinese")
    source: str = Field(description="the policy clause")
    evidence: list[Evidence] = Field(default_factory=list)
    more: Optional[str] = Field(None, description="what to hand in or declare to claim more, for people")


class PointsEstimate(BaseModel):
    standard: int
    estimate: int = Field(description="the counted items' sum")
    lower_bound: bool = Field(False, description="an item could not be read: the true figure may be higher")
    items: list[PointsItem] = Field(default_factory=list)
    not_estimated: list[str] = Field(default_factory=list)


class Report(BaseModel):
    schema_version: Literal[1] = SCHEMA_VERSION
    packet: str
    as_of: date
    application: Literal["first", "renewal"]
    verdict: Verdict
    documents: list[Document] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    pages: list[PageSummary] = Field(default_factory=list)
    checks: list[CheckResult] = Field(default_factory=list)
    points: Optional[PointsEstimate] = None
    engine: Optional[str] = None
    precheck_version: Optional[str] = None


def verdict_for(findings: list[Finding]) -> Verdict:
    """SPEC §5: fix with any error, review with warnings only, ready otherwise."""
    severities = {f.severity for f in findings}
    if Severity.error in severities:
        return Verdict.fix
    if Severity.warning in severities:
        return Verdict.review
    return Verdict.ready
