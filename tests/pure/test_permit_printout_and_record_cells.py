"""Layouts seen on outsider E, drawn anew on hand-made lines: a permit's 签注信息单 whose grid names the ID card it
was issued on, a card front whose sex and 民族 read as one line, the 税收完税证明's columns, a company name boxed in
two pieces in one cell, and a wrapped name whose closing bracket was lost."""
from extractors.doctypes import id_card
from extractors.doctypes import social_insurance_record as si
from extractors.doctypes import tax_record as tax
from extractors.reading.months import parse_cell_month
from extractors.reading.payer import parse_payer
from extractors.reading.table import read_rows
from extractors.reading.text import make_line
from extractors.reading.values import parse_month
from precheck.core.model import OcrLine, PageRef, PageSource, PageText
from precheck.pipeline.classify import classify_page
from precheck.pipeline.grouping import PlacedPart, group_documents

REF = PageRef(file="t.jpg", page=1)


def ocr_lines(items):
    return [OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=0.99) for t, x0, y0, x1, y1 in items]


def lines(items, aspect=842 / 595):
    return [make_line(line, REF, 0, aspect) for line in ocr_lines(items)]


def page(name, items):
    return PageText(ref=PageRef(file=name, page=1), source=PageSource.ocr, width=1200, height=1600, lines=ocr_lines(items))


# A 签注信息单 printed as a two-column grid; a tall 常住户口 row leaves a band that splits the grid in two blocks.
PERMIT_GRID = [("上海市居住证签注信息单", 0.32, 0.076, 0.68, 0.10), ("打印日期：2026年11月21日", 0.1, 0.115, 0.28, 0.125)] + [
    (label, 0.105, y, 0.105 + 0.017 * len(label), y + 0.012) for label, y in (
        ("姓名", 0.158), ("曾用名", 0.188), ("证件类型", 0.218), ("公民身份号码", 0.248), ("性别", 0.279),
        ("常住户口所在地住址", 0.309), ("居住地址", 0.356), ("签发日期", 0.386), ("有效期限", 0.417))] + [
    (value, 0.338, y, 0.338 + 0.012 * len(value), y + 0.013) for value, y in (
        ("宋明宇", 0.156), ("居民身份证", 0.217), ("430104198609267176", 0.247), ("男", 0.277),
        ("湖南省长沙市岳麓区朝阳路185号7幢2单元2203室", 0.307), ("上海市松江区曹安公路70弄17号501室", 0.355),
        ("2026年03月08日", 0.385), ("2026.03.08至2027.03.07", 0.415))]


def test_a_permit_printout_naming_the_id_card_it_was_issued_on_holds_no_id_card():
    parts = classify_page(ocr_lines(PERMIT_GRID))
    assert [part.classification.type_id for part in parts] == ["residence_permit"]


FRONT = [("姓名", 0.35, 0.33, 0.40, 0.36), ("宋明宇", 0.40, 0.336, 0.46, 0.369), ("性别", 0.35, 0.374, 0.40, 0.40),
         ("男民族汉", 0.397, 0.372, 0.524, 0.409), ("出生", 0.347, 0.409, 0.384, 0.439),
         ("1986年9月26日", 0.397, 0.412, 0.55, 0.446), ("住址", 0.343, 0.447, 0.381, 0.478),
         ("湖南省长沙市岳麓区朝阳路368号", 0.394, 0.452, 0.6, 0.489),
         ("公民身份号码430104198609267176", 0.33, 0.565, 0.708, 0.621)]


def test_a_sex_read_on_one_line_with_the_label_of_民族_is_the_sex():
    (card,) = [d for d in group_documents([PlacedPart(p, part) for p in [page("front.jpg", FRONT)]
                                           for part in classify_page(p.lines)]) if d.type_id == "id_card"]
    fields, _ = id_card.extract(card, None)
    assert fields["sex"].value == "男" and fields["ethnicity"].value == "汉"


