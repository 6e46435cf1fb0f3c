"""Names, numbers and dates at the edges of the forms (outsider AC): minority names with the middle dot, a party
label qualified by a second label, 〇 read as a letter, a house number with no 室 ending its wrapped cell, a wrapped
cell's last character touching the next row, a company name wrapped inside its bracket, an open-ended term whose
start a later sentence gives, a decimal point read as a colon, a degree read unsurely in the sentence and surely in
the heading."""
import pytest

from extractors.doctypes import labour_contract, social_insurance_record, tax_record
from extractors.reading.certificate_text import level_in_text, opening_name
from extractors.reading.fields import Reader, doubt_cut_addresses, to_field_value
from extractors.reading.table import read_rows
from extractors.reading.text import make_line, Span
from extractors.reading.payer import parse_payer
from extractors.reading.values import find_dates, parse_address, parse_amount, parse_date, parse_month, parse_name, parse_range
from precheck.core.model import OcrLine, PageRef
from precheck.core.textnorm import normalize

REF = PageRef(file="scan.jpg", page=1)


def lines(*items, confidence=1.0, aspect=1.414):
    """(text, x0, y0, x1, y1[, per-character confidences]) on a page `aspect` times as high as it is wide"""
    out = []
    for text, x0, y0, x1, y1, *chars in items:
        chars = chars[0] if chars else None
        out.append(make_line(OcrLine(text=text, bbox=(x0, y0, x1, y1), confidence=min(chars) if chars else confidence,
                                     char_confidences=chars), REF, 0, aspect))
    return out


@pytest.mark.parametrize("text, name", [
    ("迪丽娜尔·依明", "迪丽娜尔·依明"), ("古丽娜尔·阿不都热合曼", "古丽娜尔·阿不都热合曼"),
    ("阿依古丽•买买提", "阿依古丽·买买提"), ("迪丽娜尔・依明，女", "迪丽娜尔·依明"), ("迪丽娜尔·", "迪丽娜尔")])
def test_a_minority_name_is_read_whole_with_its_dot_as_printed_or_as_ocr_reads_it(text, name):
    assert parse_name(text).value == name


def test_a_name_without_the_dot_still_has_at_most_six_characters():
    assert parse_name("王小明性别男") is None


def test_a_party_label_qualified_by_a_second_label_reads_the_value_after_the_second():
    page = lines(("乙方（受聘人员）姓名：朱昇宇", 0.15, 0.40, 0.42, 0.43), ("居民身份证号码：330106199812199854", 0.15, 0.44, 0.48, 0.46))
    party = Reader(page, labour_contract.PARTY_FIELDS, labour_contract.EXTRA_LABELS).read_all()
    assert party["employee_name"].value == "朱昇宇" and not party["employee_name"].guessed


def test_the_zero_of_a_house_number_in_chinese_numerals_read_as_a_letter_is_the_zero():
    assert parse_address("广西壮族自治区南宁市青秀区双井镇东风村一组一O七号").value.endswith("一〇七号")
    assert parse_address("上海市浦东新区张江路1000号").value.endswith("1000号")
    assert normalize("一○七号") == "一〇七号"


def cover_address(last_line_right):
    """The 户口簿 首页's 住址 cell wrapped over two lines, the second ending at `last_line_right`: a photo of the
    booklet's page, wider than it is high."""
    page = lines(("湖北省武汉市武昌区人民", 0.649, 0.379, 0.843, 0.407), ("住址", 0.540, 0.397, 0.596, 0.439),
                 ("路760弄51号452", 0.647, 0.417, last_line_right, 0.445), aspect=0.66)
    spans = [Span(page[0], 0, len(page[0].text)), Span(page[2], 0, len(page[2].text))]
    fields = {"address": to_field_value(parse_address("湖北省武汉市武昌区人民路760弄51号452"), spans)}
    doubt_cut_addresses(fields, ("address",), page)
    return fields["address"]


def test_a_house_number_ending_its_wrapped_cell_with_room_left_is_the_address_as_printed():
    assert not cover_address(0.775).guessed  # room for four more characters: no 室 was printed


def test_a_house_number_at_the_cells_edge_may_have_lost_its_room_and_stays_a_guess():
    assert cover_address(0.840).guessed


