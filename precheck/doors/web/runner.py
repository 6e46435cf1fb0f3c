"""Checking an upload (in the worker thread): the pipeline on the uploaded files, then the temporary folder goes.

Logs hold counts only: never a file name, a person's name, a number or any text read from a page."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Callable, Optional

from precheck.ingest.pages import count_pages
from precheck.core.limits import Limits
from precheck.core.model import Report
from precheck.ocr.base import OcrEngine
from precheck.pipeline.stages import CheckOptions, run_check
from precheck.doors.web.uploads import Upload

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    report: Report
    html: Optional[str] = None  # the report section with page images inline, when asked for


def check_upload(upload: Upload, engine: OcrEngine, limits: Limits, with_html: bool = False,
                 on_total: Optional[Callable[[int], None]] = None,
                 on_page: Optional[Callable[[], None]] = None) -> Outcome:
    """Run the check; the upload's folder is removed before this returns or raises."""
    started = time.perf_counter()
    packet = None
    try:
        options = CheckOptions(as_of=upload.as_of(), application=upload.application(), limits=limits,
                               declarations=upload.declarations())
        packet = upload.packet(limits)
        if on_total:
            on_total(count_pages(packet, limits))
        run = run_check(packet, options, engine, label=packet.name,
                        on_page=(lambda _page: on_page()) if on_page else None, keep_page_images=with_html)
        report = run.report
        html = None
        if with_html:
            from precheck.reports.html import render_report_section

            html = render_report_section(report, run.page_images)
        log.info("check done: %d files, %d pages, %d findings, verdict %s, %.1f s", len(upload.files),
                 len(report.pages), len(report.findings), report.verdict.value, time.perf_counter() - started)
        return Outcome(report, html)
    except Exception as exc:
        log.warning("check failed after %.1f s: %s", time.perf_counter() - started, type(exc).__name__)
        raise
    finally:
        if packet is not None:
            packet.close()
        upload.cleanup()
