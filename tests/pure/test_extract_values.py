"""Value parsers: every date form, ID numbers with check-digit-confirmed corrections, amounts, months, names."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.reading.values import (
    LONG_TERM, digitise, id_number_ok, parse_address, parse_amount, parse_date, parse_ethnicity, parse_id_number,
    parse_month, parse_name, parse_org, parse_range,
)


@pytest.mark.parametrize("text", ["2026年3月1日", "2026.03.01", "2026-03-01", "20260301", "2026.3.1", "2026/3/1",
                                  "2026年03月01日", "签发日期：2026年3月1日", "2O26.O3.0l"])
def test_dates_in_every_printed_form(text):
    assert parse_date(text).value == "2026-03-01"


def test_date_correction_is_flagged_and_impossible_dates_are_refused():
    assert parse_date("2O26.O3.0l").corrected
    assert not parse_date("2026.03.01").corrected
    assert parse_date("2026.02.30") is None
    assert parse_date("2026.13.01") is None


@pytest.mark.parametrize("text,start,end", [
    ("自2025年3月1日起至2026年2月28日止", "2025-03-01", "2026-02-28"),
    ("2025.03.01—2026.02.28", "2025-03-01", "2026-02-28"),
    ("2025.03.01-2026.02.28", "2025-03-01", "2026-02-28"),
    ("2025.03.01至2026.02.28", "2025-03-01", "2026-02-28"),
    ("2019.12.05-长期", "2019-12-05", LONG_TERM),
])
def test_ranges(text, start, end):
    found = parse_range(text)
    assert (found.start.value, found.end.value) == (start, end)


def test_id_number_check_digit_and_lookalikes():
    assert parse_id_number("342401199208078421").value == "342401199208078421"
    assert parse_id_number("号码：11010519491231002x").value == "11010519491231002X"
    fixed = parse_id_number("34240l199208O78421")  # l and O read for 1 and 0; the check digit confirms
    assert fixed.value == "342401199208078421" and fixed.corrected and fixed.trusted
    wrong = parse_id_number("342401199208078431")  # one digit misread: fails its check, never "corrected"
    assert wrong.value == "342401199208078431" and not wrong.trusted
    assert parse_id_number("3424011992080784") is None
    assert id_number_ok("11010519491231002X") and not id_number_ok("110105194902310021")


def test_amounts_months_names_orgs():
    assert parse_amount("1,234.50").value == "1234.50"
    assert parse_amount("0.00").value == "0.00"
    assert parse_month("2026-05-01至2026-05-31").value == "2026-05"
    assert parse_month("2026年05月").value == "2026-05"
    assert parse_month("202605").value == "2026-05"
    assert parse_month("20260501-20260531").value == "2026-05"
    assert parse_name("冯红涵").value == "冯红涵"
    assert parse_name("冯红涵,性别女").value == "冯红涵"
    assert parse_name("同意根据甲方工作需要,在市场部") is None
    assert parse_name("买买提·艾力").value == "买买提·艾力"
    assert parse_name("陈芳德·").value == "陈芳德"  # a speck read after the name is no separating dot
    assert parse_name("买买提··艾力") is None
    assert parse_org(":上海华腾(集团)有限公司").value == "上海华腾(集团)有限公司"
    assert parse_org("按国家和本市有关劳动保护规定提供符合国家安全卫生标准的劳动作业场所") is None
    assert parse_ethnicity("汉").value == "汉" and parse_ethnicity("蒙古族").value == "蒙古"
    assert parse_address("安徽省六安市金安区双河镇红星村10组15号。特此证明").value == "安徽省六安市金安区双河镇红星村10组15号"


def test_digitise_keeps_length_and_words():
    assert digitise("2O26年") == "2026年"
    assert digitise("Olympic") == "Olympic"  # letters not touching a digit stay letters


PARSERS = [parse_date, parse_range, parse_id_number, parse_amount, parse_month, parse_name, parse_org, parse_address]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789OolIZSBxX年月日.-—至起止长期省市区号室:：,，() 汉张李公司")), max_size=40))
def test_parsers_never_raise_on_document_like_text(text):
    for parse in PARSERS:
        result = parse(text)
        assert result is None or result.value is not None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_parsers_never_raise_on_any_text(text):
    for parse in PARSERS:
        parse(text)


def test_an_ethnicity_is_trusted_only_when_it_is_one_of_the_56():
    from extractors.reading.values import ETHNIC_GROUPS, parse_ethnicity

    assert len(ETHNIC_GROUPS) == 56
    assert parse_ethnicity("汉").value == "汉" and parse_ethnicity("汉").trusted
    assert parse_ethnicity("土家族").value == "土家" and parse_ethnicity("维吾尔").trusted
    assert parse_ethnicity("务中心").value == "务中心" and not parse_ethnicity("务中心").trusted


def test_an_address_whose_province_lost_its_first_characters_gets_it_back_only_when_one_province_fits():
    completed = parse_address("西壮族自治区南宁市青秀区城关镇河西村1组5号")
    assert completed.value == "广西壮族自治区南宁市青秀区城关镇河西村1组5号" and completed.corrected
    assert parse_address("徽省合肥市蜀山区工农路371号").value == "安徽省合肥市蜀山区工农路371号"
    # 山西, 江西 or 陕西 by the name's end: the city tells which (test_province_head.py); a street tells nothing.
    assert parse_address("西省太原市小店区长风街1号").value == "山西省太原市小店区长风街1号"
    assert parse_address("西省城关镇长风街1号").value == "西省城关镇长风街1号"
    assert not parse_address("江西省南昌市东湖区八一大道1号").corrected


def test_a_letters_linking_word_after_the_address_label_is_no_part_of_the_address():
    """户籍地址为江苏省…: the 为 joining label and address is dropped; a 为 inside an address (为民路) stays."""
    linked = parse_address("为江苏省南通市崇川区人民路12号")
    assert linked.value == "江苏省南通市崇川区人民路12号" and (linked.start, linked.end) == (1, 16)
    assert parse_address("：为江苏省南通市崇川区人民路12号").value == "江苏省南通市崇川区人民路12号"
    assert parse_address("江苏省南通市崇川区为民路12号").value == "江苏省南通市崇川区为民路12号"


@pytest.mark.parametrize("text, value", [
    ("4201**********1925", "4201**********1925"),
    ("证件号码 3601********581X", "3601**********581X"),  # stars read two short: 18 characters again
    ("420111197711111925", "420111197711111925"),
    # a dark-mode app header (outsider P p025): 440***********804X, its first 4 read as a star and two stars as 40
    ("*40*********804X", "**************804X"),
])
def test_an_id_number_shown_masked_is_read_as_shown(text, value):
    assert parse_id_number(text).value == value


def test_a_masked_id_number_whose_last_character_was_lost_keeps_what_was_read():
    assert parse_id_number("证号3**************").value == "3" + "*" * 17
    assert parse_id_number("*" * 16) is None  # stars alone show nothing


@pytest.mark.parametrize("text", ["138****1234", "12**34", "4201**1925"])
def test_a_masked_phone_number_or_a_short_run_is_no_id_number(text):
    assert parse_id_number(text) is None


def test_an_id_number_with_one_digit_read_twice_is_read_as_a_correction():
    found = parse_id_number("证件号码：3505032000071886444")
    assert found.value == "350503200007188644" and found.corrected
    assert parse_id_number("6222021001123456789") is None  # a bank card's 19 digits, no digit read twice to drop


def test_an_id_number_whose_first_digit_ran_into_its_label_is_read_as_a_guess():
    """R's card photos: the 4 of 411302… set tight against 码 is read as part of it, 17 digits stay."""
    found = parse_id_number("11302200109028430")
    assert found.value == "411302200109028430" and found.guessed
    assert parse_id_number("13198901064368") is None  # too short to hold a number
    assert parse_id_number("11302200109028432") is None  # no first digit passes the check with these 17
    assert parse_id_number("11302200109028439") is None  # only 9, which opens no province's code


