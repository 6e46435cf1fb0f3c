"""Layouts first met in outsider V (paper as people photograph it), given as the OCR read them from its pages."""
from extractors.doctypes import residence_permit as permit
from extractors.reading.fields import Reader
from extractors.reading.text import make_line
from precheck.core.model import OcrLine, PageRef

REF = PageRef(file="IMG_20261118_220728.jpg", page=1)


def test_a_long_value_on_a_tilted_photo_is_no_seal_though_its_box_is_twice_its_labels_height():
    """v035, a photo of the 居住证信息 page tilted 0.093: the 户籍所在地 address, long, stands in a box 0.058 high beside
    a label 0.025 high, and was passed over as a seal's arc; the address was read from a crop, cut short."""
    tilt = 0.09255
    recorded = [("出生日期", (0.237, 0.282, 0.305, 0.307)), ("1998年01月18日", (0.391, 0.296, 0.504, 0.323)),
                ("户籍所在地", (0.233, 0.315, 0.313, 0.340)),
                ("辽宁省沈阳市和平区兰溪南路194号（人才服务中心集体户）", (0.385, 0.327, 0.770, 0.385)),
                ("居住地住址", (0.227, 0.352, 0.308, 0.377)), ("上海市徐汇区望江路228弄18号2504室", (0.384, 0.365, 0.639, 0.408))]
    lines = [make_line(OcrLine(text=text, bbox=box, confidence=0.99), REF, 0, 4000 / 3000, tilt) for text, box in recorded]
    read = Reader(lines, permit.FIELDS, permit.EXTRA_LABELS).read_all()
    assert read["hukou_address"].value == "辽宁省沈阳市和平区兰溪南路194号(人才服务中心集体户)"
    assert read["residence_address"].value == "上海市徐汇区望江路228弄18号2504室"
