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
from precheck.core.model import APPLICATION_LABELS, VERDICT_LABELS, Report, Severity, Verdict
from precheck.doors.private_files import open_private
from precheck.doors.batch.results import FAILURE_SUFFIX, RESULT_SUFFIX, read_result, write_atomically
from precheck.reports.html import VERDICT_COLOURS

SUMMARY_CSV = "summary.csv"
INDEX_HTML = "index.html"
# Column key -> its header in summary.csv and index.html, in order.
COLUMNS = {"packet": "材料", "name": "申请人", "id_number": "身份证号", "as_of": "预计提交日期", "application": "申请类型",
           "verdict": "结论", "points": "估算积分", "points_lower_bound": "积分为下限", "errors": "错误", "warnings": "警告", "reasons": "主要问题", "rules_fired": "触发的规则",
           "pages": "页数", "status": "状态", "note": "说明"}
CSV_COLUMNS = list(COLUMNS)
REASONS_SHOWN = 3  # findings quoted in 主要问题, errors first
VERDICT_ORDER = {Verdict.fix.value: 0, Verdict.review.value: 1, Verdict.ready.value: 2, "": 3}


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
            "packet": path.name[: -len(RESULT_SUFFIX)], "name": _applicant(report, "applicant_name") or "",
            "id_number": mask_id(_applicant(report, "applicant_id")), "as_of": report.as_of.isoformat(),
            "application": APPLICATION_LABELS[report.application], "verdict": report.verdict.value,
            "points": report.points.estimate if report.points else "",
            "points_lower_bound": ("是" if report.points.lower_bound else "否") if report.points else "",
            "errors": severities.count("error"), "warnings": severities.count("warning"), "reasons": _reasons(report),
            "rules_fired": " ".join(dict.fromkeys(f.rule for f in report.findings)), "pages": len(report.pages),
            "status": "已检查", "note": "",
        })
    for path in sorted(out.glob(f"*{FAILURE_SUFFIX}")):
        data = read_result(path) or {}
        rows.append({**dict.fromkeys(CSV_COLUMNS, ""), "packet": path.name[: -len(FAILURE_SUFFIX)], "status": "无法检查",
                     "note": f"无法检查：{data.get('error', '未知错误')}"})
    return sorted(rows, key=lambda row: (VERDICT_ORDER[row["verdict"]], row["packet"]))


def _applicant(report: Report, role: str) -> Optional[str]:
    """The applicant's name or ID number (`role`: the declaration's applicant_name / applicant_id) from the first
    document type, in the declared order, that carries it."""
    for declared in all_types():
        field_name = getattr(declared, role)
        for document in report.documents:
            value = document.fields.get(field_name) if field_name and document.type == declared.type_id else None
            if value is not None and isinstance(value.value, str):
                return value.value
    return None


def _reasons(report: Report) -> str:
    """The first findings, errors before warnings, in their own words."""
    rank = {Severity.error: 0, Severity.warning: 1, Severity.info: 2}
    shown = sorted(report.findings, key=lambda f: rank[f.severity])[:REASONS_SHOWN]
    more = len(report.findings) - len(shown)
    return "；".join(f.message for f in shown) + (f"；另有 {more} 条" if more > 0 else "")


def write_summary(out: Path, rows: Iterable[dict]) -> None:
    rows = list(rows)
    # UTF-8 with BOM: Excel on Windows then opens the Chinese text correctly.
    with open_private(out / SUMMARY_CSV, encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS.values())
        writer.writerows([_cell(_shown(key, row[key])) for key in CSV_COLUMNS] for row in rows)
    write_atomically(out / INDEX_HTML, _index_html(rows))


def _shown(key: str, value):
    """A cell as people read it: the verdict by its Chinese name."""
    return _verdict_label(value)[0] if key == "verdict" else value


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


INDEX_SHOWN = ("packet", "name", "id_number", "as_of", "application", "verdict", "errors", "warnings", "reasons")
INDEX_STYLE = ("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
               "padding:4px 8px;text-align:left;vertical-align:top}.filter label{margin-right:1em}")


def _index_html(rows: list[dict]) -> str:
    """The list, worst first, with radio buttons that show one verdict only: plain CSS, no script."""
    e = html.escape
    counts = Counter(row["verdict"] for row in rows)
    verdicts = [key for key in VERDICT_ORDER if counts[key]]
    names = {key: f"v-{key or 'none'}" for key in VERDICT_ORDER}
    radios = "<input type='radio' name='show' id='v-all' checked><label for='v-all'>全部 " + str(len(rows)) + "</label>"
    radios += "".join(f"<input type='radio' name='show' id='{names[key]}'><label for='{names[key]}'>"
                      f"{_verdict_label(key)[0]} {counts[key]}</label>" for key in verdicts)
    hide = "".join(f"#{names[key]}:checked~table tr.row:not(.{names[key]}){{display:none}}" for key in verdicts)
    items = []
    for row in rows:
        label, colour = _verdict_label(row["verdict"])
        cells = []
        for key in INDEX_SHOWN:
            if key == "packet" and row["status"] == "已检查":
                cells.append(f"<td><a href='{e(quote(row['packet'] + '.html'))}'>{e(row['packet'])}</a></td>")
            elif key == "verdict":
                cells.append(f"<td style='color:{colour};font-weight:bold'>{label}</td>")
            elif key == "reasons":
                cells.append(f"<td>{e(row['reasons'] or row['note'])}</td>")
            else:
                cells.append(f"<td>{e(str(row[key]))}</td>")
        items.append(f"<tr class='row {names[row['verdict']]}'>{''.join(cells)}</tr>")
    header = "".join(f"<th>{COLUMNS[key]}</th>" for key in INDEX_SHOWN)
    return ("<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><title>批量预检结果</title>"
            "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f"<style>{INDEX_STYLE}{hide}</style></head><body><h1>批量预检结果</h1>"
            f"<p>共 {len(rows)} 份材料，需要修改的排在前面。只看：</p><div class='filter'>{radios}"
            f"<table><tr>{header}</tr>{''.join(items)}</table></div></body></html>")
