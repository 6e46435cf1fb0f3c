"""Extraction end to end on rendered pages: generate a document, capture it as a scan or photocopy, OCR it with
each engine, run the pipeline's classification, grouping and extractors, and compare with the generator's truth."""
import random

import pytest

from precheck.model import PageRef, PageSource, PageText
from precheck.pipeline import build_documents, classify_pages
from samples.generator import apply_capture, make_person, render_document

pytestmark = pytest.mark.ocr

# (type, layout, capture, fields both engines must read exactly)
CASES = [
    ("residence_permit", "info_table", "scan", ("name", "id_number", "hukou_address", "issue_date", "valid_from", "valid_until")),
    ("household_register_cover", "grid_printed", "photocopy", ("head_name", "household_number", "address", "issue_date")),
    ("household_register_member", "card_printed", "scan", ("name", "id_number", "birth_date", "sex", "registration_date")),
    ("id_card", "cards", "scan", ("name", "id_number", "birth_date", "address", "valid_until")),
    ("labour_contract", "shanghai_model", "scan", ("employer", "employee_name", "employee_id_number", "start_date", "end_date")),
    ("tax_record", "national", "scan", ("name", "id_number")),
]


def _read(engine, doc, capture, rng):
    pages = []
    for number, page in enumerate(doc.pages, start=1):
        image = apply_capture(page, capture, rng)
        result = engine.recognize(image)
        pages.append(PageText(ref=PageRef(file=f"page{number}.jpg", page=1), source=PageSource.ocr, engine=engine.name,
                              rotation=result.rotation, width=result.width, height=result.height, lines=result.lines))
    return build_documents(classify_pages(pages))


@pytest.mark.parametrize("doc_type,layout,capture,must", CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES])
def test_fields_read_from_rendered_pages(engine, doc_type, layout, capture, must):
    rng = random.Random(f"extract/{doc_type}/{layout}")
    doc = render_document(doc_type, make_person(rng), rng, layout=layout)
    documents = [d for d in _read(engine, doc, capture, rng) if d.type == doc_type]
    assert documents, "document not recognised"
    fields = {name: value.value for name, value in documents[0].fields.items()}
    wrong = {name: (fields.get(name), doc.fields[name]) for name in must if name in doc.fields and fields.get(name) != doc.fields[name]}
    assert not wrong, wrong
    if doc.rows:
        rows = [{name: cell.value for name, cell in row.items()} for row in documents[0].rows]
        periods = [row["period"] for row in doc.rows]
        assert [row["period"] for row in rows] == periods
        assert [row["amount"] for row in rows] == [row["amount"] for row in doc.rows]
