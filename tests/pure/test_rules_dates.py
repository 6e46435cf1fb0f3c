"""permit.expired, id_card.expired, permit.too_recent, applicant.age_out_of_range: each boundary a day either side."""
from datetime import date

import pytest

from tests.rule_packets import AS_OF, DROP, clean_packet, doc, doubtful, drop, fv, replace_field, run


# --- expiry: valid_until < as_of fires; the last valid day itself is fine; 长期 never expires

@pytest.mark.parametrize("rule_id,type_id", [("permit.expired", "residence_permit"), ("id_card.expired", "id_card")])
@pytest.mark.parametrize("valid_until,fires", [("2026-11-21", True), ("2026-11-22", False), ("2026-11-23", False)])
def test_expired_boundary(rule_id, type_id, valid_until, fires):
    ran = run(rule_id, replace_field(clean_packet(), type_id, valid_until=valid_until))
    assert ran.fired == fires
    if fires:
        finding = ran.findings[0]
        assert finding.severity.value == "error" and "2026-11-21" in finding.message and "已过期" in finding.message
        assert finding.evidence[0].text == "2026-11-21" and finding.action
        assert ran.status == "failed"
    else:
        assert ran.status == "passed"


def test_long_term_id_card_never_expires():
    ran = run("id_card.expired", replace_field(clean_packet(), "id_card", valid_until="long_term"), as_of=date(2099, 1, 1))
    assert not ran.fired and ran.status == "passed"


def test_newest_of_two_permits_counts():
    old = doc("residence_permit", "old_permit.jpg", valid_until="2025-05-09", issue_date="2022-05-10")
    ran = run("permit.expired", clean_packet() + [old])
    assert not ran.fired


def test_expiry_on_doubtful_digits_is_a_warning():
    ran = run("permit.expired", replace_field(clean_packet(), "residence_permit", valid_until=doubtful("2026-11-21", 9)))
    assert ran.severities == ["warning"] and "「1」" in ran.message() and "核对" in ran.message()


@pytest.mark.parametrize("rule_id,type_id", [("permit.expired", "residence_permit"), ("id_card.expired", "id_card")])
def test_unreadable_valid_until_is_never_a_pass(rule_id, type_id):
    ran = run(rule_id, replace_field(clean_packet(), type_id, valid_until=DROP))
    assert not ran.fired and ran.status == "undecided"
    assert len(ran.unreadable) == 1 and "有效期截止日期无法识别" in ran.unreadable[0].message
    low = run(rule_id, replace_field(clean_packet(), type_id, valid_until=fv("2030-01-01", confidence=0.4)))
    assert low.status == "undecided" and "40%" in low.unreadable[0].message


def test_missing_permit_is_undecided_not_passed():
    ran = run("permit.expired", drop(clean_packet(), "residence_permit"))
    assert not ran.fired and not ran.unreadable and ran.status == "undecided"


# --- permit.too_recent: Chinese working days d with issue_date < d ≤ as_of, at least 5

def too_recent(issue: str, as_of: date):
    return run("permit.too_recent", replace_field(clean_packet(), "residence_permit", issue_date=issue), as_of=as_of)


def test_five_plain_working_days_pass_four_warn():
    # issued Mon 2026-11-16: Tue 17 … Fri 20 are 4 by Sun 22; Mon 23 is the fifth
    assert too_recent("2026-11-16", date(2026, 11, 22)).severities == ["warning"]
    assert "4 个工作日" in too_recent("2026-11-16", date(2026, 11, 22)).message()
    assert not too_recent("2026-11-16", date(2026, 11, 23)).fired


def test_national_day_holiday_skipped_and_make_up_saturday_counted():
    # 2026: 10-01..10-07 holiday, Sat 10-10 a 调休 working day. Issued 09-29: 09-30, 10-08, 10-09, 10-10, 10-12.
    assert "4 个工作日" in too_recent("2026-09-29", date(2026, 10, 11)).message()
    assert not too_recent("2026-09-29", date(2026, 10, 12)).fired
    # Without the make-up Saturday it would take until 10-13; with it, 10-12 is the fifth.
    assert "最早 2026-10-12" in too_recent("2026-09-29", date(2026, 10, 11)).findings[0].action


def test_issue_day_itself_does_not_count():
    # issued Thu 2026-11-19: Fri 20, Mon 23, Tue 24, Wed 25 (4), Thu 26 (5)
    assert too_recent("2026-11-19", date(2026, 11, 25)).fired
    assert not too_recent("2026-11-19", date(2026, 11, 26)).fired


def test_year_without_holiday_data_warns_clearly():
    ran = too_recent("2027-03-01", date(2027, 3, 5))
    assert ran.severities == ["warning"]
    assert "2027" in ran.message() and "无法核对" in ran.message()


def test_old_permit_needs_no_holiday_data_for_a_late_as_of():
    assert not too_recent("2024-05-10", date(2027, 6, 1)).fired


def test_unreadable_issue_date():
    ran = run("permit.too_recent", replace_field(clean_packet(), "residence_permit", issue_date=None))
    assert ran.status == "undecided" and "签发日期无法识别" in ran.unreadable[0].message


# --- applicant.age_out_of_range: completed age under 18 or over 60 (a 60-year-old may apply)

def age(birth: str, as_of: date = AS_OF, **extra):
    return run("applicant.age_out_of_range", replace_field(clean_packet(), "id_card", birth_date=birth, **extra), as_of=as_of)


def test_eighteen_the_day_before_and_on_the_birthday():
    assert age("2008-11-23").fired  # turns 18 tomorrow
    assert "未满 18 周岁" in age("2008-11-23").message()
    assert not age("2008-11-22").fired  # 18 today


def test_sixty_still_allowed_sixty_one_not():
    assert not age("1965-11-23").fired  # 60, turns 61 tomorrow
    assert not age("1966-11-22").fired  # 60 today
    assert age("1965-11-22").fired  # 61 today
    assert "61 周岁" in age("1965-11-22").message()


def test_leap_day_birthday_counts_from_first_of_march():
    assert age("2008-02-29", as_of=date(2026, 2, 28)).fired
    assert not age("2008-02-29", as_of=date(2026, 3, 1)).fired


def test_birth_date_from_id_number_when_id_card_birth_date_missing():
    young = "32060220100101123X"  # born 2010-01-01, valid check digit
    ran = run("applicant.age_out_of_range",
              replace_field(clean_packet(), "id_card", birth_date=DROP, id_number=young))
    assert ran.fired and "2010-01-01" in ran.message() and not ran.unreadable


def test_a_birth_date_read_unsurely_gives_way_to_the_id_number_read_surely():
    old = "32060219651117123X"  # born 1965-11-17, valid check digit: 61 on AS_OF
    ran = run("applicant.age_out_of_range",
              replace_field(clean_packet(), "id_card", birth_date=doubtful("1965-11-17", 9), id_number=old))
    assert ran.severities == ["error"] and "公民身份号码中的出生日期" in ran.message()
    # The permit's number, read surely, gives another date: it confirms nothing, so there is nothing sure to err on.
    ran = run("applicant.age_out_of_range",
              replace_field(clean_packet(), "id_card", birth_date=doubtful("1965-11-17", 9), id_number=doubtful(old, 3)))
    assert ran.severities == ["warning"]


def test_age_undecided_when_nothing_gives_a_birth_date():
    packet = replace_field(clean_packet(), "id_card", birth_date=None, id_number=None)
    ran = run("applicant.age_out_of_range", replace_field(packet, "residence_permit", id_number=None))
    assert not ran.fired and ran.status == "undecided" and len(ran.unreadable) == 3
