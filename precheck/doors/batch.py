"""`precheck batch`: every packet under a folder, in worker processes, into one output folder.

Each packet's JSON and HTML are written atomically when it is done, with a fingerprint of its input files, so a
batch stopped with Ctrl-C leaves only whole results and a second run skips what is already done. The summary
CSV and index.html are rebuilt from the results on disk at the end of every run."""
from __future__ import annotations

import csv
import hashlib
import html
import json
import os
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional
from urllib.parse import quote

from precheck.core.limits import DEFAULT_LIMITS, Limits
from precheck.core.model import Report
from precheck.core.names import display_path

RESULT_SUFFIX = ".json"
FAILURE_SUFFIX = ".failed.json"
SUMMARY_CSV = "summary.csv"
INDEX_HTML = "index.html"


@dataclass(frozen=True)
class PacketJob:
    path: Path
    name: str  # output file stem: the packet's path under ROOT with / as __
    fingerprint: str


@dataclass
class PacketOutcome:
    name: str
    status: str  # done, failed, skipped (already done)
    verdict: Optional[str] = None
    pages: int = 0
    seconds: float = 0.0
    message: str = ""


def find_packets(root: Path) -> list[Path]:
    """Packet folders (a folder holding files directly) and .zip files under root; a packet is not searched inside."""
    if root.is_file():
        return [root]
    found: list[Path] = []
    for folder, subfolders, files in os.walk(root, followlinks=False):
        here = Path(folder)
        visible = [f for f in files if not f.startswith(".")]
        zips = [f for f in visible if f.lower().endswith(".zip")]
        others = [f for f in visible if not f.lower().endswith(".zip")]
        if others and here != root:
            found.append(here)
            subfolders.clear()
            continue
        found.extend(here / z for z in zips)
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
    return sorted(found)


def output_name(root: Path, packet: Path) -> str:
    """Decoded and on one line (GBK or newline-bearing folder names too), so it is safe in every output."""
    relative = packet.relative_to(root) if packet != root else Path(packet.name)
    return display_path("__".join(relative.parts))


