"""Values of tax and social-insurance table cells: payer names kept apart from their 统一社会信用代码 (GB 32100),
month ranges of one row, a 分公司 kept whole."""
import pytest

from extractors.reading.fields import to_field_value
from extractors.reading.months import month_range, months_between
from extractors.reading.text import make_line, Span
from precheck.core.model import OcrLine, PageRef
from rules.fields import CERTAIN_FLOOR
from extractors.reading.payer import parse_labelled_payer, parse_payer, parse_remarks_payer
from extractors.reading.values import parse_org

CODE = "91310115MA1H7LCM3P"


@pytest.mark.parametrize("cell", [
    f"扣缴义务人：上海禾木信息技术有限公司（{CODE}）",
    f"扣缴义务人：{CODE} 上海禾木信息技术有限公司",
    f"扣缴义务人:（{CODE}）上海禾木信息技术有限公司",
    f"扣缴义务人：统一社会信用代码：{CODE}，上海禾木信息技术有限公司",
    f"扣缴义务人纳税人识别号：{CODE}扣缴义务人：上海禾木信息技术有限公司",  # outsider V: the label again after the code
])
def test_the_payer_never_carries_its_credit_code(cell):
    parsed = parse_labelled_payer(cell.replace(" ", ""))
    assert parsed is not None and parsed.value == "上海禾木信息技术有限公司"
    assert cell.replace(" ", "")[parsed.start:parsed.end] == parsed.value


def test_remarks_without_the_payer_label_name_no_payer():
    assert parse_labelled_payer("上海禾木信息技术有限公司") is None
    assert parse_payer("上海禾木信息技术有限公司").value == "上海禾木信息技术有限公司"


def test_a_company_standing_alone_in_the_remarks_is_the_payer_placed_by_a_guess():
    parsed = parse_remarks_payer("上海禾木信息技术有限公司")
    assert parsed.value == "上海禾木信息技术有限公司" and parsed.guessed
    labelled = parse_remarks_payer("扣缴义务人：上海禾木信息技术有限公司")
    assert labelled.value == "上海禾木信息技术有限公司" and not labelled.guessed
    assert parse_remarks_payer("国家税务总局上海市闵行区税务局") is None  # the tax office's column run into 备注
    assert parse_remarks_payer("上海禾木信息技术有限公司 1234.56") is None  # more than a name: no bare name


def test_the_record_s_note_about_payers_names_no_payer():
    # outsider V: 说明 2.本记录中的扣缴义务人为支付所得的单位或个人。 gave every row the payer 为支付所
    assert parse_labelled_payer("扣缴义务人为支付所得的单位或个人。") is None
    assert parse_remarks_payer("2.本记录中的扣缴义务人为支付所得的单位或个人。") is None
    assert parse_labelled_payer("扣缴义务人上海禾木信息技术有限公司").value == "上海禾木信息技术有限公司"  # a lost colon


@pytest.mark.parametrize("cell", ["备注扣缴义务人有限公司", "1234.56上海禾木有限公司", f"{CODE[:10]}ABCDEFGH有限公司"])
def test_label_words_amounts_and_codes_are_no_company_name(cell):
    assert parse_payer(cell) is None


def test_a_branch_keeps_its_name_after_the_parent_company():
    assert parse_org("浙江曜石电子商务股份有限公司上海徐汇分公司（913101").value == "浙江曜石电子商务股份有限公司上海徐汇分公司"


@pytest.mark.parametrize("text, expected", [
    ("2025.07-2026.05", ("2025-07", "2026-05")),
    ("2025年7月至2026年6月", ("2025-07", "2026-06")),
    ("2025-03至.2025-06", ("2025-03", "2025-06")),  # a stray mark OCR read beside the joiner
    ("2026-05-01至2026-05-31", None),  # a day range is one month, not a range of months
    ("2026.05.01-2026.05.31", None),
    ("2026.06", None),
    ("2026.07-2025.01", None),  # backwards: a misreading
])
def test_month_ranges_of_one_row(text, expected):
    assert month_range(text) == expected


def test_months_between_crosses_the_year():
    assert months_between("2025-11", "2026-02") == ["2025-11", "2025-12", "2026-01", "2026-02"]


