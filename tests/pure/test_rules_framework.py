"""The rule framework: statuses (never a silent pass), field.unreadable reported once per field, every finding
complete, and the golden packets' truth giving exactly the expected rules."""
import json
from datetime import date
from pathlib import Path

import pytest

from precheck.core.model import Document, FieldValue, PageRef, Severity
from rules.catalogue import ordered_rules, run_rules, severity_of
from rules.people import for_applicant
from rules.registry import CheckContext
from tests.rule_packets import AS_OF, clean_packet, drop, months, replace_field, si_record, tax_record, with_doc

GOLDEN = Path(__file__).resolve().parents[2] / "samples" / "packets"
SPEC_RULES = {"packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch",
              "identity.id_number_mismatch", "address.hukou_mismatch", "permit.expired", "permit.too_recent",
              "id_card.expired", "applicant.age_out_of_range", "contract.term_too_short",
              "contract.ends_within_two_months", "tax.missing_months", "employer.mismatch",
              "social_insurance.insufficient_months", "social_insurance.not_paying", "field.unreadable",
              "quality.unreadable_page"}


def check(documents, as_of=AS_OF, application="first"):
    findings, checks = run_rules(CheckContext(documents=documents, as_of=as_of, application=application))
    return findings, {c.rule: c for c in checks}


def test_every_spec_rule_but_points_is_registered_and_titled():
    registered = {r.id: r for r in ordered_rules()}
    assert SPEC_RULES <= set(registered)
    for rule_ in registered.values():
        assert rule_.title and rule_.title != rule_.id and rule_.source


def test_clean_packet_passes_everything():
    findings, checks = check(clean_packet())
    assert findings == []
    assert {c.status for r, c in checks.items() if not r.startswith("social_insurance")} == {"passed"}
    assert checks["social_insurance.not_paying"].status == "not_applicable"
    assert checks["field.unreadable"].status == "passed" and list(checks)[-1] == "field.unreadable"


def test_one_unreadable_field_needed_by_two_rules_is_reported_once():
    findings, checks = check(replace_field(clean_packet(), "labour_contract", end_date=None))
    (finding,) = findings
    assert finding.rule == "field.unreadable" and finding.severity == Severity.warning and finding.source == "—"
    assert finding.message == "劳动合同的合同终止日期无法识别，无法检查劳动合同期限是否满一年、合同剩余期限。"
    for rule_id in ("contract.term_too_short", "contract.ends_within_two_months"):
        assert checks[rule_id].status == "undecided" and checks[rule_id].note
    assert checks["field.unreadable"].status == "failed"


def test_extractors_that_read_nothing_give_warnings_never_errors_nor_passes():
    empty = [Document(type=d.type, pages=d.pages) for d in clean_packet()]
    findings, checks = check(empty)
    assert findings and {f.severity for f in findings} == {Severity.warning}
    assert {f.rule for f in findings} == {"field.unreadable"}
    for rule_id in SPEC_RULES - {"packet.missing_document", "quality.unreadable_page", "field.unreadable",
                                 "social_insurance.insufficient_months", "social_insurance.not_paying"}:
        assert checks[rule_id].status == "undecided", rule_id


def test_every_finding_is_complete():
    packet = replace_field(clean_packet(), "residence_permit", hukou_address="江苏省南通市崇川区青年中路86号",
                           valid_until="2026-11-01", name="王哓明")
    packet = replace_field(packet, "labour_contract", end_date="2026-12-01", start_date="2026-06-01")
    packet = replace_field(packet, "id_card", valid_until="2026-01-01", birth_date="1960-01-01", id_number="32060219600101123X")
    packet = with_doc(packet, tax_record(months("2026-01", "2026-08"), agent="上海外服人力资源有限公司"))
    packet.append(si_record(months("2026-06", "2026-08")))
    findings, _ = check(packet)
    fired = {f.rule for f in findings}
    assert {"address.hukou_mismatch", "permit.expired", "identity.name_mismatch", "contract.term_too_short",
            "contract.ends_within_two_months", "id_card.expired", "applicant.age_out_of_range", "tax.missing_months",
            "employer.mismatch", "social_insurance.insufficient_months", "social_insurance.not_paying",
            "identity.id_number_invalid", "identity.id_number_mismatch"} <= fired
    for finding in findings:
        assert finding.source and finding.action and finding.evidence, finding.rule
        assert any("\u4e00" <= ch <= "\u9fff" for ch in finding.message[:4]), finding.message
        assert all(e.file and e.page >= 1 for e in finding.evidence)


def _truth_documents(truth):
    def fields(values):
        return {name: FieldValue(value=value, confidence=1.0) for name, value in values.items()}
    return [Document(type=d["type"], pages=[PageRef(**p) for p in d["pages"]], fields=fields(d["fields"]),
                     rows=[fields(r) for r in d["rows"]]) for d in truth["documents"] if d["type"] != "unknown"]


TRUTHS = sorted(GOLDEN.glob("*.truth.json"))


@pytest.mark.parametrize("truth_path", TRUTHS, ids=[p.stem for p in TRUTHS])
def test_golden_truth_fields_fire_exactly_the_expected_rules(truth_path):
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    findings, _ = check(_truth_documents(truth), date.fromisoformat(truth["as_of"]), truth["application"])
    errors = {f.rule for f in findings if f.severity == Severity.error}
    expected = set(truth["expected_rules"])
    assert errors == {r for r in expected if severity_of(r) == Severity.error}, [f.message for f in findings]
    assert expected <= {f.rule for f in findings}, [f.message for f in findings]


@pytest.mark.parametrize("truth_path", TRUTHS, ids=[p.stem for p in TRUTHS])
def test_golden_truth_fields_give_the_true_points(truth_path):
    """The generator's points (its own reading of SPEC §6) and the product's, on the same truth fields."""
    from rules.families.points import assess

    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    if "points" not in truth:
        pytest.skip("truth written before the points estimate")
    context = CheckContext(documents=_truth_documents(truth), as_of=date.fromisoformat(truth["as_of"]),
                           application=truth["application"])
    estimate = assess(for_applicant(context)).estimate
    counted = {i.indicator: i.points for i in estimate.items if i.counted and i.points}
    wanted = (truth["points"]["estimate"], {k: v for k, v in truth["points"]["items"].items() if v})
    assert (estimate.estimate, counted) == wanted


def test_missing_required_document_leaves_its_rules_undecided():
    _, checks = check(drop(clean_packet(), "labour_contract"))
    assert checks["packet.missing_document"].status == "failed"
    assert checks["contract.ends_within_two_months"].status == "undecided"
    assert "缺少劳动合同" in checks["contract.ends_within_two_months"].note


def test_every_family_module_is_found_and_registers_its_rules():
    """A new family is a new module in rules/families/: the catalogue finds it, and a module that registers
    nothing (or a rule declared outside the families) fails here."""
    import pkgutil

    import rules.families
    from rules.catalogue import family_modules
    from rules.registry import RULES

    on_disk = {info.name for info in pkgutil.iter_modules(rules.families.__path__)}
    assert set(family_modules()) == on_disk
    ordered_rules()
    homes = {rule_.function.__module__ for rule_ in RULES.values()}
    assert homes == {f"rules.families.{name}" for name in on_disk}
