"""Forms an HR office files in bulk (outsider set AA), read from lines placed as OCR gave them on its pages (no
engine): a 劳动合同变更书 renaming the employer, a pay slip among the records, a contribution record printed as a
grid of months, a diploma that states only its 学制."""
from extractors.doctypes import labour_contract, social_insurance_record
from extractors.reading.month_grid import read_month_grid
from extractors.reading.study_mode import study_mode_in_text
from extractors.reading.text import make_line
from precheck.core.model import FieldValue, OcrLine, PageRef
from precheck.pipeline.classify import classify_page

REF = PageRef(file="t.pdf", page=1)


def _lines(placed, page_index=0, aspect=842 / 595, confidence=1.0):
    """(text, x0, y0, x1, y1[, confidence]) → extractor lines on one page."""
    return [make_line(OcrLine(text=p[0], bbox=p[1:5], confidence=p[5] if len(p) > 5 else confidence),
                      PageRef(file="t.pdf", page=page_index + 1), page_index, aspect) for p in placed]


CONTRACT_COVER = [("劳动合同书", 0.40, 0.10, 0.60, 0.13), ("甲方（用人单位）名称：上海青禾建筑设计有限公司", 0.12, 0.20, 0.70, 0.22),
                  ("乙方（劳动者）姓名：于佑蕊", 0.12, 0.25, 0.45, 0.27)]
AMENDMENT = [("劳动合同变更书", 0.394, 0.104, 0.609, 0.130), ("甲方：上海云帆建筑设计有限公司", 0.119, 0.167, 0.389, 0.187),
             ("乙方:于佑蕊身份证号码:350203198901197645", 0.119, 0.199, 0.529, 0.217),
             ("因甲方名称变更，经甲乙双方协商一致，自2026年1月1日起，双方于2025年6月13日签订的", 0.152, 0.245, 0.867, 0.266),
             ("劳动合同中甲方名称由“上海青禾建筑设计有限公司”变更为“上海云帆建筑设计有限公司”。", 0.117, 0.267, 0.859, 0.287),
             ("原劳动合同其他条款不变，继续履行。", 0.117, 0.290, 0.414, 0.309), ("日期：2025年12月25日", 0.117, 0.498, 0.305, 0.517)]


def test_a_change_agreement_names_the_employer_as_renamed():
    lines = _lines(CONTRACT_COVER) + _lines(AMENDMENT, page_index=1)
    renamed = labour_contract.renamed_employer(lines)
    assert renamed.value == "上海云帆建筑设计有限公司" and renamed.confidence >= 0.9
    assert renamed.evidence.page == 2
    assert labour_contract.renamed_employer(_lines(CONTRACT_COVER)) is None  # no 变更书: the party block stands


def test_a_clause_on_changing_the_contract_renames_nothing():
    clause = [("劳动合同", 0.40, 0.10, 0.60, 0.13), ("第十条 劳动合同的变更", 0.12, 0.20, 0.40, 0.22),
              ("经双方协商一致，可以变更劳动合同约定的内容，工作岗位变更为“销售部”的，应当采用书面形式。", 0.12, 0.25, 0.90, 0.27)]
    assert labour_contract.renamed_employer(_lines(clause)) is None


PAY_SLIP = [("上海启元物流有限公司工资条", 0.339, 0.084, 0.650, 0.110), ("发放月份：2026年10月姓名：胡黛部门：市场部", 0.086, 0.134, 0.471, 0.156),
            ("基本工资", 0.098, 0.175, 0.177, 0.200), ("10722.89", 0.814, 0.174, 0.892, 0.194),
            ("岗位津贴", 0.100, 0.208, 0.178, 0.230), ("8197.17", 0.822, 0.205, 0.892, 0.223),
            ("绩效奖金", 0.100, 0.238, 0.178, 0.260), ("2242.24", 0.822, 0.235, 0.893, 0.255),
            ("养老保险(个人)", 0.102, 0.269, 0.220, 0.290), ("13238.63", 0.815, 0.266, 0.893, 0.284),
            ("医疗保险(个人)", 0.104, 0.301, 0.220, 0.320), ("10084.86", 0.816, 0.295, 0.894, 0.315),
            ("住房公积金", 0.102, 0.330, 0.194, 0.351), ("2013.85", 0.822, 0.327, 0.893, 0.345),
            ("个人所得税", 0.102, 0.359, 0.194, 0.381), ("6364.63", 0.825, 0.356, 0.894, 0.376),
            ("实发工资", 0.103, 0.391, 0.178, 0.410), ("2810.56", 0.824, 0.387, 0.894, 0.405)]


