"""A scanned 个人权益记录 whose second page opens 以下为补缴记录 indented under the units' column, not at the table's left
edge (outsider AH's ah009): it is still the heading of the 补缴 section, so the last regular month above it (2026-09)
stays a regular payment; read as that row's wrapped cell, its 补缴 made the month a back payment and gave a false
social_insurance.not_paying error."""
import json
from pathlib import Path

from precheck.core.model import PageText
from precheck.pipeline.stages import classify_pages, extract_documents

FIXTURE = (Path(__file__).resolve().parents[1] / "fixtures" / "ocr_rows"
           / "social_insurance_record_indented_section_scan_outsider_ah.json")


def test_the_indented_heading_opens_the_back_payment_section():
    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    pages = [PageText.model_validate({k: v for k, v in page.items() if k != "capture"}) for page in fixture["pages"]]
    documents, failures = extract_documents(classify_pages(pages))
    assert not failures
    (record,) = [d for d in documents if d.type == "social_insurance_record"]
    truth = fixture["documents"][0]
    read = sorted((row["month"].value, row["employer"].value, row["base"].value, row["back_payment"].value)
                  for row in record.rows)
    assert read == sorted((row["month"], row["employer"], row["base"], row["back_payment"]) for row in truth["rows"])
