"""Forms of outsider set T read right: tables printed from a service website by a browser (header cells too narrow
for their titles wrap them over two lines, 实缴(退)金 over 额; a month broken after its year; a long table running on to
a next page that repeats no title and no header), a payer one row of a screenshot read without a character, and the
学信档案 screen that names its holder only in large type."""
from extractors.doctypes import tax_record
from extractors.reading.table import read_rows
from extractors.reading.text import make_line
from extractors.reading.values import parse_month
from precheck.core.model import OcrLine, PageRef, PageSource, PageText
from precheck.pipeline.classify import classify_page
from precheck.pipeline.grouping import group_documents, PlacedPart

# t002's 纳税记录 printed by chromium from the 自然人电子税务局 page: one row, its cells wrapped too.
HEADER = [("实缴(退)金", 0.208, 0.263, 0.266, 0.272), ("入(退)库", 0.288, 0.263, 0.334, 0.272),
          ("申报日期", 0.139, 0.269, 0.190, 0.278), ("所得项目", 0.361, 0.269, 0.411, 0.278),
          ("税款所属期", 0.456, 0.269, 0.519, 0.278), ("入库税务机关", 0.574, 0.269, 0.650, 0.278),
          ("备注", 0.761, 0.269, 0.786, 0.278), ("额", 0.231, 0.275, 0.244, 0.284), ("日期", 0.299, 0.275, 0.324, 0.284)]
ROW = [("2026-", 0.139, 0.300, 0.173, 0.309), ("2,227.04", 0.215, 0.300, 0.268, 0.309), ("2026-", 0.285, 0.300, 0.319, 0.309),
       ("工资薪金所", 0.354, 0.300, 0.417, 0.309), ("2026.03.01-", 0.434, 0.300, 0.506, 0.309),
       ("国家税务总局上海", 0.557, 0.300, 0.658, 0.309), ("扣缴义务人：上海云帆物流有限", 0.683, 0.300, 0.859, 0.309),
       ("04-12", 0.139, 0.313, 0.173, 0.322), ("04-13", 0.285, 0.313, 0.319, 0.322), ("得", 0.354, 0.313, 0.366, 0.322),
       ("2026.03.31", 0.434, 0.313, 0.502, 0.322), ("市浦东新区税务局", 0.557, 0.313, 0.658, 0.322),
       ("公司", 0.683, 0.313, 0.708, 0.322), ("（91310115BUDFAPFRX1）", 0.683, 0.325, 0.841, 0.334)]


def page(items, number=1, file="纳税记录.pdf"):
    ref = PageRef(file=file, page=number)
    return [make_line(OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=1.0), ref, number - 1, 1.414)
            for t, x0, y0, x1, y1 in items]


def test_titles_wrapped_in_their_header_cells_still_name_their_columns():
    (row,) = read_rows(page(HEADER + ROW), tax_record.COLUMNS, tax_record.OTHER_HEADERS, "period", parse_month,
                       tax_record._row)
    assert (row["period"].value, row["withholding_agent"].value, row["amount"].value) == (
        "2026-03", "上海云帆物流有限公司", "2227.04")


def text_page(file, number, texts):
    lines = [OcrLine(text=text, bbox=(0.14, 0.05 + 0.04 * i, 0.86, 0.06 + 0.04 * i), confidence=1.0)
             for i, text in enumerate(texts)]
    return PageText(ref=PageRef(file=file, page=number), source=PageSource.text_layer, width=595, height=842,
                    lines=lines)


def placed(page_text):
    return [PlacedPart(page_text, part) for part in classify_page(page_text.lines)]


def test_a_web_prints_next_page_of_rows_alone_goes_on_with_its_record():
    """t024's 社会保险个人权益记录 printed from 一网通办: its second page holds only rows, no title, no header."""
    first = text_page("社保.pdf", 1, ["上海市社会保险个人权益记录（缴费明细）", "姓名：胡海 证件号码：510107199809138874",
                                        "缴费年月 单位名称 缴费基数 养老保险(个人) 缴费类型"]
                      + [f"2025-{month:02d} 上海华腾信息技术有限公司 7384.00 590.72 正常" for month in range(1, 13)])
    rows_only = [f"2026-{month:02d} 上海华腾信息技术有限 7384.00 590.72 147.68 36.92 正常" for month in range(1, 5)]
    second = text_page("社保.pdf", 2, rows_only)
    other_file = text_page("其他.pdf", 1, rows_only)
    drafts = group_documents(placed(first) + placed(second))
    assert [(draft.type_id, len(draft.parts)) for draft in drafts] == [("social_insurance_record", 2)]
    apart = group_documents(placed(first) + placed(other_file))
    assert [draft.type_id for draft in apart] == ["social_insurance_record", "unknown"]


