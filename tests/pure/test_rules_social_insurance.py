"""social_insurance.*: 6 of the 12 months before the as-of month, and paying now; back payments never count."""
from datetime import date

from tests.rule_packets import clean_packet, fv, months, row, run, si_record


def si(rule_id, paid, back=(), as_of=date(2026, 11, 22)):
    return run(rule_id, clean_packet() + [si_record(paid, back)], as_of=as_of)


def test_not_applicable_without_a_record():
    for rule_id in ("social_insurance.insufficient_months", "social_insurance.not_paying"):
        ran = run(rule_id, clean_packet())
        assert ran.status == "not_applicable" and not ran.fired


# window for as-of 2026-11-22: 2025-11 … 2026-10

def test_six_months_pass_five_fail():
    assert not si("social_insurance.insufficient_months", months("2026-05", "2026-11")).fired
    ran = si("social_insurance.insufficient_months", months("2026-06", "2026-11"))
    (finding,) = ran.findings
    assert finding.severity.value == "error" and "只有 5 个" in finding.message and "2025-11 至 2026-10" in finding.message


def test_as_of_month_itself_is_outside_the_window():
    assert si("social_insurance.insufficient_months", months("2026-06", "2026-12")).fired


def test_window_starts_twelve_months_back():
    paid = ["2025-10"] + months("2026-06", "2026-10")  # 2025-10 is 13 months back: does not count
    assert si("social_insurance.insufficient_months", paid).fired
    paid = ["2025-11"] + months("2026-06", "2026-10")
    assert not si("social_insurance.insufficient_months", paid).fired


def test_back_payments_are_excluded():
    paid = months("2025-11", "2026-11")
    ran = si("social_insurance.insufficient_months", paid, back=months("2025-11", "2026-05"))
    assert ran.fired  # 2026-06 … 2026-10 = 5 normal months
    assert not si("social_insurance.insufficient_months", paid, back=months("2025-11", "2026-04")).fired


def test_paying_this_month_or_last_month():
    assert not si("social_insurance.not_paying", months("2026-01", "2026-11")).fired
    assert not si("social_insurance.not_paying", months("2026-01", "2026-10")).fired
    ran = si("social_insurance.not_paying", months("2026-01", "2026-09"))
    assert ran.severities == ["error"] and "（2026-11）和上个月（2026-10）" in ran.message() and "2026-09" in ran.message()


def test_back_payment_for_the_recent_months_is_not_paying():
    ran = si("social_insurance.not_paying", months("2026-01", "2026-11"), back=["2026-10", "2026-11"])
    assert ran.fired


def test_unreadable_month_turns_a_shortfall_into_a_warning():
    record = si_record(months("2026-06", "2026-11"))
    record.rows.append(row("si.pdf", month=fv(None, 0.0), employer="上海华腾(集团)有限公司", back_payment=False))
    ran = run("social_insurance.insufficient_months", clean_packet() + [record])
    assert ran.severities == ["warning"] and "缴费月份无法识别" in ran.unreadable[0].message


def test_empty_record_is_undecided():
    ran = run("social_insurance.not_paying", clean_packet() + [si_record([])])
    assert ran.status == "undecided" and not ran.fired and "缴费明细行无法识别" in ran.unreadable[0].message


def test_an_unreadable_row_that_cannot_make_up_the_shortfall_still_fails():
    record = si_record(months("2026-08", "2026-11"))  # 2026-08 … 2026-10: 3 months in the window
    record.rows.append({**record.rows[0], "month": fv(None, 0.0)})
    ran = run("social_insurance.insufficient_months", clean_packet() + [record])
    assert [f.severity.value for f in ran.findings] == ["error"]
    record.rows.extend({**record.rows[0], "month": fv(None, 0.0)} for _ in range(2))  # 3 + 3 unreadable could be 6
    ran = run("social_insurance.insufficient_months", clean_packet() + [record])
    assert [f.severity.value for f in ran.findings] == ["warning"]


def test_a_month_whose_status_was_not_read_counts_only_as_a_doubt():
    """The latest card of a screenshot cut off at the screen's foot: its month is there, its 正常 / 补缴 tag is not."""
    record = si_record(months("2026-06", "2026-10"))
    record.rows.append(row("si.pdf", month="2026-05", employer=None, base=None, back_payment=None))
    ran = run("social_insurance.insufficient_months", clean_packet() + [record], as_of=date(2026, 11, 22))
    assert not ran.fired
    record.rows.pop()
    record.rows.append(row("si.pdf", month="2025-11", employer=None, base=None, back_payment=None))
    record.rows = [r for r in record.rows if r["month"].value != "2026-10"]
    ran = run("social_insurance.insufficient_months", clean_packet() + [record], as_of=date(2026, 11, 22))
    # 2025-11 counted: five months at most, whatever its status (a 补缴 would only make it four)
    assert ran.severities == ["error"] and "只有 5 个" in ran.message()


def test_a_shortfall_that_back_payment_marks_read_unsurely_could_make_up_is_a_warning():
    # outsider V v027: 补缴 marks read 补唐, 补递 on a chat photo; were two of them normal, six months would be paid
    record = si_record(months("2025-11", "2026-10"), back=months("2025-11", "2026-06"))
    for kept in record.rows:
        if kept["month"].value in ("2026-05", "2026-06"):
            kept["back_payment"] = fv(True, 0.7)
    ran = run("social_insurance.insufficient_months", clean_packet() + [record], as_of=date(2026, 11, 22))
    assert ran.severities == ["warning"] and "补缴标记" in ran.message()
    for kept in record.rows:
        kept["back_payment"] = fv(kept["back_payment"].value)  # read surely: four months, sure
    ran = run("social_insurance.insufficient_months", clean_packet() + [record], as_of=date(2026, 11, 22))
    assert ran.severities == ["error"] and "只有 4 个" in ran.message()