TAX_HEADER = [("申报日期", 0.047, 0.199, 0.125, 0.217), ("实缴(退)金额", 0.149, 0.195, 0.25, 0.217),
              ("入(退)库日期", 0.259, 0.195, 0.36, 0.217), ("所得项目", 0.369, 0.195, 0.436, 0.217),
              ("税款所属期", 0.475, 0.195, 0.570, 0.213), ("入库税务机关", 0.626, 0.193, 0.74, 0.212),
              ("备注", 0.74, 0.193, 0.778, 0.212)]


def tax_row(top, month, merged=False):
    """A photocopied row whose 入库税务机关 and 备注 wrap close beside each other, the office's last character 局 on a
    line of its own that reaches down into the next row; OCR may run the two cells' first lines into one."""
    first = ([("国家税务总局上扣缴义务人：上海申通地铁设", 0.625, top, 0.941, top + 0.020)] if merged else
             [("国家税务总局上", 0.627, top, 0.735, top + 0.016), ("扣缴义务人：上海申通地铁设", 0.734, top - 0.003, 0.953, top + 0.017)])
    return first + [
        (f"2025-{month + 1:02d}-03", 0.048, top + 0.012, 0.142, top + 0.027), ("202.15", 0.187, top + 0.010, 0.25, top + 0.027),
        ("工资薪金所得", 0.352, top + 0.010, 0.458, top + 0.027), (f"2025.{month:02d}.01", 0.477, top + 0.002, 0.568, top + 0.018),
        (f"-2025.{month:02d}.28", 0.477, top + 0.019, 0.573, top + 0.035), ("海市徐汇区税务", 0.625, top + 0.016, 0.734, top + 0.034),
        ("备维护有限公司", 0.734, top + 0.015, 0.847, top + 0.034), ("局", 0.628, top + 0.033, 0.647, top + 0.047)]


def test_a_wrapped_cells_last_character_reaching_into_the_next_row_does_not_move_that_rows_cells():
    items = TAX_HEADER + tax_row(0.22, 8) + tax_row(0.26, 9, merged=True) + tax_row(0.30, 10)
    rows = read_rows(lines(*items), tax_record.COLUMNS, tax_record.OTHER_HEADERS, "period", parse_month, tax_record._row)
    assert [(row["period"].value, row["withholding_agent"].value) for row in rows] == [
        ("2025-08", "上海申通地铁设备维护有限公司"), ("2025-09", "上海申通地铁设备维护有限公司"), ("2025-10", "上海申通地铁设备维护有限公司")]


def test_a_company_wrapped_inside_its_bracket_is_read_with_the_line_that_closes_it():
    header = [("缴费年月", 0.054, 0.140, 0.140, 0.163), ("单位名称", 0.174, 0.139, 0.262, 0.163),
              ("缴费基数", 0.561, 0.142, 0.647, 0.161), ("缴费类型", 0.834, 0.142, 0.920, 0.163)]
    body = []
    for index, month in enumerate(("2024-07", "2024-08")):
        top = 0.36 + index * 0.045
        body += [(month, 0.054, top, 0.129, top + 0.016), ("上海张江高科技园区联合发展信息服务（集团", 0.176, top - 0.003, 0.535, top + 0.016),
                 ("9500.00", 0.594, top, 0.665, top + 0.016), ("正常", 0.833, top, 0.882, top + 0.019),
                 ("）股份有限公司", 0.175, top + 0.014, 0.305, top + 0.033)]
    rows = read_rows(lines(*header, *body), social_insurance_record.COLUMNS, social_insurance_record.OTHER_HEADERS, "month",
                     parse_month, social_insurance_record._row)
    assert [row["employer"].value for row in rows] == ["上海张江高科技园区联合发展信息服务(集团)股份有限公司"] * 2


def test_an_open_ended_term_takes_its_start_from_the_sentence_that_repeats_it():
    page = lines(("☑ 无固定期限", 0.139, 0.156, 0.299, 0.177), ("□以完成一定工作任务为期限", 0.138, 0.188, 0.469, 0.209),
                 ("本合同为无固定期限劳动合同，自2022年3月11日起履行。", 0.139, 0.231, 0.869, 0.254),
                 ("其中试用期自2022年3月11日起至2022年6月10日止。", 0.138, 0.280, 0.781, 0.302))
    term = labour_contract.contract_term(page)
    assert term["open_ended"].value is True and term["start_date"].value == "2022-03-11"


