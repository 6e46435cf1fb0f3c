"""A form's row the text detector passed over whole, label and value (a watermark's stroke across both): the rows
read stand one step apart, two steps apart around the lost one, whose band is read again across the form; a reading
that opens with a label not found yet is that row, and its value is placed by its label."""
from extractors.doctypes import residence_permit
from extractors.reading.fields import Reader
from extractors.reading.passed_over_rows import unread_rows
from extractors.reading.text import make_line
from precheck.core.model import OcrLine, PageRef

REF = PageRef(file="permit.jpg", page=1)
HUKOU_ROW = "常住户口所在地住址江苏省南京市鼓楼区中山北路257号29幢1924室"
# 居住证信息查询结果 printout, rows 0.037 apart; the 常住户口所在地住址 row (middle 0.27) was not read at all.
PRINTOUT = [
    ("姓名：", 0.099, 0.145, 0.168, 0.171), ("牛艳", 0.297, 0.145, 0.356, 0.173),
    ("证件号码：", 0.096, 0.184, 0.207, 0.208), ("320106198401205862", 0.300, 0.188, 0.504, 0.206),
    ("备注：", 0.094, 0.219, 0.169, 0.245),
    ("他用", 0.000, 0.202, 0.122, 0.277),  # a watermark's piece: taller than print, no row
    ("居住地址：", 0.098, 0.296, 0.207, 0.318), ("上海市浦东新区江场路873弄76号1734室", 0.297, 0.295, 0.687, 0.323),
    ("签注日期：", 0.096, 0.333, 0.207, 0.355), ("2026年02月13日", 0.293, 0.332, 0.457, 0.362),
    ("有效期起：", 0.096, 0.369, 0.203, 0.392), ("2026.02.13", 0.293, 0.370, 0.413, 0.392),
    ("有效期止：", 0.096, 0.407, 0.203, 0.430), ("2027.02.12", 0.293, 0.408, 0.411, 0.429),
]


def lines_of(rows):
    return [make_line(OcrLine(text=t, bbox=box, confidence=0.99), REF, 0, 1.414) for t, *box in rows]


def band_reading(asked):
    def reread(ref, bbox, tilt=0.0, scale=1.0):
        asked.append(bbox)
        text = HUKOU_ROW if bbox[1] < 0.27 < bbox[3] and bbox[0] < 0.1 else ""
        return OcrLine(text=text, bbox=tuple(bbox), confidence=0.99, char_confidences=[0.99] * len(text)) if text else None
    return reread


def test_the_gap_of_two_steps_holds_one_unread_row():
    rows = unread_rows(lines_of(PRINTOUT), 0.09)
    assert len(rows) == 1 and abs(rows[0][0] - 0.27) < 0.01


def test_the_row_read_again_gives_its_value_placed_by_its_label():
    asked = []
    fields = Reader(lines_of(PRINTOUT), residence_permit.FIELDS, residence_permit.EXTRA_LABELS,
                    reread=band_reading(asked)).read_all()
    value = fields["hukou_address"]
    assert value.value == "江苏省南京市鼓楼区中山北路257号29幢1924室"
    assert value.confidence > 0.9 and not value.guessed
    assert fields["residence_address"].value == "上海市浦东新区江场路873弄76号1734室"
    band = next(bbox for bbox in asked if bbox[1] < 0.27 < bbox[3])
    assert band[0] < 0.1 and band[2] >= 0.68  # across the form, from its label column


def test_evenly_spaced_rows_hide_no_row():
    whole = PRINTOUT[:5] + [("常住户口所在地住址：", 0.094, 0.258, 0.300, 0.282), ("江苏省南京市鼓楼区中山北路257号29幢1924室", 0.31, 0.258, 0.75, 0.282)] + PRINTOUT[6:]
    assert unread_rows(lines_of(whole), 0.09) == []
