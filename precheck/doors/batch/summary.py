"""The batch's overview, rebuilt from the results on disk (not from this run's outcomes), so it also lists what an
earlier, interrupted run finished: summary.csv for Excel and index.html linking each packet's report."""
from __future__ import annotations

import csv
import html
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional
from urllib.parse import quote

from extractors.registry import all_types
from precheck.core.model import VERDICT_LABELS, Report, Verdict
from precheck.doors.private_files import open_private
from precheck.doors.batch.results import FAILURE_SUFFIX, RESULT_SUFFIX, read_result, write_atomically
from precheck.reports.html import VERDICT_COLOURS

SUMMARY_CSV = "summary.csv"
INDEX_HTML = "index.html"
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
        data = read_result(path)
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
        data = read_result(path) or {}
        rows.append({"packet": path.name[: -len(FAILURE_SUFFIX)], "id_number": "", "verdict": "", "errors": "", "warnings": "",
                     "rules_fired": "", "pages": "", "status": "failed",
                     "note": f"无法检查：{data.get('error', '未知错误')}"})
    return sorted(rows, key=lambda row: row["packet"])


def _applicant_id(report: Report) -> Optional[str]:
    """The applicant's ID number from the first document type (in the declared order) that carries it."""
    for declared in all_types():
        for document in report.documents:
            value = document.fields.get(declared.applicant_id) if document.type == declared.type_id else None
            if value is not None and isinstance(value.value, str):
                return value.value
    return None


def write_summary(out: Path, rows: Iterable[dict]) -> None:
    rows = list(rows)
    # UTF-8 with BOM: Excel on Windows then opens the Chinese text correctly.
    with open_private(out / SUMMARY_CSV, encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows({key: _cell(value) for key, value in row.items()} for row in rows)
    write_atomically(out / INDEX_HTML, _index_html(rows))


def _cell(value):
    """A text cell Excel would run as a formula (=, +, -, @ first: a folder named =HYPERLINK(…)) is quoted."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


NOT_CHECKED = ("无法检查", "#555")


def _verdict_label(verdict: str) -> tuple[str, str]:
    """A row's verdict as the reports name and colour it; a packet that could not be checked has none."""
    if not verdict:
        return NOT_CHECKED
    return VERDICT_LABELS[Verdict(verdict)], VERDICT_COLOURS[Verdict(verdict)]


def _index_html(rows: list[dict]) -> str:
    e = html.escape
    items = []
    for row in rows:
        label, colour = _verdict_label(row["verdict"])
        href = e(quote(f"{row['packet']}.html"))
        link = f"<a href='{href}'>{e(row['packet'])}</a>" if row["status"] == "done" else e(row["packet"])
        items.append(f"<tr><td>{link}</td><td>{e(row['id_number'])}</td><td style='color:{colour};font-weight:bold'>{label}</td>"
                     f"<td>{row['errors']}</td><td>{row['warnings']}</td><td>{e(row['rules_fired'] or row['note'])}</td></tr>")
    counts = Counter(row["verdict"] for row in rows)
    order = [verdict.value for verdict in VERDICT_LABELS] + [""]
    summary = " · ".join(f"{_verdict_label(key)[0]} {counts[key]}" for key in order if counts[key])
    return ("<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><title>批量预检结果</title>"
            "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
            "padding:4px 8px;text-align:left}</style></head><body><h1>批量预检结果</h1>"
            f"<p>共 {len(rows)} 份材料：{summary}</p><table><tr><th>材料</th><th>身份证号</th><th>结论</th><th>错误</th>"
            f"<th>警告</th><th>触发的规则 / 说明</th></tr>{''.join(items)}</table></body></html>")