def test_a_date_run_into_the_payer_cell_is_no_part_of_its_name():
    from extractors.reading.payer import parse_payer

    assert parse_payer("2026-09-30允升(上海)企业管理咨询有限公司").value == "允升(上海)企业管理咨询有限公司"
    assert parse_payer("至2026.09.30 上海浦江信息技术有限公司").value == "上海浦江信息技术有限公司"


@pytest.mark.parametrize("cell, name", [
    ("扣撒义务人：9131011TICOBOS上海知行新材料有限公司", "上海知行新材料有限公司"),
    ("抑撒又务人：9131011TYUCO8O6 上海知行新材科有限公司", "上海知行新材科有限公司"),
    ("和缴义务人：91310114FLAX3LSD上海知行智能装备有限公司", "上海知行智能装备有限公司"),
])
def test_a_photographed_remark_with_its_label_and_code_misread_still_names_a_doubtful_payer(cell, name):
    """A small photographed print: the label read with a character or three wrong, the code before the name read
    short or as letters. The name is still read, as a guess: doubtful, so it grounds no error."""
    parsed = parse_labelled_payer(cell)
    assert parsed.value == name and parsed.guessed
    line = make_line(OcrLine(text=cell, bbox=(0.1, 0.5, 0.6, 0.52), confidence=0.99), PageRef(file="t.jpg", page=1), 0, 1.4)
    value = to_field_value(parsed, [Span(line, 0, len(line.text))])
    assert value.guessed and value.confidence < CERTAIN_FLOOR


def test_a_remark_under_another_label_names_no_payer():
    assert parse_labelled_payer("纳税人名称：上海知行新材料有限公司") is None


def test_a_payer_whose_wrapped_last_character_was_lost_is_completed_as_a_guess():
    found = parse_payer("上海申联网络科技有限公")
    assert found.value == "上海申联网络科技有限公司" and found.guessed
    assert parse_payer("上海申联网络科技有限") is None  # more than the last character lost: no guess


@pytest.mark.parametrize("lines, name", [
    (("扣缴义务人：91310512WPG78GCE0", "Ⅱ上海知行电子商务有限公司"), "上海知行电子商务有限公司"),  # H read as Ⅱ
    (("扣缴义务人：913103CA9FFI.TM99B9", "上海博远医疗器械有限公司"), "上海博远医疗器械有限公司"),  # L read as I.
    (("扣缴义务人：91310232.JRUP6.JRB3", "Ⅱ1 上海海纳智能科技有限公司"), "上海海纳智能科技有限公司"),
])
def test_a_credit_code_wrapped_inside_the_remark_leaves_none_of_its_pieces_on_the_name(lines, name):
    """The code before the name runs to the end of the remark's first line and on to the second: what OCR made of
    its last characters is the code's, never the start of the company's name."""
    cell = "".join(make_line(OcrLine(text=text, bbox=(0.7, 0.2, 0.9, 0.21), confidence=0.99), PageRef(file="t.jpg", page=1),
                             0, 1.4).text for text in lines)
    parsed = parse_labelled_payer(cell)
    assert parsed is not None and parsed.value == name and parsed.guessed


def test_a_whole_code_then_a_name_of_latin_letters_keeps_the_name():
    assert parse_labelled_payer(f"扣缴义务人：{CODE}ABB(中国)有限公司").value == "ABB(中国)有限公司"
    assert not parse_labelled_payer(f"扣缴义务人：{CODE}上海禾木信息技术有限公司").guessed


def test_a_payer_cut_inside_its_legal_form_is_a_guess():
    """Outsider Z z000: a photographed 备注 cell wrapped after 有 (上海瑞丰（集团）有 | 限公司（9131…）), its second line
    read apart. The name read before the cut is short of its form: a guess, never the ground of an error."""
    cut = parse_payer("扣缴义务人：上海瑞丰（集团）有")
    assert cut.value.startswith("上海瑞丰") and cut.guessed
    whole = parse_payer("扣缴义务人：上海瑞丰（集团）有限公司（91310110MA1A12FC2H）")
    assert whole.value == "上海瑞丰（集团）有限公司" and not whole.guessed
