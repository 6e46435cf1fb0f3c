"""Layouts first met in outsider Q, each given as the OCR or the text layer read it from the drawer's pages."""
from extractors.doctypes import residence_permit as permit
from extractors.reading.fields import Reader
from extractors.reading.text import make_line
from precheck.core.model import OcrLine, PageRef

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