def test_a_pay_slip_is_no_record():
    lines = [OcrLine(text=p[0], bbox=p[1:5], confidence=1.0) for p in PAY_SLIP]
    assert [part.classification.type_id for part in classify_page(lines)] == ["unknown"]


HEADER = [("上海市社会保险个人缴费情况(按年度)", 0.337, 0.071, 0.646, 0.109), ("姓名：沈蓓莺", 0.044, 0.131, 0.121, 0.162),
          ("证件号码：610113198911129487", 0.314, 0.127, 0.494, 0.156), ("缴费单位：上海星澜科技有限公司", 0.667, 0.124, 0.846, 0.151),
          ("年度", 0.065, 0.197, 0.093, 0.223), ("缴费基数", 0.125, 0.195, 0.173, 0.222)] + [
    (f"{m}月", 0.209 + (m - 1) * 0.0605, 0.19, 0.230 + (m - 1) * 0.0605 + (0.006 if m > 9 else 0), 0.218) for m in range(1, 13)] + [
    ("合计月数", 0.926, 0.182, 0.975, 0.212)]


def _marks(top, months, text="√", confidence=0.7):
    return [(text, 0.213 + (m - 1) * 0.0605, top, 0.229 + (m - 1) * 0.0605, top + 0.025, confidence) for m in months]


def test_a_grid_of_months_whose_marks_come_to_its_total_is_read_surely():
    lines = _lines(HEADER + _marks(0.230, (10, 11, 12)) + [("3", 0.945, 0.232, 0.957, 0.254)]
                   + [("2025", 0.062, 0.241, 0.095, 0.270), ("13800.00", 0.124, 0.241, 0.176, 0.268)]
                   + [("2026", 0.064, 0.290, 0.095, 0.316), ("15000.00", 0.124, 0.288, 0.176, 0.315)]
                   + _marks(0.284, range(1, 9)) + [("补", 0.760, 0.279, 0.772, 0.301)] + [("9", 0.941, 0.277, 0.962, 0.305)]
                   + [("注：“√”表示当月正常缴费，“补”表示补缴，空白表示未缴费。", 0.044, 0.346, 0.366, 0.379)])
    rows = read_month_grid(lines, social_insurance_record._header_employer)
    assert [(r["month"].value, r["base"].value, r["back_payment"].value) for r in rows] == [
        ("2025-10", "13800.00", False), ("2025-11", "13800.00", False), ("2025-12", "13800.00", False),
        *[(f"2026-{m:02d}", "15000.00", False) for m in range(1, 9)], ("2026-10", "15000.00", True)]
    assert {r["employer"].value for r in rows} == {"上海星澜科技有限公司"}
    assert min(r["month"].confidence for r in rows) >= 0.9  # each row's 合计月数 vouches for its marks


def test_a_grid_row_whose_marks_fall_short_of_its_total_keeps_their_doubt():
    lines = _lines(HEADER + [("2026", 0.064, 0.290, 0.095, 0.316), ("15000.00", 0.124, 0.288, 0.176, 0.315)]
                   + _marks(0.284, (1, 2, 3, 4, 5, 6, 7, 8, 10), confidence=0.6) + [("10", 0.941, 0.277, 0.962, 0.305)])
    rows = read_month_grid(lines, social_insurance_record._header_employer)
    assert [r["month"].value for r in rows] == [f"2026-{m:02d}" for m in (1, 2, 3, 4, 5, 6, 7, 8, 10)]
    assert max(r["month"].confidence for r in rows) < 0.9


