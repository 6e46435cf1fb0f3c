"""The 个税 app's 收入纳税明细 as three phone screenshots (outsider AH's ah003), each card headed by its month
(2026年9月) and listing 税款所属期 … 2026-09 again among its values: one row per card, every value read, newest first
as the screens show them. (The repeated 税款所属期 label once opened a card of its own, whose month was unread; and a
card's key that its joined lines could not parse stopped the reader with an AttributeError.)"""
import json
from pathlib import Path

from precheck.core.model import PageText
from precheck.pipeline.stages import classify_pages, extract_documents

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ocr_rows" / "tax_record_app_cards_headed_by_month_outsider_ah.json"


def test_each_card_is_one_row_with_all_its_values():
    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    pages = [PageText.model_validate({k: v for k, v in page.items() if k != "capture"}) for page in fixture["pages"]]
    documents, failures = extract_documents(classify_pages(pages))
    assert not failures
    (record,) = [d for d in documents if d.type == "tax_record"]
    truth = fixture["documents"][0]
    read = sorted((row["period"].value, row["withholding_agent"].value, row["amount"].value) for row in record.rows)
    assert read == sorted((row["period"], row["withholding_agent"], row["amount"]) for row in truth["rows"])
    assert {name: value.value for name, value in record.fields.items()} == truth["fields"]
