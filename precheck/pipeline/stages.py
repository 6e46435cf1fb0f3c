"""The pipeline: a plain list of stages from a packet to the SPEC §5 report, each applied in turn to one Run.

A page that cannot be read becomes a page issue and a document whose reader fails becomes a stage failure on the
run; either way the check goes on with the rest and the report says what was missed. A stage failing as a whole
still raises: the check is lost, and says so, rather than reporting on half a packet."""
from __future__ import annotations

import logging
import traceback
from pathlib import Path
from typing import Optional, Union

from extractors.reading.second_look import SecondLook
from extractors.registry import UNKNOWN, extract_fields, not_printed
from precheck.core.model import Document, PageSource, PageText, Report
from precheck.core.names import display_path
from precheck.ingest.packet import Packet, as_packet
from precheck.ingest.pages import InputProblem, PageInput, iter_pages
from precheck.ocr.base import OcrEngine
from precheck.ocr.under_red_cover import doubt_under_red_cover, red_cover
from precheck.pipeline.classify import classify_page
from precheck.pipeline.booklet_spreads import read_facing_page
from precheck.pipeline.faint_pages import read_head_and_foot
from precheck.pipeline.long_screens import is_long_screen, read_in_bands
from precheck.pipeline.grouping import DocumentDraft, PlacedPart, group_documents, shows_a_page_number
from precheck.pipeline.quality import describe_problem, is_blank, too_little_text, too_small, too_small_problem
from precheck.pipeline.report import report_of
from precheck.pipeline.holidays import holidays_dir, load_calendar
from precheck.pipeline.run import CheckOptions, ProgressCallback, Run, Stage
from precheck.pipeline.second_look import Rereader
from precheck.pipeline.page_images import report_image
from rules.catalogue import run_rules
from rules.families.points import assess as assess_points
from rules.people import for_applicant
from rules.registry import CheckContext, PageIssue, StageFailure

log = logging.getLogger(__name__)

PAGE_FAILED = "这一页无法读取（解码或识别时出错），其余页面照常检查。请重新导出或扫描这一页（page failed）"
EXTRACT_FIELDS = "extract fields"


def read_pages(run: Run) -> None:
    """Every page as text with boxes, from its text layer or by OCR; the pages OCR read are kept ready for a
    second look, and, when asked, each page's report image is made from the page decoded here."""
    limits = run.options.limits
    run.second_look = Rereader(run.engine)
    for item in iter_pages(as_packet(run.packet, limits), limits):
        if isinstance(item, InputProblem):
            run.page_issues.append(PageIssue(item.file, item.page, item.message, "unreadable_file"))
            continue
        try:
            page, image, grey_seals = _read_page(item, run.engine)
        except Exception as exc:  # noqa: BLE001 - one bad page never stops the packet
            log.warning("page failed: %s", type(exc).__name__)
            run.page_issues.append(PageIssue(item.ref.file, item.ref.page, PAGE_FAILED, "unreadable_file"))
            continue
        if too_little_text(page.lines) and not shows_a_page_number(page.lines):  # a numbered blank page is legible
            run.page_issues.append(PageIssue(page.ref.file, page.ref.page, describe_problem(image, page.lines),
                                             "unreadable_page", blank=is_blank(image)))
        run.pages.append(page)
        if page.source == PageSource.ocr:
            run.second_look.add_page(page.ref, item.reload or item.load_image, page.rotation, grey_seals)
        if run.keep_page_images:
            _keep_report_image(run, item, page, image)
        if run.on_page:
            run.on_page(page)


def _read_page(item: PageInput, engine: OcrEngine):
    if item.has_text_layer:
        width, height = item.text_size
        page = PageText(ref=item.ref, source=PageSource.text_layer, width=round(width), height=round(height), lines=item.text_lines)
        return page, None, None
    image = item.load_image()
    result = (read_in_bands(engine, image) if is_long_screen(image.size) else None) or engine.recognize(image)
    if too_little_text(result.lines):
        result = read_head_and_foot(engine, image, result)
    result = read_facing_page(engine, image, result)
    # After the cache: the cover is looked for on every reading, cached or not.
    lines = doubt_under_red_cover(result.lines, red_cover(image, result.rotation))
    page = PageText(
        ref=item.ref,
        source=PageSource.ocr,
        engine=f"{engine.name} {engine.version}",
        rotation=result.rotation,
        width=result.width,
        height=result.height,
        lines=lines,
        seconds=round(result.seconds, 3),
    )
    return page, image, result.grey_seals


