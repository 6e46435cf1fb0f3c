"""Tables laid out by other hands, read from lines placed as OCR or a text layer gives them (no engine)."""
from dataclasses import replace
from functools import partial

from extractors.doctypes import social_insurance_record as si
from extractors.doctypes import tax_record as tax
from extractors.reading.banner import banner_name, name_beside_id_number
from extractors.reading.card_list import read_cards
from extractors.reading.months import lost_months_from_neighbours, parse_cell_month
from extractors.reading.table import pages_with_header_row, read_rows
from extractors.reading.text import make_line
from extractors.reading.values import parse_month
from precheck.core.model import OcrLine, PageRef, PageSource, PageText
from precheck.pipeline.classify import classify_page
from precheck.pipeline.grouping import group_documents, PlacedPart
from rules.fields import CERTAIN_FLOOR

REF = PageRef(file="t.pdf", page=1)


def _lines(placed, aspect=842 / 595, tilt=0.0):
    """(text, x0, y0, x1, y1) → extractor lines on one page."""
    return [make_line(OcrLine(text=text, bbox=(x0, y0, x1, y1), confidence=1.0), REF, 0, aspect, tilt)
            for text, x0, y0, x1, y1 in placed]


def _values(rows, *names):
    return [tuple(row[name].value for name in names) for row in rows]


NATIONAL_HEADER = [("申报日期", 0.08, 0.258, 0.13, 0.267), ("实缴(退)金额", 0.162, 0.258, 0.238, 0.267),
                   ("入(退)库日期", 0.257, 0.258, 0.333, 0.267), ("所得项目", 0.37, 0.258, 0.42, 0.267),
                   ("税款所属期", 0.48, 0.258, 0.543, 0.267), ("入库税务机关", 0.61, 0.258, 0.685, 0.267),
                   ("备注", 0.804, 0.258, 0.829, 0.267)]


def _national_row(top, month, amount, agent_lines):
    """One row as a text layer gives it: the period run into the office's first line (one text line), a remark
    wrapped onto three lines centred in the row, so its first line stands above the row's one-line cells."""
    remark = [(text, 0.724, top + i * 0.0115, 0.907 if i < 2 else 0.77, top + 0.008 + i * 0.0115)
              for i, text in enumerate(agent_lines)]
    return remark + [
        (f"2025.{month}.01-2025.{month}.3国家税务总局上海市浦东", 0.453, top + 0.006, 0.707, top + 0.014),
        ("2025-04-15", 0.075, top + 0.012, 0.134, top + 0.02), (amount, 0.197, top + 0.012, 0.238, top + 0.02),
        ("2025-04-18", 0.266, top + 0.012, 0.325, top + 0.02), ("工资薪金所得", 0.36, top + 0.012, 0.431, top + 0.02),
        ("1", 0.509, top + 0.017, 0.515, top + 0.026), ("新区税务局", 0.581, top + 0.018, 0.638, top + 0.026),
    ]


