"""The terminal report: Chinese first, findings grouped by severity (错误 / 警告 / 提示), then the checks that
passed, those that could not be decided, and those that do not apply."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from extractors.registry import type_label
from precheck.reports.fields_view import confidence_text, shown_documents
from precheck.reports.points_view import headline, points_rows
from precheck.core.model import APPLICATION_LABELS, SEVERITY_LABELS, VERDICT_LABELS, Report, Severity, Verdict

VERDICT_COLOURS = {Verdict.ready: "green", Verdict.review: "yellow", Verdict.fix: "red"}
VERDICT_ADVICE = {
    Verdict.ready: "未发现问题。",
    Verdict.review: "有无法确认的项目，请逐条核对后再提交。",
    Verdict.fix: "有会被退回的问题，请按下列说明修改后再提交。",
}
MAX_EVIDENCE = 4
SEVERITY_COLOURS = {Severity.error: "red", Severity.warning: "yellow", Severity.info: "cyan"}


def render_text(report: Report, console: Console) -> None:
    console.print(f"[bold]居住证积分材料预检[/]  {escape(report.packet)}")
    console.print(f"预计提交日期 {report.as_of.isoformat()} · {APPLICATION_LABELS[report.application]} · OCR {report.engine}")
    verdict = f"[bold {VERDICT_COLOURS[report.verdict]}]{VERDICT_LABELS[report.verdict]}[/]"
    console.print(f"结论：{verdict}（{report.verdict.value}）  {VERDICT_ADVICE[report.verdict]}\n")

    table = Table(title="识别到的材料", show_lines=False, title_justify="left")
    table.add_column("材料")
    table.add_column("页面")
    for document in report.documents:
        pages = "、".join(f"{escape(ref.file)} 第{ref.page}页" for ref in document.pages)
        table.add_row(type_label(document.type), pages)
    console.print(table)

    for severity in (Severity.error, Severity.warning, Severity.info):
        group = [f for f in report.findings if f.severity == severity]
        if not group:
            continue
        console.print(f"\n[bold {SEVERITY_COLOURS[severity]}]{SEVERITY_LABELS[severity]}（{len(group)}）[/]")
        for number, finding in enumerate(group, 1):
            console.print(f" {number}. {escape(finding.message)}  [dim]{finding.rule} · 依据 {escape(finding.source)}[/]")
            if finding.action:
                console.print(f"    → {escape(finding.action)}")
            for evidence in finding.evidence[:MAX_EVIDENCE]:
                text = f"：{escape(evidence.text)}" if evidence.text else ""
                console.print(f"    [dim]{escape(evidence.file)} 第{evidence.page}页{text}[/]")
            if len(finding.evidence) > MAX_EVIDENCE:
                console.print(f"    [dim]……另有 {len(finding.evidence) - MAX_EVIDENCE} 处[/]")
    _points(report, console)
    _checks(report, console)
    _read_values(report, console)


def _points(report: Report, console: Console) -> None:
    if report.points is None:
        return
    console.print(f"\n[bold]积分估算[/]：{headline(report.points)}（括号内的分数不计入）")
    table = Table(show_header=True, box=None, pad_edge=False)
    for column in ("指标", "分数", "来源", "依据", "如何加分"):
        table.add_column(column)
    for row in points_rows(report.points):
        table.add_row(row.indicator, row.points if row.counted else f"[dim]{row.points}[/]", row.source_kind,
                      escape(row.basis), f"[dim]{escape(row.more)}[/]")
    console.print(table)
    for note in report.points.not_estimated:
        console.print(f"[dim]{escape(note)}[/]")


def _read_values(report: Report, console: Console) -> None:
    """Every field of every document as read, with how surely: what the verdict rests on."""
    console.print("\n[bold]读到的内容[/]（请对照原件核对；把握低于 80% 的标为「请核对」）")
    for document in shown_documents(report.documents):
        table = Table(title=document.label, title_justify="left", show_header=False, box=None, pad_edge=False)
        table.add_column("字段", style="dim")
        table.add_column("值")
        table.add_column("把握", style="dim")
        for value in document.fields:
            text = escape(value.text) if value.text else "[dim]未读到[/]"
            table.add_row(value.label, f"[yellow]{text}[/]" if value.check_by_hand else text, confidence_text(value))
        console.print(table)
        if document.rows:
            rows = Table(show_header=True, box=None, pad_edge=False)
            for label in document.row_labels:
                rows.add_column(label)
            for row in document.rows:
                rows.add_row(*(escape(value.text) or "[dim]—[/]" for value in row))
            console.print(rows)
            if document.rows_not_shown:
                console.print(f"[dim]……另有 {document.rows_not_shown} 行[/]")


def _checks(report: Report, console: Console) -> None:
    """The checks that passed; those that could not be decided (never shown as passed); those not applicable."""
    by_status = {status: [c for c in report.checks if c.status == status]
                 for status in ("passed", "undecided", "not_applicable")}
    if by_status["passed"]:
        names = "、".join(f"{escape(c.title or c.rule)}[dim]（{c.rule}）[/]" for c in by_status["passed"])
        console.print(f"\n[green]通过的检查（{len(by_status['passed'])}）[/]：{names}")
    if by_status["undecided"]:
        console.print(f"\n[yellow]未能判断的检查（{len(by_status['undecided'])}）[/]：不算通过，请人工核对")
        for check in by_status["undecided"]:
            note = f"：{escape(check.note)}" if check.note else ""
            console.print(f" · {escape(check.title or check.rule)}[dim]（{check.rule}）[/]{note}")
    if by_status["not_applicable"]:
        console.print(f"\n[dim]不适用（{len(by_status['not_applicable'])}）[/]")
        for check in by_status["not_applicable"]:
            note = f"：{escape(check.note)}" if check.note else ""
            console.print(f" · {escape(check.title or check.rule)}[dim]（{check.rule}）{note}[/]")
