"""contract.term_too_short and contract.ends_within_two_months, one day either side of each boundary."""
from datetime import date

import pytest

from tests.rule_packets import AS_OF, DROP, clean_packet, doc, doubtful, fv, replace_field, run


def contract(rule_id, as_of=AS_OF, **fields):
    return run(rule_id, replace_field(clean_packet(), "labour_contract", **fields), as_of=as_of)


# --- term: end_date + 1 day < start_date + 1 year fires

@pytest.mark.parametrize("start,end,fires", [
    ("2026-03-01", "2027-02-28", False),  # exactly one year
    ("2026-03-01", "2027-02-27", True),   # one day short
    ("2027-01-01", "2027-12-31", False),
    ("2027-01-01", "2027-12-30", True),
    ("2024-02-29", "2025-02-27", False),  # start + 1 year clamps to 2025-02-28
    ("2024-02-29", "2025-02-26", True),
])
def test_term_boundary(start, end, fires):
    ran = contract("contract.term_too_short", start_date=start, end_date=end)
    assert ran.fired == fires
    if fires:
        assert ran.severities == ["error"] and "不满一年" in ran.message()
        assert [e.text for e in ran.findings[0].evidence] == [start, end]


def test_open_ended_contract_has_no_term():
    ran = contract("contract.term_too_short", open_ended=True, end_date=None, start_date="2026-10-01")
    assert not ran.fired and ran.status == "passed" and not ran.unreadable


def test_term_with_doubtful_date_is_a_warning():
    ran = contract("contract.term_too_short", start_date="2026-03-01", end_date=doubtful("2027-01-28", 6))
    assert ran.severities == ["warning"]


def test_a_start_day_read_unsurely_in_a_long_term_decides_nothing_and_passes():
    """2023年11月4日 with its 4 read at 54% (below the readable floor): any day of 2023-11 makes a 5-year term."""
    start = fv("2023-11-04", 0.54, [1.0] * 8 + [0.54, 0.99])
    ran = contract("contract.term_too_short", start_date=start, end_date="2028-11-03")
    assert not ran.fired and ran.status == "passed" and not ran.unreadable


def test_an_unsure_day_that_could_make_the_term_short_still_leaves_it_undecided():
    start = fv("2026-03-01", 0.54, [1.0] * 8 + [0.54, 0.99])  # 2026-03-01…31 against an end of 2027-03-15
    ran = contract("contract.term_too_short", start_date=start, end_date="2027-03-15")
    assert ran.status == "undecided" and "合同起始日期无法识别" in ran.unreadable[0].message


def test_a_term_short_whatever_the_unread_day_is_an_error():
    """Outsider V v006: 自 2026 年 9 月__日起至 2027 年 6 月 30 日止, the start's day lost: under a year for any day of
    2026-09. With the month itself read unsurely it is a warning naming the start."""
    start = fv("2026-09-01", 0.99, [0.99] * 8 + [0.0, 0.0])
    ran = contract("contract.term_too_short", start_date=start, end_date="2027-06-30")
    assert ran.severities == ["error"] and "无论是当月哪一天" in ran.message()
    unsure_month = fv("2026-09-01", 0.77, [0.99] * 5 + [0.77, 0.77, 0.99, 0.0, 0.0])
    ran = contract("contract.term_too_short", start_date=unsure_month, end_date="2027-06-30")
    assert ran.severities == ["warning"] and "合同起始日期「2026-09-01」" in ran.message()


def test_term_unreadable_start():
    ran = contract("contract.term_too_short", start_date=DROP)
    assert ran.status == "undecided" and "合同起始日期无法识别" in ran.unreadable[0].message


# --- ends: end_date < as_of + relativedelta(months=2) fires

@pytest.mark.parametrize("as_of,end,fires", [
    (date(2026, 11, 22), "2027-01-22", False),  # exactly as_of + 2 months
    (date(2026, 11, 22), "2027-01-21", True),   # one day earlier
    (date(2026, 12, 31), "2027-02-28", False),  # month-end clamp: 12-31 + 2 months = 02-28
    (date(2026, 12, 31), "2027-02-27", True),
    (date(2026, 12, 30), "2027-02-28", False),
    (date(2027, 12, 31), "2028-02-29", False),  # leap year clamp
    (date(2027, 12, 31), "2028-02-28", True),
])
def test_ends_boundary(as_of, end, fires):
    ran = contract("contract.ends_within_two_months", as_of=as_of, start_date="2025-01-01", end_date=end)
    assert ran.fired == fires
    if fires:
        finding = ran.findings[0]
        assert finding.severity.value == "error" and "续签" in finding.action and finding.evidence[0].text == end


def test_already_ended_contract_fires():
    ran = contract("contract.ends_within_two_months", end_date="2026-10-31")
    assert ran.fired and "已于 2026-10-31 到期" in ran.message()


def test_open_ended_never_ends():
    ran = contract("contract.ends_within_two_months", open_ended=True, end_date="2026-10-31")
    assert not ran.fired


def test_unreadable_end_date_gives_field_unreadable_naming_document_and_field():
    ran = contract("contract.ends_within_two_months", end_date=None)
    assert not ran.fired and ran.status == "undecided"
    (finding,) = ran.unreadable
    assert finding.rule == "field.unreadable" and finding.severity.value == "warning"
    assert finding.message.startswith("劳动合同的合同终止日期无法识别，无法检查合同剩余期限")
    assert "重新扫描" in finding.action and finding.evidence[0].file == "labour_contract.jpg"


def test_an_end_date_read_unsurely_is_named_in_the_message_so_the_one_checking_knows_what_to_look_at():
    ran = contract("contract.ends_within_two_months", end_date=fv("2027-02-28", confidence=0.5))
    (finding,) = ran.unreadable
    assert "劳动合同的合同终止日期无法识别（读到「2027-02-28」，识别可信度仅 50%）" in finding.message


def test_latest_of_two_contracts_counts():
    old = doc("labour_contract", "old.jpg", employer="上海华腾(集团)有限公司", start_date="2023-03-01",
              end_date="2025-02-28", open_ended=False)
    ran = run("contract.ends_within_two_months", clean_packet() + [old])
    assert not ran.fired


def test_no_contract_is_undecided():
    ran = run("contract.ends_within_two_months", [d for d in clean_packet() if d.type != "labour_contract"])
    assert ran.status == "undecided"
