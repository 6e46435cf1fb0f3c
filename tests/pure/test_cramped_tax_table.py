"""A text-layer 纳税记录 drawn cramped (outsider L's l036): each row's 备注 wraps onto three lines centred on the row
and set as close as the rows are, and the 入库税务机关 cell runs to its column's rule with less than a character
before the 备注 beside it."""
from extractors.doctypes import tax_record
from extractors.reading.table import read_rows
from extractors.reading.text import make_line
from extractors.reading.values import parse_month
from precheck.core.model import OcrLine, PageRef
from precheck.ingest.pdf import _split_at_gaps

REF = PageRef(file="tax.pdf", page=1)
HEADER = [("申报日期", 0.077, 0.225, 0.132, 0.235), ("实缴(退)金额", 0.156, 0.225, 0.239, 0.235),
          ("入(退)库日期", 0.249, 0.225, 0.332, 0.235), ("所得项目", 0.365, 0.225, 0.420, 0.235),
          ("税款所属期", 0.494, 0.225, 0.563, 0.235), ("入库税务机关", 0.640, 0.225, 0.722, 0.235),
          ("备注", 0.839, 0.225, 0.866, 0.235)]
AGENT = "上海中锐餐饮管理有限公司"


def row(top, month, amount):
    """One row at `top`: its one-line cells, and the three-line 备注 and two-line 入库税务机关 centred on it."""
    return [("国家税务总局上海市浦东", 0.614, top - 0.006, 0.751, top + 0.002),
            ("扣缴义务人：上海中锐餐饮管理有", 0.757, top - 0.009, 0.944, top),
            (f"2026-{month:02d}-04", 0.070, top, 0.139, top + 0.009), (amount, 0.174, top, 0.222, top + 0.009),
            (f"2026-{month:02d}-05", 0.256, top, 0.325, top + 0.009), ("正常工资薪金", 0.352, top, 0.434, top + 0.009),
            (f"2026.{month - 1:02d}.01-2026.{month - 1:02d}.28", 0.462, top, 0.596, top + 0.009),
            ("限公司", 0.757, top + 0.003, 0.794, top + 0.012), ("新区税务局", 0.614, top + 0.008, 0.676, top + 0.016),
            ("91310110QP1WQ11D9Y", 0.757, top + 0.015, 0.869, top + 0.024)]


def test_each_rows_wrapped_remarks_go_to_that_row_however_evenly_the_lines_are_set():
    items = HEADER + row(0.256, 4, "0.00") + row(0.293, 5, "1238.92") + row(0.330, 6, "1853.88")
    lines = [make_line(OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=1.0), REF, 0, 1.414) for t, x0, y0, x1, y1 in items]
    rows = read_rows(lines, tax_record.COLUMNS, tax_record.OTHER_HEADERS, "period", parse_month, tax_record._row)
    assert [(r["period"].value, r["withholding_agent"].value, r["amount"].value) for r in rows] == [
        ("2026-03", AGENT, "0.00"), ("2026-04", AGENT, "1238.92"), ("2026-05", AGENT, "1853.88")]


def glyphs(text, x0, top, size=7.4):
    return [{"text": char, "x0": x0 + index * size, "x1": x0 + (index + 1) * size, "top": top, "bottom": top + size}
            for index, char in enumerate(text)]


def test_a_tables_vertical_rule_parts_cells_that_run_into_each_other():
    chars = glyphs("国家税务总局上海市浦东", 365.7, 210.1) + glyphs("扣缴义务人：上海", 450.7, 207.8)
    rule = [(447.9, 200.0, 240.0)]
    assert ["".join(c["text"] for c in part) for part in _split_at_gaps(chars, rule)] == ["国家税务总局上海市浦东", "扣缴义务人：上海"]
    assert len(_split_at_gaps(chars)) == 1  # without the rule, 3.6 pt apart: one line
    assert len(_split_at_gaps(chars, [(447.9, 300.0, 340.0)])) == 1  # a rule of another row parts nothing


def narrow(text, x0, top, width=5.1, size=8.5):
    return [{"text": char, "x0": x0 + index * width, "x1": x0 + (index + 1) * width, "top": top, "bottom": top + size}
            for index, char in enumerate(text)]