def test_a_decimal_point_read_as_a_colon_in_a_cell_of_its_own_is_an_amount_read_with_a_correction():
    assert parse_amount("9500:00").value == "9500.00" and parse_amount("9500:00").corrected
    assert parse_amount("打印时间 12:30") is None and parse_amount("12:30") is None


def test_a_speck_read_as_a_dot_inside_a_filled_date_is_no_part_of_it():
    assert parse_date("2026年·4月11日").value == "2026-04-11"
    # A photocopied model contract (outsider AF, af006): the speck fell after the month's figures.
    term = find_dates("固定期限：自2023年11.月10日起至2028年11月9日止。")
    assert [d.value for d in term] == ["2023-11-10", "2028-11-09"]
    assert parse_date("2026年.4月11日").value == "2026-04-11"


def test_a_degree_read_unsurely_in_the_sentence_is_vouched_for_by_the_heading_that_names_it_surely():
    page = lines(("学士学位证书", 0.351, 0.166, 0.600, 0.220, [0.99] * 6),
                 ("与技术专业完成了学业。授予工学学士学位。", 0.330, 0.376, 0.753, 0.403, [0.99] * 15 + [0.56] + [0.99] * 4))
    level = level_in_text(page, degree=True)
    assert level.value == "学士" and level.confidence >= 0.99
    other = lines(("硕士学位证书", 0.351, 0.166, 0.600, 0.220, [0.99] * 6),
                  ("授予工学学士学位。", 0.330, 0.376, 0.753, 0.403, [0.99] * 4 + [0.56] + [0.99] * 4))
    assert level_in_text(other, degree=True).confidence < 0.9  # the heading names another degree: no vouching


def test_an_amount_run_into_the_date_after_it_ends_at_its_two_decimals():
    assert parse_amount("3192.472025-10-12").value == "3192.47"
    assert parse_amount("3192.4720") is None  # more decimals: no amount


def test_a_cramped_row_read_as_amount_and_date_in_one_gives_the_amount_under_titles_read_as_one():
    header = [("申报日期", 0.114, 0.219, 0.172, 0.233), ("实缴(退)金额入(退)库日期所得项目", 0.191, 0.220, 0.399, 0.235),
              ("税款所属期", 0.431, 0.221, 0.501, 0.237), ("入库税务机关备注", 0.541, 0.223, 0.652, 0.238)]
    body = []
    for index, (amount, month) in enumerate((("3192.47", 9), ("2061.06", 10), ("741.21", 11))):
        top = 0.246 + index * 0.032
        body += [(f"2025-{month + 1:02d}-12", 0.114, top, 0.184, top + 0.012),
                 (f"{amount}2025-{month + 1:02d}-12", 0.211, top, 0.338, top + 0.013),
                 ("工资薪金所得", 0.342, top + 0.001, 0.420, top + 0.015), (f"2025-{month:02d}-01", 0.432, top - 0.002, 0.499, top + 0.010),
                 ("国家税务总局上扣缴义务人：上海锦江（国际", 0.541, top - 0.002, 0.766, top + 0.013),
                 (f"至2025-{month:02d}-28", 0.432, top + 0.011, 0.511, top + 0.024),
                 ("海市浦东新区税）酒店管理有限公司", 0.540, top + 0.009, 0.723, top + 0.024), ("务局", 0.542, top + 0.021, 0.567, top + 0.033)]
    rows = read_rows(lines(*header, *body), tax_record.COLUMNS, tax_record.OTHER_HEADERS, "period", parse_month,
                     tax_record._row)
    assert [(row["period"].value, row["amount"].value) for row in rows] == [
        ("2025-09", "3192.47"), ("2025-10", "2061.06"), ("2025-11", "741.21")]


@pytest.mark.parametrize("text, start, end", [
    ("2020.09.10.2030.09.10", "2020-09-10", "2030-09-10"), ("2020.09.10·2030.09.10", "2020-09-10", "2030-09-10"),
    ("2025.12.28.长期", "2025-12-28", "long_term")])
def test_an_id_cards_validity_whose_hyphen_was_read_as_a_dot_is_still_its_range(text, start, end):
    found = parse_range(text)
    assert (found.start.value, found.end.value) == (start, end)