def test_a_partnerships_bracketed_legal_form_and_a_branch_are_part_of_its_name():
    """(特殊普通合伙), (有限合伙) after the name are its legal form, as 有限公司 is a company's; a code after it is not."""
    assert parse_org("上海华信会计师事务所(特殊普通合伙)91310540MA1UUUUUX").value == "上海华信会计师事务所(特殊普通合伙)"
    assert parse_org("上海华信会计师事务所（特殊普通合伙）上海分所").value == "上海华信会计师事务所（特殊普通合伙）上海分所"
    assert parse_org("上海远山投资管理合伙企业（有限合伙）").value == "上海远山投资管理合伙企业（有限合伙）"
    assert parse_org("上海凯德咨询(中国)有限公司").value == "上海凯德咨询(中国)有限公司"
    assert parse_org("上海达丰电脑有限公司闵行分公司").value == "上海达丰电脑有限公司闵行分公司"
    assert parse_org("上海华信会计师事务所(盖章)").value == "上海华信会计师事务所"  # a bracket that names no form


def test_a_province_or_municipality_is_no_person_s_name():
    # outsider V's v020: a second look at 乙方（受聘人员) on a slanted photo caught 上海市 of the address above it
    from extractors.reading.values import parse_name
    assert parse_name("上海市") is None and parse_name("浙江省") is None and parse_name("湖南省长沙") is None
    assert parse_name("张上海").value == "张上海" and parse_name("上官婉儿").value == "上官婉儿"


def test_a_month_range_holds_no_date_and_a_range_whose_join_was_lost_keeps_its_first():
    # Outsider Z's 收入纳税明细 PDF: 查询区间：2026-05-2026-11 was read as the record's print date 2026-05-20, and
    # every later row's period was doubted as printed after it.
    from extractors.reading.values import parse_date
    assert parse_date("查询区间：2026-05-2026-11") is None
    assert parse_date("导出日期：2026-12-28").value == "2026-12-28"
    assert parse_date("2021.04.272041.04.27").value == "2021-04-27"


def test_an_address_ends_where_a_letters_sentence_goes_on_after_it():
    # outsider AE, ae033: a 户籍证明 whose collective address ends its line, the sentence going on below it
    assert parse_address("江西省吉安市泰和县人才服务中心集体户系该集体户成员。特此证明。").value == "江西省吉安市泰和县人才服务中心集体户"
    assert parse_address("上海市浦东新区为民路12号").value == "上海市浦东新区为民路12号"  # 为 alone is no clause
