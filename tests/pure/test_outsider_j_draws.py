"""The outsider set J generator (samples.outsider_j) writes packets whose truth the evaluator can read: every page
it lists is a file it wrote, every document's pages are listed, and a clean packet is `ready` with no rule."""
import json

import pytest

from samples.outsider_j.packet import build, DEFECTS, plan

SEED, COUNT = 1081, 45


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("j")
    kinds = dict((pid, kind) for pid, kind, _ in plan(COUNT, SEED))
    picked = [next(p for p in plan(COUNT, SEED) if p[1] == "clean"), next(p for p in plan(COUNT, SEED) if p[1] == "tax_missing_month")]
    for pid, kind, seed in picked:
        build(str(out), pid, kind, seed)
    return out, [(pid, kinds[pid]) for pid, _, _ in picked]


def test_the_plan_is_the_same_for_the_same_seed_and_holds_every_defect_once_at_least():
    first, again = plan(COUNT, SEED), plan(COUNT, SEED)
    assert first == again and len(first) == COUNT
    assert set(DEFECTS) <= {kind for _, kind, _ in first}
    assert sum(kind == "clean" for _, kind, _ in first) >= 10


def test_every_listed_page_was_written_and_every_document_page_is_listed(written):
    out, packets = written
    for pid, _ in packets:
        truth = json.loads((out / f"{pid}.truth.json").read_text(encoding="utf-8"))
        listed = {(p["file"], p["page"]) for p in truth["pages"]}
        assert all((out / pid / name).is_file() for name, _ in listed)
        for document in truth["documents"]:
            assert {(p["file"], p["page"]) for p in document["pages"]} <= listed


def test_a_clean_packet_is_ready_and_a_missing_tax_month_is_an_error(written):
    out, packets = written
    truths = {kind: json.loads((out / f"{pid}.truth.json").read_text(encoding="utf-8")) for pid, kind in packets}
    assert truths["clean"]["verdict"] == "ready" and truths["clean"]["expected_rules"] == []
    assert truths["tax_missing_month"]["expected_rules"] == ["tax.missing_months"]
    assert truths["tax_missing_month"]["verdict"] == "fix"