def test_a_letters_address_after_a_label_that_ends_a_line_of_its_sentence_is_read_from_the_next_line():
    # outsider AE, ae020 and ae033: the 户籍证明's collective address under …集体户地址:, the sentence going on below it
    from extractors.doctypes import collective_hukou_certificate
    page = lines(("户籍证明", 0.380, 0.103, 0.615, 0.140),
                 ("兹证明孙铭明(公民身份号码：51010719830102939X)", 0.131, 0.188, 0.707, 0.208),
                 ("户口登记在本所集体户，集体户地址:", 0.131, 0.222, 0.523, 0.245),
                 ("四川省成都市武侯区人力资源服务中心集体户口", 0.131, 0.256, 0.636, 0.279),
                 ("系该集体户成员。特此证明。", 0.131, 0.288, 0.439, 0.313))
    fields = Reader(page, collective_hukou_certificate.FIELDS, collective_hukou_certificate.EXTRA_LABELS).read_all()
    assert fields["address"].value == "四川省成都市武侯区人力资源服务中心集体户口"
    # A label closing a short row of a form (nothing before it) does not take the next row's line.
    form = lines(("住址", 0.10, 0.20, 0.16, 0.23), ("出生日期 1990年3月7日", 0.10, 0.25, 0.45, 0.28))
    assert "address" not in Reader(form, collective_hukou_certificate.FIELDS, collective_hukou_certificate.EXTRA_LABELS).read_all()


def test_an_apps_whole_base_with_its_thousands_grouped_is_an_amount():
    """A social-insurance app screen (outsider AF, af004) shows each month's 缴费基数 as 12,500 with no label: grouped
    thousands make it money; a bare figure, a date or a misplaced comma does not."""
    assert parse_amount("12,500").value == "12500.00" and parse_amount("基数 1,234,567").value == "1234567.00"
    assert parse_amount("12500") is None and parse_amount("2016,09,06") is None and parse_amount("12,50") is None
    assert parse_amount("12,500.00").value == "12500.00"


def test_an_app_cards_values_set_half_a_row_below_their_labels_are_paired_in_order():
    """A phone photo of a 收入纳税明细 screen (outsider AF, af017 and af021): the app sets each value half a row lower
    than its label, so the income overlaps 已申报税额's row more than 收入's, and the tax stands alone under it. The
    n-th value is the n-th label's: the tax is 1,292.31, not a piece of it run on from the income above."""
    from extractors.reading.card_list import read_cards

    rows = (("工资薪金", 0.3138, 0.6799, 0.3743, 0.7021), ("2026-07", 0.5452, 0.6935, 0.5971, 0.7122),
            ("扣缴义务人", 0.3145, 0.7031, 0.3750, 0.7213), ("上海锦程贸易有限公司", 0.4807, 0.7112, 0.5971, 0.7339),
            ("收入", 0.3165, 0.7369, 0.3451, 0.7525), ("15,155.00", 0.5406, 0.7475, 0.5984, 0.7656),
            ("已申报税额", 0.3165, 0.7530, 0.3777, 0.7722), ("1,015.50", 0.5452, 0.7661, 0.5984, 0.7848),
            ("工资薪金", 0.3152, 0.7923, 0.3757, 0.8145), ("2026-06", 0.5465, 0.8075, 0.5984, 0.8276),
            ("扣缴义务人", 0.3152, 0.8155, 0.3777, 0.8337), ("上海锦程贸易有限公司", 0.4827, 0.8246, 0.5977, 0.8483),
            ("收入", 0.3178, 0.8483, 0.3471, 0.8649), ("17,923.10", 0.5412, 0.8624, 0.5991, 0.8805),
            ("已申报税额", 0.3165, 0.8654, 0.3783, 0.8846), ("1,292.31", 0.5465, 0.8795, 0.5991, 0.8987),
            ("没有更多了一", 0.4255, 0.9143, 0.4940, 0.9330))
    page = [make_line(OcrLine(text=text, bbox=box, confidence=1.0), REF, 0, 1.333, 0.03085) for text, *box in rows]
    cards = list(read_cards(page, tax_record.COLUMNS, "period", parse_month, tags=tax_record.INCOME_ITEMS,
                            unlabelled={"withholding_agent": parse_payer, "amount": parse_amount},
                            other_labels=tax_record.INCOME_LABELS))
    assert [(parse_month(cells["period"].text).value, parse_amount(cells["amount"].text).value,
             cells["withholding_agent"].text) for cells, _ in cards] == [
        ("2026-07", "1015.50", "上海锦程贸易有限公司"), ("2026-06", "1292.31", "上海锦程贸易有限公司")]


