"""The latest six months of individual income tax records (SPEC §4 tax.missing_months)."""
from __future__ import annotations

from precheck.core.model import Severity
from rules.registry import CheckContext, Hit, page_evidence, rule
from rules.fields import absent, read_rows
from rules.months import month_of, month_text, months_text, tax_window

PURPOSE = "最近 6 个月的纳税记录是否齐全"


@rule("tax.missing_months", Severity.error, "000 §四.1, §五 A(二)3")
def missing_months(context: CheckContext):
    """最近 6 个月纳税记录齐全
    申报期已过（次月 15 日）的最近 6 个月，每个月都须有纳税记录行（税额为 0 的行也算）。"""
    records = context.of_type("tax_record")
    if not records:
        yield absent(context, "tax_record", "纳税记录月份")
        return
    window = tax_window(context.as_of)
    present, doubtful, not_read = set(), False, []
    for record in records:
        periods, missed = read_rows(record, "period", PURPOSE)
        not_read += missed
        for period in periods:
            present.add(period.value)
            # A period after the as-of month was misread (2028-09 for 2026-09): the month it stands for may be missing.
            doubtful |= (period.value in window and period.doubtful) or period.value > month_of(context.as_of)
    missing = [month for month in window if month not in present]
    if not missing:
        return
    yield from not_read
    if not present:
        return  # nothing read at all: field.unreadable says so, no guess about months
    message = (f"最近 6 个月（{month_text(window[0])} 至 {month_text(window[-1])}，按预计提交日期 "
               f"{context.as_of.isoformat()} 已过申报期的月份）的个人所得税纳税记录缺少 {months_text(missing)}"
               f"（共 {len(missing)} 个月）。已有月份：{months_text(sorted(present)) or '无'}。")
    severity = None
    if not_read or doubtful:
        message += "有的明细行税款所属期无法识别或识别把握不大，缺少的月份可能就在其中，请对照原件核对。"
        severity = Severity.warning
    evidence = tuple(page_evidence(ref, f"已有月份：{months_text(sorted(present))}") for r in records for ref in r.pages)
    yield Hit(message, evidence,
              f"请在个人所得税 App 或自然人电子税务局（https://etax.chinatax.gov.cn）打印税款所属期为 {months_text(missing)} "
              "的个人所得税纳税记录并补充；若单位这些月份没有申报，请联系单位补充申报后再打印。", severity)
