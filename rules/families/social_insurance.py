"""Social insurance contributions, only when the packet holds the record (it is not required: 000 §五 A(二)3)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from precheck.core.model import Document, Severity
from rules.registry import CheckContext, Hit, NotApplicable, Unreadable, page_evidence, rule
from rules.fields import read, read_rows
from rules.months import month_of, month_text, months_text, shift, span

NEEDED_MONTHS = 6
SOURCE_NOTE = "申请当月应处于就业及缴纳本市职工社保状态，且前 12 个月内累计缴纳满 6 个月（不含补缴）（000 §二.1）。"


@dataclass
class Contributions:
    """Months with a contribution that is not a back payment (补缴), and what could not be read."""

    months: set[date] = field(default_factory=set)
    # Months read unsurely: each may stand for another month (its row may fall in a window it seems outside).
    unsure_months: set[date] = field(default_factory=set)
    # Months left out as 补缴 on a mark read unsurely: each may be a normal contribution.
    unsure_back_payments: set[date] = field(default_factory=set)
    not_read: list[Unreadable] = field(default_factory=list)
    records: list[Document] = field(default_factory=list)

    def evidence(self, text: str):
        return tuple(page_evidence(ref, text) for record in self.records for ref in record.pages)


def contributions(context: CheckContext, purpose: str) -> Contributions:
    found = Contributions(records=context.of_type("social_insurance_record"))
    for record in found.records:
        months, missed = read_rows(record, "month", purpose)
        found.not_read += missed
        for month in months:
            back = read(record, "back_payment", row=month.row)
            if month.doubtful:
                found.unsure_months.add(month.value)
            if back is not None and back.value:
                if back.doubtful:
                    found.unsure_back_payments.add(month.value)
                continue
            found.months.add(month.value)  # a status not read (a card cut off) may be a 补缴: only fewer months
    return found


def _none_present(context: CheckContext) -> bool:
    return not context.has("social_insurance_record")


@rule("social_insurance.insufficient_months", Severity.error, "000 §二.1")
def insufficient_months(context: CheckContext):
    """前 12 个月社保满 6 个月（不含补缴）
    预计提交月份之前的 12 个月里，须至少有 6 个月正常缴纳（补缴不算）。仅在材料中有社保缴费记录时检查。"""
    if _none_present(context):
        yield NotApplicable("材料中没有社保缴费记录，该记录非必交")
        return
    found = contributions(context, "前 12 个月社保是否满 6 个月")
    this_month = month_of(context.as_of)
    window = span(shift(this_month, -12), shift(this_month, -1))
    paid = [m for m in window if m in found.months]
    if len(paid) >= NEEDED_MONTHS:
        return
    yield from found.not_read
    if not found.months and found.not_read:
        return
    message = (f"预计提交月份前 12 个月（{month_text(window[0])} 至 {month_text(window[-1])}）内正常缴纳社保的月份只有 "
               f"{len(paid)} 个（不含补缴），不满 {NEEDED_MONTHS} 个月。")
    severity = None
    # What might each be one more paid month: a row not read, a month read unsurely outside the window (it may be
    # one inside), a 补缴 mark read unsurely. Only if they could make up the shortfall is it a doubt, not a finding;
    # a month counted whose status was not read could only be a 补缴, and lessen the count.
    might_be_paid = (len(found.not_read) + len(found.unsure_months - set(window))
                     + len(found.unsure_back_payments & set(window)))
    if might_be_paid and len(paid) + might_be_paid >= NEEDED_MONTHS:
        message += "有的缴费月份或补缴标记无法识别或识别把握不大，请对照原件核对。"
        severity = Severity.warning
    yield Hit(message, found.evidence(f"正常缴费月份：{months_text(paid) or '无'}"),
              SOURCE_NOTE + "请待前 12 个月内正常缴费满 6 个月后再申请。", severity)


@rule("social_insurance.not_paying", Severity.error, "000 §二.1")
def not_paying(context: CheckContext):
    """申请时正在缴纳社保
    预计提交月份或其上一个月须有正常缴纳（补缴不算）的社保。仅在材料中有社保缴费记录时检查。"""
    if _none_present(context):
        yield NotApplicable("材料中没有社保缴费记录，该记录非必交")
        return
    found = contributions(context, "申请时是否正在缴纳社保")
    this_month = month_of(context.as_of)
    recent = [shift(this_month, -1), this_month]
    if any(m in found.months for m in recent):
        return
    yield from found.not_read
    if not found.months and found.not_read:
        return
    latest = max(found.months) if found.months else None
    last = f"最近一次正常缴费为 {month_text(latest)}。" if latest else "记录中没有正常缴费的月份。"
    message = (f"预计提交月份（{month_text(this_month)}）和上个月（{month_text(recent[0])}）都没有正常缴纳社保"
               f"（补缴不算）。{last}")
    severity = None
    if found.not_read:
        message += "有的缴费月份无法识别，请对照原件核对。"
        severity = Severity.warning
    yield Hit(message, found.evidence(f"最近正常缴费月份：{month_text(latest) if latest else '无'}"),
              SOURCE_NOTE + "请确认单位已为您正常缴纳当月社保（可在上海社会保险网上服务查询），"
              "缴费记录更新后重新打印再提交。", severity)
