"""Rule declaration and running (cf. pandera's registered checks): every check is reported, passed ones too."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable, Iterator, Literal, Optional

from precheck.model import CheckResult, Document, Evidence, Finding, PageRef, Severity

POLICY = "policy-sources/"


@dataclass(frozen=True)
class PageIssue:
    """A page or file that could not be read (from ingest or OCR), as rules see it."""

    file: str
    page: Optional[int]
    message: str
    kind: Literal["unreadable_file", "unreadable_page"]


@dataclass
class CheckContext:
    """Everything a rule may look at. Rules never read files, run OCR or ask for today's date."""

    documents: list[Document]
    as_of: date
    application: Literal["first", "renewal"]
    page_issues: list[PageIssue] = field(default_factory=list)

    def of_type(self, *type_ids: str) -> list[Document]:
        return [d for d in self.documents if d.type in type_ids]

    def has(self, *type_ids: str) -> bool:
        return bool(self.of_type(*type_ids))


@dataclass(frozen=True)
class Hit:
    """What a rule function yields: the message, the evidence, what to do, and (rarely) a lower severity."""

    message: str
    evidence: tuple[Evidence, ...] = ()
    action: Optional[str] = None
    severity: Optional[Severity] = None


RuleFunction = Callable[[CheckContext], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    source: str
    description: str
    check: RuleFunction


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: Severity, source: str):
    """Register a rule. Its docstring is its description; findings made by it carry its id and source."""

    def register(function: Callable[[CheckContext], Iterator[Hit]]):
        def check(context: CheckContext) -> Iterator[Finding]:
            for hit in function(context):
                yield Finding(
                    rule=rule_id,
                    severity=hit.severity or severity,
                    message=hit.message,
                    source=source,
                    evidence=list(hit.evidence),
                    action=hit.action,
                )

        RULES[rule_id] = Rule(rule_id, severity, source, (function.__doc__ or "").strip(), check)
        return function

    return register


def page_evidence(ref: PageRef, text: Optional[str] = None) -> Evidence:
    return Evidence(file=ref.file, page=ref.page, bbox=(0.0, 0.0, 1.0, 1.0), text=text)


def run_rules(context: CheckContext) -> tuple[list[Finding], list[CheckResult]]:
    import rules.packet  # noqa: F401  (registers)
    import rules.quality  # noqa: F401

    findings: list[Finding] = []
    checks: list[CheckResult] = []
    for rule_ in RULES.values():
        produced = list(rule_.check(context))
        findings.extend(produced)
        checks.append(CheckResult(rule=rule_.id, status="failed" if produced else "passed"))
    return findings, checks
