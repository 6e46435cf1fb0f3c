"""Rule declaration (cf. pandera's registered checks): the `rule` decorator and what a rule may yield.

The families in rules/families/ declare their rules here; rules/catalogue.py finds the families and runs them.

A rule function yields, in any mix:
  Hit           a finding of its own rule id (severity may be lowered, never raised);
  Unreadable    a field it needs is absent or read below the floor. run_rules gathers these from every rule
                and hands them to the one `field.unreadable` rule, which reports each field once;
  Undecided     it could not be decided for another reason (a document it needs is absent);
  NotApplicable it does not apply to this packet (an optional document is absent).
Status of a rule: failed if it made a finding, else undecided if it yielded Unreadable or Undecided,
else not_applicable if it said so, else passed. So a rule that could not look is never listed as passed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable, Literal, Optional, Union

from extractors.registry import field_label, type_label
from precheck.core.declarations import NOTHING_DECLARED, Declarations
from precheck.core.model import CheckResult, Document, Evidence, FieldValue, Finding, PageRef, Severity
from rules.workdays import WorkCalendar

POLICY = "policy-sources/"
UNREADABLE_RULE = "field.unreadable"


@dataclass(frozen=True)
class PageIssue:
    """A page or file that could not be read (from ingest or OCR), as rules see it."""

    file: str
    page: Optional[int]
    message: str
    kind: Literal["unreadable_file", "unreadable_page"]
    blank: bool = False  # plain paper, as a scanned back side is


@dataclass(frozen=True)
class StageFailure:
    """A step of the check that failed on one document and went on without it (an extractor's error), as rules see
    it. `message` is Chinese and written by the program: never text read from a page."""

    stage: str  # the pipeline stage's name
    document_type: str
    pages: tuple[PageRef, ...]
    message: str


@dataclass(frozen=True)
class Unreadable:
    """A field a rule needs is absent or not readable; `purpose` names what could not be checked (Chinese)."""

    document: Document
    field: str
    purpose: str
    row: Optional[int] = None  # index into document.rows when the field belongs to a row
    value: Optional[FieldValue] = None  # what was read, if anything


@dataclass(frozen=True)
class Undecided:
    reason: str


@dataclass(frozen=True)
class NotApplicable:
    reason: str


@dataclass
class CheckContext:
    """Everything a rule may look at. Rules never read files, run OCR or ask for today's date."""

    documents: list[Document]
    as_of: date
    application: Literal["first", "renewal"]
    page_issues: list[PageIssue] = field(default_factory=list)
    stage_failures: list[StageFailure] = field(default_factory=list)
    calendar: WorkCalendar = field(default_factory=WorkCalendar)  # working days, with the user's holiday files
    declarations: Declarations = NOTHING_DECLARED  # what the person checking declares for the points (SPEC §6)
    others: list[Document] = field(default_factory=list)  # the spouse's papers (rules/people.py), not the applicant's
    family: list[Document] = field(default_factory=list)  # other people's papers (rules/people.py): a parent's card
    # Filled by run_rules for the field.unreadable rule only: what the other rules could not read.
    unreadable: tuple[Unreadable, ...] = ()

    def of_type(self, *type_ids: str) -> list[Document]:
        return [d for d in self.documents if d.type in type_ids]

    def has(self, *type_ids: str) -> bool:
        return bool(self.of_type(*type_ids))


@dataclass(frozen=True)
class Hit:
    """A finding as a rule yields it: the message, the evidence, what to do, and (rarely) a lower severity."""

    message: str
    evidence: tuple[Evidence, ...] = ()
    action: Optional[str] = None
    severity: Optional[Severity] = None


Yielded = Union[Hit, Unreadable, Undecided, NotApplicable]
RuleFunction = Callable[[CheckContext], Iterable[Yielded]]


@dataclass(frozen=True)
class Outcome:
    findings: list[Finding]
    unreadable: list[Unreadable]
    result: CheckResult


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    source: str
    description: str
    function: RuleFunction

    @property
    def title(self) -> str:
        """The docstring's first line: a short Chinese name for the check."""
        return self.description.splitlines()[0] if self.description else self.id

    def run(self, context: CheckContext) -> Outcome:
        findings, unreadable, reasons = [], [], []
        undecided = not_applicable = False
        for item in self.function(context):
            if isinstance(item, Hit):
                findings.append(Finding(rule=self.id, severity=_lowest(self.severity, item.severity), message=item.message,
                                        source=self.source, evidence=list(item.evidence), action=item.action))
            elif isinstance(item, Unreadable):
                if item.field not in item.document.not_printed:  # nothing to read on this form
                    unreadable.append(item)
            elif isinstance(item, Undecided):
                undecided = True
                reasons.append(item.reason)
            elif isinstance(item, NotApplicable):
                not_applicable = True
                reasons.append(item.reason)
            else:
                raise TypeError(f"rule {self.id} yielded {item!r}")
        if findings:
            status = "failed"
        elif unreadable or undecided:
            status = "undecided"
            reasons = reasons or [_unreadable_note(unreadable)]
        elif not_applicable:
            status = "not_applicable"
        else:
            status = "passed"
        note = "；".join(dict.fromkeys(reasons)) if status in ("undecided", "not_applicable") else None
        return Outcome(findings, unreadable, CheckResult(rule=self.id, status=status, title=self.title, note=note))


def _unreadable_note(unreadable: list[Unreadable]) -> str:
    names = dict.fromkeys(f"{type_label(u.document.type)}的{field_label(u.document.type, u.field)}"
                          for u in unreadable)
    return f"{'、'.join(names)}无法识别（见 field.unreadable）"


_RANK = {Severity.info: 0, Severity.warning: 1, Severity.error: 2}


def _lowest(declared: Severity, asked: Optional[Severity]) -> Severity:
    if asked is None:
        return declared
    return asked if _RANK[asked] <= _RANK[declared] else declared


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: Severity, source: str):
    """Register a rule. Its docstring is its description (first line: a short title); findings carry its id and source."""

    def register(function: RuleFunction):
        RULES[rule_id] = Rule(rule_id, severity, source, (function.__doc__ or "").strip(), function)
        return function

    return register


def page_evidence(ref: PageRef, text: Optional[str] = None) -> Evidence:
    return Evidence(file=ref.file, page=ref.page, bbox=(0.0, 0.0, 1.0, 1.0), text=text)
