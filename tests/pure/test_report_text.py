"""The terminal report: findings grouped 错误 → 警告 → 提示, then passed, undecided and not-applicable checks."""
from datetime import date

from rich.console import Console

from precheck.core.model import Report, verdict_for
from precheck.reports.text import render_text
from rules.catalogue import run_rules
from rules.registry import CheckContext
from tests.rule_packets import clean_packet, replace_field


def render(documents) -> str:
    findings, checks = run_rules(CheckContext(documents=documents, as_of=date(2026, 11, 22), application="first"))
    report = Report(packet="p", as_of=date(2026, 11, 22), application="first", verdict=verdict_for(findings),
                    documents=documents, findings=findings, checks=checks, engine="test 1")
    console = Console(record=True, width=400, color_system=None)
    render_text(report, console)
    return console.export_text()


def test_groups_by_severity_then_lists_checks():
    packet = replace_field(clean_packet(), "residence_permit", valid_until="2026-11-01", issue_date="2026-11-20")
    packet = replace_field(packet, "labour_contract", end_date=None)
    text = render(packet)
    errors, warnings = text.index("错误（1）"), text.index("警告（2）")
    passed, undecided = text.index("通过的检查"), text.index("未能判断的检查（2）")
    assert errors < warnings < passed < undecided < text.index("不适用（2）")
    assert errors < text.index("已过期") < warnings
    assert "劳动合同的合同终止日期无法识别" in text[warnings:passed]
    assert "→ 请人工核对原件" in text
    assert "劳动合同期限满一年（contract.term_too_short）：劳动合同的合同终止日期无法识别" in text[undecided:]
    assert "居住证在有效期内（permit.expired）" not in text[passed:undecided]  # failed checks are not listed as passed
    assert "材料齐全（packet.missing_document）" in text[passed:undecided]


def test_markup_in_messages_is_printed_as_is():
    packet = replace_field(clean_packet(), "residence_permit", hukou_address="江苏省南通市崇川区青年中路[86]号")
    text = render(packet)
    assert "[86]" in text
