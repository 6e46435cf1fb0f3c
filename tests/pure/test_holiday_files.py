"""Working days for a year chinesecalendar does not know yet, from a holiday file the user writes from the State
Council's notice (issue 18): read and used by permit.too_recent, checked for shape, and a year nobody covers stays
an explicit warning."""
from datetime import date

import pytest

from precheck.core.errors import BadArguments
from precheck.pipeline.holidays import load_calendar
from tests.rule_packets import clean_packet, replace_field, run

# Shaped like a real notice, but not a copy of one: enough to count the first days of January.
YEAR_2027 = """year = 2027
source = "测试用：国务院办公厅关于2027年部分节假日安排的通知"
days_off = [2027-01-01]
workdays = [2027-01-09]
"""


def too_recent(calendar, issue="2026-12-30", as_of=date(2027, 1, 7)):
    packet = replace_field(clean_packet(), "residence_permit", issue_date=issue)
    return run("permit.too_recent", packet, as_of=as_of, calendar=calendar)


def write(folder, name, text):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    load_calendar.cache_clear()
    return folder


def test_without_a_file_2027_stays_an_explicit_warning(tmp_path):
    ran = too_recent(load_calendar(tmp_path / "none"))
    assert ran.severities == ["warning"] and "无法核对 2027 年的工作日" in ran.message()
    assert "节假日文件" in ran.findings[0].action


def test_a_2027_file_decides_the_rule(tmp_path):
    calendar = load_calendar(write(tmp_path / "h", "2027.toml", YEAR_2027))
    # issued Wed 2026-12-30: Thu 31 (1), Fri 01-01 off, Mon 04 (2), Tue 05 (3), Wed 06 (4), Thu 07 (5)
    assert not too_recent(calendar, as_of=date(2027, 1, 7)).fired
    early = too_recent(calendar, as_of=date(2027, 1, 6))
    assert "4 个工作日" in early.message() and "最早 2027-01-07" in early.findings[0].action
    # the make-up Saturday 01-09 counts: issued Wed 01-06 → 07, 08, Sat 09, 11, 12
    assert not too_recent(calendar, issue="2027-01-06", as_of=date(2027, 1, 12)).fired
    assert too_recent(calendar, issue="2027-01-06", as_of=date(2027, 1, 11)).fired


@pytest.mark.parametrize("name,text,words", [
    ("2027.toml", YEAR_2027.replace("2027-01-09", "2026-12-26"), "不在 2027 年"),
    ("2027.toml", YEAR_2027.replace('source = "测试用：国务院办公厅关于2027年部分节假日安排的通知"', 'source = ""'), "source"),
    ("2027.toml", YEAR_2027.replace("[2027-01-09]", "[2027-01-01]"), "同时列为放假和上班"),
    ("2027.toml", YEAR_2027.replace("[2027-01-09]", "[2027-01-08]"), "本来就是工作日"),
    ("2027.toml", YEAR_2027.replace("[2027-01-01]", '["2027-01-01"]'), "日期列表"),
    ("2027.toml", "year = 2027\nsource = ", "不是有效的 TOML"),
    ("2028.toml", YEAR_2027, "文件名应为 2027.toml"),
])
def test_a_bad_file_is_named_with_what_is_wrong(tmp_path, name, text, words):
    folder = write(tmp_path / "h", name, text)
    with pytest.raises(BadArguments) as refused:
        load_calendar(folder)
    assert words in str(refused.value) and name in str(refused.value)
