"""Layouts first met in outsider O, each given as the OCR or the text layer read it from the drawer's pages."""
from extractors.doctypes import household_register_cover as cover
from extractors.doctypes import household_register_member as member
from extractors.doctypes import labour_contract as contract
from extractors.doctypes import social_insurance_record as si
from extractors.doctypes import tax_record as tax
from extractors.reading.fields import Reader
from extractors.reading.table import spread_merged_cells
from extractors.reading.text import make_line
from precheck.core.model import Evidence, FieldValue, OcrLine, PageRef, PageSource, PageText
from precheck.pipeline.classify import classify_lines, classify_page
from precheck.pipeline.grouping import group_documents, PlacedPart

REF = PageRef(file="page.jpg", page=1)
PHOTO = 4000 / 3000


def lines(*items, aspect=PHOTO):
    return [make_line(OcrLine(text=text, bbox=box, confidence=1.0), REF, 0, aspect) for text, box in items]


def ocr(*items):
    return [OcrLine(text=text, bbox=box, confidence=1.0) for text, box in items]


ID_LABEL = ("公民身份证件编号", (0.498, 0.722, 0.574, 0.737))


def test_an_id_number_too_long_for_its_cell_goes_on_under_its_start():
    read = lines(ID_LABEL, ("13010219940903224", (0.587, 0.718, 0.721, 0.730)), ("2", (0.586, 0.730, 0.600, 0.741)),
                 ("身高", (0.288, 0.754, 0.318, 0.769)), ("174", (0.332, 0.754, 0.369, 0.769)))
    assert Reader(read, member.FIELDS).read_all()["id_number"].value == "130102199409032242"
    # o015: the last digit stands nearer the label's row than the number does, and is the line beside the label
    read = lines(("45010319790119853", (0.572, 0.626, 0.646, 0.638)), ("公民身份证件编号", (0.528, 0.633, 0.567, 0.642)),
                 ("7", (0.574, 0.636, 0.580, 0.642)), ("宗教信仰", (0.415, 0.639, 0.443, 0.650)))
    assert Reader(read, member.FIELDS).read_all()["id_number"].value == "450103197901198537"


def crop_under(answer):
    """A reread answering the crop under the number with `answer`, and the number's own line as it was read."""
    crops = []

    def reread(ref, bbox, tilt=0.0, scale=1.0):
        crops.append(bbox)
        if bbox[1] > 0.74:  # the crop under the number
            return OcrLine(text=answer, bbox=bbox, confidence=0.67, char_confidences=[0.67] * len(answer))
        return OcrLine(text="35020319940802077", bbox=bbox, confidence=0.999, char_confidences=[0.999] * 17)

    return reread, crops


def test_the_last_digit_the_detector_passed_over_is_read_under_the_number_and_must_pass_the_check():
    read = lines(("公民身份证件编号", (0.480, 0.730, 0.536, 0.744)), ("35020319940802077", (0.543, 0.729, 0.644, 0.744)))
    # the crop starts left of the cell's border, read as 1: the digit after it ends the number
    reread, crops = crop_under("19")
    assert Reader(read, member.FIELDS, reread=reread).read_all()["id_number"].value == "350203199408020779"
    assert any(crop[1] > 0.74 for crop in crops)
    reread, _ = crop_under("5")  # 350203199408020775 fails its check digit: no number is made up
    found = Reader(read, member.FIELDS, reread=reread).read_all().get("id_number")
    assert found is None or found.value != "350203199408020775"


def test_a_watermark_piece_read_after_a_label_is_no_value():
    read = lines(("乙方仅供居任证", (0.315, 0.377, 0.428, 0.394)), ("陈华勇", (0.426, 0.374, 0.461, 0.387)),
                 ("使用，他用无效", (0.448, 0.376, 0.573, 0.396)), ("身份证号码", (0.363, 0.398, 0.415, 0.414)),
                 ("411502200105182909", (0.429, 0.393, 0.517, 0.409)))
    assert Reader(read, contract.PARTY_FIELDS).read_all()["employee_name"].value == "陈华勇"


def test_a_wrapped_address_whose_second_line_stands_level_with_its_label_is_read_from_its_first_line():
    read = lines(("户号", (0.272, 0.389, 0.298, 0.408)), ("111976852", (0.320, 0.391, 0.376, 0.408)),
                 ("河南省信阳市浉河区和平路翠苑小区14栋2", (0.314, 0.438, 0.505, 0.455)),
                 ("单元702室", (0.313, 0.462, 0.364, 0.480)), ("住址", (0.268, 0.472, 0.294, 0.490)))
    assert Reader(read, cover.FIELDS).read_all()["address"].value == "河南省信阳市浉河区和平路翠苑小区14栋2单元702室"


def draft(*pages):
    return group_documents([PlacedPart(page, part) for page in pages for part in classify_page(page.lines)])