def test_an_app_cards_tax_under_a_garbled_label_is_the_amount_not_beside_the_income():
    """A long 收入纳税明细 screen sent through a chat app (outsider AF, af019): the amounts read surely, their labels
    garbled (已申报税额 read 已串报机错). The card's amount no label claims is its tax; the one beside 收入 is not."""
    from extractors.reading.card_list import read_cards

    page = lines(("工资薪金", 0.053, 0.107, 0.254, 0.121), ("2026-10", 0.776, 0.108, 0.947, 0.120),
                 ("扣继义然人", 0.057, 0.121, 0.250, 0.132), ("上海光启文化传媒有限公司", 0.509, 0.121, 0.943, 0.132),
                 ("收入", 0.053, 0.140, 0.158, 0.151), ("22876.70", 0.768, 0.140, 0.947, 0.151),
                 ("已串报机错", 0.053, 0.149, 0.259, 0.163), ("1787.67", 0.785, 0.150, 0.943, 0.162),
                 ("工资薪金", 0.057, 0.175, 0.246, 0.186), ("2026-09", 0.776, 0.175, 0.943, 0.186),
                 ("扣缴义务人", 0.057, 0.188, 0.250, 0.198), ("上海光启文化传媒有限公司", 0.518, 0.188, 0.943, 0.198),
                 ("收入", 0.061, 0.208, 0.149, 0.217), ("34663.70", 0.768, 0.206, 0.947, 0.218),
                 ("已申报税额", 0.057, 0.217, 0.254, 0.228), ("2966.37", 0.785, 0.217, 0.947, 0.229), aspect=2.22)
    cards = list(read_cards(page, tax_record.COLUMNS, "period", parse_month, tags=tax_record.INCOME_ITEMS,
                            unlabelled={"amount": parse_amount}, other_labels=tax_record.INCOME_LABELS))
    assert [(parse_month(cells["period"].text).value, parse_amount(cells["amount"].text).value)
            for cells, _ in cards] == [("2026-10", "1787.67"), ("2026-09", "2966.37")]
    bare = list(read_cards(page, tax_record.COLUMNS, "period", parse_month, tags=tax_record.INCOME_ITEMS,
                           unlabelled={"amount": parse_amount}))
    october = [cells for cells, _ in bare if parse_month(cells["period"].text).value == "2026-10"]
    assert all("amount" not in cells for cells in october)  # not told the income's label: two amounts, neither known


def test_a_degrees_sentence_opening_with_the_name_and_where_it_was_studied_names_the_holder():
    # outsider AH (ah000 and 35 more): 龙思丽，在华东理工大学土木工程专业完成了本科学业 — no sex after the name
    page = lines(("学士学位证书", 0.296, 0.103, 0.702, 0.149), ("龙思丽，在华东理工大学土木工程专业完成了本", 0.187, 0.436, 0.859, 0.462),
                 ("科学业，成绩合格。根据《中华人民共和国学位条例", 0.123, 0.480, 0.856, 0.503))
    name = opening_name(page)
    assert name.value == "龙思丽" and name.guessed  # no 学生 or 姓名 before it: placed by a guess
    assert opening_name(lines(("龙思丽，在此致谢", 0.187, 0.436, 0.859, 0.462))) is None  # no school, no year after


def test_a_names_character_read_in_its_traditional_form_is_its_simplified_one():
    # outsider AH's ah018: the 户主 董磊悦 read as 董磊悅 on a 户口簿 首页 photo
    assert normalize("董磊悅") == "董磊悦" and normalize("張偉") == "张伟"
    line = make_line(OcrLine(text="户主姓名 董磊悅", bbox=(0.1, 0.1, 0.5, 0.12), confidence=0.99), PageRef(file="a.jpg", page=1), 0, 1.4)
    assert line.text == "户主姓名董磊悦"
