"""The labour contract: a term of one year or more, and more than two months left (SPEC §4, 000 §五 A(一)6)."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Optional

from dateutil.relativedelta import relativedelta

from precheck.core.model import Document, Severity
from rules.registry import CheckContext, Hit, rule
from rules.fields import Got, absent, day_bounds, doubtful_note, need, read

RENEW = ("请在提交前与单位续签或延长劳动（聘用）合同（合同离截止日期应还有 2 个月以上有效期，000 §五 A(一)6），"
         "并补充续签后的合同或合同续订书。")


def current_contract(context: CheckContext) -> Optional[Document]:
    """The contract that counts when a packet holds several: an open-ended one, else the latest readable end date."""
    contracts = context.of_type("labour_contract")
    for contract in contracts:
        if _open_ended(contract):
            return contract
    ends = [(got.value, contract) for contract in contracts for got in [read(contract, "end_date")] if got]
    return max(ends, key=lambda pair: pair[0])[1] if ends else (contracts[0] if contracts else None)


def _open_ended(contract: Document) -> bool:
    got = read(contract, "open_ended")
    return bool(got and got.value)


def _with_doubt(message: str, *dates: Got) -> tuple[str, Optional[Severity]]:
    doubtful = [got for got in dates if got.doubtful]
    if not doubtful:
        return message, None
    return message + "；".join(doubtful_note(got) for got in doubtful) + "，请对照原件核对。", Severity.warning


@rule("contract.term_too_short", Severity.error, "000 §五 A(一)6")
def term_too_short(context: CheckContext):
    """劳动合同期限满一年
    固定期限合同的期限须至少一年：终止日期加 1 天不得早于起始日期加 1 年；无固定期限合同不检查。"""
    contract = current_contract(context)
    if contract is None:
        yield absent(context, "labour_contract", "合同期限")
        return
    if _open_ended(contract) or _a_year_whatever_the_days(contract):
        return
    start = yield from need(contract, "start_date", "劳动合同期限是否满一年")
    end = yield from need(contract, "end_date", "劳动合同期限是否满一年")
    if start is None or end is None:
        return
    if end.value + timedelta(days=1) >= start.value + relativedelta(years=1):
        return
    message = f"劳动合同期限为 {start.value.isoformat()} 至 {end.value.isoformat()}，不满一年。"
    if _short_whatever_the_days(contract):
        severity = None
        if start.doubtful or end.doubtful:
            message += "日期中的“日”识别把握不大，但无论是当月哪一天，期限都不满一年。"
    else:
        message, severity = _with_doubt(message, start, end)
    yield Hit(message, (start.evidence, end.evidence),
              "积分申请须提供一年期及以上的劳动（聘用）合同（000 §五 A(一)6）。请与单位签订期限一年以上的合同"
              "（或续订至满一年以上）后再提交。", severity)


def _short_whatever_the_days(contract: Document) -> bool:
    """Under a year for any day of its start and end months (自 2026 年 9 月__日起至 2027 年 6 月 30 日止, the start's
    day unread): the finding rests on what was read surely."""
    start, end = day_bounds(contract, "start_date"), day_bounds(contract, "end_date")
    return start is not None and end is not None and end[1] + timedelta(days=1) < start[0] + relativedelta(years=1)


def _a_year_whatever_the_days(contract: Document) -> bool:
    """A term of a year or more for any day of its start and end months: a day read unsurely (2023年11月4日 in a
    5-year term) cannot change the answer, so it is no reason to leave the check undecided."""
    start, end = day_bounds(contract, "start_date"), day_bounds(contract, "end_date")
    return start is not None and end is not None and end[0] + timedelta(days=1) >= start[1] + relativedelta(years=1)


@rule("contract.ends_within_two_months", Severity.error, "000 §五 A(一)6")
def ends_within_two_months(context: CheckContext):
    """劳动合同剩余期限超过 2 个月
    合同终止日期不得早于预计提交日期加 2 个日历月（月末按当月最后一天计）；已到期的合同同样不行；无固定期限合同不检查。"""
    contract = current_contract(context)
    if contract is None:
        yield absent(context, "labour_contract", "合同剩余期限")
        return
    if _open_ended(contract):
        return
    end = yield from need(contract, "end_date", "合同剩余期限")
    if end is None:
        return
    limit = context.as_of + relativedelta(months=2)
    ends: date = end.value
    if ends >= limit:
        return
    if ends < context.as_of:
        text = f"劳动合同已于 {ends.isoformat()} 到期（预计提交日期 {context.as_of.isoformat()}）。"
    else:
        text = (f"劳动合同将于 {ends.isoformat()} 到期，离预计提交日期 {context.as_of.isoformat()} 不足 2 个月"
                f"（终止日期须在 {limit.isoformat()} 或以后）。")
    message, severity = _with_doubt(text, end)
    yield Hit(message, (end.evidence,), RENEW, severity)