DIPLOMA = [("毕业证书", 0.398, 0.115, 0.603, 0.168), ("学生沈蓓莺，性别女，一九八九年十一月生，于二〇〇七年九月至二〇一一", 0.301, 0.239, 0.895, 0.272),
           ("年七月在本校电子信息工程专业四年制本科学习，修完教学计划规定的全部课程，", 0.268, 0.291, 0.892, 0.320),
           ("成绩合格，准予毕业。", 0.268, 0.342, 0.442, 0.371), ("校名：南京理工大学", 0.267, 0.673, 0.433, 0.702)]


def test_a_diploma_stating_only_its_schooling_years_is_full_time_as_a_guess():
    mode = study_mode_in_text(_lines(DIPLOMA))
    assert mode.value == "普通全日制" and mode.guessed
    adult = [(text.replace("四年制本科", "业余三年制专科"), *box) for text, *box in DIPLOMA]
    assert study_mode_in_text(_lines(adult)).value == "业余"
    online = DIPLOMA + [("网络教育", 0.3, 0.4, 0.4, 0.42)]
    assert study_mode_in_text(_lines(online)).value == "网络教育"


def test_a_graduate_diploma_stating_no_form_of_study_is_full_time_as_a_guess():
    """Outsider AB ab026: a 研究生毕业证书 says …专业硕士研究生学习，…准予毕业 with no 学制 and no form of study."""
    master = [("研究生毕业证书", 0.448, 0.213, 0.656, 0.274),
              ("学生石琴婷，性别女，1983年9月生，于2006年9月至2009年6月在本", 0.353, 0.312, 0.876, 0.387),
              ("校汉语言文学专业硕士研究生学习，修完硕士研究生培养计划规定的全", 0.333, 0.359, 0.874, 0.434),
              ("部课程，成绩合格，毕业论文答辩通过，准予毕业。", 0.330, 0.405, 0.718, 0.470)]
    mode = study_mode_in_text(_lines(master))
    assert mode.value == "普通全日制" and mode.guessed
    adult = master + [("成人高等教育", 0.45, 0.15, 0.55, 0.18)]
    assert study_mode_in_text(_lines(adult)).value == "成人高等教育"


TEMPLATE_FIRST_PAGE = [("劳动合同书", 0.481, 0.175, 0.613, 0.196), ("合同编号：HT20246549", 0.694, 0.194, 0.803, 0.206),
                       ("根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》及有关法律法规，甲乙双方经平", 0.311, 0.215, 0.796, 0.232),
                       ("等协商，自愿签订本合同，共同遵守本合同所列条款。", 0.288, 0.230, 0.562, 0.247),
                       ("名称", 0.367, 0.261, 0.396, 0.277), ("上海沪融(集团)有限公司", 0.431, 0.261, 0.553, 0.275),
                       ("甲方", 0.299, 0.283, 0.329, 0.298), ("法定代表人", 0.351, 0.284, 0.410, 0.298), ("胡某某", 0.428, 0.283, 0.469, 0.298),
                       ("地址", 0.365, 0.305, 0.394, 0.321), ("上海市静安区某路664号", 0.431, 0.306, 0.552, 0.320),
                       ("姓名", 0.365, 0.328, 0.394, 0.344), ("胡琦桂", 0.427, 0.328, 0.468, 0.343), ("乙方", 0.297, 0.350, 0.326, 0.366),
                       ("身份证号码", 0.350, 0.352, 0.407, 0.366), ("130102198407317581", 0.427, 0.352, 0.540, 0.365),
                       ("一、劳动合同期限", 0.281, 0.405, 0.390, 0.420),
                       ("本合同为固定期限劳动合同，合同期限三年，自2024年06月01日起计算。其中试用期6个月。", 0.303, 0.423, 0.783, 0.441)]


def test_a_party_table_under_the_preamble_is_the_party_block():
    block = [line.text for line in labour_contract.party_block(_lines(TEMPLATE_FIRST_PAGE))]
    assert "上海沪融(集团)有限公司" in block and "胡琦桂" in block
    assert not any(text.startswith(("根据《", "等协商", "一、", "本合同")) for text in block)


def test_a_preamble_with_clauses_under_it_still_ends_the_block():
    page = TEMPLATE_FIRST_PAGE[:4] + TEMPLATE_FIRST_PAGE[-2:] + [("乙方的财产", 0.3, 0.45, 0.4, 0.47)]
    block = [line.text for line in labour_contract.party_block(_lines(page))]
    assert block == ["劳动合同书", "合同编号:HT20246549"]