def fingerprint(packet: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    """Names, sizes and modification times of the packet's files (and the limits, where changed): unchanged input,
    same fingerprint. Links are not followed, so a link loop costs nothing."""
    digest = hashlib.sha256()
    if limits != DEFAULT_LIMITS:
        digest.update(repr(limits).encode())
    paths = [packet] if packet.is_file() else sorted(_files(packet))
    for path in paths:
        try:
            stat = path.lstat()
        except OSError:
            continue
        line = f"{path.relative_to(packet.parent)}|{stat.st_size}|{stat.st_mtime_ns}\n"
        digest.update(line.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()[:20]


def _files(packet: Path) -> Iterable[Path]:
    for folder, _, files in os.walk(packet, followlinks=False):
        yield from (Path(folder) / name for name in files)


def plan_jobs(root: Path, out: Path, limits: Limits = DEFAULT_LIMITS) -> tuple[list[PacketJob], list[PacketOutcome]]:
    jobs, skipped = [], []
    for packet in find_packets(root):
        name = output_name(root, packet)
        job = PacketJob(packet, name, fingerprint(packet, limits))
        done = _read_result(out / f"{name}{RESULT_SUFFIX}")
        if done is not None and done.get("batch", {}).get("fingerprint") == job.fingerprint:
            skipped.append(PacketOutcome(name, "skipped", done.get("verdict"), len(done.get("pages", []))))
        else:
            jobs.append(job)
    return jobs, skipped


def _read_result(path: Path) -> Optional[dict]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


# ---- the worker side ---------------------------------------------------------------------------------------

_ENGINE = None


def init_worker(engine_name: str, use_cache: bool) -> None:
    """Load the OCR model once per worker process, not per page."""
    global _ENGINE
    from precheck.ocr.engines import open_engine

    _ENGINE = open_engine(engine_name, use_cache=use_cache)
    _ENGINE.warm_up()


def check_one(job: PacketJob, out: Path, as_of: str, application: str, with_html: bool = True,
              limits: Limits = DEFAULT_LIMITS) -> PacketOutcome:
    from datetime import date

    from precheck.pipeline.stages import CheckOptions, run_check
    from precheck.reports.html import render_html

    started = time.perf_counter()
    try:
        options = CheckOptions(as_of=date.fromisoformat(as_of), application=application, limits=limits)
        run = run_check(job.path, options, _ENGINE, label=job.name, keep_page_images=with_html)
        report = run.report
        data = json.loads(report.model_dump_json())
        data["batch"] = {"fingerprint": job.fingerprint, "source": display_path(str(job.path))}
        if with_html:
            _write_atomically(out / f"{job.name}.html", render_html(report, run.page_images))
        _write_atomically(out / f"{job.name}{RESULT_SUFFIX}", json.dumps(data, ensure_ascii=False, indent=1))
        (out / f"{job.name}{FAILURE_SUFFIX}").unlink(missing_ok=True)
        return PacketOutcome(job.name, "done", report.verdict.value, len(report.pages), time.perf_counter() - started)
    except Exception as exc:  # noqa: BLE001 - one bad packet never stops the batch
        from precheck.core.errors import PrecheckError

        # Our own errors are already written for people; anything else is named so it can be reported.
        message = str(exc)[:300] if isinstance(exc, PrecheckError) else f"程序内部错误（{type(exc).__name__}: {str(exc)[:200]}）"
        failure = {"packet": job.name, "error": message, "trace": traceback.format_exc(limit=3)[-2000:]}
        _write_atomically(out / f"{job.name}{FAILURE_SUFFIX}", json.dumps(failure, ensure_ascii=False, indent=1))
        return PacketOutcome(job.name, "failed", None, 0, time.perf_counter() - started, message)


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.part")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


# ---- running ---------------------------------------------------------------------------------------------

def run_jobs(jobs: list[PacketJob], out: Path, workers: int, engine_name: str, use_cache: bool, as_of: str,
             application: str, on_done: Callable[[PacketOutcome], None],
             limits: Limits = DEFAULT_LIMITS) -> list[PacketOutcome]:
    outcomes: list[PacketOutcome] = []
    if workers <= 1:
        init_worker(engine_name, use_cache)
        for job in jobs:
            outcome = check_one(job, out, as_of, application, limits=limits)
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
                             initargs=(engine_name, use_cache)) as pool:
        futures = [pool.submit(check_one, job, out, as_of, application, True, limits) for job in jobs]
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


# ---- summary ---------------------------------------------------------------------------------------------

CSV_COLUMNS = ["packet", "id_number", "verdict", "errors", "warnings", "rules_fired", "pages", "status", "note"]


def mask_id(value: Optional[str]) -> str:
    """First 6 and last 4 characters only: enough to tell applicants apart, not enough to misuse."""
    if not value or len(value) < 10:
        return ""
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def summary_rows(out: Path) -> list[dict]:
    rows = []
    for path in sorted(out.glob(f"*{RESULT_SUFFIX}")):
        if path.name.endswith(FAILURE_SUFFIX) or path.name.startswith("."):
            continue
        data = _read_result(path)
        if data is None:
            continue
        report = Report.model_validate({k: v for k, v in data.items() if k != "batch"})
        severities = [f.severity.value for f in report.findings]
        rows.append({
            "packet": path.name[: -len(RESULT_SUFFIX)], "id_number": mask_id(_applicant_id(report)),
            "verdict": report.verdict.value, "errors": severities.count("error"), "warnings": severities.count("warning"),
            "rules_fired": " ".join(dict.fromkeys(f.rule for f in report.findings)), "pages": len(report.pages),
            "status": "done", "note": "",
        })
    for path in sorted(out.glob(f"*{FAILURE_SUFFIX}")):
        data = _read_result(path) or {}
        rows.append({"packet": path.name[: -len(FAILURE_SUFFIX)], "id_number": "", "verdict": "", "errors": "", "warnings": "",
                     "rules_fired": "", "pages": "", "status": "failed",
                     "note": f"无法检查：{data.get('error', '未知错误')}"})
    return sorted(rows, key=lambda row: row["packet"])


def _applicant_id(report: Report) -> Optional[str]:
    for doc_type in ("id_card", "residence_permit", "household_register_member", "labour_contract", "tax_record"):
        for document in report.documents:
            if document.type != doc_type:
                continue
            for name in ("id_number", "employee_id_number"):
                value = document.fields.get(name)
                if value is not None and isinstance(value.value, str):
                    return value.value
    return None


def write_summary(out: Path, rows: Iterable[dict]) -> None:
    rows = list(rows)
    # UTF-8 with BOM: Excel on Windows then opens the Chinese text correctly.
    with open(out / SUMMARY_CSV, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows({key: _cell(value) for key, value in row.items()} for row in rows)
    _write_atomically(out / INDEX_HTML, _index_html(rows))


def _cell(value):
    """A text cell Excel would run as a formula (=, +, -, @ first: a folder named =HYPERLINK(…)) is quoted."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


VERDICT_LABELS = {"ready": ("可以提交", "#1b7f3b"), "review": ("需人工核对", "#b26a00"), "fix": ("需要修改", "#b3261e"),
                  "": ("无法检查", "#555")}


def _index_html(rows: list[dict]) -> str:
    e = html.escape
    counts = {key: sum(1 for row in rows if row["verdict"] == key) for key in VERDICT_LABELS}
    items = []
    for row in rows:
        label, colour = VERDICT_LABELS.get(row["verdict"], VERDICT_LABELS[""])
        href = e(quote(f"{row['packet']}.html"))
        link = f"<a href='{href}'>{e(row['packet'])}</a>" if row["status"] == "done" else e(row["packet"])
        items.append(f"<tr><td>{link}</td><td>{e(row['id_number'])}</td><td style='color:{colour};font-weight:bold'>{label}</td>"
                     f"<td>{row['errors']}</td><td>{row['warnings']}</td><td>{e(row['rules_fired'] or row['note'])}</td></tr>")
    summary = " · ".join(f"{VERDICT_LABELS[k][0]} {v}" for k, v in counts.items() if v)
    return ("<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><title>批量预检结果</title>"
            "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
            "padding:4px 8px;text-align:left}</style></head><body><h1>批量预检结果</h1>"
            f"<p>共 {len(rows)} 份材料：{summary}</p><table><tr><th>材料</th><th>身份证号</th><th>结论</th><th>错误</th>"
            f"<th>警告</th><th>触发的规则 / 说明</th></tr>{''.join(items)}</table></body></html>")
