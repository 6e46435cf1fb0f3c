"""The residence permit: still valid, and issued at least 5 working days before submission (SPEC §4)."""
from __future__ import annotations

from datetime import date

from precheck.core.model import Severity
from rules.registry import CheckContext, Hit, rule
from rules.expiry import expired
from rules.fields import absent, doubtful_note, need_all
from rules.workdays import CalendarNotCovered

WORKING_DAYS_NEEDED = 5


@rule("permit.expired", Severity.error, "000 §五 A(一)2")
def permit_expired(context: CheckContext):
    """居住证在有效期内
    上海市居住证的有效期截止日不得早于预计提交日期。"""
    yield from expired(context, "residence_permit",
                       "积分申请须提供有效期内的《上海市居住证》，居住证过期积分同时失效（000 §五 A(一)2、§六.2）。"
                       "请先到居住地街道社区事务受理服务中心办理居住证签注（续期），签注后满 5 个工作日再提交。")


@rule("permit.too_recent", Severity.warning, "000 §四.1; 004")
def permit_too_recent(context: CheckContext):
    """居住证领取满 5 个工作日
    居住证签发日之后到预计提交日期（含）须有至少 5 个工作日（法定节假日不算，调休上班日算），以保证居住证数据传送。"""
    found = yield from need_all(context.of_type("residence_permit"), "issue_date", "居住证领取是否满 5 个工作日")
    if not context.has("residence_permit"):
        yield absent(context, "residence_permit", "居住证签发日期")
    if not found:
        return
    issue = max(found, key=lambda got: got.value)  # the newest card (or endorsement) counts
    issued: date = issue.value
    try:
        count = context.calendar.working_days_after(issued, context.as_of, WORKING_DAYS_NEEDED)
    except CalendarNotCovered as gap:
        yield Hit(f"无法核对 {gap.year} 年的工作日：所用节假日数据（{context.calendar.source_of(gap.year)}）"
                  f"未收录 {gap.year} 年的放假安排，无法判断居住证（签发于 {issued.isoformat()}）到预计提交日期 "
                  f"{context.as_of.isoformat()} 是否已满 {WORKING_DAYS_NEEDED} 个工作日。",
                  (issue.evidence,), f"请按国务院办公厅公布的 {gap.year} 年节假日安排人工数一下工作日；"
                  f"或把该年的放假安排写入节假日文件（见 README「节假日数据」）后重新检查。")
        return
    if count >= WORKING_DAYS_NEEDED:
        return
    earliest = context.calendar.nth_working_day_after(issued, WORKING_DAYS_NEEDED)
    when = f"（最早 {earliest.isoformat()}）" if earliest else ""
    message = (f"{issue.label}为 {issued.isoformat()}，到预计提交日期 {context.as_of.isoformat()} 只有 {count} 个工作日，"
               f"不满 {WORKING_DAYS_NEEDED} 个工作日。")
    if issue.doubtful:
        message += doubtful_note(issue) + "，请对照原件核对。"
    yield Hit(message, (issue.evidence,),
              f"为保证居住证数据传送，请在领取居住证满 {WORKING_DAYS_NEEDED} 个工作日后{when}再提交积分申请"
              "（000 §四.1）。普陀区的说明为 3 个工作日（004），以受理点要求为准。")