def test_a_wide_remarks_column_and_a_remark_centred_in_its_row_are_read():
    remark = ["扣缴义务人：上海彦德机电设备有限", "公司（纳税人识别号：91310112MA9E", "32DHPL）"]
    lines = _lines(NATIONAL_HEADER + _national_row(0.285, "03", "2348.51", remark)
                   + _national_row(0.333, "05", "2333.41", remark))
    rows = read_rows(lines, tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert _values(rows, "period", "withholding_agent", "amount") == [
        ("2025-03", "上海彦德机电设备有限公司", "2348.51"), ("2025-05", "上海彦德机电设备有限公司", "2333.41")]


def test_the_columns_of_a_turned_photo_lean_with_it():
    """Rows drop 0.05 per width to the right; the columns shift left as the table goes down, by a cell's width
    over twenty rows, so the lower rows' remarks start left of where the header's border would put them."""
    aspect, tilt = 1.776, 0.05
    shear = tilt * aspect ** 2
    header = [("税款所属期", 0.52, 0.20, 0.58, 0.212), ("入库税务机关", 0.62, 0.20, 0.70, 0.212),
              ("备注", 0.80, 0.20, 0.83, 0.212), ("实缴(退)金额", 0.30, 0.20, 0.36, 0.212)]
    placed = list(header)
    for index in range(20):
        y = 0.22 + index * 0.025
        dx = -shear * (y + 0.006 - 0.206)
        placed += [(f"2026-{index % 12 + 1:02d}", 0.53 + dx, y, 0.57 + dx, y + 0.012),
                   (f"{1000 + index}.00", 0.31 + dx, y, 0.35 + dx, y + 0.012),
                   ("国家税务总局上海市浦东新区税务局", 0.605 + dx, y, 0.735 + dx, y + 0.012),
                   ("扣缴义务人：上海弈创机电设备股份有限公司", 0.74 + dx, y, 0.95 + dx, y + 0.012)]
    lines = [make_line(OcrLine(text=t, bbox=(x0, y0 + tilt * ((x0 + x1) / 2 - 0.5), x1, y1 + tilt * ((x0 + x1) / 2 - 0.5)),
                               confidence=1.0), REF, 0, aspect, tilt) for t, x0, y0, x1, y1 in placed]
    rows = read_rows(lines, tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert len(rows) == 20
    assert {row["withholding_agent"].value for row in rows} == {"上海弈创机电设备股份有限公司"}


def test_a_cut_inside_a_merged_line_falls_between_figures_and_words():
    """OCR ran 所得项目 and 税款所属期 into one line; estimated character places put the cut one digit late."""
    header = [("所得项目", 0.43, 0.2, 0.483, 0.21), ("税款所属期", 0.50, 0.2, 0.56, 0.21),
              ("实缴(退)金额", 0.16, 0.2, 0.24, 0.21), ("备注", 0.80, 0.2, 0.83, 0.21)]
    row = [("全年一次性奖金收2025.02.01-2025.02.28", 0.40, 0.22, 0.61, 0.23), ("2164.75", 0.19, 0.22, 0.23, 0.23),
           ("扣缴义务人：上海嘉翊检测技术有限公司", 0.70, 0.22, 0.95, 0.23)]
    rows = read_rows(_lines(header + row), tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert _values(rows, "period", "amount") == [("2025-02", "2164.75")]


def test_an_app_card_value_wrapped_onto_a_right_aligned_second_line():
    placed = [("工资薪金所得", 0.07, 0.25, 0.33, 0.273), ("2026-09", 0.773, 0.25, 0.931, 0.274),
              ("扣缴义务人", 0.068, 0.285, 0.268, 0.308), ("上海兆丰广告传媒股份有限公", 0.416, 0.286, 0.926, 0.307),
              ("司", 0.88, 0.308, 0.932, 0.333), ("收入额", 0.065, 0.334, 0.199, 0.362),
              ("25213.39", 0.759, 0.337, 0.929, 0.358), ("已申报税额", 0.069, 0.366, 0.269, 0.39),
              ("1409.67", 0.778, 0.367, 0.931, 0.389)]
    cards = list(read_cards(_lines(placed, aspect=2340 / 1080), tax.COLUMNS, "period", parse_month))
    rows = [tax._row(cells, spans) for cells, spans in cards]
    assert _values(rows, "period", "withholding_agent", "amount") == [("2026-09", "上海兆丰广告传媒股份有限公司", "1409.67")]


def test_an_amount_beside_its_label_opens_no_card():
    placed = [("工资薪金所得", 0.07, 0.25, 0.33, 0.273), ("2026-07", 0.781, 0.25, 0.934, 0.274),
              ("已申报税额", 0.071, 0.447, 0.26, 0.468), ("1943.07", 0.784, 0.446, 0.934, 0.468)]
    cards = list(read_cards(_lines(placed, aspect=2.17), tax.COLUMNS, "period", parse_month))
    assert [tax._row(cells, spans)["amount"].value for cells, spans in cards] == ["1943.07"]


def test_rows_under_a_separate_back_payment_section_are_back_payments():
    header = [("费款所属期", 0.084, 0.078, 0.145, 0.087), ("单位名称", 0.285, 0.078, 0.334, 0.087),
              ("缴费基数", 0.471, 0.078, 0.519, 0.087), ("备注", 0.821, 0.078, 0.845, 0.087)]

    def row(y, month):
        return [(month, 0.094, y, 0.135, y + 0.009), ("上海弈创机电设备股份有限公司", 0.176, y, 0.331, y + 0.009),
                ("9080.00", 0.475, y, 0.516, y + 0.009)]
    placed = header + row(0.103, "2026-09") + row(0.129, "2026-10") + [("补缴记录", 0.067, 0.156, 0.127, 0.166)] \
        + row(0.184, "2025-10")
    rows = read_rows(_lines(placed), si.COLUMNS, si.OTHER_HEADERS, "month", parse_cell_month, si._row,
                     is_heading=si._is_section_heading)
    assert _values(rows, "month", "back_payment") == [("2026-09", False), ("2026-10", False), ("2025-10", True)]


def test_a_month_whose_hyphen_ocr_read_as_a_tilde():
    parsed = parse_cell_month("2025~12")
    assert (parsed.value, parsed.corrected) == ("2025-12", True)
    assert parse_cell_month("2025~2026") is None


def test_a_period_wrapped_after_its_joiner_starts_no_row():
    """A text layer's narrow 税款所属期 cell: 2025-07-01至 on one line, 2025-07-31 on the next. The second line ends
    the range the first opened; read as a row of its own it would invent a month and take the row's wrapped remark."""
    def row(top, month, amount, wrapped):
        period = [(f"2025-{month}-01至", 0.49, top, 0.56, top + 0.01)]
        period += [(f"2025-{month}-30", 0.49, top + 0.011, 0.55, top + 0.021)] if wrapped else []
        return period + [
            ("2025-08-08", 0.057, top, 0.116, top + 0.01), (amount, 0.158, top, 0.193, top + 0.01),
            ("正常工资薪金", 0.36, top, 0.43, top + 0.01), ("所得", 0.36, top + 0.011, 0.385, top + 0.021),
            ("扣缴义务人：上海方圆信息技", 0.79, top, 0.925, top + 0.01),
            ("术有限公司（9131011", 0.79, top + 0.011, 0.889, top + 0.021),
            ("000ACNNR42Y）", 0.79, top + 0.022, 0.858, top + 0.032)]
    lines = _lines(NATIONAL_HEADER + row(0.30, "06", "363.92", wrapped=False) + row(0.34, "07", "347.58", wrapped=True)
                   + row(0.38, "08", "0.00", wrapped=True))
    rows = read_rows(lines, tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert _values(rows, "period", "withholding_agent", "amount") == [
        ("2025-06", "上海方圆信息技术有限公司", "363.92"), ("2025-07", "上海方圆信息技术有限公司", "347.58"),
        ("2025-08", "上海方圆信息技术有限公司", "0.00")]


def test_cells_of_rows_whose_month_ocr_lost_do_not_spoil_the_row_above():
    """A photographed record where OCR read only the first row's month: the two rows under it come with their
    payer and base but no key. The first row keeps its own values; each row under it is a row of its own whose
    month is unread (no month is made up: the range above leaves no room to place them), so rules warn."""
    header = [("费款所属期", 0.084, 0.078, 0.145, 0.087), ("缴费单位", 0.285, 0.078, 0.334, 0.087),
              ("缴费基数", 0.471, 0.078, 0.519, 0.087), ("备注", 0.821, 0.078, 0.845, 0.087)]
    placed = header + [("202410-202506", 0.084, 0.100, 0.16, 0.109)]
    for y, base in ((0.100, "7460.00"), (0.111, "8170.00"), (0.122, "8393.00")):
        placed += [("上海晨曦物流股份有限公司", 0.20, y, 0.33, y + 0.009), (base, 0.475, y, 0.516, y + 0.009)]
    rows = read_rows(_lines(placed), si.COLUMNS, si.OTHER_HEADERS, "month", parse_cell_month, si._row)
    assert _values(rows, "month", "employer", "base") == [("2024-10", "上海晨曦物流股份有限公司", "7460.00"),
                                                         (None, "上海晨曦物流股份有限公司", "8170.00"),
                                                         (None, "上海晨曦物流股份有限公司", "8393.00")]
    assert rows[1]["month"].confidence == 0.0


def test_a_photographed_period_wrap_overlapping_its_opener_ends_it_and_the_next_row_still_starts():
    """On a photo the boxes of a wrapped period overlap (2026-08-01至 over 2026-08-31), and the next row's period,
    whole on one line, stands right under the wrap: only the wrap ends the range."""
    header = [("税款所属期", 0.468, 0.231, 0.51, 0.241), ("实缴(退)金额", 0.27, 0.231, 0.33, 0.241),
              ("备注", 0.70, 0.231, 0.73, 0.241)]
    placed = header + [
        ("2026-08-01至", 0.465, 0.245, 0.516, 0.258), ("632.69", 0.28, 0.247, 0.31, 0.258),
        ("2026-08-31", 0.465, 0.254, 0.51, 0.265),
        ("2026-07-01至2026-07-31", 0.464, 0.266, 0.546, 0.277), ("598.28", 0.28, 0.266, 0.31, 0.277)]
    rows = read_rows(_lines(placed), tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert _values(rows, "period", "amount") == [("2026-08", "632.69"), ("2026-07", "598.28")]


def test_a_period_whose_two_dates_disagree_takes_the_month_inside_the_record_period():
    """A photographed 税款所属期 2006-01-01-2026-01-31: one of its dates is misread. The header's 记录期间 tells which;
    without it the month stays doubtful."""
    header = [("记录期间：2026年01月-2026年08月", 0.25, 0.20, 0.42, 0.21)] + NATIONAL_HEADER
    row = [("2006-01-01-2026-01-31", 0.46, 0.30, 0.54, 0.31), ("2500.63", 0.197, 0.30, 0.238, 0.31)]
    lines = _lines(header + row)
    rows = read_rows(lines, tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month,
                     partial(tax._row, record_months=tax._record_months(lines)))
    assert rows[0]["period"].value == "2026-01"
    unsure = read_rows(_lines(NATIONAL_HEADER + row), tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert unsure[0]["period"].confidence < 0.8


def test_the_app_list_names_its_taxpayer_before_the_total():
    lines = _lines([("收入纳税明细", 0.37, 0.055, 0.63, 0.08), ("董健勇合计已申报税额 22657.24元", 0.05, 0.10, 0.59, 0.12)])
    assert tax._name_over_the_total(lines).value == "董健勇"
    assert tax._name_over_the_total(_lines([("合计已申报税额 22657.24元", 0.05, 0.10, 0.59, 0.12)])) is None


def test_the_app_list_header_giving_name_and_masked_number_on_one_line_gives_both_surely():
    lines = _lines([("收入纳税明细", 0.363, 0.060, 0.637, 0.084), ("邵玉兰 1301**********0268", 0.049, 0.112, 0.459, 0.134),
                    ("所得类型：全部 税款所属期：近两年", 0.050, 0.139, 0.560, 0.157)], aspect=2.1)
    name, number = name_beside_id_number(lines)
    assert (name.value, number.value) == ("邵玉兰", "1301**********0268")
    assert not name.guessed and name.confidence >= CERTAIN_FLOOR
    assert name_beside_id_number(_lines([("上海恒隆精密机械有限公司 91310000", 0.05, 0.2, 0.9, 0.22)])) is None


def test_a_payer_cell_that_took_in_the_next_rows_payer_keeps_its_own():
    header = [("费款所属期", 0.084, 0.078, 0.145, 0.087), ("缴费单位", 0.285, 0.078, 0.334, 0.087),
              ("缴费基数", 0.471, 0.078, 0.519, 0.087)]
    placed = header + [("202311-202406", 0.084, 0.100, 0.16, 0.109)]
    for y, base in ((0.100, "21000.00"), (0.111, "21184.00")):
        placed += [("蓝湾信息技术(上海)有限公司", 0.20, y, 0.33, y + 0.009), (base, 0.475, y, 0.516, y + 0.009)]
    rows = read_rows(_lines(placed), si.COLUMNS, si.OTHER_HEADERS, "month", parse_cell_month, si._row)
    assert _values(rows, "month", "employer", "base") == [("2023-11", "蓝湾信息技术(上海)有限公司", "21000.00"),
                                                         (None, "蓝湾信息技术(上海)有限公司", "21184.00")]


def test_a_column_of_dates_in_a_ruled_table_opens_no_cards():
    """An old 税收完税证明 photographed small, its 税款所属时期 column lost to OCR: the 入(退)库日期 dates stand one
    under the other like an app list's month keys, but no card holds a labelled value, so no month is made up."""
    placed = [("2025-11-05", 0.457, 0.329, 0.507, 0.341), ("2612.47", 0.548, 0.326, 0.583, 0.338),
              ("2025-12-18", 0.457, 0.342, 0.509, 0.355), ("2750.59", 0.552, 0.341, 0.583, 0.35),
              ("2026-01-05", 0.457, 0.356, 0.509, 0.368), ("2774.48", 0.549, 0.354, 0.584, 0.365)]
    assert list(read_cards(_lines(placed, aspect=1.78), tax.COLUMNS, "period", parse_month)) == []


def _income_detail_screen(*banner, as_page=False):
    """The app's 收入纳税明细 screen: a title bar, a coloured band with the name in large type and no label, then a
    list of month cards."""
    placed = [("20:26", 0.05, 0.01, 0.13, 0.02), ("收入纳税明细查询", 0.34, 0.048, 0.66, 0.066), *banner,
              ("2026年05月", 0.07, 0.205, 0.27, 0.221), ("正常工资薪金", 0.75, 0.205, 0.93, 0.219),
              ("扣缴义务人", 0.07, 0.235, 0.22, 0.249), ("上海智联生物医药科技发展有限公司", 0.45, 0.235, 0.93, 0.249),
              ("收入额", 0.07, 0.26, 0.16, 0.274), ("36345.47元", 0.77, 0.26, 0.93, 0.274)]
    if as_page:
        return PageText(ref=REF, source=PageSource.ocr, width=1080, height=2340,
                        lines=[OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=0.99) for t, x0, y0, x1, y1 in placed])
    return _lines(placed, aspect=2340 / 1080)


BANNER = [("李鹏波", 0.07, 0.1, 0.24, 0.127), ("纳税人识别号512021198702106150", 0.07, 0.135, 0.52, 0.149),
          ("查询日期2026-07-02", 0.68, 0.135, 0.93, 0.149)]


def test_the_app_banner_names_its_taxpayer_in_large_type_above_the_id_line():
    lines = _income_detail_screen(*BANNER)
    found = banner_name(lines, tax.ID_LABELS)
    assert found.value == "李鹏波" and found.confidence >= CERTAIN_FLOOR
    page = _income_detail_screen(*BANNER, as_page=True)
    [draft] = group_documents([PlacedPart(page, part) for part in classify_page(page.lines)])
    fields, rows = tax.extract(draft, None)
    assert rows[0]["withholding_agent"].value == "上海智联生物医药科技发展有限公司"
    assert fields["name"].value == "李鹏波" and fields["id_number"].value == "512021198702106150"


def test_a_large_name_with_no_id_line_under_it_is_only_a_guess():
    lines = _income_detail_screen(("李鹏波", 0.07, 0.1, 0.24, 0.127), ("查询日期2026-07-02", 0.68, 0.135, 0.93, 0.149))
    found = banner_name(lines, tax.ID_LABELS)
    assert found.value == "李鹏波" and found.confidence < CERTAIN_FLOOR
    assert banner_name(_income_detail_screen(("纳税人识别号512021198702106150", 0.07, 0.135, 0.52, 0.149)),
                       tax.ID_LABELS) is None  # the title bar's words are no name


def test_a_column_title_read_with_one_character_wrong_still_heads_its_column():
    header = [("费款所属期", 0.084, 0.078, 0.145, 0.087), ("缴贵单位", 0.285, 0.078, 0.334, 0.087),
              ("缴费基数", 0.471, 0.078, 0.519, 0.087)]
    placed = header + [("2025-11", 0.09, 0.100, 0.14, 0.109), ("上海锦程网络科技有限公司", 0.20, 0.100, 0.36, 0.109),
                       ("7460.00", 0.475, 0.100, 0.516, 0.109)]
    rows = read_rows(_lines(placed), si.COLUMNS, si.OTHER_HEADERS, "month", parse_cell_month, si._row)
    assert _values(rows, "month", "employer", "base") == [("2025-11", "上海锦程网络科技有限公司", "7460.00")]


def test_a_page_whose_header_was_misread_takes_its_titles_from_the_header_of_another_page():
    """A photographed page of a record whose other page was scanned: its titles read as 实塘(道)金锁, 视紅州属期; the
    two read as they are (入库税务机关, 备注) line it up, at another size and place, with the scanned page's header."""
    good = [(text, x0, 0.078, x1, 0.092) for text, x0, x1 in (
        ("申报日期", 0.08, 0.143), ("实缴(退)金额", 0.186, 0.272), ("入(退)库日期", 0.30, 0.386), ("所得项目", 0.431, 0.494),
        ("税款所属期", 0.557, 0.636), ("入库税务机关", 0.682, 0.775), ("备注", 0.846, 0.881))]
    good += [("2026-09-15", 0.075, 0.111, 0.146, 0.125), ("2523.65", 0.205, 0.112, 0.256, 0.126),
             ("2026.08.01-2026.08.31", 0.528, 0.111, 0.664, 0.125), ("扣缴义务人:上海万象软件有限公司", 0.797, 0.111, 0.928, 0.125)]
    bad = [(text, x0, 0.240, x1, 0.256) for text, x0, x1 in (
        ("中报日期", 0.189, 0.229), ("实塘(道)金锁", 0.253, 0.310), ("入道库日期", 0.325, 0.383), ("用得项目", 0.408, 0.454),
        ("视紅州属期", 0.496, 0.552), ("入库税务机关", 0.585, 0.653), ("备注", 0.707, 0.735))]
    bad += [("2026-04-07", 0.181, 0.294, 0.230, 0.308), ("1717.31", 0.262, 0.294, 0.297, 0.306),
            ("2026.03.01-2026.03.31", 0.472, 0.290, 0.571, 0.306), ("扣缴义务人:上海万象软件有限公司", 0.666, 0.290, 0.770, 0.306)]
    lines = _lines(good) + [replace(line, page_index=1) for line in _lines(bad)]
    rows = read_rows(lines, tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert _values(rows, "period", "amount", "withholding_agent") == [
        ("2026-08", "2523.65", "上海万象软件有限公司"), ("2026-03", "1717.31", "上海万象软件有限公司")]


def test_wrapped_remarks_of_rows_set_close_go_each_to_its_own_row():
    """Each row's remark wraps onto three lines centred in its row; the next row's first line stands right under
    the last line of the row above, so the lines make one stack that holds two rows' remarks."""
    placed = list(NATIONAL_HEADER)
    for top, month in ((0.30, "08"), (0.343, "09")):
        placed += [("扣缴义务人:9131011", 0.797, top, 0.928, top + 0.015),
                   ("772868592XB上海万", 0.80, top + 0.012, 0.925, top + 0.026),
                   ("象软件有限公司", 0.813, top + 0.021, 0.911, top + 0.038),
                   (f"2026.{month}.01-2026.{month}.30", 0.46, top + 0.012, 0.56, top + 0.026),
                   ("2523.65", 0.197, top + 0.012, 0.238, top + 0.026)]
    rows = read_rows(_lines(placed), tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert _values(rows, "period", "withholding_agent") == [("2026-08", "上海万象软件有限公司"),
                                                           ("2026-09", "上海万象软件有限公司")]


def test_a_period_whose_joiner_ocr_misread_is_one_cell():
    """2025-09-01至 / 2025-09-30 with 至 read as 星: the second line is the range's end, no row of its own."""
    placed = NATIONAL_HEADER + [("2025-09-01星", 0.463, 0.30, 0.522, 0.312), ("2025-09-30", 0.469, 0.31, 0.52, 0.322),
                                ("0.00", 0.2, 0.305, 0.23, 0.317),
                                ("2025-10-01至", 0.463, 0.34, 0.522, 0.352), ("2025-10-31", 0.469, 0.35, 0.52, 0.362),
                                ("89.89", 0.2, 0.345, 0.23, 0.357)]
    rows = read_rows(_lines(placed), tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert _values(rows, "period", "amount") == [("2025-09", "0.00"), ("2025-10", "89.89")]


def test_wrapped_payers_drifting_down_a_photographed_table_keep_to_their_rows():
    """The old 完税证明 photographed at an angle: each payer wraps onto two overlapping lines, and the payer column
    drifts down against the period column by a whole row over nine rows."""
    header = [("税款所属时期", 0.375, 0.398, 0.44, 0.428), ("实缴(退)金额", 0.639, 0.391, 0.706, 0.422),
              ("扣缴义务人", 0.73, 0.389, 0.794, 0.419)]
    placed = list(header)
    for index in range(9):
        y = 0.429 + 0.027 * index
        drift = 0.003 * index
        placed += [(f"2025-{index + 3:02d}-01至2025-{index + 3:02d}-28", 0.378, y, 0.483, y + 0.03),
                   (f"{100 + index}.00", 0.64, y, 0.68, y + 0.024),
                   ("上海中科汇智信息技术发", 0.734, y - 0.012 + drift, 0.847, y + 0.022 + drift),
                   ("展有限公司", 0.735, y + 0.007 + drift, 0.788, y + 0.031 + drift)]
    rows = read_rows(_lines(placed, aspect=0.75), tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert [row["withholding_agent"].value for row in rows] == ["上海中科汇智信息技术发展有限公司"] * 9


def test_a_period_whose_dates_disagree_takes_the_month_its_neighbours_stand_around_as_a_guess():
    """2026.09.01-2026.03.31 between a February and an April row, both months inside the 记录期间: the order of the
    rows tells, as a guess."""
    rows = [(0.30, "2026.02.01-2026.02.28"), (0.34, "2026.09.01-2026.03.31"), (0.38, "2026.04.01-2026.04.30")]
    placed = NATIONAL_HEADER + [item for top, period in rows for item in (
        (period, 0.46, top, 0.56, top + 0.01), ("1717.31", 0.197, top, 0.238, top + 0.01))]
    read = read_rows(_lines(placed), tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    settled = tax._periods_settled_by_neighbours(read)
    assert [row["period"].value for row in settled] == ["2026-02", "2026-03", "2026-04"]
    assert settled[1]["period"].confidence < CERTAIN_FLOOR and settled[1]["period"].alternatives == ["2026-09"]



def test_rows_whose_month_ocr_lost_take_the_months_their_neighbours_leave_room_for_as_guesses():
    """A grey print whose month cells OCR lost in two rows: their amounts stand one under the other in the base
    column; 2025-03 above and 2025-06 below leave room for exactly two months."""
    header = [("费款所属期", 0.084, 0.078, 0.145, 0.087), ("缴费单位", 0.285, 0.078, 0.334, 0.087),
              ("缴费基数", 0.471, 0.078, 0.519, 0.087)]
    placed = list(header)
    for index, month in enumerate(("2025-03", None, None, "2025-06")):
        y = 0.10 + 0.02 * index
        placed += [(f"{23700 + index}.00", 0.475, y, 0.516, y + 0.009)]
        if month:
            placed += [(month, 0.09, y, 0.14, y + 0.009)]
    lines = _lines(placed)
    rows = read_rows(lines, si.COLUMNS, si.OTHER_HEADERS, "month", parse_cell_month, si._row)
    assert _values(rows, "month", "base") == [("2025-03", "23700.00"), (None, "23701.00"), (None, "23702.00"),
                                              ("2025-06", "23703.00")]
    lost_months_from_neighbours(rows, "month")
    assert [row["month"].value for row in rows] == ["2025-03", "2025-04", "2025-05", "2025-06"]
    assert rows[1]["month"].guessed and rows[1]["month"].confidence < CERTAIN_FLOOR


def test_a_photographed_last_page_of_a_social_insurance_table_scores_as_its_continuation():
    """The record's second page, photographed badly: most titles misread, 缴费单位 read as it is."""
    from precheck.pipeline.classify import classify_lines
    texts = ["费款所展期", "缴费单位", "维费基款", "医行", "先业", "备注", "202608", "上海智鼎人才服务有限公司", "37302.00"]
    page = [OcrLine(text=text, bbox=(0.1 * i, 0.2, 0.1 * i + 0.08, 0.22), confidence=0.9) for i, text in enumerate(texts)]
    assert classify_lines(page).scores["social_insurance_record"] >= si.DOCUMENT_TYPE.continue_score


def _filed_row(top, period, filed, amount):
    """One row of the national table: 申报日期, 实缴(退)金额, 入(退)库日期, 所得项目, 税款所属期."""
    return [(filed, 0.075, top, 0.134, top + 0.008), (amount, 0.197, top, 0.238, top + 0.008),
            (filed, 0.266, top, 0.325, top + 0.008), ("工资薪金所得", 0.36, top, 0.431, top + 0.008),
            (period, 0.48, top, 0.535, top + 0.008)]


def test_the_filing_dates_of_a_row_confirm_or_correct_its_period():
    """Each row is declared and paid in the month after its period. A period outside the 记录期间 (whose label OCR
    read 记录期同) was misread by one character and takes the filing's month; a period OCR lost (20:26-01) takes it
    as a guess; a period after its own filing month, inside the record period, stands, doubtful."""
    header = [("记录期同2025年11月至2026年10月", 0.08, 0.20, 0.30, 0.21)] + NATIONAL_HEADER
    rows_text = (_filed_row(0.30, "2023-12", "2026-01-05", "1408.63") + _filed_row(0.33, "20:26-01", "2026-02-11", "372.98")
                 + _filed_row(0.36, "2026-05", "2026-04-08", "307.33") + _filed_row(0.39, "2026-06", "2026-07-08", "1105.80")
                 + _filed_row(0.42, "2028-09", "2026-10-07", "1364.89"))
    lines = _lines(header + rows_text)
    rows = read_rows(lines, tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month,
                     partial(tax._row, record_months=tax._record_months(lines)))
    assert _values(rows, "period", "amount") == [("2025-12", "1408.63"), ("2026-01", "372.98"), ("2026-05", "307.33"),
                                                 ("2026-06", "1105.80"), ("2026-09", "1364.89")]
    corrected, lost, early, confirmed, late = (row["period"] for row in rows)
    assert CERTAIN_FLOOR <= corrected.confidence <= 0.9 and not corrected.guessed
    assert lost.guessed and lost.confidence < CERTAIN_FLOOR
    assert early.confidence < CERTAIN_FLOOR and not early.guessed
    assert confirmed.confidence == 1.0
    assert late.value == "2026-09" and late.confidence <= 0.9


def test_a_period_outside_the_record_period_with_no_filing_date_is_doubtful():
    header = [("记录期间：2025年11月至2026年10月", 0.08, 0.20, 0.30, 0.21)] + NATIONAL_HEADER
    row = [("1364.89", 0.197, 0.30, 0.238, 0.308), ("2028-09", 0.48, 0.30, 0.535, 0.308)]
    lines = _lines(header + row)
    rows = read_rows(lines, tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month,
                     partial(tax._row, record_months=tax._record_months(lines)))
    assert rows[0]["period"].value == "2028-09" and rows[0]["period"].confidence < 0.6


def test_two_printouts_of_one_record_each_bound_their_own_rows_by_their_own_record_period():
    """A record handed in as two national tables (记录期间 2025年01月至2025年06月, then 2025年07月至2025年12月): each
    page's rows stand inside its own page's period, none made doubtful by the other page's."""
    def page(index, first, last, rows):
        placed = [(f"记录期间：{first}至{last}", 0.08, 0.20, 0.30, 0.21)] + NATIONAL_HEADER + rows
        return [make_line(OcrLine(text=text, bbox=(x0, y0, x1, y1), confidence=1.0), PageRef(file=f"t{index}.pdf", page=1),
                          index, 842 / 595) for text, x0, y0, x1, y1 in placed]

    lines = (page(0, "2025年01月", "2025年06月", _filed_row(0.30, "2025-05", "2025-06-10", "100.00"))
             + page(1, "2025年07月", "2025年12月", _filed_row(0.30, "2025-11", "2025-12-10", "200.00")))
    rows = read_rows(lines, tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month,
                     partial(tax._row, record_months=tax._record_months(lines)))
    assert [(row["period"].value, row["period"].confidence) for row in rows] == [("2025-05", 1.0), ("2025-11", 1.0)]
def _contribution_card(top, month, tag, employer, base, merged_tag=False):
    """One card of a city app's 养老保险缴费明细 list: the month and its status tag on the first line, the employer
    with no label on the left of the second, the base after its short label on the right."""
    first = [(f"{month} {tag}", 0.065, top, 0.4, top + 0.023)] if merged_tag else [
        (month, 0.065, top, 0.283, top + 0.023), (tag, 0.847, top, 0.935, top + 0.024)]
    return first + [(employer, 0.072, top + 0.031, 0.49, top + 0.048), (base, 0.707, top + 0.031, 0.931, top + 0.05)]


CONTRIBUTIONS_SCREEN = [("17:43", 0.056, 0.019, 0.172, 0.042), ("个人缴费信息", 0.36, 0.061, 0.637, 0.087),
                        ("郑蕾", 0.06, 0.125, 0.18, 0.158), ("证件号码", 0.065, 0.16, 0.206, 0.182),
                        ("33010619930401661X", 0.543, 0.164, 0.932, 0.181)]


def _contributions_page(placed):
    return PageText(ref=REF, source=PageSource.ocr, width=1080, height=2340,
                    lines=[OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=0.99) for t, x0, y0, x1, y1 in placed])


def test_a_social_insurance_app_list_of_cards_is_read_without_labels_for_its_employer_and_status():
    placed = CONTRIBUTIONS_SCREEN + _contribution_card(0.221, "2024年10月", "正常", "上海浦江建筑工程有限公司", "基数 14200.00") \
        + _contribution_card(0.306, "2024年11月", "补缴", "上海浦江建筑工程有限公司", "14200.00", merged_tag=True) \
        + _contribution_card(0.392, "2024年12月", "正常", "上海华腾(集团)有限公司", "基数14200.00")
    page = _contributions_page(placed)
    [draft] = group_documents([PlacedPart(page, part) for part in classify_page(page.lines)])
    assert draft.type_id == "social_insurance_record"  # titled 个人缴费信息: known by its cards
    fields, rows = si.extract(draft, None)
    assert fields["name"].value == "郑蕾" and fields["name"].confidence >= CERTAIN_FLOOR
    assert fields["id_number"].value == "33010619930401661X"
    assert _values(rows, "month", "employer", "base", "back_payment") == [
        ("2024-10", "上海浦江建筑工程有限公司", "14200.00", False), ("2024-11", "上海浦江建筑工程有限公司", "14200.00", True),
        ("2024-12", "上海华腾(集团)有限公司", "14200.00", False)]


def test_a_card_cut_off_at_the_foot_of_the_screen_keeps_its_month_with_its_values_unread():
    placed = CONTRIBUTIONS_SCREEN + _contribution_card(0.221, "2024年10月", "正常", "上海浦江建筑工程有限公司", "基数 14200.00") \
        + _contribution_card(0.306, "2024年11月", "正常", "上海浦江建筑工程有限公司", "基数 14200.00") \
        + [("2024年12月", 0.065, 0.975, 0.283, 0.998)]
    page = _contributions_page(placed)
    [draft] = group_documents([PlacedPart(page, part) for part in classify_page(page.lines)])
    fields, rows = si.extract(draft, None)
    assert _values(rows, "month", "employer", "base", "back_payment") == [
        ("2024-10", "上海浦江建筑工程有限公司", "14200.00", False), ("2024-11", "上海浦江建筑工程有限公司", "14200.00", False),
        ("2024-12", None, None, None)]
    placed[-1] = ("2024年12月 补缴", 0.065, 0.975, 0.4, 0.998)  # its tag on its first line, there to see
    [draft] = group_documents([PlacedPart(page, part) for part in classify_page(_contributions_page(placed).lines)])
    assert _values(si.extract(draft, None)[1], "month", "back_payment")[-1] == ("2024-12", True)


def _income_card(top, month, agent="上海禾信医疗器械有限公司", amount="1,256.77"):
    return [("工资薪金所得", 0.071, top, 0.309, top + 0.021), (month, 0.787, top, 0.931, top + 0.021),
            ("扣缴义务人", 0.069, top + 0.033, 0.235, top + 0.051), (agent, 0.526, top + 0.033, 0.928, top + 0.05),
            (f"已申报税额{amount}", 0.623, top + 0.059, 0.928, top + 0.077)]


def _cards_on_screens(*screens):
    lines = []
    for index, placed in enumerate(screens):
        lines += [make_line(OcrLine(text=text, bbox=(x0, y0, x1, y1), confidence=1.0), REF, index, 2340 / 1080)
                  for text, x0, y0, x1, y1 in placed]
    return [tax._row(cells, spans) for cells, spans in read_cards(lines, tax.COLUMNS, "period", parse_month)]


def test_a_tax_card_showing_only_its_first_line_at_the_foot_of_the_screen_is_the_months_row():
    cut = [("工资薪金所得", 0.074, 0.967, 0.307, 0.986), ("2026-10", 0.787, 0.965, 0.932, 0.986)]
    rows = _cards_on_screens(_income_card(0.26, "2026-08") + _income_card(0.40, "2026-09") + cut)
    assert _values(rows, "period", "withholding_agent", "amount") == [
        ("2026-08", "上海禾信医疗器械有限公司", "1256.77"), ("2026-09", "上海禾信医疗器械有限公司", "1256.77"),
        ("2026-10", None, None)]
    # the next screenshot of the scrolled list opens with that card whole: it is one row, read there
    rows = _cards_on_screens(_income_card(0.26, "2026-08") + _income_card(0.40, "2026-09") + cut,
                             _income_card(0.12, "2026-10") + _income_card(0.26, "2026-11"))
    assert [row["period"].value for row in rows] == ["2026-08", "2026-09", "2026-10", "2026-11"]
    assert rows[2]["amount"].value == "1256.77"


def test_a_card_holding_several_unlabelled_amounts_names_none_of_them_its_base():
    """A ruled table photographed with its header misread reads as cards: its row's base and the amounts paid stand
    bare side by side, and nothing tells which is the base."""
    placed = [("202511", 0.197, 0.254, 0.24, 0.272), ("上海锦程网络科技有限公司", 0.264, 0.248, 0.372, 0.266),
              ("7460.00", 0.467, 0.261, 0.51, 0.275), ("596.80", 0.524, 0.257, 0.562, 0.274),
              ("2025-12", 0.197, 0.284, 0.244, 0.302), ("上海锦程网络科技有限公司", 0.264, 0.286, 0.375, 0.304),
              ("7460.00", 0.467, 0.288, 0.511, 0.304), ("596.80", 0.525, 0.287, 0.564, 0.303)]
    cards = read_cards(_lines(placed), si.CARD_COLUMNS, "month", parse_cell_month,
                       unlabelled={"employer": si.parse_payer, "base": si.parse_amount})
    rows = [si._row(cells, spans, card=True) for cells, spans in cards]
    assert _values(rows, "month", "employer", "base") == [("2025-11", "上海锦程网络科技有限公司", None),
                                                          ("2025-12", "上海锦程网络科技有限公司", None)]


def test_employers_whose_column_title_a_watermark_covered_are_read_after_the_month():
    """The 单位名称 title under a watermark's piece: the header names the month and the base only, and each row's
    company falls into the month's column."""
    header = [("费款所属期", 0.078, 0.144, 0.152, 0.16), ("缴费基数", 0.499, 0.14, 0.559, 0.156),
              ("养老(个人)", 0.608, 0.139, 0.682, 0.155)]
    placed = header + [("2024-12", 0.061, 0.165, 0.115, 0.179), ("上海众合信息科技有限公司", 0.173, 0.161, 0.337, 0.178),
                       ("14500.00", 0.531, 0.162, 0.598, 0.176), ("1160.00", 0.647, 0.161, 0.703, 0.175),
                       ("2025-01", 0.061, 0.186, 0.114, 0.199), ("上海通达企业服务外包有限公司", 0.173, 0.181, 0.36, 0.199),
                       ("14500.00", 0.531, 0.18, 0.592, 0.194), ("1160.00", 0.651, 0.179, 0.7, 0.191)]
    rows = read_rows(_lines(placed), si.COLUMNS, si.OTHER_HEADERS, "month", parse_cell_month, si._row)
    assert _values(rows, "month", "employer", "base") == [("2024-12", "上海众合信息科技有限公司", "14500.00"),
                                                          ("2025-01", "上海通达企业服务外包有限公司", "14500.00")]


def test_a_card_whose_values_each_stand_right_of_a_grey_label_and_whose_month_follows_its_own_label():
    def card(top, month, employer, base, status):
        return [(f"缴费年月：{month}", 0.06, top, 0.4, top + 0.02),
                ("单位名称", 0.06, top + 0.03, 0.2, top + 0.048), (employer, 0.5, top + 0.03, 0.93, top + 0.048),
                ("缴费基数", 0.06, top + 0.056, 0.2, top + 0.074), (base, 0.75, top + 0.056, 0.93, top + 0.074),
                ("缴费状态", 0.06, top + 0.082, 0.2, top + 0.1), (status, 0.85, top + 0.082, 0.93, top + 0.1)]
    placed = card(0.2, "2026-03", "上海锦程网络科技有限公司", "8000.00", "正常") \
        + card(0.33, "2026-04", "上海锦程网络科技有限公司", "8000.00", "补缴")
    cards = read_cards(_lines(placed, aspect=2.17), si.CARD_COLUMNS, "month", parse_cell_month, tags=si.SECTION_WORDS,
                       unlabelled={"status": si.parse_status, "employer": si.parse_payer, "base": si.parse_amount})
    rows = [si._row(cells, spans, card=True) for cells, spans in cards]
    assert _values(rows, "month", "employer", "base", "back_payment") == [
        ("2026-03", "上海锦程网络科技有限公司", "8000.00", False), ("2026-04", "上海锦程网络科技有限公司", "8000.00", True)]


def test_a_tax_card_naming_its_payer_with_no_label_and_its_item_on_the_months_line():
    def card(top, month, agent):
        return [(f"工资薪金所得 {month}", 0.07, top, 0.93, top + 0.021), (agent, 0.07, top + 0.033, 0.6, top + 0.05),
                ("已申报税额 845.20", 0.6, top + 0.059, 0.93, top + 0.077)]
    lines = _lines(card(0.2, "2026-09", "上海禾信医疗器械有限公司") + card(0.32, "2026-10", "上海外服人力资源有限公司"),
                   aspect=2.17)
    cards = read_cards(lines, tax.COLUMNS, "period", parse_month, tags=tax.INCOME_ITEMS,
                       unlabelled={"withholding_agent": tax.parse_payer})
    assert _values([tax._row(cells, spans) for cells, spans in cards], "period", "withholding_agent", "amount") == [
        ("2026-09", "上海禾信医疗器械有限公司", "845.20"), ("2026-10", "上海外服人力资源有限公司", "845.20")]


def test_an_income_item_is_no_unlabelled_payer():
    """工资薪金所得 reads as a company 工资薪金所 with a word left over: the line is the card's item, not its payer."""
    placed = _income_card(0.26, "2026-08") + [("工资薪金所得", 0.074, 0.40, 0.307, 0.42), ("2026-09", 0.787, 0.40, 0.932, 0.42),
                                              ("已申报税额 845.20", 0.623, 0.459, 0.928, 0.477)]
    cards = read_cards(_lines(placed, aspect=2.17), tax.COLUMNS, "period", parse_month, tags=tax.INCOME_ITEMS,
                       unlabelled={"withholding_agent": tax.parse_payer})
    assert _values([tax._row(cells, spans) for cells, spans in cards], "period", "withholding_agent") == [
        ("2026-08", "上海禾信医疗器械有限公司"), ("2026-09", None)]


def test_the_app_screen_names_its_taxpayer_after_a_bare_label():
    """收入纳税明细 as the app shows it at the top: 纳税人：NAME, then the ID line; the name may be read apart."""
    for name_lines in ([("纳税人：黎远鹏", 0.068, 0.121, 0.338, 0.145)],
                       [("纳税人：", 0.075, 0.121, 0.207, 0.145), ("黎远鹏", 0.212, 0.121, 0.344, 0.145)]):
        page = _income_detail_screen(*name_lines, ("身份证件号码：370102198312122241", 0.069, 0.151, 0.613, 0.171),
                                     as_page=True)
        [draft] = group_documents([PlacedPart(page, part) for part in classify_page(page.lines)])
        fields, _ = tax.extract(draft, None)
        assert fields["name"].value == "黎远鹏" and fields["name"].confidence >= CERTAIN_FLOOR
        assert fields["id_number"].value == "370102198312122241"


def test_a_remarks_cells_short_last_line_left_of_the_border_stays_in_its_cell():
    """A 税收完税证明 photographed: the 备注 cell wraps onto three lines left-aligned under the 实缴(退)金额 title's
    right end, and the last one (伙)) is short enough to lie wholly left of the border the titles give; it starts
    where the lines above it start, so it ends their payer's name."""
    header = [("税种", 0.203, 0.372, 0.232, 0.388), ("品目名称", 0.257, 0.373, 0.303, 0.387),
              ("税款所属时期", 0.345, 0.373, 0.410, 0.387), ("入(退)库日期", 0.455, 0.373, 0.519, 0.387),
              ("实缴(退)金额", 0.535, 0.373, 0.600, 0.387), ("备注", 0.630, 0.372, 0.662, 0.388)]
    rows = []
    for top, (month, paid, amount) in zip((0.392, 0.421), (("08", "09-13", "572.56"), ("09", "10-09", "2669.35"))):
        rows += [("个人所得税", 0.189, top, 0.235, top + 0.013), ("工资薪金所得", 0.245, top + 0.001, 0.298, top + 0.012),
                 (f"2025-{month}-01至2025-{month}-30", 0.316, top + 0.002, 0.414, top + 0.012),
                 (f"2025-{paid}", 0.439, top + 0.002, 0.489, top + 0.013), (amount, 0.531, top, 0.568, top + 0.014),
                 ("扣缴义务人：上海华信会", 0.600, top, 0.689, top + 0.010),
                 ("计师事务所（特殊普通合", 0.600, top + 0.006, 0.689, top + 0.017),
                 ("伙)", 0.600, top + 0.014, 0.616, top + 0.024)]
    read = read_rows(_lines(header + rows), tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert _values(read, "period", "withholding_agent", "amount") == [
        ("2025-08", "上海华信会计师事务所(特殊普通合伙)", "572.56"), ("2025-09", "上海华信会计师事务所(特殊普通合伙)", "2669.35")]


def test_the_columns_of_a_photo_taken_at_a_slant_stand_as_the_key_column_shows():
    """A 税收完税证明 photographed at a slant: its rows rise 0.05 per width to the right, but the page was not turned,
    so its columns stand upright; moved with the tilt, the border before 备注 (whose cells start under the end of
    the 实缴(退)金额 title) would cut 扣缴义务人 off the lower rows. The period column, read down the table, shows
    how the columns stand."""
    aspect, tilt = 1.333, -0.05
    header = [(title, x0, 0.36, x1, 0.38) for title, x0, x1 in (
        ("税种", 0.224, 0.26), ("税款所属时期", 0.40, 0.482), ("入(退)库日期", 0.534, 0.616), ("实缴(退)金额", 0.628, 0.715),
        ("备注", 0.747, 0.785))]
    placed = list(header)
    for index in range(10):
        y = 0.40 + index * 0.036
        placed += [("个人所得税", 0.205, y, 0.265, y + 0.018), (f"2026-{index + 1:02d}-01至2026-{index + 1:02d}-28", 0.36, y, 0.483, y + 0.018),
                   (f"2026-{index + 2:02d}-10", 0.516, y, 0.578, y + 0.018), (f"{1000 + index}.35", 0.630, y, 0.676, y + 0.018),
                   ("扣缴义务人：上海星河教", 0.709, y, 0.820, y + 0.018), ("育科技有限公司", 0.710, y + 0.011, 0.784, y + 0.028)]
    lines = [make_line(OcrLine(text=t, bbox=(x0, y0 + tilt * ((x0 + x1) / 2 - 0.5), x1, y1 + tilt * ((x0 + x1) / 2 - 0.5)),
                               confidence=1.0), REF, 0, aspect, tilt) for t, x0, y0, x1, y1 in placed]
    rows = read_rows(lines, tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert [row["amount"].value for row in rows] == [f"{1000 + index}.35" for index in range(10)]
    assert {row["withholding_agent"].value for row in rows} == {"上海星河教育科技有限公司"}


def test_a_tightly_wrapped_cells_lines_read_from_the_top_though_their_boxes_run_into_one_row():
    """A photo's tight wrapping: the second line's box (taller, a little further left) overlaps the first's by most of
    its height, so the two fall into one row of the cell; they stand one over the other and read from the top."""
    header = [("税款所属时期", 0.345, 0.373, 0.410, 0.387), ("实缴(退)金额", 0.535, 0.373, 0.600, 0.387),
              ("备注", 0.630, 0.372, 0.662, 0.388)]
    row = [("2025-10-01至2025-10-31", 0.313, 0.449, 0.413, 0.461), ("737.31", 0.529, 0.449, 0.567, 0.465),
           ("扣缴义务人：上海华信会", 0.598, 0.450, 0.688, 0.463), ("计师事务所（特殊普通合", 0.596, 0.452, 0.689, 0.470),
           ("伙)", 0.599, 0.465, 0.616, 0.474)]
    read = read_rows(_lines(header + row), tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert _values(read, "period", "withholding_agent", "amount") == [
        ("2025-10", "上海华信会计师事务所(特殊普通合伙)", "737.31")]


def test_the_income_column_of_a_detail_list_is_not_the_tax():
    # 收入纳税明细 as outsider K's text PDF prints it: 收入 (the income) stands left of 已申报税额 (the tax withheld).
    header = [("所得项目", 0.071, 0.250, 0.113, 0.266), ("所得期间", 0.199, 0.250, 0.241, 0.266),
              ("收入", 0.300, 0.250, 0.321, 0.266), ("已申报税额", 0.387, 0.250, 0.441, 0.266),
              ("扣缴义务人", 0.475, 0.250, 0.528, 0.266), ("申报日期", 0.710, 0.250, 0.753, 0.266),
              ("备注", 0.798, 0.250, 0.819, 0.266)]
    rows = [("正常工资薪金", 0.071, 0.339, 0.135, 0.354), ("2026-03", 0.199, 0.339, 0.236, 0.354),
            ("19429.18", 0.300, 0.339, 0.342, 0.354), ("496.71", 0.387, 0.339, 0.419, 0.354),
            ("上海锦程生物医药科技有限公司", 0.475, 0.339, 0.624, 0.354), ("2026-04-14", 0.710, 0.339, 0.764, 0.354),
            ("正常工资薪金", 0.071, 0.391, 0.135, 0.406), ("2026-04", 0.199, 0.391, 0.236, 0.406),
            ("18318.21", 0.300, 0.391, 0.342, 0.406), ("1239.71", 0.387, 0.391, 0.425, 0.406),
            ("上海锦程生物医药科技有限公司", 0.475, 0.391, 0.624, 0.406), ("2026-05-12", 0.710, 0.391, 0.764, 0.406)]
    read = read_rows(_lines(header + rows), tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert _values(read, "period", "amount") == [("2026-03", "496.71"), ("2026-04", "1239.71")]


# The 个税 app's 收入纳税明细 at a large font (outsider U, u000 and u012): each card ends with its key, 税款所属期：…
# beside 已申报税额, under the item and the payer, whose name wraps onto a line of its own.
def _card_closed_by_its_key(top, month, payer_lines, tax_amount):
    placed = [("工资薪金", 0.069, top, 0.262, top + 0.027), ("收入 22,794.34", 0.622, top + 0.001, 0.929, top + 0.027),
              ("扣缴义务人：" + payer_lines[0], 0.073, top + 0.032, 0.587, top + 0.053)]
    placed += [(text, 0.071, top + 0.057 + 0.025 * i, 0.225, top + 0.079 + 0.025 * i) for i, text in enumerate(payer_lines[1:])]
    key_top = top + 0.033 + 0.025 * len(payer_lines)
    return placed + [(f"税款所属期：{month}", 0.073, key_top, 0.431, key_top + 0.020),
                     (f"已申报税额{tax_amount}", 0.590, key_top, 0.927, key_top + 0.021)]


def test_app_cards_that_end_with_their_key_take_the_payer_above_the_key_and_its_wrapped_name():
    """Before, each card ran down from its key: it took the next card's payer (a second payer in one month moved to
    the month below it), and a payer's name wrapped after 扣缴义务人： lost its 有限公司."""
    placed = [("收入纳税明细", 0.353, 0.053, 0.646, 0.079), ("已申报税额合计(元)", 0.076, 0.341, 0.415, 0.362),
              ("17,261.33", 0.731, 0.340, 0.931, 0.366)]
    placed += _card_closed_by_its_key(0.446, "2026-11", ["上海嘉禾(集团)有限公", "司"], "2,656.28")
    placed += _card_closed_by_its_key(0.586, "2026-10", ["上海瑞衡(集团)有限公", "司"], "418.75")
    placed += _card_closed_by_its_key(0.726, "2026-10", ["上海嘉禾(集团)有限公", "司"], "2,271.31")
    lines = _lines(placed, aspect=3200 / 1440)
    rows = [tax._row(cells, spans) for cells, spans in read_cards(lines, tax.COLUMNS, "period", parse_month,
                                                                 tags=tax.INCOME_ITEMS)]
    assert _values(rows, "period", "withholding_agent", "amount") == [
        ("2026-11", "上海嘉禾(集团)有限公司", "2656.28"), ("2026-10", "上海瑞衡(集团)有限公司", "418.75"),
        ("2026-10", "上海嘉禾(集团)有限公司", "2271.31")]


def test_app_record_cards_that_set_every_value_right_of_its_label_the_period_too():
    """The app's 纳税记录 (outsider U, u002): 税款所属期 … 2026-09-01至2026-09 over -30, 扣缴义务人 … 上海申联软件有限公
    over 司, each value right-aligned. Before, no card was found, and the 开具日期 2026-10-23 made the only row."""
    placed = [("纳税记录", 0.369, 0.046, 0.631, 0.081), ("开具日期", 0.069, 0.298, 0.285, 0.328),
              ("2026-10-23", 0.641, 0.301, 0.925, 0.328)]
    for top, month, last_day, amount in ((0.392, "09", "30", "1,935.75"), (0.855, "08", "31", "1,967.90")):
        placed += [("税款所属期", 0.071, top, 0.335, top + 0.029),
                   (f"2026-{month}-01至2026-{month}", 0.388, top + 0.003, 0.927, top + 0.028),
                   (f"-{last_day}", 0.834, top + 0.036, 0.934, top + 0.067),
                   ("实缴(退)金额", 0.073, top + 0.167, 0.365, top + 0.196), (amount, 0.706, top + 0.166, 0.933, top + 0.2),
                   ("扣缴义务人", 0.069, top + 0.334, 0.335, top + 0.364), ("上海申联软件有限公", 0.434, top + 0.335, 0.927, top + 0.364),
                   ("司", 0.863, top + 0.370, 0.932, top + 0.402)]
    lines = _lines(placed, aspect=3200 / 1440)
    rows = [tax._row(cells, spans) for cells, spans in read_cards(lines, tax.COLUMNS, "period", parse_month,
                                                                 tags=tax.INCOME_ITEMS)]
    assert _values(rows, "period", "withholding_agent", "amount") == [
        ("2026-09", "上海申联软件有限公司", "1935.75"), ("2026-08", "上海申联软件有限公司", "1967.90")]


def test_two_titles_of_cramped_cells_read_as_one_line_each_head_their_own_column():
    """Chromium's print of the national record with narrow cells (outsider U, u011, text layer): 入(退)库 and 所得项 run
    together into one line over 日期 and 目. Before, 所得项目 alone was found in it, the 入(退)库日期 column was lost,
    and its dates (2026- over 01-10) ran into every amount."""
    header = [("实缴(退)金", 0.159, 0.188, 0.251, 0.202), ("入(退)库所得项", 0.273, 0.188, 0.426, 0.202),
              ("备", 0.914, 0.188, 0.934, 0.202), ("申报日期", 0.062, 0.197, 0.142, 0.212),
              ("税款所属期", 0.465, 0.197, 0.566, 0.212), ("入库税务机关", 0.620, 0.197, 0.741, 0.212),
              ("扣缴义务人", 0.784, 0.197, 0.884, 0.212), ("额", 0.195, 0.206, 0.215, 0.220),
              ("日期", 0.289, 0.206, 0.329, 0.220), ("目", 0.385, 0.206, 0.405, 0.220), ("注", 0.914, 0.206, 0.934, 0.220)]

    def row(top, month, amount, filed, paid):
        return [("国家税务总局上", 0.601, top - 0.010, 0.742, top + 0.004), ("2026-", 0.062, top, 0.116, top + 0.014),
                ("2026-", 0.267, top, 0.322, top + 0.014), (f"工资薪2026-{month}-01至", 0.361, top, 0.575, top + 0.014),
                ("上海启辰精密", 0.770, top, 0.890, top + 0.014), (amount, 0.173, top + 0.009, 0.257, top + 0.023),
                ("海市松江区税务", 0.601, top + 0.009, 0.742, top + 0.023), (filed, 0.062, top + 0.019, 0.116, top + 0.033),
                (paid, 0.267, top + 0.019, 0.322, top + 0.033), (f"金所得2026-{month}-28", 0.361, top + 0.019, 0.549, top + 0.033),
                ("机械有限公司", 0.770, top + 0.019, 0.890, top + 0.033), ("局", 0.601, top + 0.028, 0.621, top + 0.042)]

    lines = _lines(header + row(0.240, "01", "1,688.56", "02-10", "02-12") + row(0.301, "02", "1,775.57", "03-05", "03-09"))
    rows = read_rows(lines, tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert _values(rows, "period", "withholding_agent", "amount") == [
        ("2026-01", "上海启辰精密机械有限公司", "1688.56"), ("2026-02", "上海启辰精密机械有限公司", "1775.57")]


def test_an_app_card_key_read_into_one_line_with_the_label_beside_it_or_misread_still_makes_its_row():
    """The same list on a screen where OCR ran each card's key into its 已申报税额 (outsider U, u022): 税款所属期：2026-08
    已申报税额548.59 is a key and an amount; 税款所属期：2026-0巴申报税额2,158.20 lost a digit of its month, and its card
    is a row whose month is unread. Before, no card was found; cutting the keys apart alone would have dropped the
    misread ones and made their months missing for sure."""
    def card(top, key_line):
        return [("工资薪金", 0.073, top, 0.316, top + 0.032), ("收入 12,372.68", 0.536, top, 0.925, top + 0.032),
                ("扣缴义务人：上海申联(集", 0.073, top + 0.044, 0.606, top + 0.068),
                ("团)有限公司", 0.075, top + 0.075, 0.328, top + 0.101), (key_line, 0.075, top + 0.109, 0.925, top + 0.132)]
    placed = [("收入纳税明细", 0.315, 0.049, 0.685, 0.081)] + card(0.217, "税款所属期：2026-08已申报税额548.59") \
        + card(0.388, "税款所属期：2026-0巴申报税额2,158.20") + card(0.561, "税款所属期：2026-06已申报税额844.10")
    rows = [tax._row(cells, spans) for cells, spans in read_cards(_lines(placed, aspect=3200 / 1440), tax.COLUMNS,
                                                                 "period", parse_month, tags=tax.INCOME_ITEMS)]
    assert _values(rows, "period", "withholding_agent", "amount") == [
        ("2026-08", "上海申联(集团)有限公司", "548.59"), (None, "上海申联(集团)有限公司", None),
        ("2026-06", "上海申联(集团)有限公司", "844.10")]


def test_a_tall_upright_cell_beside_the_key_column_does_not_take_a_wrapped_period_s_end():
    """outsider U's u018, a Chromium print of the national record photographed: every cell of a narrow table wraps,
    and 工资薪金所得 is set upright in its narrow cell, a line as tall as the row, standing between 2025.12.01- and
    2025.12.31. Before, it was taken for the range's end, and 2025.12.31 opened a second row of 2025-12."""
    placed = [
        ("所得项目", 0.415, 0.218, 0.449, 0.288), ("申报日", 0.228, 0.233, 0.280, 0.251), ("期", 0.240, 0.249, 0.265, 0.267),
        ("实缴(退)金", 0.281, 0.232, 0.358, 0.253), ("额", 0.307, 0.249, 0.334, 0.269),
        ("库日期", 0.361, 0.250, 0.414, 0.269), ("入(退)", 0.364, 0.235, 0.411, 0.254),
        ("税款所属期", 0.463, 0.244, 0.546, 0.265), ("入库税", 0.561, 0.237, 0.615, 0.257),
        ("务机关", 0.561, 0.252, 0.615, 0.273), ("备注", 0.716, 0.247, 0.756, 0.268),
        ("工资薪金所得", 0.406, 0.284, 0.440, 0.386), ("国家税", 0.556, 0.296, 0.608, 0.316),
        ("12-07", 0.219, 0.332, 0.268, 0.349), ("2025-", 0.220, 0.317, 0.268, 0.333),
        ("2,205.55", 0.286, 0.326, 0.356, 0.342), ("2025-", 0.356, 0.318, 0.402, 0.335),
        ("12-10", 0.356, 0.333, 0.403, 0.351), ("2025.11.30", 0.449, 0.335, 0.534, 0.351),
        ("2025.11.01-", 0.450, 0.319, 0.537, 0.336), ("徐汇区", 0.553, 0.342, 0.606, 0.362),
        ("务总局", 0.556, 0.312, 0.607, 0.331), ("上海市", 0.556, 0.326, 0.607, 0.346),
        ("扣缴义务人：上海华腾(集团)有限公", 0.616, 0.320, 0.846, 0.341), ("司(91310117MA1UPFAA92)", 0.616, 0.336, 0.814, 0.356),
        ("税务局", 0.553, 0.358, 0.606, 0.378),
        ("工资薪金所得", 0.405, 0.383, 0.433, 0.485), ("国家税", 0.552, 0.394, 0.606, 0.414),
        ("2026-", 0.214, 0.417, 0.261, 0.433), ("2026-", 0.352, 0.417, 0.398, 0.435),
        ("2025.12.01-", 0.447, 0.418, 0.534, 0.435), ("务总局", 0.552, 0.410, 0.606, 0.430),
        ("扣缴义务人：上海华腾(集团)有限公", 0.614, 0.419, 0.847, 0.438), ("01-14", 0.213, 0.431, 0.264, 0.451),
        ("3,109.87", 0.281, 0.426, 0.351, 0.442), ("01-14", 0.351, 0.433, 0.399, 0.451),
        ("2025.12.31", 0.444, 0.433, 0.532, 0.452), ("上海市", 0.552, 0.426, 0.606, 0.445),
        ("司(91310117MA1UPFAA92)", 0.615, 0.434, 0.813, 0.454), ("徐汇区", 0.550, 0.442, 0.604, 0.462),
        ("税务局", 0.550, 0.458, 0.604, 0.478)]
    rows = read_rows(_lines(placed, aspect=1440 / 1080), tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert _values(rows, "period", "amount") == [("2025-11", "2205.55"), ("2025-12", "3109.87")]
    assert [row["withholding_agent"].value for row in rows] == ["上海华腾(集团)有限公司"] * 2


def test_a_remark_labelled_扣缴义务人_in_the_first_row_of_a_tilted_photo_is_no_column_title():
    """Outsider V's v026, a photo of the national record: the first row's remark 扣缴义务人纳税人识别号：9131… stood in
    the header's row, was taken for the title of a 扣缴义务人 column, and pushed the header's bottom below the first
    row, so 2026-05 was lost and tax.missing_months erred."""
    placed = [
        ("申报日期", 0.252, 0.275, 0.292, 0.287), ("实缴(退)金额", 0.304, 0.276, 0.359, 0.286),
        ("入(退)库日期", 0.364, 0.275, 0.418, 0.285), ("所得项目", 0.436, 0.274, 0.477, 0.286),
        ("税款所属期", 0.506, 0.275, 0.557, 0.287), ("入库税务机关", 0.592, 0.278, 0.653, 0.290),
        ("备注", 0.730, 0.282, 0.754, 0.294),
        ("2026-06-03", 0.240, 0.289, 0.288, 0.300), ("2515.35", 0.301, 0.290, 0.335, 0.298),
        ("2026-06-06", 0.362, 0.289, 0.408, 0.297), ("工资薪金所得", 0.421, 0.288, 0.478, 0.298),
        ("2026.05.01-2026.0", 0.492, 0.289, 0.570, 0.300), ("国家税务总局上海市浦东", 0.569, 0.290, 0.672, 0.303),
        ("扣缴义务人纳税人识别号：9131", 0.675, 0.294, 0.808, 0.309), ("5.31", 0.492, 0.297, 0.513, 0.307),
        ("新区税务局", 0.569, 0.299, 0.618, 0.310), ("0112MA6U8PYW56 扣缴义务人", 0.676, 0.302, 0.804, 0.318),
        ("：上海拓疆（集团）有限公司", 0.676, 0.310, 0.797, 0.325),
        ("2026-07-12", 0.239, 0.320, 0.285, 0.328), ("1702.06", 0.299, 0.319, 0.333, 0.327),
        ("2026-07-15", 0.360, 0.318, 0.406, 0.327), ("工资薪金所得", 0.420, 0.318, 0.477, 0.328),
        ("2026.06.01-2026.0", 0.491, 0.319, 0.569, 0.330), ("6.30", 0.491, 0.328, 0.512, 0.337)]
    rows = read_rows(_lines(placed, aspect=3264 / 2448, tilt=0.03), tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert _values(rows, "period", "amount") == [("2026-05", "2515.35"), ("2026-06", "1702.06")]


def test_a_back_payment_mark_whose_second_character_was_misread_or_lost_is_still_a_back_payment():
    # outsider V v027, a chat photo of 上海市社会保险个人权益记录: the 备注 column's 补缴 read 补唐, 补递, 补 — each row
    # was taken as a normal month and a shortfall of normal months was missed
    header = [("上海市社会保险个人权益记录", 0.3, 0.05, 0.7, 0.08), ("姓名：范辉", 0.1, 0.1, 0.25, 0.12),
              ("费款所属期", 0.1, 0.15, 0.2, 0.17), ("缴费单位", 0.3, 0.15, 0.4, 0.17), ("缴费基数", 0.5, 0.15, 0.6, 0.17),
              ("备注", 0.75, 0.15, 0.8, 0.17)]
    marks = ["补缴", "补唐", "补", "", "补递", ""]
    placed = list(header)
    for index, mark in enumerate(marks):
        top = 0.2 + index * 0.03
        placed += [(f"2026-0{index + 1}", 0.1, top, 0.18, top + 0.02), ("沐川新材料科技（上海）有限公司", 0.25, top, 0.45, top + 0.02),
                   ("10070.00", 0.5, top, 0.58, top + 0.02)]
        placed += [(mark, 0.75, top, 0.75 + 0.02 * len(mark), top + 0.02)] if mark else []
    page = _contributions_page(placed)
    [draft] = group_documents([PlacedPart(page, part) for part in classify_page(page.lines)])
    _, rows = si.extract(draft, None)
    assert _values(rows, "month", "back_payment") == [("2026-01", True), ("2026-02", True), ("2026-03", True),
                                                      ("2026-04", False), ("2026-05", True), ("2026-06", False)]


def test_a_unit_named_once_at_the_top_of_its_blank_cells_names_them_as_a_guess():
    # outsider W w001: 上海市社会保险个人缴费情况, its 单位名称 printed on the first month's row only, the cells under it
    # blank to the table's end; each month's employer went unread, and the employer rule could not be decided
    header = [("上海市社会保险个人缴费情况", 0.44, 0.12, 0.56, 0.14), ("姓名：廖刚明", 0.34, 0.16, 0.38, 0.175),
              ("所属期", 0.35, 0.215, 0.375, 0.235), ("单位名称", 0.42, 0.217, 0.45, 0.233),
              ("缴费基数", 0.49, 0.216, 0.52, 0.232), ("缴费类型", 0.625, 0.215, 0.654, 0.234)]
    placed = list(header)
    for index in range(4):
        top = 0.258 + index * 0.033
        placed += [(f"2025-{7 + index:02d}", 0.346, top, 0.371, top + 0.018), ("28643.00", 0.496, top, 0.524, top + 0.018),
                   ("正常", 0.623, top, 0.642, top + 0.018)]
        placed += [("上海云杉电子商务有限公司", 0.384, top, 0.459, top + 0.018)] if index == 0 else []
    page = _contributions_page(placed)
    [draft] = group_documents([PlacedPart(page, part) for part in classify_page(page.lines)])
    _, rows = si.extract(draft, None)
    assert _values(rows, "employer") == [("上海云杉电子商务有限公司",)] * 4
    assert [row["employer"].guessed for row in rows] == [False, True, True, True]


def test_a_record_of_a_printed_table_and_the_apps_screens_reads_each_page_its_own_way():
    """Outsider W w038: the national record printed from the website (a ruled table) and three app screenshots of the
    latest months are one record. The printed page's header made the whole record a ruled table, so the screens'
    cards were never read as cards: their months came without payer or amount (field.unreadable on a ready packet)."""
    printed = [("中华人民共和国个人所得税纳税记录", 0.27, 0.05, 0.73, 0.07), ("纳税人名称：李鹏波", 0.07, 0.12, 0.21, 0.14),
               ("税款所属期", 0.07, 0.2, 0.17, 0.21), ("扣缴义务人", 0.3, 0.2, 0.4, 0.21), ("实缴(退)金额", 0.7, 0.2, 0.8, 0.21),
               ("2026-04", 0.07, 0.23, 0.14, 0.24), ("上海智联生物医药科技发展有限公司", 0.3, 0.23, 0.6, 0.24),
               ("1432.31", 0.7, 0.23, 0.77, 0.24)]
    table_page = PageText(ref=PageRef(file="download.pdf", page=1), source=PageSource.ocr, width=1240, height=1754,
                          lines=[OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=0.99) for t, x0, y0, x1, y1 in printed])
    screen = _income_detail_screen(*BANNER, as_page=True).model_copy(update={"ref": PageRef(file="IMG_2526.png", page=1)})
    [draft] = group_documents([PlacedPart(page, part) for page in (table_page, screen)
                               for part in classify_page(page.lines)])
    _, rows = tax.extract(draft, None)
    assert _values(rows, "period", "withholding_agent") == [("2026-04", "上海智联生物医药科技发展有限公司"),
                                                            ("2026-05", "上海智联生物医药科技发展有限公司")]


def test_a_title_wrapped_in_its_narrow_cell_names_no_column_by_the_shorter_title_inside_it():
    """Outsider W w016: a text-layer record with a column of payers' codes titled 扣缴义务人识别 | 号 beside the
    扣缴义务人名称 column: the shorter title inside it took the payers' column for the codes."""
    from extractors.reading.fields import _inside_longer_word
    assert _inside_longer_word("扣缴义务人识别", 0, 5, ("扣缴义务人识别号",))
    assert not _inside_longer_word("扣缴义务人名称", 0, 5, ("扣缴义务人识别号",))
    assert not _inside_longer_word("扣缴义务人", 0, 5, ("扣缴义务人识别号",))  # the title alone is itself


def test_cards_whose_personal_share_looks_like_a_month_are_still_read_by_their_months():
    # outsider W w019: 个人社保查询 cards (2026年12月 / 缴费单位 / 缴费基数 / 个人缴纳 2029.04 / 缴费类型): three months at the
    # left and three amounts read as months (2029-04) flush right; the median edge held neither group, and the screen's
    # latest months were lost (a false social_insurance.not_paying error)
    placed = [("22:42", 0.045, 0.013, 0.163, 0.035), ("个人社保查询", 0.368, 0.061, 0.634, 0.085),
              ("姓名", 0.052, 0.128, 0.143, 0.152), ("曹伟萍", 0.818, 0.128, 0.944, 0.152)]
    for index, month in enumerate(("2026年12月", "2026年11月", "2026年10月")):
        top = 0.259 + index * 0.264
        placed += [(month, 0.057, top, 0.29, top + 0.023), ("缴费单位", 0.056, top + 0.037, 0.212, top + 0.06),
                   ("上海远帆智能制造股份有限公司", 0.419, top + 0.039, 0.938, top + 0.06),
                   ("缴费基数", 0.057, top + 0.087, 0.21, top + 0.109), ("25363.00", 0.776, top + 0.088, 0.943, top + 0.11),
                   ("个人缴纳", 0.056, top + 0.136, 0.212, top + 0.16), ("2029.04", 0.795, top + 0.137, 0.944, top + 0.159),
                   ("缴费类型", 0.056, top + 0.184, 0.21, top + 0.208), ("正常应缴", 0.779, top + 0.185, 0.944, top + 0.209)]
    page = PageText(ref=REF, source=PageSource.ocr, width=1440, height=3200,
                    lines=[OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=0.99) for t, x0, y0, x1, y1 in placed])
    [draft] = group_documents([PlacedPart(page, part) for part in classify_page(page.lines)])
    _, rows = si.extract(draft, None)
    assert _values(rows, "month", "employer", "base") == [
        (month, "上海远帆智能制造股份有限公司", "25363.00") for month in ("2026-12", "2026-11", "2026-10")]


def _income_and_tax_card(top, month, income, tax_paid):
    return [("工资薪金所得", 0.057, top, 0.30, top + 0.021), (month, 0.775, top, 0.941, top + 0.022),
            ("扣缴义务人：上海汇联医疗器械有限公司", 0.057, top + 0.030, 0.669, top + 0.051),
            (f"收入：{income}元", 0.059, top + 0.054, 0.350, top + 0.072),
            (f"已申报税额：{tax_paid}元", 0.059, top + 0.075, 0.434, top + 0.095),
            ("申报日期：2025-12-10", 0.060, top + 0.098, 0.410, top + 0.118)]


def test_a_sentence_naming_the_cards_labels_is_no_header_row_of_a_table():
    """The app's 收入纳税明细 opens with 收入合计与已申报税额合计为所选期间内数据: three column titles in one line, but
    the cards under it print 收入： and 已申报税额： as their labels. Read as a table, each month took its income for
    its tax and lost its payer (T t001); the page is a list of cards."""
    lines = _lines([("收入纳税明细", 0.372, 0.047, 0.627, 0.071),
                    ("收入合计与已申报税额合计为所选期间内数据", 0.041, 0.095, 0.644, 0.112)]
                   + _income_and_tax_card(0.138, "2025-11", "28,288.46", "2,067.71")
                   + _income_and_tax_card(0.292, "2025-12", "15,329.09", "1,489.41"), aspect=2400 / 1080)
    assert pages_with_header_row(lines, tax.COLUMNS, tax.OTHER_HEADERS) == set()
    assert read_rows(lines, tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row) == []
    national = _lines(NATIONAL_HEADER + _national_row(0.285, "03", "2348.51", ["扣缴义务人：上海彦德机电设备有限公司"]))
    assert pages_with_header_row(national, tax.COLUMNS, tax.OTHER_HEADERS) == {0}


def _viewer_row(top, month, amount, at, scale, height):
    """A row of the national record as a PDF viewer shows it, its cells placed at x = at + scale * (desktop x)."""
    def x(value):
        return round(at + scale * value, 4)
    cells = [(month, 0.169, 0.213), ("正常工资薪金所得", 0.267, 0.334), ("2026-08-13", 0.340, 0.384),
             (amount, 0.396, 0.430), ("2026-08-12", 0.455, 0.499), ("国家税务总局上海市长宁", 0.512, 0.602),
             ("上海澜峰电子商务股份有限", 0.608, 0.706), ("91310105044629353R", 0.739, 0.814)]
    rest = [("区税务局", 0.512, 0.548), ("公司", 0.608, 0.628)]
    return ([(text, x(x0), top, x(x1), top + height) for text, x0, x1 in cells]
            + [(text, x(x0), top + height * 0.9, x(x1), top + height * 1.9) for text, x0, x1 in rest])


def test_a_page_captured_another_way_continues_the_table_in_the_header_pages_columns_moved_with_its_rows():
    """Outsider W w035: page 1 of the 纳税记录 PDF in a desktop viewer (its header row, six months), page 2 on a
    phone (five months, no header): the same columns at another size and place. Page 2 was read below where page 1's
    header stands, in page 1's columns, and lost all its rows (five months missing on a good packet)."""
    def placed(ref, index, aspect, rows):
        return [make_line(OcrLine(text=text, bbox=(x0, y0, x1, y1), confidence=1.0), ref, index, aspect, 0.0)
                for text, x0, y0, x1, y1 in rows]
    header = [("税款所属期", 0.196, 0.309, 0.238, 0.328), ("所得项目", 0.284, 0.307, 0.319, 0.331),
              ("申报日期", 0.351, 0.307, 0.386, 0.331), ("实缴(退)金额", 0.399, 0.309, 0.449, 0.328),
              ("入(退)库日期", 0.456, 0.309, 0.507, 0.328), ("入库税务机关", 0.534, 0.309, 0.583, 0.328),
              ("扣缴义务人名称", 0.632, 0.309, 0.690, 0.328), ("备注", 0.717, 0.307, 0.736, 0.329),
              ("扣缴义务人识别号", 0.752, 0.309, 0.816, 0.328)]
    desktop = header + _viewer_row(0.349, "2025年12月", "2410.37", 0.0, 1.0, 0.024) \
        + _viewer_row(0.423, "2026年01月", "302.64", 0.0, 1.0, 0.024)
    phone = [("个人所得税纳税记录.pdf", 0.261, 0.064, 0.741, 0.088)] \
        + _viewer_row(0.149, "2026年07月", "1759.52", -0.183, 1.369, 0.007) \
        + _viewer_row(0.176, "2026年08月", "658.26", -0.183, 1.369, 0.007)
    lines = placed(PageRef(file="phone.png", page=1), 0, 2340 / 1080, phone) \
        + placed(PageRef(file="desktop.png", page=1), 1, 768 / 1366, desktop)
    rows = read_rows(lines, tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert sorted(_values(rows, "period", "amount")) == [("2025-12", "2410.37"), ("2026-01", "302.64"),
                                                         ("2026-07", "1759.52"), ("2026-08", "658.26")]
    # Placed by the carried columns, page 2's cells are guesses: no error rests on them.
    assert [row["amount"].guessed for row in sorted(rows, key=lambda row: row["period"].value)] == [
        False, False, True, True]


def test_another_files_page_whose_rows_read_nothing_but_months_in_the_tables_columns_is_no_continuation():
    """Outsider W w024: the national record's PDF, then a screenshot of the app's same months (2026年10月 and its card
    below, no header). Read in the PDF's columns, the screenshot gave five rows of a month and nothing else, five rows
    that stand for nothing; the page is no continuation of the table (its cards are read as cards)."""
    def placed(ref, index, rows):
        return [make_line(OcrLine(text=text, bbox=(x0, y0, x1, y1), confidence=1.0), ref, index, 842 / 595, 0.0)
                for text, x0, y0, x1, y1 in rows]
    header = [("税款所属期", 0.196, 0.309, 0.238, 0.328), ("所得项目", 0.284, 0.307, 0.319, 0.331),
              ("申报日期", 0.351, 0.307, 0.386, 0.331), ("实缴(退)金额", 0.399, 0.309, 0.449, 0.328),
              ("入(退)库日期", 0.456, 0.309, 0.507, 0.328), ("入库税务机关", 0.534, 0.309, 0.583, 0.328),
              ("扣缴义务人名称", 0.632, 0.309, 0.690, 0.328)]
    record = header + _viewer_row(0.349, "2025年12月", "2410.37", 0.0, 1.0, 0.024) \
        + _viewer_row(0.423, "2026年01月", "302.64", 0.0, 1.0, 0.024)
    def screen_of(*months):
        screen = []
        for index, month in enumerate(months):
            top = 0.2 + 0.15 * index
            screen += [(month, 0.17, top, 0.214, top + 0.02), ("工资薪金 已申报", 0.6, top + 0.05, 0.9, top + 0.07)]
        return placed(PageRef(file="app.png", page=1), 1, screen)
    record_lines = placed(PageRef(file="record.pdf", page=1), 0, record)
    rows = read_rows(record_lines + screen_of("2026年01月", "2025年12月"), tax.COLUMNS, tax.OTHER_HEADERS, "period",
                     parse_month, tax._row)
    assert sorted(_values(rows, "period")) == [("2025-12",), ("2026-01",)]
    # Months read nowhere else stay, each a row to be checked (a month dropped could be a false missing month).
    lines = record_lines + screen_of("2026年10月", "2026年09月", "2026年08月")
    rows = read_rows(lines, tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    assert len(rows) == 5
    # A photo of the record's second page whose payers read in some rows only (R r016) goes on with the table.
    payer = [("上海澜峰电子商务股份有限公司", 0.608, 0.2, 0.706, 0.22)]
    rows = read_rows(lines + placed(PageRef(file="app.png", page=1), 1, payer), tax.COLUMNS, tax.OTHER_HEADERS,
                     "period", parse_month, tax._row)
    assert len(rows) == 5


def test_carried_columns_are_judged_on_rows_that_hold_marks_besides_values():
    """Outsider W w036: a social-insurance row carries its 补缴 mark as text beside its values; judging the carried
    columns by the values read stopped the whole extraction (internal.stage_failed on a good packet)."""
    from extractors.reading.table import _values_besides
    from precheck.core.model import FieldValue
    month, base, blank = (FieldValue(value=value, confidence=1.0) for value in ("2026-09", "11711.00", None))
    assert _values_besides([{"month": month, "base": base, "note": "补缴"}], "month")
    assert not _values_besides([{"month": month, "base": blank, "note": "补缴"}], "month")


def test_a_cell_read_again_on_a_tilted_page_is_cropped_where_it_stands_on_the_page():
    # outsider AH's ah017: on a tilted photo a line's box is levelled by its place (its y0 moved by `level`); the
    # second look crops the page itself, so it is given the page's own place. Given the levelled box, it cropped
    # half a row low and read 202511 for 202510.
    from extractors.reading.table import Cell, cell_value
    from extractors.reading.text import Span
    from precheck.core.model import OcrLine, PageRef

    ref = PageRef(file="p.png", page=1)
    line = make_line(OcrLine(text="202510", bbox=(0.087, 0.435, 0.122, 0.458), confidence=0.93,
                             char_confidences=[0.99, 0.99, 0.99, 0.99, 0.99, 0.6]), ref, 0, 0.72, tilt=0.034)
    assert abs(line.y0 - 0.4488) < 0.001  # levelled
    asked = []

    def reread(page, bbox, tilt=0.0, scale=1.0):
        asked.append(bbox)
        return OcrLine(text="202510", bbox=tuple(bbox), confidence=1.0, char_confidences=[1.0] * 6)  # as Rereader

    month = cell_value(Cell([Span(line, 0, 6)]), parse_cell_month, [], reread)
    assert month.value == "2025-10"
    assert asked and all(abs(bbox[1] - 0.435) < 1e-9 and abs(bbox[3] - 0.458) < 1e-9 for bbox in asked)
    assert abs(month.evidence.bbox[1] - line.y0) < 0.001  # the fresh reading stands where the first one did


def test_a_browser_pages_time_stamp_is_no_month_of_the_table():
    # outsider AH's ah025: a photo of the second page of 一网通办's print, its head 2026/09/19 22:07 over the rows
    assert parse_cell_month("2026/09/19 22:07") is None and parse_cell_month("2026-09-19 22:07") is None
    assert parse_cell_month("2026/09").value == "2026-09" and parse_cell_month("202609").value == "2026-09"
