"""Dates in Chinese numerals, names checked as names, employers read whole (issue 17, helper "text")."""
import pytest

from extractors.reading.values import chinese_number, find_dates_any, parse_company, parse_date_any, parse_name, parse_person_name


@pytest.mark.parametrize("text, expected", [
    ("二〇一五年六月三十日", "2015-06-30"), ("二零一五年六月三十号", "2015-06-30"), ("二O二一年十二月一日", "2021-12-01"),
    ("一九九九年二月二十八日", "1999-02-28"), ("2015年6月30日", "2015-06-30"),
])
def test_dates_in_either_numerals(text, expected):
    assert parse_date_any(text).value == expected


def test_impossible_or_partial_chinese_dates_are_not_dates():
    assert find_dates_any("二〇一五年二月三十日") == []
    assert find_dates_any("二〇一五年六月") == []


def test_chinese_numbers():
    assert [chinese_number(t) for t in ("三", "十", "十一", "二十", "三十一", "十十", "")] == [3, 10, 11, 20, 31, None, None]


@pytest.mark.parametrize("text", ["住址", "乙方的财产", "上月工资", "姓名"])
def test_label_and_running_words_are_no_names(text):
    assert parse_person_name(text) is None


def test_a_name_is_a_name():
    assert parse_person_name("贾浩").value == "贾浩"


def test_employer_keeps_its_branch_and_drops_a_credit_code():
    assert parse_company("浙江某某电子商务股份有限公司上海徐汇分公司").value == "浙江某某电子商务股份有限公司上海徐汇分公司"
    assert parse_company("某某(上海)物流有限公司91310000MA1FL2345X").value == "某某(上海)物流有限公司"
    assert parse_company("甲方依法代扣代缴乙方个人所得税及应由乙方个人缴纳的社会") is None


def test_a_piece_of_a_watermark_is_no_name():
    """仅供居住证积分使用，他用无效 written across a copy: OCR reads 无效 where a name stands under it."""
    assert parse_name("无效") is None and parse_name("他用无效") is None
    assert parse_name("吴效").value == "吴效"


def test_traditional_forms_ocr_returns_read_as_the_printed_simplified_ones():
    from precheck.core.textnorm import normalize
    assert normalize("黃璟") == "黄璟" and normalize("上海市劳动合同書") == "上海市劳动合同书"


def test_a_contract_date_filled_in_on_a_blank_line_read_as_several_underscores():
    """The Shanghai model contract photographed (outsider U, u015): 固定期限：自2025年2_月7日起至2028年2__月6日止. Before,
    a blank read as more than one underscore hid the date, and the term was not read."""
    found = find_dates_any("固定期限：自2025年2_月7日起至2028年2__月6日止。")
    assert [date.value for date in found] == ["2025-02-07", "2028-02-06"]
