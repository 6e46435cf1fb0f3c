"""Checking the planned packets: in this process, or in a pool of worker processes that each load the OCR model
once (cluster.py does the same on Ray actors, with the same produce and store). A packet that cannot be checked gets
its NAME.failed.json and never stops the batch."""
from __future__ import annotations

import json
import os
import time
import traceback
from pathlib import Path
from typing import Callable, Optional

from precheck.core.limits import DEFAULT_LIMITS, Limits
from precheck.core.names import display_path
from precheck.doors.batch.jobs import PacketJob, PacketOutcome, PacketProduct
from precheck.doors.batch.results import FAILURE_SUFFIX, RESULT_SUFFIX
from precheck.doors.batch.results import write_atomically as _write_atomically

_ENGINE = None


def init_worker(engine_name: str, use_cache: bool, cache_max_age_days: Optional[int] = None) -> None:
    """Load the OCR model once per worker process, not per page."""
    global _ENGINE
    from precheck.ocr.engines import open_engine

    _ENGINE = open_engine(engine_name, use_cache=use_cache, max_age_days=cache_max_age_days)
    _ENGINE.warm_up()


def check_one(job: PacketJob, out: Path, with_html: bool = True, limits: Limits = DEFAULT_LIMITS) -> PacketOutcome:
    """Check a packet in this process and write its files into `out`."""
    return store(produce(job, with_html, limits), out)


def produce(job: PacketJob, with_html: bool = True, limits: Limits = DEFAULT_LIMITS) -> PacketProduct:
    """A packet's result files as text, written nowhere: where they are written is the caller's (a local worker
    writes them itself; on a cluster they go back to the one process that writes the output folder)."""
    from datetime import date

    from precheck.pipeline.run import CheckOptions
    from precheck.pipeline.stages import run_check
    from precheck.reports.html import render_html

    started = time.perf_counter()
    try:
        options = CheckOptions(as_of=date.fromisoformat(job.as_of), application=job.application, limits=limits,
                               declarations=job.declarations)
        run = run_check(job.path, options, _ENGINE, label=job.name, keep_page_images=with_html)
        report = run.report
        data = json.loads(report.model_dump_json())
        data["batch"] = {"fingerprint": job.fingerprint, "source": display_path(str(job.path))}
        # The JSON last: the planner takes a packet whose JSON is on disk as done.
        files = {f"{job.name}.html": render_html(report, run.page_images)} if with_html else {}
        files[f"{job.name}{RESULT_SUFFIX}"] = json.dumps(data, ensure_ascii=False, indent=1)
        outcome = PacketOutcome(job.name, "done", report.verdict.value, len(report.pages), time.perf_counter() - started)
        return PacketProduct(outcome, files)
    except Exception as exc:  # noqa: BLE001 - one bad packet never stops the batch
        from precheck.core.errors import PrecheckError

        # Our own errors are already written for people; anything else is named so it can be reported.
        message = str(exc)[:300] if isinstance(exc, PrecheckError) else f"程序内部错误（{type(exc).__name__}: {str(exc)[:200]}）"
        return failed(job, message, traceback.format_exc(limit=3)[-2000:], time.perf_counter() - started)


def failed(job: PacketJob, message: str, trace: str = "", seconds: float = 0.0) -> PacketProduct:
    failure = {"packet": job.name, "error": message, "trace": trace}
    return PacketProduct(PacketOutcome(job.name, "failed", None, 0, seconds, message),
                         {f"{job.name}{FAILURE_SUFFIX}": json.dumps(failure, ensure_ascii=False, indent=1)})


def store(product: PacketProduct, out: Path) -> PacketOutcome:
    """Each file whole or not at all; a packet checked at last loses the failure file of an earlier run."""
    for name, text in product.files.items():
        _write_atomically(out / name, text)
    if product.outcome.status == "done":
        (out / f"{product.outcome.name}{FAILURE_SUFFIX}").unlink(missing_ok=True)
    return product.outcome


def run_jobs(jobs: list[PacketJob], out: Path, workers: int, engine_name: str, use_cache: bool,
             on_done: Callable[[PacketOutcome], None],
             limits: Limits = DEFAULT_LIMITS) -> list[PacketOutcome]:
    outcomes: list[PacketOutcome] = []
    if workers <= 1:
        init_worker(engine_name, use_cache, limits.cache_max_age_days)
        for job in jobs:
            outcome = check_one(job, out, limits=limits)
            outcomes.append(outcome)
            on_done(outcome)
        return outcomes
    from concurrent.futures import ProcessPoolExecutor, as_completed
    import multiprocessing

    # spawn: workers start clean (no copied OCR session or locks); each loads the model once.
    context = multiprocessing.get_context("spawn")
    threads = max(1, (os.cpu_count() or 1) // workers)
    os.environ["PRECHECK_OCR_THREADS"] = str(threads)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=init_worker,
                             initargs=(engine_name, use_cache, limits.cache_max_age_days)) as pool:
        futures = [pool.submit(check_one, job, out, True, limits) for job in jobs]
        try:
            for future in as_completed(futures):
                outcome = future.result()
                outcomes.append(outcome)
                on_done(outcome)
        except KeyboardInterrupt:
            for future in futures:
                future.cancel()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    return outcomes