def text_page(number, items):
    return PageText(ref=PageRef(file="record.pdf", page=number), source=PageSource.text_layer, width=595, height=842,
                    lines=ocr(*items))


def test_a_certificate_naming_one_withholding_agent_under_its_table_names_it_for_every_row():
    items = [("中华人民共和国", (0.413, 0.061, 0.581, 0.100)), ("税收完税证明", (0.374, 0.115, 0.619, 0.164)),
             ("纳税人识别号411502200105182909", (0.052, 0.242, 0.300, 0.277)), ("纳税人名称陈华勇", (0.567, 0.237, 0.706, 0.269)),
             ("税种", (0.095, 0.300, 0.131, 0.335)), ("品目名称", (0.219, 0.297, 0.282, 0.332)),
             ("税款所属时期", (0.411, 0.294, 0.498, 0.327)), ("入(退)库日期", (0.627, 0.294, 0.712, 0.324)),
             ("实缴(退)金额", (0.808, 0.290, 0.894, 0.320))]
    for index, (month, paid) in enumerate((("2025-12", "1792.28"), ("2026-01", "2006.45"), ("2026-02", "1342.14"))):
        top = 0.339 + 0.037 * index
        last_day = {"2025-12": "31", "2026-01": "31", "2026-02": "28"}[month]
        items += [("个人所得税", (0.076, top, 0.150, top + 0.03)), ("工资薪金所得", (0.208, top, 0.294, top + 0.03)),
                  (f"{month}-01至{month}-{last_day}", (0.379, top, 0.531, top + 0.03)),
                  (f"{month}-08", (0.633, top, 0.706, top + 0.03)), (paid, (0.824, top, 0.877, top + 0.03))]
    items += [("备注", (0.098, 0.558, 0.132, 0.588)), ("扣缴义务人：上海云杉生物医药有限公司", (0.184, 0.554, 0.426, 0.584))]
    [record] = draft(text_page(1, items))
    _, rows = tax.extract(record, None)
    assert [row["period"].value for row in rows] == ["2025-12", "2026-01", "2026-02"]
    assert {row["withholding_agent"].value for row in rows} == {"上海云杉生物医药有限公司"}


HEAD = [("2026/5/1701:23", (0.038, 0.017, 0.125, 0.026)), ("社会保险个人缴费查询-上海人社", (0.412, 0.017, 0.588, 0.026))]
RECORD_TOP = [("个人权益记录（社会保险）", (0.343, 0.058, 0.657, 0.076)), ("姓名：顾然晓", (0.057, 0.104, 0.154, 0.116)),
              ("证件号码：340104199007041156", (0.333, 0.104, 0.560, 0.116)),
              ("缴费年月", (0.060, 0.141, 0.111, 0.150)), ("缴费单位", (0.270, 0.141, 0.321, 0.150)),
              ("缴费基数", (0.470, 0.141, 0.521, 0.150)), ("缴费类型", (0.855, 0.141, 0.907, 0.150))]


def si_row(month, top, employer=None):
    row = [(month, (0.054, top, 0.118, top + 0.009)), ("18,000.00", (0.466, top, 0.524, top + 0.009)),
           ("正常", (0.868, top, 0.894, top + 0.009))]
    return row + ([(employer, (0.218, top, 0.372, top + 0.009))] if employer else [])


def test_the_running_head_a_print_repeats_on_each_page_is_no_row_of_the_table_it_continues():
    company = "上海致远电子商务有限公司"
    first = text_page(1, HEAD + RECORD_TOP + si_row("2024年03月", 0.162, company) + si_row("2024年04月", 0.181, company))
    second = text_page(2, [("2026/5/17", (0.038, 0.017, 0.093, 0.026)), ("01:23", (0.095, 0.017, 0.125, 0.026)),
                           HEAD[1]] + si_row("2024年05月", 0.072, company) + si_row("2024年06月", 0.091, company))
    [record] = draft(first, second)
    _, rows = si.extract(record, None)
    assert [row["month"].value for row in rows] == ["2024-03", "2024-04", "2024-05", "2024-06"]
    assert {row["employer"].value for row in rows} == {company}


def value(text, top, bottom, page=1):
    return FieldValue(value=text, confidence=1.0, evidence=Evidence(file="record.pdf", page=page, bbox=(0.1, top, 0.3, bottom)))


