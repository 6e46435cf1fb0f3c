"""Extractors on recorded OCR output (tests/fixtures/ocr/*.json, made by scripts/record_ocr_fixture.py from
generated packets): every field of the recorded documents must come out as the packet's truth says. Fast and the
same every run; live OCR of rendered pages is exercised in test_extract_rendered.py."""
import json
from pathlib import Path

import pytest

from precheck.core.model import PageText
from precheck.core.textnorm import normalize
from precheck.pipeline.stages import classify_pages, extract_documents

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "ocr").glob("*.json"))


def _documents(fixture):
    pages = [PageText.model_validate({k: v for k, v in page.items() if k != "capture"}) for page in fixture["pages"]]
    documents, failures = extract_documents(classify_pages(pages))
    assert not failures
    return documents


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_recorded_pages_give_the_true_fields(path):
    fixture = json.loads(path.read_text(encoding="utf-8"))
    documents = _documents(fixture)
    for truth in fixture["documents"]:
        found = [d for d in documents if d.type == truth["type"]]
        assert found, f"no {truth['type']} among {[d.type for d in documents]}"
        fields = {name: value.value for name, value in found[0].fields.items()}
        for name, expected in truth["fields"].items():
            assert fields.get(name) == expected, f"{truth['type']}.{name}"
        rows = [{name: cell.value for name, cell in row.items()} for row in found[0].rows]
        assert rows == truth["rows"]


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_every_value_has_its_evidence_on_its_page(path):
    fixture = json.loads(path.read_text(encoding="utf-8"))
    refs = {(p["ref"]["file"], p["ref"]["page"]) for p in fixture["pages"]}
    for document in _documents(fixture):
        values = list(document.fields.values()) + [cell for row in document.rows for cell in row.values()]
        for value in values:
            assert value.evidence is not None and (value.evidence.file, value.evidence.page) in refs
            x0, y0, x1, y1 = value.evidence.bbox
            assert 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1
            assert 0.0 <= value.confidence <= 1.0


def _on_a_read_line(box, text, lines) -> bool:
    """The box shares its width with a line read there that holds some of its text, and half the height of the lower
    of the two, as the page image shows them."""
    def shares(line):
        x0, y0, x1, y1 = line["bbox"]
        height = min(y1 - y0, box[3] - box[1])
        return (min(x1, box[2]) > max(x0, box[0]) and min(y1, box[3]) - max(y0, box[1]) >= 0.5 * height
                and set(text) & set(normalize(line["text"])))
    return any(map(shares, lines))


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_every_evidence_box_lies_where_the_page_image_shows_its_text(path):
    """On a tilted photo too: readers level its rows, but the report draws each box on the image as it is."""
    fixture = json.loads(path.read_text(encoding="utf-8"))
    lines = {(p["ref"]["file"], p["ref"]["page"]): p["lines"] for p in fixture["pages"]}
    for document in _documents(fixture):
        values = list(document.fields.values()) + [cell for row in document.rows for cell in row.values()]
        for value in values:
            place = (value.evidence.file, value.evidence.page)
            assert _on_a_read_line(value.evidence.bbox, value.evidence.text, lines[place]), (value.evidence.text, value.evidence.bbox)
