"""The second look at a table cell: an unsure withholding agent or social-insurance employer is cropped from the
full-resolution page, at each size of the second look, and read again; a sure reading of much the same text
stands for it, anything else leaves the unsure reading as it was."""


from extractors.reading.table import Cell, cell_value
from extractors.reading.payer import parse_payer as parse_agent
from extractors.reading.text import Span, make_line
from precheck.core.model import OcrLine, PageRef

REF = PageRef(file="tax.png", page=1)
AGENT = "上海浦江信息技术有限公司"


def unsure_cell(text=AGENT, weak_at=3):
    chars = [0.99] * len(text)
    chars[weak_at] = 0.58
    line = make_line(OcrLine(text=text, bbox=(0.45, 0.33, 0.64, 0.35), confidence=0.58, char_confidences=chars), REF, 0, 1.414)
    return Cell([Span(line, 0, len(text))])


def rereads(answers: dict):
    """A reread answering by scale: (text, confidence of every character)."""
    def reread(ref, bbox, tilt=0.0, scale=1.0):
        text, confidence = answers[scale]
        return OcrLine(text=text, bbox=bbox, confidence=confidence, char_confidences=[confidence] * len(text))
    return reread


def test_an_unsure_cell_read_surely_at_another_size_takes_that_reading():
    reread = rereads({1.0: (AGENT, 0.6), 0.67: (AGENT, 0.98)})
    value = cell_value(unsure_cell(), parse_agent, [], reread)
    assert value.value == AGENT and value.confidence == 0.98 and value.alternatives == []


def test_a_sure_reading_that_corrects_the_unsure_character_wins():
    reread = rereads({1.0: (AGENT, 0.97), 0.67: (AGENT, 0.98)})
    value = cell_value(unsure_cell("上海浦汀信息技术有限公司"), parse_agent, [], reread)
    assert value.value == AGENT and value.confidence >= 0.97


def test_a_reading_of_other_text_or_no_sure_reading_leaves_the_cell_unsure():
    other = rereads({1.0: ("合计", 0.99), 0.67: ("上海申通快递有限公司", 0.99)})
    value = cell_value(unsure_cell(), parse_agent, [], other)
    assert value.value == AGENT and value.confidence == 0.58
    unsure = rereads({1.0: (AGENT, 0.6), 0.67: (AGENT, 0.7)})
    assert cell_value(unsure_cell(), parse_agent, [], unsure).confidence == 0.58


def test_without_a_reread_or_when_sure_the_cell_is_read_once():
    assert cell_value(unsure_cell(), parse_agent, []).alternatives is None
    calls = []
    sure_line = make_line(OcrLine(text=AGENT, bbox=(0.45, 0.33, 0.64, 0.35), confidence=0.99), REF, 0, 1.414)
    value = cell_value(Cell([Span(sure_line, 0, len(AGENT))]), parse_agent, [], lambda *a, **k: calls.append(a))
    assert value.confidence == 0.99 and not calls


def test_a_cell_missing_from_a_row_with_no_place_on_the_page_is_unread_not_a_crash():
    # A row whose key cell was found but whose other cells and row text left no span (seen on an outsider's tax
    # record): the value is unread, and the reader goes on.
    value = cell_value(None, parse_agent, [])
    assert value.value is None and value.confidence == 0.0 and value.evidence is None


def test_an_unsure_tax_period_is_read_again_before_months_are_counted():
    # Outsider K's k003: an app screen's bold 2026年06月 read with its second 2 at 54%; the crop reads it surely.
    from extractors.doctypes import tax_record
    from extractors.doctypes.social_insurance_record import _row as social_insurance_row

    period = unsure_cell("2026年06月", weak_at=2)
    sure = rereads({scale: ("2026年06月", 0.99) for scale in (1.0, 0.67)})
    row = tax_record._row({"period": period, "withholding_agent": Cell(unsure_cell().spans)}, period.spans, reread=sure)
    assert row["period"].value == "2026-06" and row["period"].confidence >= 0.97
    assert tax_record._row({"period": period}, period.spans)["period"].confidence < 0.9  # no second look: unsure
    month_cell = unsure_cell("2026-06", weak_at=2)
    sure_month = rereads({scale: ("2026-06", 0.99) for scale in (1.0, 0.67)})
    month = social_insurance_row({"month": month_cell}, month_cell.spans, reread=sure_month)
    assert month["month"].value == "2026-06" and month["month"].confidence >= 0.97
