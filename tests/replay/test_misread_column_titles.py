"""A national 纳税记录 photo whose titles of the field columns were all misread (税款所属期 as 税数所星期, 实缴(退)金额
as 实继(谢)金额, 备注 as 条注), recorded from outsider AG's ag035: the row of the other titles (申报日期, 所得项目,
入库税务机关) is still the header, so each row's period is its own 税款所属期, not its 申报日期 a month later."""
import json
from pathlib import Path

from precheck.core.model import PageText
from precheck.pipeline.stages import classify_pages, extract_documents

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ocr_rows" / "tax_record_misread_titles_outsider_ag.json"


def _tax_record():
    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    pages = [PageText.model_validate({k: v for k, v in page.items() if k != "capture"}) for page in fixture["pages"]]
    documents, failures = extract_documents(classify_pages(pages))
    assert not failures
    truth = fixture["documents"][0]
    return next(d for d in documents if d.type == "tax_record"), truth


def test_each_row_holds_its_own_period_and_amount():
    record, truth = _tax_record()
    read = [(row["period"].value, row["amount"].value) for row in record.rows]
    assert read == [(row["period"], row["amount"]) for row in truth["rows"]]


def test_the_payer_is_read_from_remarks_whose_title_was_misread():
    record, truth = _tax_record()
    payer = truth["rows"][0]["withholding_agent"]
    agents = [row["withholding_agent"] for row in record.rows]
    assert all(agent.value is not None for agent in agents)
    assert sum(agent.value == payer for agent in agents) >= len(agents) // 2