def test_an_amount_and_the_date_beside_it_part_where_digits_stand_a_digit_and_a_half_apart():
    # a rule-less 纳税记录 (outsider M, m002): 0.00 right-aligned, 7.1 pt before 2026-04-16, glyphs 5.1 pt wide
    chars = narrow("0.00", 172.0, 173.3) + narrow("2026-04-16", 199.4, 173.3)
    assert ["".join(c["text"] for c in part) for part in _split_at_gaps(chars)] == ["0.00", "2026-04-16"]
    # a space between words (2.5 pt) keeps them on one line; so do Chinese characters 7 pt apart at 8.5 pt
    assert len(_split_at_gaps(narrow("No.", 36.0, 100.0) + narrow("1674", 53.9, 100.0))) == 1
    assert len(_split_at_gaps(glyphs("姓名", 36.0, 100.0, 8.5) + glyphs("万涵", 36.0 + 17.0 + 7.0, 100.0, 8.5))) == 1


def test_an_older_certificate_names_each_payer_after_the_months_it_paid_for():
    """Outsider AB ab023 and ab005: the older 税收完税证明, photocopied. Its rows name no payer; its 备注 names two, each
    after the months it paid for. Each row takes the payer of its month."""
    header = [("原凭证号", 0.085, 0.212, 0.146, 0.239), ("税种", 0.217, 0.209, 0.254, 0.236), ("品目名称", 0.319, 0.206, 0.378, 0.233),
              ("税款所属时期", 0.486, 0.202, 0.569, 0.229), ("入（退）库日期", 0.664, 0.199, 0.759, 0.224),
              ("实缴（退）金额", 0.814, 0.195, 0.908, 0.220)]
    items = list(header)
    for index, (month, amount) in enumerate(((6, "2585.26"), (7, "1612.91"), (8, "1488.74"), (9, "1230.22"))):
        top = 0.25 + 0.042 * index
        items += [(f"35015624814866{index:02d}", 0.056, top, 0.184, top + 0.024), ("个人所得税", 0.205, top, 0.276, top + 0.024),
                  ("工资薪金所得", 0.313, top, 0.394, top + 0.024),
                  (f"2026-{month:02d}-01至2026-{month:02d}-28", 0.459, top, 0.604, top + 0.024),
                  (f"2026-{month + 1:02d}-08", 0.681, top, 0.751, top + 0.022), (amount, 0.893, top, 0.948, top + 0.024)]
    items += [("金额合计（大写）人民币陆仟玖佰壹拾柒元壹角叁分", 0.062, 0.445, 0.405, 0.470), ("备注：", 0.570, 0.501, 0.613, 0.527),
              ("2026-02至2026-07扣缴义务人：上海铭泽生物医药有限公司统一社会信用", 0.571, 0.525, 0.939, 0.552),
              ("代码 91310117537185439A", 0.572, 0.548, 0.713, 0.572),
              ("2026-08至2026-10扣缴义务人：上海铭泽供应链管理有限公司统一社会信", 0.572, 0.562, 0.940, 0.590),
              ("用代码 91310104MA12L5N72J", 0.572, 0.585, 0.726, 0.609)]
    lines = [make_line(OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=1.0), REF, 0, 0.9) for t, x0, y0, x1, y1 in items]
    rows = read_rows(lines, tax_record.COLUMNS, tax_record.OTHER_HEADERS, "period", parse_month, tax_record._row)
    rows = tax_record._agent_for_every_row(rows, lines)
    assert [(r["period"].value, r["withholding_agent"].value) for r in rows] == [
        ("2026-06", "上海铭泽生物医药有限公司"), ("2026-07", "上海铭泽生物医药有限公司"),
        ("2026-08", "上海铭泽供应链管理有限公司"), ("2026-09", "上海铭泽供应链管理有限公司")]


def test_a_range_overrunning_its_cell_under_the_payer_is_kept_apart_from_it():
    # outsider AE, ae009: 2026-11-01至2026-11-30 runs on under 上海启鸿…; its 3 and 0 (4.5 pt wide) stand over 上
    chars = narrow("2026-11-01至2026-11-3", 205.15, 236.0, width=4.49) + glyphs("上海启鸿物流", 291.0, 236.0, size=7.5)
    chars.append({"text": "0", "x0": 294.95, "x1": 299.45, "top": 236.0, "bottom": 244.5})
    assert ["".join(c["text"] for c in part) for part in _split_at_gaps(chars)] == ["2026-11-01至2026-11-30", "上海启鸿物流"]
    # glyph boxes of kerned text that touch or overlap a little stay one line
    kerned = glyphs("上海启鸿", 100.0, 236.0, size=7.5)
    kerned[2] = {**kerned[2], "x0": kerned[2]["x0"] - 1.5, "x1": kerned[2]["x1"] - 1.5}
    assert len(_split_at_gaps(kerned)) == 1

