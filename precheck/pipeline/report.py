"""The SPEC §5 report of a finished run: its documents, findings and checks, and how each page was read."""
from __future__ import annotations

from collections.abc import Collection

from extractors.registry import UNKNOWN
from precheck import __version__
from precheck.core.model import PageSummary, PageText, Report, verdict_for
from precheck.pipeline.grouping import DocumentDraft
from precheck.pipeline.run import Run


def report_of(run: Run) -> Report:
    return Report(
        packet=run.label,
        as_of=run.options.as_of,
        application=run.options.application,
        verdict=verdict_for(run.findings),
        documents=run.documents,
        findings=run.findings,
        pages=page_summaries(run.pages, run.drafts, {(issue.file, issue.page) for issue in run.page_issues if issue.blank}),
        checks=run.checks,
        points=run.points,
        engine=f"{run.engine.name} {run.engine.version}",
        precheck_version=__version__,
    )


def page_summaries(pages: list[PageText], drafts: list[DocumentDraft],
                   blank: Collection[tuple[str, int]] = ()) -> list[PageSummary]:
    """Each page with the type of the document it went to; a blank page (a duplex scan's back, skipped) is of none,
    though it stays among its document's pages (a contract scanned with its backs)."""
    type_of = {}
    for draft in drafts:
        for ref in draft.pages:
            type_of.setdefault(ref, draft.type_id)
    summaries = []
    for page in pages:
        confidences = [line.confidence for line in page.lines]
        summaries.append(
            PageSummary(
                file=page.ref.file,
                page=page.ref.page,
                type=UNKNOWN if (page.ref.file, page.ref.page) in blank else type_of.get(page.ref, UNKNOWN),
                source=page.source,
                engine=page.engine,
                rotation=page.rotation,
                characters=sum(len(line.text) for line in page.lines),
                confidence=round(sum(confidences) / len(confidences), 3) if confidences else None,
                seconds=page.seconds,
            )
        )
    return summaries