def _keep_report_image(run: Run, item: PageInput, page: PageText, image) -> None:
    """A page read from its text layer was not decoded for reading: it is rendered here, once, for the report."""
    try:
        run.page_images[(page.ref.file, page.ref.page)] = report_image(image if image is not None else item.load_image(), page.rotation)
    except Exception as exc:  # noqa: BLE001 - a page that cannot be drawn is listed without its image
        log.warning("page image failed: %s", type(exc).__name__)


def group_pages(run: Run) -> None:
    run.drafts = classify_pages(run.pages)
    run.page_issues.extend(_small_pages_of_no_type(run))


def _small_pages_of_no_type(run: Run) -> list[PageIssue]:
    """Thumbnails no type was found for (a 150×94 chat preview of an ID card): OCR read some characters from them,
    too few to tell what they are, and the page is reported unreadable as a page with too little text is."""
    typed = {ref for draft in run.drafts if draft.type_id != UNKNOWN for ref in draft.pages}
    noted = {(issue.file, issue.page) for issue in run.page_issues}
    return [PageIssue(page.ref.file, page.ref.page, too_small_problem(page.width, page.height), "unreadable_page")
            for page in run.pages if page.source == PageSource.ocr and page.ref not in typed
            and (page.ref.file, page.ref.page) not in noted and too_small(page.width, page.height)]


def classify_pages(pages: list[PageText]) -> list[DocumentDraft]:
    """Each page (or page region) gets a type; consecutive pages join into documents."""
    placed = []
    for page in pages:
        for part in classify_page(page.lines):
            placed.append(PlacedPart(page, part))
    return group_documents(placed)


def read_fields(run: Run) -> None:
    documents, failures = extract_documents(run.drafts, run.second_look)
    run.documents.extend(documents)
    run.stage_failures.extend(failures)


def extract_documents(drafts: list[DocumentDraft],
                      second_look: Optional[SecondLook] = None) -> tuple[list[Document], list[StageFailure]]:
    """Fields and rows of each document, each with its evidence; `second_look` reads weak values again from the
    page. A document whose reader fails keeps no fields and is named among the failures."""
    documents, failures = [], []
    for draft in drafts:
        fields, rows = {}, []
        if draft.type_id != UNKNOWN:
            try:
                fields, rows = extract_fields(draft, second_look)
            except Exception as exc:  # noqa: BLE001 - a reader's bug must not lose the packet
                failures.append(_extraction_failed(draft, exc))
        documents.append(Document(type=draft.type_id, pages=draft.pages, fields=fields, rows=rows,
                                  not_printed=not_printed(draft, fields) if draft.type_id != UNKNOWN else [],
                                  classification_score=round(draft.score, 2)))
    return documents, failures


def _extraction_failed(draft: DocumentDraft, exc: Exception) -> StageFailure:
    # Where it failed, never the exception's text: that may quote what was read from the page.
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    log.warning("extractor for %s failed: %s at %s:%d", draft.type_id, type(exc).__name__, Path(frame.filename).name,
                frame.lineno)
    return StageFailure(EXTRACT_FIELDS, draft.type_id, tuple(draft.pages),
                        f"读取字段时程序内部出错（{type(exc).__name__}）")


def check_rules(run: Run) -> None:
    context = for_applicant(CheckContext(documents=run.documents, as_of=run.options.as_of, application=run.options.application,
                           page_issues=run.page_issues, stage_failures=run.stage_failures,
                           calendar=load_calendar(holidays_dir()), declarations=run.options.declarations))
    run.findings, run.checks = run_rules(context)
    run.points = assess_points(context).estimate


STAGES: tuple[Stage, ...] = (
    Stage("read pages", read_pages, uses_engine=True),
    Stage("classify and group", group_pages),
    Stage(EXTRACT_FIELDS, read_fields, uses_engine=True),  # asks the engine again where a value read weakly
    Stage("rules", check_rules),
)


def run_check(packet: Union[Path, Packet], options: CheckOptions, engine: OcrEngine, label: Optional[str] = None,
              on_page: Optional[ProgressCallback] = None, keep_page_images: bool = False,
              stages: tuple[Stage, ...] = STAGES) -> Run:
    """The check as a run: the report and what went into it (page images for an HTML report, when asked)."""
    if label is None:
        label = display_path(str(packet)) if isinstance(packet, Path) else packet.name
    run = Run(packet, options, engine, label, on_page, keep_page_images)
    for stage in stages:
        stage.run(run)
    run.report = report_of(run)
    return run


def check_packet(packet: Union[Path, Packet], options: CheckOptions, engine: OcrEngine, label: Optional[str] = None,
                 on_page: Optional[ProgressCallback] = None) -> Report:
    return run_check(packet, options, engine, label, on_page).report
