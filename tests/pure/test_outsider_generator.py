"""The outsider generator (samples/outsider): deterministic, well-formed truth, real files, valid ID numbers, and
clean packets that expect no rule. Fast: plans packets without rendering, and renders only one small packet."""
from __future__ import annotations

import json
import re

import pytest

from precheck.core.id_number import check_character
from samples.outsider import build, truth
from samples.outsider.expectations import expected_rules

TYPES = {"id_card", "residence_permit", "household_register_cover", "household_register_member",
         "collective_hukou_certificate", "labour_contract", "tax_record", "social_insurance_record", "diploma",
         "degree_certificate", "marriage_certificate", "unknown"}
DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
MONTH = re.compile(r"\d{4}-\d{2}$")
ID_FIELDS = {"id_number", "employee_id_number", "spouse_id_number"}


def _plan_truth(seed: int, index: int) -> tuple[list[str], list[dict], str, str]:
    rng, plan, chosen, fired = build.plan_packet(seed, index)
    docs = truth.document_entries(plan.documents)
    return fired, docs, plan.story.as_of.isoformat(), plan.story.application


def test_planning_is_deterministic_for_a_seed():
    assert _plan_truth(5, 1) == _plan_truth(5, 1)
    assert _plan_truth(5, 1) != _plan_truth(6, 1)


@pytest.mark.parametrize("index", range(12))
def test_planned_truth_is_consistent(index):
    fired, docs, as_of, application = _plan_truth(11, index)
    if build.is_clean(index):
        assert fired == []
    for doc in docs:
        assert doc["type"] in TYPES
        for name, value in doc["fields"].items():
            assert isinstance(value, (str, bool))
            if name in ID_FIELDS:
                assert value[17] == check_character(value[:17]), (name, value)
            if name.endswith("_date") or name.startswith("valid_"):
                assert DATE.match(value) or value == "long_term", (name, value)
            if isinstance(value, str):
                assert not re.search(r"\s", value) and not re.search(r"[\uff01-\uff5e]", value)
        for row in doc["rows"]:
            assert MONTH.match(row.get("period") or row.get("month"))


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("outsider")
    build.make_packet(out, 3, 0)
    return out


def test_truth_files_have_the_eval_shape_and_their_files_exist(written):
    for path in sorted(written.glob("*.truth.json")):
        t = json.loads(path.read_text(encoding="utf-8"))
        assert set(t) == {"packet", "as_of", "application", "defects", "expected_rules", "verdict", "pages", "documents"}
        assert DATE.match(t["as_of"]) and "2026-10-15" <= t["as_of"] <= "2026-12-20"
        assert t["application"] in ("first", "renewal")
        assert t["verdict"] == truth.verdict(t["expected_rules"])
        folder = written / t["packet"]
        listed = {(p["file"], p["page"]) for p in t["pages"]}
        for page in t["pages"]:
            assert set(page) == {"file", "page", "type", "capture", "rotation"}
            assert page["type"] in TYPES and (folder / page["file"]).is_file()
        on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
        assert on_disk == {f for f, _ in listed}
        for doc in t["documents"]:
            assert set(doc) == {"type", "layout", "pages", "fields", "rows"} and doc["pages"]
            for ref in doc["pages"]:
                assert (ref["file"], ref["page"]) in listed
        recomputed = expected_rules(t["documents"], __import__("datetime").date.fromisoformat(t["as_of"]),
                                    t["application"])
        assert sorted(recomputed) == t["expected_rules"]


def test_clean_packet_expects_no_rules(written):
    t = json.loads((written / f"{build.packet_name(0)}.truth.json").read_text(encoding="utf-8"))
    assert build.is_clean(0) and t["expected_rules"] == [] and t["verdict"] == "ready" and t["defects"] == []


def test_file_names_do_not_reveal_types(written):
    words = ("身份证", "居住证", "户口", "合同", "纳税", "社保", "毕业", "学位", "结婚", "tax", "contract", "id_card")
    for path in written.rglob("*"):
        if path.is_file() and not path.name.endswith(".truth.json"):
            assert not any(w in path.name.lower() for w in words), path.name
