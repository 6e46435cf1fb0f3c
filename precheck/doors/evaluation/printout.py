"""Printing an evaluation: the tables `precheck eval` shows, then one summary line."""
from __future__ import annotations

import statistics
from collections import defaultdict

from rich.console import Console
from rich.table import Table

from precheck.doors.evaluation.measure import Evaluation, Tally, peak_memory_mb

# The golden generator's captures first, in its order; other sets' captures (an outsider's) follow as they come.
KNOWN_CAPTURES = ("clean", "text_pdf", "scan", "photocopy", "photo", "lowres", "seal")
MAX_CAPTURE_COLUMNS = 10  # more distinct captures than this are shown as "all" only


def capture_columns(result: Evaluation) -> list[str]:
    present = {capture for (_, _, capture) in result.fields}
    ordered = [c for c in KNOWN_CAPTURES if c in present] + sorted(present - set(KNOWN_CAPTURES))
    return ordered if len(ordered) <= MAX_CAPTURE_COLUMNS else []


def _pct(value) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def _sum(tallies: list[Tally]) -> Tally:
    return Tally(sum(t.right for t in tallies), sum(t.total for t in tallies))


def print_evaluation(result: Evaluation, console: Console, engine: str, show_misses: int = 15) -> None:
    console.print(f"[bold]precheck eval[/] · {engine} · {result.packets} packets, {len(result.failures)} failed")
    console.print(f"页面分类准确率 page classification: {result.classification}")
    for miss in result.misclassified[:show_misses]:
        console.print(f"  [dim]{miss}[/]")

    captures = capture_columns(result)
    table = Table(title="字段完全匹配 field exact match (by capture)", title_justify="left")
    table.add_column("type.field")
    for capture in captures:
        table.add_column(capture, justify="right")
    table.add_column("all", justify="right")
    grouped: dict[tuple[str, str], dict[str, Tally]] = defaultdict(dict)
    for (doc_type, field_name, capture), tally in sorted(result.fields.items()):
        grouped[(doc_type, field_name)][capture] = tally
    for (doc_type, field_name), by_capture in grouped.items():
        overall = Tally(sum(t.right for t in by_capture.values()), sum(t.total for t in by_capture.values()))
        table.add_row(f"{doc_type}.{field_name}", *[_pct(by_capture[c].rate) if c in by_capture else "" for c in captures], str(overall))
    totals = []
    for capture in list(captures) + ["all"]:
        tallies = [t for (_, _, c), t in result.fields.items() if capture in ("all", c)]
        totals.append(Tally(sum(t.right for t in tallies), sum(t.total for t in tallies)))
    table.add_row("[bold]all fields[/]", *[_pct(t.rate) for t in totals[:-1]], str(totals[-1]))
    if grouped:
        console.print(table)
    by_type = Table(title="每类材料 per document type", title_justify="left")
    for column in ("type", "fields", "rows"):
        by_type.add_column(column, justify="left" if column == "type" else "right")
    for doc_type in sorted({t for (t, _, _) in result.fields}):
        plain = [t for (d, f, _), t in result.fields.items() if d == doc_type and not f.startswith("rows.")]
        rows = [t for (d, f, _), t in result.fields.items() if d == doc_type and f.startswith("rows.")]
        by_type.add_row(doc_type, str(_sum(plain)), str(_sum(rows)) if rows else "")
    if grouped:
        console.print(by_type)
    console.print(f"表格行 table rows: recall {result.rows_recall} · precision {result.rows_precision}")
    for miss in result.field_misses[:show_misses]:
        console.print(f"  [dim]{miss}[/]")

    rules = Table(title="规则 rules: precision / recall", title_justify="left")
    for column in ("rule", "TP", "FP", "FN", "precision", "recall"):
        rules.add_column(column, justify="right" if column != "rule" else "left")
    for rule_id, tally in sorted(result.rules.items()):
        rules.add_row(rule_id, str(tally.true_positive), str(tally.false_positive), str(tally.false_negative),
                      _pct(tally.precision), _pct(tally.recall))
    console.print(rules)
    for miss in result.rule_misses[:show_misses]:
        console.print(f"  [dim]{miss}[/]")
    console.print(f"结论准确率 verdict accuracy: {result.verdicts}")
    for miss in result.verdict_misses[:show_misses]:
        console.print(f"  [dim]{miss}[/]")
    if result.points.total:
        items = " · ".join(f"{indicator} {tally}" for indicator, tally in sorted(result.points_items.items()))
        console.print(f"积分估算 points from documents, exact: {result.points}  ({items})")
        for miss in result.points_misses[:show_misses]:
            console.print(f"  [dim]{miss}[/]")
    for name, trace in result.failures:
        console.print(f"[red]失败 failed[/] {name}: {trace.strip().splitlines()[-1]}")

    page_s = statistics.median(result.page_seconds) if result.page_seconds else 0.0
    packet_s = statistics.mean(result.packet_seconds) if result.packet_seconds else 0.0
    all_fields = Tally(sum(t.right for t in result.fields.values()), sum(t.total for t in result.fields.values()))
    console.print(f"速度 speed: median {page_s:.2f} s per OCR page, mean {packet_s:.1f} s per packet; peak memory {peak_memory_mb():.0f} MB")
    console.print(
        f"SUMMARY engine={engine} packets={result.packets} failed={len(result.failures)} "
        f"classification={_pct(result.classification.rate)} fields={_pct(all_fields.rate)} "
        f"verdict={_pct(result.verdicts.rate)} rows_recall={_pct(result.rows_recall.rate)} "
        f"rows_precision={_pct(result.rows_precision.rate)} points={_pct(result.points.rate)} s_per_page={page_s:.2f} peak_mb={peak_memory_mb():.0f}"
    )
