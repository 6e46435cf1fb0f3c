"""Layouts first met in outsider Q, each given as the OCR or the text layer read it from the drawer's pages."""
from extractors.doctypes import residence_permit as permit
from extractors.doctypes import social_insurance_record as si
from extractors.reading.fields import Reader
from extractors.reading.text import make_line
from precheck.core.model import OcrLine, PageRef, PageSource, PageText
from precheck.pipeline.classify import classify_page
from precheck.pipeline.grouping import group_documents, PlacedPart

REF = PageRef(file="page.jpg", page=1)
A4 = 2339 / 1654


def lines(*items, aspect=A4):
    return [make_line(OcrLine(text=text, bbox=box, confidence=1.0), REF, 0, aspect) for text, box in items]


def test_the_ethnicity_row_over_the_hukou_address_is_no_first_line_of_the_address():
    # q005: a photocopied 上海市居住证办理信息 listing 民族 汉 in the row over 户籍地址; the lone 汉 was taken as the
    # address's first line wrapped over its label's row (汉山西省太原市…), and every hukou address differed.
    read = lines(("姓名", (0.089, 0.137, 0.139, 0.161)), ("苏静志", (0.273, 0.135, 0.339, 0.157)),
                 ("身份证号码", (0.092, 0.174, 0.191, 0.196)), ("140105200108192943", (0.277, 0.175, 0.441, 0.191)),
                 ("性别", (0.090, 0.211, 0.142, 0.235)), ("女", (0.273, 0.209, 0.306, 0.234)),
                 ("民族", (0.090, 0.248, 0.142, 0.272)), ("汉", (0.275, 0.246, 0.306, 0.268)),
                 ("户籍地址", (0.092, 0.285, 0.175, 0.308)), ("山西省太原市小店区东风路39号(人才集体户)", (0.279, 0.284, 0.631, 0.302)),
                 ("居住地住址", (0.094, 0.323, 0.192, 0.345)), ("上海市徐汇区真北路638弄50号2203室", (0.279, 0.321, 0.572, 0.339)))
    fields = Reader(read, permit.FIELDS, permit.EXTRA_LABELS).read_all()
    assert fields["hukou_address"].value == "山西省太原市小店区东风路39号(人才集体户)"
    # without 民族 among the permit's labels, the cell's geometry alone refuses the lone 汉
    bare = Reader(read, permit.FIELDS, tuple(label for label in permit.EXTRA_LABELS if label != "民族")).read_all()
    assert bare["hukou_address"].value == "山西省太原市小店区东风路39号(人才集体户)"


def test_a_text_layer_record_giving_each_run_of_months_as_start_and_end_columns_stands_for_every_month():
    # q004 (一网通办 print, text layer): 起始年月 | 截止年月 | 月数 | 缴费单位 | 缴费基数 | 缴费状态, the months' count set so
    # close to the company that the text layer runs them together (6上海拓朴…).
    items = [("上海市社会保险个人缴费情况", (0.336, 0.062, 0.664, 0.079)), ("姓名：孙娟红", (0.071, 0.101, 0.172, 0.113)),
             ("证件号码：350102199303034101", (0.333, 0.101, 0.569, 0.113)),
             ("起始年月", (0.076, 0.152, 0.133, 0.162)), ("截止年月", (0.196, 0.152, 0.253, 0.162)),
             ("月数", (0.315, 0.152, 0.343, 0.162)), ("缴费单位", (0.369, 0.152, 0.426, 0.162)),
             ("缴费基数", (0.705, 0.152, 0.763, 0.162)), ("缴费状态", (0.836, 0.152, 0.893, 0.162))]
    runs = (("2025年08月", "2026年01月", "6上海拓朴信息技术有限公司", "11,625.00正常"),
            ("2026年02月", "2026年06月", "5上海鼎信供应链管理有限公司", "11,625.00正常"))
    for index, (first, last, company, base) in enumerate(runs):
        top = 0.186 + 0.02 * index
        items += [(first, (0.076, top, 0.148, top + 0.01)), (last, (0.196, top, 0.267, top + 0.01)),
                  (company, (0.352, top, 0.555, top + 0.01)), (base, (0.762, top, 0.864, top + 0.01))]
    page = PageText(ref=PageRef(file="record.pdf", page=1), source=PageSource.text_layer, width=595, height=842,
                    lines=[OcrLine(text=text, bbox=box, confidence=1.0) for text, box in items])
    [record] = group_documents([PlacedPart(page, part) for part in classify_page(page.lines)])
    _, rows = si.extract(record, None)
    assert [row["month"].value for row in rows] == [f"2025-{m:02d}" for m in range(8, 13)] + [f"2026-{m:02d}" for m in range(1, 7)]
    assert [row["employer"].value for row in rows] == ["上海拓朴信息技术有限公司"] * 6 + ["上海鼎信供应链管理有限公司"] * 5
    assert not any(row["back_payment"].value for row in rows)


def test_a_masked_number_rests_on_the_digits_it_shows_not_on_its_stars():
    # q001: the 随申办 permit screen, recompressed by a chat app; its stars read at 0.54, its digits surely.
    text = "5226*********045X"
    chars = [0.99] * 4 + [0.54] * 9 + [0.98] * 4
    read = [make_line(OcrLine(text="公民身份号码", bbox=(0.06, 0.283, 0.30, 0.31), confidence=1.0), REF, 0, 2400 / 1080),
            make_line(OcrLine(text=text, bbox=(0.568, 0.283, 0.932, 0.31), confidence=0.54, char_confidences=chars),
                      REF, 0, 2400 / 1080)]
    number = Reader(read, permit.FIELDS, permit.EXTRA_LABELS).read_all()["id_number"]
    assert number.value == "5226**********045X" and number.confidence == 0.98
