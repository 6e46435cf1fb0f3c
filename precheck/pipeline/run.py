"""One check as it goes (cf. Docling's pipeline): a Run holds everything the check gathers, and every stage has one
shape, so the pipeline is a plain list of stages applied to one run in turn (precheck/pipeline/stages.py)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Literal, Optional, Union

from precheck.core.declarations import NOTHING_DECLARED, Declarations
from precheck.core.limits import DEFAULT_LIMITS, Limits
from precheck.core.model import CheckResult, Document, Finding, PageText, PointsEstimate, Report
from precheck.ingest.packet import Packet
from precheck.ocr.base import OcrEngine
from precheck.pipeline.grouping import DocumentDraft
from precheck.pipeline.second_look import Rereader
from rules.registry import PageIssue, StageFailure


@dataclass
class CheckOptions:
    as_of: date
    application: Literal["first", "renewal"] = "first"
    limits: Limits = DEFAULT_LIMITS
    declarations: Declarations = NOTHING_DECLARED


ProgressCallback = Callable[[PageText], None]


@dataclass
class Run:
    """What one check is given, and what its stages add, in the order they add it."""

    packet: Union[Path, Packet]
    options: CheckOptions
    engine: OcrEngine
    label: str  # how reports name the packet
    on_page: Optional[ProgressCallback] = None
    # Keep each page's report image (report_image) while the page is decoded for reading: doors drawing HTML ask.
    keep_page_images: bool = False

    pages: list[PageText] = field(default_factory=list)
    page_issues: list[PageIssue] = field(default_factory=list)
    page_images: dict[tuple[str, int], bytes] = field(default_factory=dict)  # (file, page) -> JPEG
    second_look: Optional[Rereader] = None  # the pages OCR read, ready to be looked at again
    drafts: list[DocumentDraft] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    stage_failures: list[StageFailure] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    checks: list[CheckResult] = field(default_factory=list)
    points: Optional[PointsEstimate] = None
    report: Optional[Report] = None


@dataclass(frozen=True)
class Stage:
    """A step of the pipeline. `uses_engine` declares that it calls the OCR engine: reading the pages, or looking
    at them again; the other stages work on what is already on the run."""

    name: str
    run: Callable[[Run], None]
    uses_engine: bool = False
