"""tax.missing_months: the window by declaration deadline (15th of the next month), zero rows count."""
from datetime import date

import pytest

from rules.months import month_text, tax_window
from tests.rule_packets import clean_packet, fv, months, row, run, tax_record, with_doc


@pytest.mark.parametrize("as_of,first,last", [
    (date(2026, 11, 22), "2026-05", "2026-10"),
    (date(2026, 11, 10), "2026-04", "2026-09"),
    (date(2026, 11, 14), "2026-04", "2026-09"),
    (date(2026, 11, 15), "2026-05", "2026-10"),
    (date(2026, 11, 16), "2026-05", "2026-10"),
    (date(2026, 1, 15), "2025-07", "2025-12"),
    (date(2026, 1, 14), "2025-06", "2025-11"),
])
def test_window(as_of, first, last):
    window = [month_text(m) for m in tax_window(as_of)]
    assert window == months(first, last)


def tax(periods, as_of, **kw):
    return run("tax.missing_months", with_doc(clean_packet(), tax_record(periods, **kw)), as_of=as_of)


@pytest.mark.parametrize("day,fires", [(14, False), (15, True), (16, True)])
def test_october_is_needed_from_the_fifteenth(day, fires):
    ran = tax(months("2026-04", "2026-09"), date(2026, 11, day))
    assert ran.fired == fires
    if fires:
        assert "2026-10" in ran.message() and "2026-04" not in ran.message().split("缺少")[1].split("。")[0]


def test_message_names_each_missing_month_and_where_to_print():
    periods = [p for p in months("2026-01", "2026-10") if p not in ("2026-06", "2026-08")]
    ran = tax(periods, date(2026, 11, 22))
    finding = ran.findings[0]
    assert finding.severity.value == "error"
    assert "2026-06、2026-08" in finding.message and "共 2 个月" in finding.message
    assert "个人所得税 App" in finding.action and "自然人电子税务局" in finding.action and "2026-06、2026-08" in finding.action
    assert finding.evidence and finding.evidence[0].file == "tax.pdf"


def test_zero_amount_row_counts():
    ran = tax(months("2026-05", "2026-10"), date(2026, 11, 22), amount="0.00")
    assert not ran.fired


def test_rows_from_two_tax_records_are_joined():
    first = tax_record(months("2026-05", "2026-07"))
    second = tax_record(months("2026-08", "2026-10"), file="tax2.pdf")
    packet = [d for d in clean_packet() if d.type != "tax_record"] + [first, second]
    assert not run("tax.missing_months", packet).fired


def test_unreadable_period_makes_a_gap_a_warning_and_names_the_row():
    record = tax_record(months("2026-05", "2026-09"))
    record.rows.append(row(period=fv(None, 0.0), withholding_agent="上海华腾(集团)有限公司", amount="10.00"))
    ran = run("tax.missing_months", with_doc(clean_packet(), record))
    assert ran.severities == ["warning"] and "2026-10" in ran.message()
    assert "个人所得税纳税记录第6行的税款所属期无法识别" in ran.unreadable[0].message


def test_no_rows_read_is_undecided_not_all_months_missing():
    ran = run("tax.missing_months", with_doc(clean_packet(), tax_record([])))
    assert not ran.fired and ran.status == "undecided"
    assert "纳税明细行无法识别" in ran.unreadable[0].message


def test_unreadable_rows_do_not_matter_when_the_window_is_complete():
    record = tax_record(months("2026-05", "2026-10"))
    record.rows.append(row(period=None, amount="1.00"))
    ran = run("tax.missing_months", with_doc(clean_packet(), record))
    assert not ran.fired and ran.status == "passed" and not ran.unreadable


def test_no_period_readable_gives_one_warning_for_the_record_not_one_per_row():
    record = tax_record(months("2026-01", "2026-10"))
    for r in record.rows:
        r["period"] = fv(None, 0.0)
    ran = run("tax.missing_months", with_doc(clean_packet(), record))
    (finding,) = ran.unreadable
    assert not ran.fired and ran.status == "undecided"
    assert finding.message.startswith("个人所得税纳税记录的税款所属期无法识别")


def test_a_period_after_the_as_of_month_makes_a_gap_a_warning():
    """2028-09 read off 2026-09 surely: a month after the as-of date was misread, and the missing month may be it."""
    periods = [p for p in months("2026-05", "2026-10") if p != "2026-09"] + ["2028-09"]
    ran = tax(periods, date(2026, 11, 22))
    assert ran.severities == ["warning"] and "2026-09" in ran.message() and "把握不大" in ran.message()
