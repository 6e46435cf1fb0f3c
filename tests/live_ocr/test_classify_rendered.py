"""Classification of real rendered pages: every SPEC §3 type in 3 layouts, read by both engines."""
import random

import pytest

from precheck.pipeline.classify import classify_page
from samples.generator import DOC_TYPES, apply_capture, list_layouts, make_person, render_document

pytestmark = pytest.mark.ocr

CASES = [(doc_type, layout) for doc_type in DOC_TYPES for layout in list_layouts(doc_type)]


def test_every_type_has_three_layouts():
    for doc_type in DOC_TYPES:
        assert len(list_layouts(doc_type)) >= 3, doc_type


@pytest.mark.parametrize("doc_type,layout", CASES, ids=[f"{t}-{l}" for t, l in CASES])
def test_first_page_is_classified(engine, doc_type, layout):
    rng = random.Random(f"{doc_type}/{layout}")
    doc = render_document(doc_type, make_person(rng), rng, layout=layout)
    page = apply_capture(doc.pages[0], "scan", rng)
    result = engine.recognize(page)
    types = [part.classification.type_id for part in classify_page(result.lines)]
    assert types == [doc_type], f"read: {' | '.join(line.text for line in result.lines)[:600]}"
