"""The second look at a table cell: an unsure withholding agent or social-insurance employer is cropped from the
full-resolution page, at each size of the second look, and read again; a sure reading of much the same text
stands for it, anything else leaves the unsure reading as it was."""
import random

import pytest

from extractors.doctypes import social_insurance_record
from extractors.doctypes import tax_record
from extractors.reading.table import Cell, _readings_again, cell_value, read_rows
from extractors.doctypes.tax_record import parse_agent, parse_agent_in_remarks
from extractors.reading.text import Span, make_line, page_tilt
from extractors.reading.values import parse_month, parse_org
from precheck.core.model import OcrLine, PageRef
from precheck.pipeline.second_look import Rereader
from samples.generator import apply_capture, make_person, render_document

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


TAX_TABLE = (tax_record.COLUMNS, tax_record.OTHER_HEADERS, "period", parse_month, ("withholding_agent", "remarks"))
SI_TABLE = (social_insurance_record.COLUMNS, social_insurance_record.OTHER_HEADERS, "month", parse_month, ("employer",))


@pytest.mark.ocr
@pytest.mark.parametrize("doc_type,layout,table,company_field,parse", [
    ("tax_record", "income_detail", TAX_TABLE, "withholding_agent", parse_agent),
    ("tax_record", "national", TAX_TABLE, "withholding_agent", parse_agent_in_remarks),  # wrapped over two lines
    ("social_insurance_record", "detail", SI_TABLE, "employer", parse_org),
])
def test_a_cell_of_a_rendered_table_is_read_again_exactly_at_both_sizes(rapid_engine, doc_type, layout, table,
                                                                          company_field, parse):
    rng = random.Random(f"reread-cell/{doc_type}/{layout}")
    doc = render_document(doc_type, make_person(rng), rng, layout=layout)
    company = doc.rows[0][company_field]
    page = apply_capture(doc.pages[0], "scan", rng)
    result = rapid_engine.recognize(page)
    tilt = page_tilt(result.lines)
    lines = [make_line(line, REF, 0, result.height / result.width, tilt=tilt) for line in result.lines]
    columns, other_headers, key, key_parse, company_columns = table
    cells = []
    read_rows(lines, columns, other_headers, key, key_parse,
              lambda row_cells, spans: cells.append(next(row_cells[c] for c in company_columns if c in row_cells)))
    assert len(cells) >= 3
    rereader = Rereader(rapid_engine)
    rereader.add_page(REF, lambda: page, result.rotation)
    for cell in cells[:3]:
        readings = _readings_again(cell, parse(cell.text), parse, rereader)
        assert [reading.value for reading in readings] == [company, company]
        assert max(reading.confidence for reading in readings) >= 0.9  # at least one reading can stand for the cell
