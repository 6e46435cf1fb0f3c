"""A value the page's text detector passed over: nothing at all was read beside its label, so the place the value
would stand is cropped and read, narrowest first, and a wider crop's stray text does not become the value."""
from extractors.reading.fields import Field, Reader
from extractors.reading.text import make_line
from extractors.reading.values import parse_ethnicity, parse_range_end
from precheck.core.model import OcrLine, PageRef

REF = PageRef(file="card.jpg", page=1)
ETHNICITY = Field("ethnicity", ("民族",), parse_ethnicity)


def card_lines():
    items = [("性别", 0.06, 0.24, 0.15, 0.30), ("女", 0.19, 0.24, 0.24, 0.30), ("民族", 0.32, 0.24, 0.41, 0.30)]
    return [make_line(OcrLine(text=t, bbox=box, confidence=0.99), REF, 0, 0.63) for t, *box in items]


def crops_reading(answers):
    """A reread answering each crop by its width in the label's character widths."""
    widths = []

    def reread(ref, bbox, tilt=0.0, scale=1.0):
        widths.append(round((bbox[2] - bbox[0]) / card_lines()[2].char_width, 1))
        text, confidence = answers[len(widths) - 1] if len(widths) <= len(answers) else ("", 0.0)
        return OcrLine(text=text, bbox=bbox, confidence=confidence, char_confidences=[confidence] * len(text)) if text else None

    return reread, widths


def test_a_lone_character_missed_beside_its_label_is_read_from_the_narrowest_crop_that_reads_surely():
    reread, widths = crops_reading([("汉", 0.99)])
    value = Reader(card_lines(), (ETHNICITY,), reread=reread).read_all()["ethnicity"]
    # A sure reading is looked at once more in a crop wider by half, in case the narrow crop cut the value.
    assert value.value == "汉" and value.confidence == 0.99 and widths[0] == 1.5 and len(widths) == 2


def test_a_wider_crop_is_tried_when_the_narrow_one_reads_nothing_and_stray_text_is_never_the_value():
    reread, widths = crops_reading([("", 0.0), ("回", 0.98)])
    assert Reader(card_lines(), (ETHNICITY,), reread=reread).read_all()["ethnicity"].value == "回"
    assert widths == [1.5, 3.0, 4.5]
    reread, widths = crops_reading([("汉", 0.55), ("务中心", 0.97), ("务中心", 0.99), ("务中心", 0.99), ("务中心", 0.99)])
    value = Reader(card_lines(), (ETHNICITY,), reread=reread).read_all()["ethnicity"]
    assert value.value == "汉" and value.confidence == 0.55  # unsure, as it was read: never 务中心


def test_a_date_range_a_watermark_hid_from_the_detector_is_read_from_a_crop_wide_enough_for_it():
    """签发机关 and 有效期限 of a card's back under a slanted watermark: only the label 有效期限 was found."""
    valid_until = Field("valid_until", ("有效期限",), parse_range_end)
    label = make_line(OcrLine(text="有效期限", bbox=(0.10, 0.60, 0.22, 0.65), confidence=0.99), REF, 0, 0.63)
    widths = []

    def reread(ref, bbox, tilt=0.0, scale=1.0):
        widths.append(round((bbox[2] - bbox[0]) / label.char_width))
        text = "2021.01.04-2031.01.04" if widths[-1] >= 20 else "2021.01"
        return OcrLine(text=text, bbox=bbox, confidence=0.97, char_confidences=[0.97] * len(text))

    value = Reader([label], (valid_until,), reread=reread).read_all()["valid_until"]
    assert value.value == "2031-01-04" and widths[-1] >= 20


def test_a_blank_place_beside_its_label_gets_no_wide_crops():
    reread, widths = crops_reading([("", 0.0)] * 5)
    assert "ethnicity" not in Reader(card_lines(), (ETHNICITY,), reread=reread).read_all()
    assert widths == [1.5, 3.0, 6.0]


def test_a_label_the_detector_passed_over_in_a_grids_label_column_is_read_from_its_cell():
    """A photocopied printout grid: a watermark's stroke over 签发日期 hid the label from the text detector, its date
    stands alone in the value column. The label column's cell on that row is read again: a sure 签发日期 there
    names the date; the cell read as no label names nothing."""
    from extractors.doctypes import residence_permit
    from tests.pure.test_printout_grid_header import PRINTOUT

    lines = [make_line(OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=0.99), REF, 0, 1.414)
             for t, x0, y0, x1, y1 in PRINTOUT]
    asked = []

    def reread(ref, bbox, tilt=0.0, scale=1.0, text="签发日期"):
        asked.append(bbox)
        in_label_column_by_the_date = bbox[0] < 0.1 and 0.21 <= bbox[1] <= 0.215
        answer = text if in_label_column_by_the_date else "址"
        return OcrLine(text=answer, bbox=bbox, confidence=0.99, char_confidences=[0.99] * len(answer))

    fields = Reader(lines, residence_permit.FIELDS, residence_permit.EXTRA_LABELS, reread=reread).read_all()
    assert fields["issue_date"].value == "2026-09-07" and asked
    unread = Reader(lines, residence_permit.FIELDS, residence_permit.EXTRA_LABELS,
                    reread=lambda ref, bbox, tilt=0.0, scale=1.0: reread(ref, bbox, text="签")).read_all()
    assert "issue_date" not in unread


def test_a_sure_reading_cut_by_its_crop_gives_way_to_a_wider_one_that_reads_more_but_never_a_watermark():
    """苏博 read surely in the narrow crop, 苏博洋 in the crop wider by half (outsider N, n034): the wider reading is the
    value. What a wider crop adds from the watermark written over the page (王伟 | 无) is never taken."""
    from extractors.reading.values import parse_name
    name = Field("name", ("民族",), parse_name)  # the card's 民族 label stands in for 姓名 here
    reread, widths = crops_reading([("苏博", 0.99), ("苏博洋", 0.98)])
    assert Reader(card_lines(), (name,), reread=reread).read_all()["name"].value == "苏博洋"
    reread, widths = crops_reading([("王伟", 0.99), ("王伟无", 0.98)])
    assert Reader(card_lines(), (name,), reread=reread).read_all()["name"].value == "王伟"
