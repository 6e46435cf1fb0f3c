"""Layouts first met in outsider M, each read as the drawer printed it (lines as the OCR read them)."""
from extractors.doctypes import tax_record
from extractors.reading.fields import find_labels, Reader
from extractors.reading.text import make_line
from precheck.core.model import OcrLine, PageRef
from precheck.pipeline.classify import classify_lines

REF = PageRef(file="page.jpg", page=1)


def ocr(*items):
    return [OcrLine(text=text, bbox=box, confidence=1.0) for text, box in items]


def test_a_permit_cards_back_holding_only_its_endorsement_box_is_the_permit():
    back = ocr(("签注记录", (0.401, 0.101, 0.597, 0.181)), ("签注日期", (0.346, 0.282, 0.475, 0.346)),
               ("2026年10月10日", (0.347, 0.364, 0.610, 0.428)), ("签发机关", (0.346, 0.488, 0.476, 0.551)),
               ("上海市公安局", (0.349, 0.569, 0.563, 0.631)))
    assert classify_lines(back).type_id == "residence_permit"
    # an endorsement named without a date is no card's back
    assert classify_lines(back[:2] + back[3:]).type_id == "unknown"


def test_a_label_word_inside_a_sentence_names_no_value():
    # a 纳税记录 whose text layer lacks its 纳税人名称 line: the notice at its foot is no name
    lines = ocr(("中华人民共和国个人所得税纳税记录", (0.264, 0.047, 0.736, 0.068)),
                ("开具日期：2026.11.02", (0.500, 0.141, 0.662, 0.153)),
                ("说明：1.本记录涉及纳税人敏感信息，请妥善保管。2.本记录中的税款所属期为纳税人实际取得收入的期间。",
                 (0.057, 0.666, 0.674, 0.675)))
    read = [make_line(line, REF, 0, 1.414) for line in lines]
    assert not [hit for hit in find_labels(read, {"纳税人": ("name",)}) if hit.line is read[2]]
    fields = Reader(read, tax_record.FIELDS).read_all()
    assert fields.get("name") is None or fields["name"].value is None
    labelled = ocr(("纳税人名称：孙明", (0.057, 0.120, 0.200, 0.131)))
    fields = Reader([make_line(line, REF, 0, 1.414) for line in labelled], tax_record.FIELDS).read_all()
    assert fields["name"].value == "孙明"