def test_what_is_left_of_the_payer_label_on_a_faxed_print_is_no_part_of_the_name():
    from extractors.reading.payer import parse_payer

    payer = parse_payer("扣务上海沪融建筑设计有限公司")
    assert (payer.value, payer.guessed) == ("上海沪融建筑设计有限公司", True)
    assert parse_payer("务上海沪融建筑设计有限公司").value != "上海沪融建筑设计有限公司"  # one character is no remnant


class InkedCells:
    """A second look that sees the ink of each month's cell (by its centre's x); recognition finds nothing more."""

    def __init__(self, ink_by_month):
        self.ink_by_month = ink_by_month

    def __call__(self, *args, **kwargs):
        return None

    def ink(self, ref, bbox):
        centre = (bbox[0] + bbox[2]) / 2
        month = round((centre - 0.2195) / 0.0605) + 1
        return self.ink_by_month.get(month, 0.0)


def _row_2026(marks_read, total, confidence=0.7):
    return _lines(HEADER + [("2026", 0.064, 0.290, 0.095, 0.316), ("15000.00", 0.124, 0.288, 0.176, 0.315)]
                  + _marks(0.284, marks_read, confidence=confidence) + [(str(total), 0.941, 0.277, 0.962, 0.305)])


def test_a_mark_recognition_missed_is_found_by_its_ink_and_is_sure_when_it_stands_clear():
    inked = InkedCells({**{m: 0.012 for m in range(1, 11)}, 11: 0.001, 12: 0.0})
    rows = read_month_grid(_row_2026((1, 2, 3, 4, 5, 6, 7, 8, 10), 10), social_insurance_record._header_employer, inked)
    assert [r["month"].value for r in rows] == [f"2026-{m:02d}" for m in range(1, 11)]
    assert min(r["month"].confidence for r in rows) >= 0.9


def test_a_mark_found_by_ink_barely_above_a_blank_cell_keeps_its_doubt():
    inked = InkedCells({**{m: 0.013 for m in range(1, 11)}, 9: 0.011, 11: 0.009, 12: 0.003})
    rows = read_month_grid(_row_2026((1, 2, 3, 4, 5, 6, 7, 8, 10), 10), social_insurance_record._header_employer, inked)
    assert [r["month"].value for r in rows][8] == "2026-09"
    assert max(r["month"].confidence for r in rows) < 0.9


