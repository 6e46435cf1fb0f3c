"""The outsider set K generator (samples.outsider_k) writes packets whose truth the evaluator can read: every page it
lists is a file it wrote and every file's page is listed, its errors are the ones SPEC's rules give on its truth
fields, and a clean packet is `ready`."""
import json

import pytest

from samples.outsider_k.__main__ import DEFECT_PLAN, plan, work
from samples.outsider_k.selfcheck import main as selfcheck, rules

SEED, COUNT = 2207, 45


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("k")
    packets = plan(COUNT, SEED)
    picked = [next(p for p in packets if not p[1]), next(p for p in packets if p[1] == ["tax_gap"])]
    for pid, defects, forms in picked:
        work((pid, defects, forms, SEED, str(out)))
    return out, {pid: defects for pid, defects, _ in picked}


def test_the_plan_is_the_same_for_the_same_seed_and_holds_every_defect():
    first, again = plan(COUNT, SEED), plan(COUNT, SEED)
    assert first == again and len(first) == COUNT
    drawn = [defects for _, defects, _ in first]
    assert all(defects in drawn for defects in DEFECT_PLAN)
    assert sum(not defects for defects in drawn) >= 10


def test_every_listed_page_was_written_and_every_page_written_is_listed(written, capsys):
    out, _ = written
    assert selfcheck(str(out)) == 0, capsys.readouterr().out


def test_a_clean_packet_is_ready_and_a_missing_tax_month_is_an_error(written):
    out, packets = written
    truths = {tuple(defects): json.loads((out / f"{pid}.truth.json").read_text(encoding="utf-8"))
              for pid, defects in packets.items()}
    clean, gap = truths[()], truths[("tax_gap",)]
    assert clean["expected_rules"] == [] and clean["verdict"] == "ready"
    assert gap["expected_rules"] == ["tax.missing_months"] and gap["verdict"] == "fix"
    assert rules(gap)[0] == ["tax.missing_months"]
