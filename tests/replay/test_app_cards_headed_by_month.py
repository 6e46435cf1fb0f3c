"""The 个税 app's 收入纳税明细 as phone screenshots, each card headed by its month (2026年9月) and listing 税款所属期 …
2026-09 again among its values: one row per card, every value read. Outsider AH's ah003 (three screens): the
repeated 税款所属期 label once opened a card of its own, whose month was unread, and a card's key that its joined
lines could not parse stopped the reader with an AttributeError. ah037 (five screens): one month's heading stands
over two cards (wages, and 劳务报酬 from a second payer), each with its own 税款所属期; the second card was lost.

Outsider AI's ai003 (three screens): a banner with the name over 身份证 321002…, then cards that open with the income
item and its income (工资薪金 ¥6,207.46), then 所得月份 2026-10, 扣缴义务人 and 已申报税额. The label 身份证 was taken for
the taxpayer's name (a false name_mismatch error), 所得月份 was no period's label, and each card took the tax of the
card above it, its month standing nearer its heading than its values. ai014: the first screen's last card is cut
under its month, and the figure beside its income item (工资薪金 ¥20,299.27) was taken for its tax. (outsider_ai drew
2026-07, and in ai014 2026-06 too, below the first screen's foot: on no page, so no rows in these fixtures.)"""
import json
from pathlib import Path

import pytest

from precheck.core.model import PageText
from precheck.pipeline.stages import classify_pages, extract_documents

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ocr_rows"


@pytest.mark.parametrize("name", ["tax_record_app_cards_headed_by_month_outsider_ah",
                                  "tax_record_app_two_cards_under_one_month_outsider_ah",
                                  "tax_record_app_cards_under_their_income_outsider_ai",
                                  "tax_record_app_card_cut_under_its_income_outsider_ai"])
def test_each_card_is_one_row_with_all_its_values(name):
    fixture = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    pages = [PageText.model_validate({k: v for k, v in page.items() if k != "capture"}) for page in fixture["pages"]]
    documents, failures = extract_documents(classify_pages(pages))
    assert not failures
    (record,) = [d for d in documents if d.type == "tax_record"]
    truth = fixture["documents"][0]
    read = sorted((row["period"].value, row["withholding_agent"].value, row["amount"].value) for row in record.rows)
    assert read == sorted((row["period"], row["withholding_agent"], row["amount"]) for row in truth["rows"])
    assert {name: value.value for name, value in record.fields.items()} == truth["fields"]