def test_the_ink_of_a_cell_counts_its_mark_and_not_the_rules_around_it():
    from PIL import Image, ImageDraw, ImageFont

    from precheck.ocr.seal_rings import NO_SEALS
    from precheck.pipeline.second_look import Rereader

    page = Image.new("RGB", (1200, 400), "white")
    draw = ImageDraw.Draw(page)
    for x in range(100, 1101, 100):  # a row of ruled cells
        draw.line((x, 100, x, 200), fill="black", width=3)
    for y in (100, 200):
        draw.line((100, y, 1100, y), fill="black", width=3)
    font = ImageFont.truetype("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 40)
    draw.text((135, 125), "√", fill="black", font=font)  # the first cell marked, the second left blank
    ref = PageRef(file="grid.png", page=1)
    rereader = Rereader(engine=None)
    rereader.add_page(ref, lambda: page, 0, NO_SEALS)
    marked = rereader.ink(ref, (100 / 1200, 90 / 400, 200 / 1200, 210 / 400))
    blank = rereader.ink(ref, (200 / 1200, 90 / 400, 300 / 1200, 210 / 400))
    assert marked > 0.01 and blank < 0.002


def test_a_change_agreement_s_signature_date_is_not_the_contract_s():
    signature_page = [("甲方（盖章）", 0.12, 0.60, 0.25, 0.62), ("乙方（签字）：于佑蕊", 0.55, 0.60, 0.75, 0.62),
                      ("日期：2025年6月13日", 0.12, 0.66, 0.30, 0.68), ("日期：2025年6月13日", 0.55, 0.66, 0.73, 0.68)]
    amendment_signature = [("甲方（盖章)", 0.117, 0.396, 0.238, 0.415), ("乙方（签字）：于佑蕊", 0.567, 0.392, 0.790, 0.418)]
    lines = _lines(signature_page) + _lines(AMENDMENT[:6] + amendment_signature + AMENDMENT[6:], page_index=1)
    assert labour_contract.amendment_pages(lines) == {1}
    kept = [line for line in lines if line.page_index not in labour_contract.amendment_pages(lines)]
    assert labour_contract.signature_date(kept).value == "2025-06-13"
    assert labour_contract.signature_date(lines).value == "2025-12-25"  # what the amendment's foot would have given


TAX_PAGE = [("中华人民共和国个人所得税纳税记录", 0.299, 0.057, 0.701, 0.078), ("纳税人名称：罗艳", 0.070, 0.150, 0.193, 0.163),
            ("纳税人识别号：610113198508016415", 0.570, 0.149, 0.816, 0.163), ("申报日期", 0.067, 0.224, 0.124, 0.237),
            ("实缴(退)金额", 0.153, 0.224, 0.241, 0.237), ("所得项目", 0.375, 0.224, 0.433, 0.237),
            ("税款所属期", 0.493, 0.224, 0.564, 0.237), ("备注", 0.836, 0.224, 0.869, 0.238)] + [
    row for month in range(1, 6) for row in (
        (f"2026-0{month + 1}-04", 0.051, 0.257 + month * 0.04, 0.115, 0.266 + month * 0.04),
        ("1143.42", 0.200, 0.257 + month * 0.04, 0.250, 0.266 + month * 0.04),
        ("工资薪金所得", 0.345, 0.254 + month * 0.04, 0.423, 0.268 + month * 0.04),
        (f"2026-0{month}-01至2026-0{month}-28", 0.469, 0.257 + month * 0.04, 0.600, 0.266 + month * 0.04),
        ("扣缴义务人：上海汇璟信息技术有限公司", 0.700, 0.257 + month * 0.04, 0.940, 0.266 + month * 0.04))]


def test_a_pay_slip_filed_after_the_tax_record_in_one_scan_is_not_its_next_page():
    from precheck.core.model import PageSource, PageText
    from precheck.pipeline.grouping import group_documents, PlacedPart

    placed = []
    for number, page_lines in ((1, TAX_PAGE), (2, PAY_SLIP)):
        lines = [OcrLine(text=p[0], bbox=p[1:5], confidence=1.0) for p in page_lines]
        page = PageText(ref=PageRef(file="扫描件.pdf", page=number), source=PageSource.ocr, width=1240, height=1754,
                        lines=lines)
        placed += [PlacedPart(page, part) for part in classify_page(lines)]
    assert [(draft.type_id, len(draft.parts)) for draft in group_documents(placed)] == [("tax_record", 1), ("unknown", 1)]


def test_the_sex_on_a_faxed_id_card_whose_label_lost_its_first_character():
    from extractors.doctypes import id_card

    found = id_card._sex_before_ethnicity("注别女民族汉")
    assert (found.value, found.start) == ("女", 2)
    assert id_card._sex_before_ethnicity("性别男民族汉").value == "男"
    assert id_card._sex_before_ethnicity("住址女民族路") is None


def test_a_back_payment_mark_read_unsurely_keeps_its_doubt_though_the_count_vouches_for_the_month():
    lines = _lines(HEADER + [("2026", 0.064, 0.290, 0.095, 0.316), ("15000.00", 0.124, 0.288, 0.176, 0.315)]
                   + _marks(0.284, range(1, 9), confidence=0.95) + [("补", 0.760, 0.279, 0.772, 0.301, 0.4)]
                   + [("9", 0.941, 0.277, 0.962, 0.305)])
    rows = read_month_grid(lines, social_insurance_record._header_employer)
    back = {r["month"].value: r["back_payment"] for r in rows}
    assert back["2026-10"].value is True and back["2026-10"].confidence < 0.9
    assert back["2026-01"].value is False and back["2026-01"].confidence >= 0.9
    assert rows[0]["month"].confidence >= 0.9 and rows[-1]["month"].confidence >= 0.9