def test_the_columns_of_a_税收完税证明_are_named_and_its_voucher_numbers_stay_out_of_the_period():
    header = [("原凭证号", 0.12, 0.34, 0.17, 0.36), ("税种", 0.22, 0.34, 0.25, 0.36), ("品目名称", 0.30, 0.34, 0.35, 0.36),
              ("税款所属时期", 0.40, 0.34, 0.47, 0.36), ("入(退)库日期", 0.52, 0.34, 0.58, 0.36),
              ("实缴(退)金额", 0.60, 0.34, 0.66, 0.36), ("备注", 0.75, 0.34, 0.78, 0.36)]
    body = []
    for index, (month, amount) in enumerate((("02", "363.16"), ("03", "2335.47"))):
        top = 0.372 + 0.03 * index
        body += [("3606806107", 0.12, top, 0.17, top + 0.018), ("个人所得税", 0.20, top, 0.26, top + 0.018),
                 ("工资薪金所得", 0.29, top, 0.36, top + 0.018),
                 (f"2026-{month}-01至2026-{month}-28", 0.38, top, 0.50, top + 0.018),
                 ("2026-04-08", 0.52, top, 0.57, top + 0.018), (amount, 0.61, top, 0.64, top + 0.018),
                 ("扣缴义务人：思科信息技术（上海）有限公司", 0.67, top, 0.83, top + 0.018)]
    rows = read_rows(lines(header + body, 0.75), tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert [(r["period"].value, r["amount"].value, r["withholding_agent"].value) for r in rows] == [
        ("2026-02", "363.16", "思科信息技术(上海)有限公司"), ("2026-03", "2335.47", "思科信息技术(上海)有限公司")]


def test_a_company_name_boxed_in_two_pieces_reads_left_to_right_though_its_right_piece_stands_higher():
    header = [("缴费年月", 0.20, 0.18, 0.25, 0.194), ("缴费单位", 0.356, 0.18, 0.40, 0.194), ("缴费基数", 0.47, 0.18, 0.52, 0.194)]
    body = [("2024-12", 0.20, 0.197, 0.24, 0.207), ("上海海纳贸易", 0.285, 0.197, 0.34, 0.207),
            ("（集团）有限公司", 0.333, 0.196, 0.404, 0.207), ("8500.00", 0.48, 0.197, 0.52, 0.207)]
    rows = read_rows(lines(header + body), si.COLUMNS, si.OTHER_HEADERS, "month", parse_cell_month, si._row)
    assert [(r["month"].value, r["employer"].value, r["base"].value) for r in rows] == [
        ("2024-12", "上海海纳贸易(集团)有限公司", "8500.00")]


def test_a_wrapped_name_whose_closing_bracket_was_lost_gets_it_back_as_a_guess():
    found = parse_payer("上海海纳贸易（集团有限公司")
    assert found.value == "上海海纳贸易（集团）有限公司" and found.guessed
    assert parse_payer("思科信息技术（上海）有限公司").value == "思科信息技术（上海）有限公司"
    assert not parse_payer("思科信息技术（上海）有限公司").guessed


def test_a_name_over_出生_is_the_name_where_the_row_of_性别_and_民族_was_lost_whole():
    front = [("汤子英", 0.354, 0.105, 0.428, 0.123), ("出生", 0.319, 0.146, 0.356, 0.16), ("7月29日", 0.422, 0.143, 0.515, 0.163),
             ("住址", 0.322, 0.167, 0.358, 0.179), ("江苏省南通市崇川区高桥镇", 0.367, 0.166, 0.54, 0.182),
             ("公民身份号码", 0.32, 0.226, 0.403, 0.239), ("320602198207297742", 0.408, 0.221, 0.65, 0.242)]
    (card,) = [d for d in group_documents([PlacedPart(p, part) for p in [page("copy.tif", front)]
                                           for part in classify_page(p.lines)]) if d.type_id == "id_card"]
    fields, _ = id_card.extract(card, None)
    assert fields["name"].value == "汤子英" and fields["name"].guessed


def test_a_birth_date_lost_under_a_watermark_is_taken_from_the_cards_number_as_a_guess():
    front = [("姓名", 0.096, 0.152, 0.137, 0.17), ("闫晓悦", 0.143, 0.153, 0.208, 0.172), ("性别", 0.097, 0.175, 0.136, 0.193),
             ("女", 0.141, 0.176, 0.172, 0.192), ("民族", 0.194, 0.176, 0.231, 0.192), ("汉", 0.24, 0.176, 0.26, 0.192),
             ("出生", 0.097, 0.194, 0.134, 0.211), ("1999", 0.147, 0.197, 0.188, 0.211),
             ("住址", 0.097, 0.215, 0.134, 0.232), ("福建省泉州市丰泽区青年路35号", 0.138, 0.214, 0.33, 0.233),
             ("公民身份号码350503199901089821", 0.094, 0.271, 0.43, 0.293)]
    (card,) = [d for d in group_documents([PlacedPart(p, part) for p in [page("scan.tif", front)]
                                           for part in classify_page(p.lines)]) if d.type_id == "id_card"]
    fields, _ = id_card.extract(card, None)
    assert fields["birth_date"].value == "1999-01-08" and fields["birth_date"].guessed


def test_a_ruled_table_whose_periods_were_cut_short_gives_no_rows_from_its_入库日期_read_as_cards():
    """The period column lost its first characters (026-02-28); the remarks say 扣缴义务人：…, which an app's cards
    say too. The 入(退)库日期 beside them are no periods, so no months are made up from them."""
    items = [("税收完税证明", 0.40, 0.23, 0.60, 0.27), ("纳税人名称", 0.49, 0.31, 0.55, 0.33), ("崔娜", 0.58, 0.31, 0.61, 0.33),
             ("原凭证号", 0.12, 0.34, 0.17, 0.36), ("所属时期", 0.41, 0.34, 0.45, 0.36), ("入(退)库日期", 0.52, 0.34, 0.58, 0.36),
             ("实缴(退)金额", 0.60, 0.34, 0.66, 0.36), ("备注", 0.75, 0.34, 0.78, 0.36)]
    for index, (day, amount) in enumerate((("2026-03-08", "363.16"), ("2026-04-10", "2335.47"), ("2026-05-09", "2195.06"))):
        top = 0.372 + 0.03 * index
        items += [("3606806107", 0.12, top, 0.17, top + 0.018), (f"026-0{index + 2}-28", 0.425, top, 0.469, top + 0.018),
                  (day, 0.52, top, 0.57, top + 0.018), (amount, 0.61, top, 0.64, top + 0.018),
                  ("扣缴义务人：思科信息技术（上海）有限公司", 0.67, top, 0.83, top + 0.018)]
    (record,) = [d for d in group_documents([PlacedPart(p, part) for p in [page("photo.jpg", items)]
                                             for part in classify_page(p.lines)]) if d.type_id == "tax_record"]
    _, rows = tax.extract(record, None)
    assert all(row["period"].value is None for row in rows)


def test_a_withholding_agent_whose_colon_was_lost_is_read_after_its_label():
    from extractors.reading.payer import parse_labelled_payer
    assert parse_labelled_payer("扣缴义务人思科信息技术(上海)有限公司").value == "思科信息技术(上海)有限公司"
    assert parse_labelled_payer("扣缴义务人名称：上海甲乙有限公司").value == "上海甲乙有限公司"
    assert parse_labelled_payer("上海缴费单位服务有限公司") is None


def test_a_branch_cut_before_its_last_character_gets_it_back_as_a_guess():
    from extractors.reading.payer import parse_labelled_payer
    found = parse_labelled_payer("扣缴义务人：上海银河证券咨询有限公司闵行分公")
    assert found.value == "上海银河证券咨询有限公司闵行分公司" and found.guessed
    assert not parse_labelled_payer("扣缴义务人：上海银河证券咨询有限公司闵行分公司").guessed
