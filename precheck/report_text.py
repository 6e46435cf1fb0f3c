"""The terminal report: Chinese first, findings grouped by severity, then the checks that passed."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from extractors.registry import UNKNOWN, spec_for
from precheck.model import Report, Severity, Verdict

VERDICT_TEXT = {
    Verdict.ready: ("[bold green]可以提交[/]", "未发现问题。"),
    Verdict.review: ("[bold yellow]需人工复核[/]", "有无法确认的项目，请逐条核对后再提交。"),
    Verdict.fix: ("[bold red]需要修改[/]", "有会被退回的问题，请按下列说明修改后再提交。"),
}
SEVERITY_TEXT = {Severity.error: ("错误", "red"), Severity.warning: ("警告", "yellow"), Severity.info: ("提示", "cyan")}


def type_label(type_id: str) -> str:
    return "无法识别的页面" if type_id == UNKNOWN else spec_for(type_id).label


def render_text(report: Report, console: Console) -> None:
    verdict, advice = VERDICT_TEXT[report.verdict]
    console.print(f"[bold]居住证积分材料预检[/]  {report.packet}")
    application = "首次申请" if report.application == "first" else "续办"
    console.print(f"预计提交日期 {report.as_of.isoformat()} · {application} · OCR {report.engine}")
    console.print(f"结论：{verdict}（{report.verdict.value}）  {advice}\n")

    table = Table(title="识别到的材料", show_lines=False, title_justify="left")
    table.add_column("材料")
    table.add_column("页面")
    for document in report.documents:
        pages = "、".join(f"{ref.file} 第{ref.page}页" for ref in document.pages)
        table.add_row(type_label(document.type), pages)
    console.print(table)

    for severity in (Severity.error, Severity.warning, Severity.info):
        group = [f for f in report.findings if f.severity == severity]
        if not group:
            continue
        name, colour = SEVERITY_TEXT[severity]
        console.print(f"\n[bold {colour}]{name}（{len(group)}）[/]")
        for number, finding in enumerate(group, 1):
            console.print(f" {number}. {finding.message}  [dim]{finding.rule} · 依据 {finding.source}[/]")
            if finding.action:
                console.print(f"    → {finding.action}")
            for evidence in finding.evidence[:3]:
                text = f"：{evidence.text}" if evidence.text else ""
                console.print(f"    [dim]{evidence.file} 第{evidence.page}页{text}[/]")

    passed = [check.rule for check in report.checks if check.status == "passed"]
    if passed:
        console.print(f"\n[green]通过的检查（{len(passed)}）[/]：" + "、".join(passed))