def test_a_month_its_narrow_cell_broke_after_the_year_is_read_whole():
    """t013's 上海市社会保险个人缴费情况 printed from 一网通办: 缴费年 over 月, and each month 2025- over 10."""
    from extractors.doctypes import social_insurance_record as si
    header = [("缴费年", 0.144, 0.248, 0.190, 0.259), ("养老保险(个", 0.497, 0.248, 0.577, 0.259),
              ("缴费类", 0.815, 0.248, 0.860, 0.259), ("单位名称", 0.271, 0.256, 0.331, 0.267),
              ("缴费基数", 0.410, 0.256, 0.470, 0.267), ("月", 0.160, 0.263, 0.175, 0.274), ("人)", 0.527, 0.263, 0.547, 0.274),
              ("型", 0.830, 0.263, 0.845, 0.274)]
    rows = []
    for index, number in enumerate(("10", "11")):
        top = 0.291 + 0.042 * index
        rows += [("2025-", 0.139, top, 0.179, top + 0.011), ("立信（上海）文化传媒有", 0.212, top, 0.378, top + 0.011),
                 ("12500.00", 0.406, top, 0.474, top + 0.011), ("1000.00", 0.524, top, 0.583, top + 0.011),
                 ("正常", 0.811, top, 0.842, top + 0.011), (number, 0.139, top + 0.015, 0.157, top + 0.026),
                 ("限公司", 0.212, top + 0.015, 0.257, top + 0.026)]
    read = read_rows(page(header + rows, file="缴费明细.pdf"), si.COLUMNS, si.OTHER_HEADERS, "month", si.parse_cell_month,
                     si._row)
    assert [(row["month"].value, row["employer"].value, row["base"].value) for row in read] == [
        ("2025-10", "立信(上海)文化传媒有限公司", "12500.00"), ("2025-11", "立信(上海)文化传媒有限公司", "12500.00")]


def test_a_payer_read_unsurely_keeps_the_surer_reading_of_the_rows_around_it():
    """t016, a screenshot of the national record: one row's 上海泓舜文化传媒有限公司 read without 泓 (上 at 0.53)."""
    from precheck.core.model import FieldValue
    def payer(text, weakest):
        return {"withholding_agent": FieldValue(value=text, confidence=weakest,
                                                char_confidences=[weakest] + [1.0] * (len(text) - 1))}
    rows = [payer("上海泓舜文化传媒有限公司", 1.0), payer("上海舜文化传媒有限公司", 0.53), payer("上海舜文化传媒有限公司", 1.0)]
    read = tax_record._payers_read_otherwise_elsewhere(rows)
    assert read[1]["withholding_agent"].alternatives == ["上海泓舜文化传媒有限公司"]
    assert read[1]["withholding_agent"].value == "上海舜文化传媒有限公司"
    assert not read[2]["withholding_agent"].alternatives  # read surely: a payer of its own


def test_a_xuexin_archive_screen_names_its_holder_in_large_type_as_a_guess():
    """学信档案 on a phone (t003): the holder's name alone in large type over the 学历信息 card, with no 姓名 label."""
    from precheck.pipeline.stages import extract_documents
    rows = [("21:19", 0.054, 0.011, 0.166, 0.034), ("学信档案", 0.412, 0.057, 0.588, 0.084),
            ("学信档案・高等教育学历", 0.069, 0.141, 0.457, 0.161), ("尹英诗", 0.065, 0.175, 0.316, 0.219),
            ("学历信息", 0.056, 0.277, 0.232, 0.304), ("性别", 0.053, 0.317, 0.141, 0.343), ("男", 0.891, 0.318, 0.943, 0.342),
            ("学校名称", 0.057, 0.412, 0.204, 0.434), ("南昌大学", 0.790, 0.412, 0.944, 0.436), ("层次", 0.056, 0.458, 0.140, 0.482),
            ("本科", 0.856, 0.457, 0.946, 0.483), ("专业", 0.056, 0.505, 0.140, 0.529), ("土木工程", 0.788, 0.506, 0.944, 0.530),
            ("学习形式", 0.057, 0.647, 0.204, 0.669), ("普通全日制", 0.756, 0.646, 0.944, 0.669),
            ("毕（结）业日期", 0.054, 0.738, 0.303, 0.764), ("2019年06月30日", 0.671, 0.741, 0.940, 0.763)]
    screen = PageText(ref=PageRef(file="IMG_5774.PNG", page=1), source=PageSource.ocr, width=1242, height=2688,
                      lines=[OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=0.99) for t, x0, y0, x1, y1 in rows])
    (record,), _ = extract_documents(group_documents(placed(screen)))
    assert record.type == "diploma" and record.fields["name"].value == "尹英诗"
    assert record.fields["name"].guessed


def test_an_apps_record_gives_each_periods_amount_standing_right_of_it():
    """t009, the 个税 app's 纳税记录开具 result: each row's period, and its amount alone at the right of that line."""
    lines = page([("2025-11-01至2025-11-30", 0.059, 0.365, 0.533, 0.386), ("1592.97", 0.779, 0.365, 0.943, 0.387),
                  ("所得项目：工资薪金所得", 0.059, 0.395, 0.435, 0.416), ("入(退)库日期：2025-12-05", 0.062, 0.419, 0.460, 0.436),
                  ("扣缴义务人：瀚海（上海）物流有限公司", 0.059, 0.442, 0.668, 0.462),
                  ("2025-12-01至2025-12-31", 0.059, 0.501, 0.531, 0.521), ("339.84", 0.801, 0.500, 0.943, 0.522)],
                 file="IMG_4120.PNG")
    rows = tax_record._rows_from_lines(lines)
    assert [(row["period"].value, row["amount"].value) for row in rows] == [("2025-11", "1592.97"), ("2025-12", "339.84")]
