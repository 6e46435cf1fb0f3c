"""A value set tight against its label on one line (outsider R's ID cards: the number's first digit touching 码), which
the recogniser reads short: the value alone is read again from where the label ends, and the reading is taken only
where it passes its own check and holds all that the first reading read."""
from extractors.doctypes import id_card
from extractors.reading.fields import Reader
from extractors.reading.text import make_line
from precheck.core.model import OcrLine, PageRef

REF = PageRef(file="scan0006.png", page=1)
LINE = ("公民身份号码20102198504173781", 0.096, 0.268, 0.470, 0.288)  # r006: 320102198504173781 on the card


def reading(answer):
    crops = []

    def reread(ref, bbox, tilt=0.0, scale=1.0):
        crops.append(bbox)
        return OcrLine(text=answer, bbox=bbox, confidence=0.99, char_confidences=[0.99] * len(answer))

    return reread, crops


def read(answer):
    reread, crops = reading(answer)
    line = make_line(OcrLine(text=LINE[0], bbox=LINE[1:], confidence=1.0), REF, 0, 0.63)
    return Reader([line], id_card.FIELDS, reread=reread).read_all().get("id_number"), crops, line


def test_the_number_read_alone_from_the_labels_end_is_taken_when_it_passes_and_holds_the_first_reading():
    value, crops, line = read("320102198504173781")
    assert value.value == "320102198504173781" and value.confidence >= 0.9
    label_end = line.char_spans[6][0]
    assert any(abs(crop[0] - label_end) < line.char_width and crop[2] == line.bbox[2] for crop in crops)


def test_a_reading_alone_that_drops_what_was_read_first_is_not_taken():
    value, _, _ = read("320102198504173718")  # passes no check, and lost the first reading's tail
    assert value is None or value.value != "320102198504173718"