def test_a_merged_cells_text_names_each_row_of_the_run_whose_middle_it_stands_in():
    company = "上海恒瑞通信息技术有限公司"
    # a page's run of four months under one 缴费单位 set in its middle; the reader placed it in the second row
    rows = [{"month": value(month, top, top + 0.009), "employer": value(None, top, top + 0.009)}
            for month, top in (("2025-04", 0.073), ("2025-05", 0.092), ("2025-06", 0.112), ("2025-07", 0.131))]
    rows[1]["employer"] = value(company, 0.097, 0.106)
    spread_merged_cells(rows, "month", "employer")
    assert [row["employer"].value for row in rows] == [company] * 4
    # the same text set level with its own row names no other row surely; the blank cells under it (a merged cell
    # with its text at its top, or a print naming the unit once: outsider W) take it only as a guess
    rows = [{"month": value(month, top, top + 0.009), "employer": value(None, top, top + 0.009)}
            for month, top in (("2025-04", 0.073), ("2025-05", 0.092), ("2025-06", 0.112))]
    rows[0]["employer"] = value(company, 0.073, 0.082)
    spread_merged_cells(rows, "month", "employer")
    assert [row["employer"].value for row in rows] == [company] * 3
    assert [row["employer"].guessed for row in rows] == [False, True, True]


def test_a_page_read_too_poorly_to_score_but_headed_by_one_types_title_alone_is_that_type():
    left = ocr(("户口簿", (0.336, 0.395, 0.404, 0.414)), ("家庭户", (0.314, 0.436, 0.351, 0.452)),
               ("余红", (0.436, 0.436, 0.464, 0.451)), ("813084302", (0.303, 0.466, 0.351, 0.477)),
               ("山西省太原市小店区城关镇东风村5组25号", (0.301, 0.491, 0.475, 0.503)))
    assert classify_lines(left).type_id == "household_register_cover"
    # a title inside a longer heading line, or no heading, names nothing this way
    assert classify_lines(left[1:]).type_id == "unknown"


def test_two_merged_cells_one_under_the_other_on_a_tilted_photo_each_name_their_own_run():
    # o039: the photo rises to the right (the base cell stands 0.0035 higher than its month); 锦程 spans four months
    # (its text between the second and third), 凌云 the next three (its text level with the middle one)
    def cell(text, x, y):
        return FieldValue(value=text, confidence=1.0, evidence=Evidence(file="p.jpg", page=1, bbox=(x - 0.02, y - 0.006, x + 0.02, y + 0.006)))

    rows = []
    for index in range(7):
        y = 0.213 + 0.014 * index
        rows.append({"month": cell(f"2025-0{index + 1}", 0.19, y), "base": cell("10000.00", 0.476, y - 0.0035),
                     "employer": FieldValue(value=None, confidence=0.0)})
    rows[1]["employer"] = cell("上海锦程信息技术有限公司", 0.336, 0.213 + 0.021 - 0.0018)
    rows[5]["employer"] = cell("上海凌云(集团)有限公司", 0.336, 0.213 + 0.070 - 0.0018)
    spread_merged_cells(rows, "month", "employer")
    assert [row["employer"].value for row in rows] == ["上海锦程信息技术有限公司"] * 4 + ["上海凌云(集团)有限公司"] * 3
    # 锦程's run was chosen inside a longer stretch of empty cells: a guess; 凌云's is the whole stretch left: sure
    assert all(row["employer"].confidence < 1.0 for row in rows[:4] if row["employer"] is not rows[1]["employer"])
    assert [row["employer"].confidence for row in rows[4:]] == [1.0] * 3


def test_a_permit_cards_notice_side_and_a_contracts_page_of_clauses_alone_are_named():
    notice = ocr(("使用须知", (0.433, 0.335, 0.521, 0.378)), ("1.本证是持证人在本市居住的证明。", (0.234, 0.539, 0.492, 0.573)),
                 ("2.本证限持证人本人使用，不得转借。", (0.236, 0.581, 0.507, 0.612)),
                 ("3.本证实行签注制度。", (0.237, 0.624, 0.398, 0.652)),
                 ("4.如有遗失请及时到受理点挂失补领。", (0.238, 0.664, 0.508, 0.694)), ("上海市公安局监制", (0.601, 0.723, 0.713, 0.748)))
    assert classify_lines(notice).type_id == "residence_permit"
    clauses = ocr(("第三条", (0.118, 0.085, 0.187, 0.105)),
                  ("甲方应当每月以货币形式按时足额支付乙方工资，不得克扣或者无故拖欠乙方的工资。", (0.161, 0.118, 0.909, 0.134)),
                  ("乙方的工资构成和标准按甲方依法制定的薪酬制度执行。", (0.121, 0.145, 0.611, 0.160)),
                  ("第四条", (0.118, 0.189, 0.186, 0.209)),
                  ("甲方应当依法为乙方办理社会保险手续，按时缴纳各项社会保险费。乙方个人应缴纳的", (0.159, 0.222, 0.918, 0.239)),
                  ("部分由甲方在乙方工资中代扣代缴。", (0.119, 0.249, 0.432, 0.265)), ("第五条", (0.118, 0.294, 0.186, 0.313)),
                  ("甲方应为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品。乙方应严", (0.159, 0.326, 0.918, 0.343)),
                  ("格遵守安全操作规程，防止劳动过程中的事故。", (0.119, 0.353, 0.530, 0.369)), ("第六条", (0.117, 0.398, 0.186, 0.418)),
                  ("乙方应当遵守甲方依法制定的规章制度，遵守劳动纪律和职业道德。乙方违反甲方规章", (0.159, 0.430, 0.918, 0.447)),
                  ("制度的，甲方可依照规定予以处理。", (0.119, 0.457, 0.430, 0.473)))
    assert classify_lines(clauses).type_id == "labour_contract"


