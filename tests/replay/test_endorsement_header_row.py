"""The back of a 居住证 card photographed (outsider AI's ai005): a 签注记录 table whose header row names three
columns (有效期起 | 有效期至 | 签注机关) over one row of values. The date under 有效期至 stands in 有效期起's row band, right
of its label and left of the next: it was taken as 有效期起's value, and the permit read as valid for one day."""
import json
from pathlib import Path

from precheck.core.model import PageText
from precheck.pipeline.stages import classify_pages, extract_documents

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ocr_rows" / "residence_permit_endorsement_header_row_outsider_ai.json"


def test_each_date_is_the_value_of_the_label_over_it():
    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    pages = [PageText.model_validate({k: v for k, v in page.items() if k != "capture"}) for page in fixture["pages"]]
    documents, failures = extract_documents(classify_pages(pages))
    assert not failures
    (permit,) = [d for d in documents if d.type == "residence_permit"]
    truth = fixture["documents"][0]["fields"]
    assert permit.fields["valid_from"].value == truth["valid_from"] == "2025-11-27"
    assert permit.fields["valid_until"].value == truth["valid_until"] == "2028-11-26"
    assert not permit.fields["valid_from"].guessed
