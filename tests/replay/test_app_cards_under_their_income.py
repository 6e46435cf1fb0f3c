"""The 个税 app's 收入纳税明细 as three phone screenshots (outsider AI's ai003): a banner with the name over
身份证 321002…, then cards that open with the income item and its amount (工资薪金 ¥6,207.46), then 所得月份 2026-10,
扣缴义务人 and 已申报税额. The label 身份证 was once taken for the taxpayer's name (a false name_mismatch error), 所得月份
was no period's label, and each card took the tax of the card above it, its month standing nearer its heading
than its values."""
import json
from pathlib import Path

import pytest

from precheck.core.model import PageText
from precheck.pipeline.stages import classify_pages, extract_documents

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ocr_rows"


# ai014: the first screen's last card is cut under its month; the figure beside its income item (工资薪金
# ¥20,299.27) was taken for its tax.
@pytest.mark.parametrize("name", ["tax_record_app_cards_under_their_income_outsider_ai",
                                  "tax_record_app_card_cut_under_its_income_outsider_ai"])
def test_every_card_is_its_own_row_and_the_banner_names_the_taxpayer(name):
    fixture = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    pages = [PageText.model_validate({k: v for k, v in page.items() if k != "capture"}) for page in fixture["pages"]]
    documents, failures = extract_documents(classify_pages(pages))
    assert not failures
    (record,) = [d for d in documents if d.type == "tax_record"]
    truth = fixture["documents"][0]
    read = sorted((row["period"].value, row["withholding_agent"].value, row["amount"].value) for row in record.rows)
    assert read == sorted((row["period"], row["withholding_agent"], row["amount"]) for row in truth["rows"])
    assert {name: record.fields[name].value for name in ("name", "id_number")} == truth["fields"]