def test_a_row_a_detail_screen_or_an_overlapping_screenshot_shows_again_is_one_row():
    from extractors.reading.months import without_repeats

    def row(file, y, period, agent, amount):
        def cell(text):
            return FieldValue(value=text, confidence=1.0, evidence=Evidence(file=file, page=1, bbox=(0.1, y, 0.3, y + 0.02)))
        return {"period": cell(period), "withholding_agent": cell(agent), "amount": cell(amount)}

    agent = "上海睿德文化传媒有限公司"
    listed = [row("list.png", 0.2, "2026-08", agent, "1002.49"), row("list.png", 0.3, "2026-09", agent, "1672.79")]
    detail = row("detail.png", 0.4, "2026-09", agent, None)  # 详情: its 已申报税额 stands over the amount, not read
    overlap = row("list2.png", 0.1, "2026-08", agent, "1002.49")
    kept = without_repeats(listed + [detail, overlap], "period", "withholding_agent", "amount")
    assert [(r["period"].value, r["amount"].value) for r in kept] == [("2026-08", "1002.49"), ("2026-09", "1672.79")]
    # two rows of one month on one page (salary and bonus), or another payer's row, stay
    bonus = row("list.png", 0.35, "2026-09", agent, "1672.79")
    other = row("detail.png", 0.4, "2026-09", "上海另一家有限公司", None)
    assert len(without_repeats(listed + [bonus, other], "period", "withholding_agent", "amount")) == 4
    # outsider U's u026: the card at a screen's foot, its payer cut off, is the card the next screenshot shows whole
    cut = row("list.png", 0.9, "2026-10", None, "3102.82")
    whole = row("list2.png", 0.1, "2026-10", agent, "3102.82")
    kept = without_repeats(listed + [cut, whole], "period", "withholding_agent", "amount")
    assert [(r["period"].value, r["withholding_agent"].value) for r in kept][-1] == ("2026-10", agent) and len(kept) == 3
    # ... but not a row of another amount, nor one on the same page
    assert len(without_repeats([cut, row("list2.png", 0.1, "2026-10", agent, "3102.83")], "period", "withholding_agent",
                               "amount")) == 2
    assert len(without_repeats([cut, row("list.png", 0.5, "2026-10", agent, "3102.82")], "period", "withholding_agent",
                               "amount")) == 2
    # outsider AH's ah007: a card cut at a screen's foot below its month's heading (2026年3月) shows the month alone;
    # another screenshot shows that month read
    alone = row("screen1.png", 0.93, "2026-08", None, None)
    kept = without_repeats(listed + [alone], "period", "withholding_agent", "amount")
    assert [(r["period"].value, r["amount"].value) for r in kept] == [("2026-08", "1002.49"), ("2026-09", "1672.79")]
    assert len(without_repeats([alone, row("screen1.png", 0.5, "2026-08", agent, "1002.49")], "period",
                               "withholding_agent", "amount")) == 2  # on the same page: not shown again


def test_a_social_insurance_card_two_overlapping_screenshots_show_is_one_row_and_a_back_payment_stays():
    """随申办's 社保缴费明细 in three overlapping screenshots (outsider U, u007): 2026-08 on the foot of one screen and the
    top of the next was two rows. A month paid and back-paid (补缴) under one employer is two rows still."""
    from extractors.reading.months import without_repeats

    def row(file, y, month, base, back=False):
        def cell(value):
            return FieldValue(value=value, confidence=1.0, evidence=Evidence(file=file, page=1, bbox=(0.1, y, 0.3, y + 0.02)))
        return {"month": cell(month), "employer": cell("上海沪联(集团)有限公司"), "base": cell(base), "back_payment": cell(back)}

    rows = [row("s1.png", 0.3, "2026-09", "24000.00"), row("s1.png", 0.8, "2026-08", "24000.00"),
            row("s2.png", 0.1, "2026-08", "24000.00"), row("s2.png", 0.5, "2026-08", "24000.00", back=True)]
    kept = without_repeats(rows, "month", "employer", "base", alike=("back_payment",))
    assert [(r["month"].value, r["back_payment"].value) for r in kept] == [
        ("2026-09", False), ("2026-08", False), ("2026-08", True)]
