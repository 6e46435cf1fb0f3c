"""The pipeline: a plain list of stages from a packet path to the SPEC §5 report."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Literal, Optional, Union

from extractors.reading.second_look import SecondLook
from extractors.registry import UNKNOWN, extract_fields
from precheck import __version__
from precheck.pipeline.classify import classify_page
from precheck.pipeline.grouping import DocumentDraft, PlacedPart, group_documents
from precheck.ingest.pages import InputProblem, PageInput, iter_pages
from precheck.core.limits import DEFAULT_LIMITS, Limits
from precheck.core.model import Document, PageSource, PageSummary, PageText, Report, verdict_for
from precheck.core.names import display_path
from precheck.ocr.base import OcrEngine
from precheck.ingest.packet import Packet, as_packet
from precheck.pipeline.second_look import Rereader
from precheck.pipeline.quality import describe_problem, too_little_text
from rules.catalogue import run_rules
from rules.registry import CheckContext, PageIssue


log = logging.getLogger(__name__)


@dataclass
class CheckOptions:
    as_of: date
    application: Literal["first", "renewal"] = "first"
    limits: Limits = DEFAULT_LIMITS


ProgressCallback = Callable[[PageText], None]
PAGE_FAILED = "这一页无法读取（解码或识别时出错），其余页面照常检查。请重新导出或扫描这一页（page failed）"


@dataclass
class PacketReading:
    pages: list[PageText] = field(default_factory=list)
    issues: list[PageIssue] = field(default_factory=list)
    rereader: Optional[Rereader] = None


def read_packet(path: Union[Path, Packet], engine: OcrEngine, limits: Limits = DEFAULT_LIMITS,
                on_page: Optional[ProgressCallback] = None) -> PacketReading:
    """Stage 1: every page as text with boxes, from its text layer or by OCR."""
    reading = PacketReading(rereader=Rereader(engine))
    packet = as_packet(path, limits)
    for item in iter_pages(packet, limits):
        if isinstance(item, InputProblem):
            reading.issues.append(PageIssue(item.file, item.page, item.message, "unreadable_file"))
            continue
        try:
            page, image = _read_page(item, engine)
        except Exception as exc:  # noqa: BLE001 - one bad page never stops the packet
            log.warning("page failed: %s", type(exc).__name__)
            reading.issues.append(PageIssue(item.ref.file, item.ref.page, PAGE_FAILED, "unreadable_file"))
            continue
        if too_little_text(page.lines):
            reading.issues.append(PageIssue(page.ref.file, page.ref.page, describe_problem(image, page.lines), "unreadable_page"))
        reading.pages.append(page)
        if page.source == PageSource.ocr:
            reading.rereader.add_page(page.ref, item.reload or item.load_image, page.rotation)
        if on_page:
            on_page(page)
    return reading


def _read_page(item: PageInput, engine: OcrEngine):
    if item.has_text_layer:
        width, height = item.text_size
        page = PageText(ref=item.ref, source=PageSource.text_layer, width=round(width), height=round(height), lines=item.text_lines)
        return page, None
    image = item.load_image()
    result = engine.recognize(image)
    page = PageText(
        ref=item.ref,
        source=PageSource.ocr,
        engine=f"{engine.name} {engine.version}",
        rotation=result.rotation,
        width=result.width,
        height=result.height,
        lines=result.lines,
        seconds=round(result.seconds, 3),
    )
    return page, image


def classify_pages(pages: list[PageText]) -> list[DocumentDraft]:
    """Stages 2 and 3: each page (or page region) gets a type; consecutive pages join into documents."""
    placed = []
    for page in pages:
        for part in classify_page(page.lines):
            placed.append(PlacedPart(page, part))
    return group_documents(placed)


def build_documents(drafts: list[DocumentDraft], second_look: Optional[SecondLook] = None) -> list[Document]:
    """Stage 4: fields and rows of each document, each with its evidence; `second_look` reads weak values again."""
    documents = []
    for draft in drafts:
        fields, rows = _extract(draft, second_look)
        documents.append(
            Document(type=draft.type_id, pages=draft.pages, fields=fields, rows=rows,
                     classification_score=round(draft.score, 2))
        )
    return documents


def _extract(draft: DocumentDraft, second_look: Optional[SecondLook]) -> tuple[dict, list]:
    if draft.type_id == UNKNOWN:
        return {}, []
    try:
        return extract_fields(draft, second_look)
    except Exception:  # noqa: BLE001 - a reader's bug must not lose the packet; its fields then read as unreadable
        log.exception("extractor for %s failed", draft.type_id)
        return {}, []


def page_summaries(pages: list[PageText], drafts: list[DocumentDraft]) -> list[PageSummary]:
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
                type=type_of.get(page.ref, UNKNOWN),
                source=page.source,
                engine=page.engine,
                rotation=page.rotation,
                characters=sum(len(line.text) for line in page.lines),
                confidence=round(sum(confidences) / len(confidences), 3) if confidences else None,
                seconds=page.seconds,
            )
        )
    return summaries


def check_packet(path: Union[Path, Packet], options: CheckOptions, engine: OcrEngine, label: Optional[str] = None,
                 on_page: Optional[ProgressCallback] = None) -> Report:
    reading = read_packet(path, engine, options.limits, on_page)
    return report_from_reading(reading, options, label or (display_path(str(path)) if isinstance(path, Path) else path.name), engine)


def report_from_reading(reading: PacketReading, options: CheckOptions, label: str, engine: OcrEngine) -> Report:
    drafts = classify_pages(reading.pages)
    documents = build_documents(drafts, reading.rereader)
    context = CheckContext(documents=documents, as_of=options.as_of, application=options.application,
                           page_issues=reading.issues)
    findings, checks = run_rules(context)
    return Report(
        packet=label,
        as_of=options.as_of,
        application=options.application,
        verdict=verdict_for(findings),
        documents=documents,
        findings=findings,
        pages=page_summaries(reading.pages, drafts),
        checks=checks,
        engine=f"{engine.name} {engine.version}",
        precheck_version=__version__,
    )
