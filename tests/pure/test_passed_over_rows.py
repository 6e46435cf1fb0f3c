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


# Outsider P p005: a scanned 上海市居住证信息 grid under a dense watermark. The 签注日期 label was read together with
# the watermark's stroke (等注目期正积, 0.82) and a watermark piece 供居 stood beside it; read again alone, the cell
# gives 签注目期 (日 read 目, 0.89).
GRID = [
    ("姓名", 0.066, 0.174, 0.133, 0.205), ("曾秀", 0.212, 0.178, 0.260, 0.202),
    ("证件号码", 0.498, 0.176, 0.572, 0.199), ("430104199603201357", 0.644, 0.178, 0.817, 0.197),
    ("性别", 0.069, 0.217, 0.116, 0.243), ("男", 0.217, 0.222, 0.242, 0.240),
    ("户籍地址", 0.499, 0.216, 0.574, 0.240), ("湖南省长沙市岳麓区顺明路100号", 0.643, 0.216, 0.894, 0.239),
    ("等注目期正积", 0.057, 0.237, 0.226, 0.306, 0.82), ("2025年1月28日", 0.212, 0.258, 0.339, 0.283),
    ("有效期限起", 0.502, 0.257, 0.589, 0.279), ("2025-01-28", 0.642, 0.254, 0.741, 0.281),
    ("供居", 0.000, 0.271, 0.080, 0.333, 0.93),
    ("有效期限止", 0.071, 0.299, 0.162, 0.322), ("2028-01-27", 0.214, 0.297, 0.316, 0.322),
    ("居住地址", 0.071, 0.338, 0.147, 0.363), ("上海市静安区顺锦街912弄52号2167室", 0.217, 0.333, 0.533, 0.370),
]


def grid_lines():
    return [make_line(OcrLine(text=t, bbox=tuple(box[:4]), confidence=(box[4] if len(box) > 4 else 0.99)), REF, 0, 1.414)
            for t, *box in GRID]


def cell_reading(text, confidence):
    def reread(ref, bbox, tilt=0.0, scale=1.0):
        in_label_cell = bbox[0] < 0.1 and bbox[2] < 0.22 and bbox[1] < 0.27 < bbox[3]
        return OcrLine(text=text, bbox=tuple(bbox), confidence=confidence,
                       char_confidences=[confidence] * len(text)) if in_label_cell else None
    return reread


def test_a_label_read_with_a_watermark_stroke_is_read_again_alone_and_named_with_one_character_misread():
    fields = Reader(grid_lines(), residence_permit.FIELDS, residence_permit.EXTRA_LABELS,
                    reread=cell_reading("签注目期", 0.89)).read_all()
    assert fields["issue_date"].value == "2025-01-28" and not fields["issue_date"].guessed
    assert fields["valid_until"].value == "2028-01-27"
    # a reading of the cell that is no label, or a misread label read unsurely, names nothing
    for text, confidence in (("注意事项", 0.99), ("签注目期", 0.6)):
        fields = Reader(grid_lines(), residence_permit.FIELDS, residence_permit.EXTRA_LABELS,
                        reread=cell_reading(text, confidence)).read_all()
        assert "issue_date" not in fields or fields["issue_date"].guessed


# Outsider P p040: a phone photo of a 居住证信息查询结果 printout listing each label over its value; a watermark's
# slanted piece (居住证人) hid 姓名 from the detector. Read again alone, the band over the name reads 姓名.
LIST = [
    ("居住证信息查询结果", 0.424, 0.180, 0.591, 0.207), ("居住证人", 0.182, 0.196, 0.313, 0.269, 0.96),
    ("胡梅洋", 0.264, 0.252, 0.313, 0.271),
    ("公民身份号码", 0.267, 0.283, 0.335, 0.296), ("330106200103216821", 0.265, 0.297, 0.401, 0.312),
    ("性别", 0.266, 0.325, 0.295, 0.340), ("女", 0.267, 0.341, 0.285, 0.355),
    ("常住户口所在地住址", 0.265, 0.367, 0.367, 0.382), ("浙江省杭州市西湖区翠店镇兴荣村12组9号", 0.265, 0.380, 0.507, 0.398),
    ("居住地住址", 0.267, 0.411, 0.325, 0.424), ("上海市杨浦区桐宁路402弄43号1433室", 0.265, 0.421, 0.487, 0.441),
    ("签注日期", 0.266, 0.453, 0.314, 0.467), ("2026年6月18日", 0.263, 0.465, 0.360, 0.484),
]


def band_over_name(text):
    def reread(ref, bbox, tilt=0.0, scale=1.0):
        over_name = bbox[0] < 0.264 and 0.23 < bbox[1] and bbox[3] < 0.252
        if not over_name:
            return None
        return OcrLine(text=text, bbox=tuple(bbox), confidence=0.97, char_confidences=[0.97] * len(text))
    return reread


def test_a_label_hidden_over_its_value_in_a_list_is_read_again_from_the_band_over_the_value():
    lines = [make_line(OcrLine(text=t, bbox=tuple(box[:4]), confidence=(box[4] if len(box) > 4 else 0.99)), REF, 0, 1.333)
             for t, *box in LIST]
    fields = Reader(lines, residence_permit.FIELDS, residence_permit.EXTRA_LABELS, reread=band_over_name("姓名")).read_all()
    assert fields["name"].value == "胡梅洋" and not fields["name"].guessed
    assert fields["id_number"].value == "330106200103216821"
    fields = Reader(lines, residence_permit.FIELDS, residence_permit.EXTRA_LABELS, reread=band_over_name("正")).read_all()
    assert "name" not in fields or fields["name"].guessed
