"""A table photographed off-axis: the header slopes more steeply than the rows below it (perspective), so a
single slope taken from the header puts cells far from the month column into the row above after a few rows.
The reader follows each column's drift down the table instead."""
import random

import cv2
import numpy as np
import pytest
from PIL import Image

from precheck.core.model import PageRef, PageSource, PageText
from precheck.pipeline.stages import classify_pages, extract_documents
from precheck.pipeline.second_look import Rereader
from samples.generator import make_person, render_document

pytestmark = pytest.mark.ocr


def keystoned(image: Image.Image, drop: float) -> Image.Image:
    """The page seen with its right edge further away: that edge is shorter by `drop` of the height at each
    end, so rows near the top slope down to the right and rows lower down slope less, then up."""
    w, h = image.size
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[0, 0], [w, drop * h], [w, (1 - drop) * h], [0, h]])
    matrix = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(np.asarray(image.convert("RGB")), matrix, (w, h), flags=cv2.INTER_LINEAR,
                                 borderValue=(255, 255, 255))
    return Image.fromarray(warped)


@pytest.mark.parametrize("drop", [0.07, -0.06])
@pytest.mark.parametrize("doc_type,layout,month,amount", [
    ("tax_record", "tax_list", "period", "amount"),
    ("tax_record", "income_detail", "period", "amount"),
    ("tax_record", "national", "period", "amount"),  # cells wrapped over two lines
    ("social_insurance_record", "detail", "month", "base"),
])
def test_every_amount_stays_in_its_own_month_on_a_keystoned_photo(rapid_engine, doc_type, layout, month, amount, drop):
    rng = random.Random(f"keystone/{doc_type}/{layout}")
    doc = render_document(doc_type, make_person(rng), rng, layout=layout)
    assert len(doc.pages) == 1
    page = keystoned(doc.pages[0], drop)
    result = rapid_engine.recognize(page)
    ref = PageRef(file="photo.jpg", page=1)
    rereader = Rereader(rapid_engine)
    rereader.add_page(ref, lambda: page, result.rotation)
    text = PageText(ref=ref, source=PageSource.ocr, engine=rapid_engine.name, rotation=result.rotation,
                    width=result.width, height=result.height, lines=result.lines)
    documents, failures = extract_documents(classify_pages([text]), rereader)
    assert not failures
    (document,) = [d for d in documents if d.type == doc_type]
    read = {row[month].value: row[amount].value for row in document.rows}
    assert read == {row[month]: row[amount] for row in doc.rows}
