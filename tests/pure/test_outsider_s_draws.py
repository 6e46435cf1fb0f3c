"""The outsider set S generator (samples.outsider_s) writes packets whose truth the evaluator can read: every page it
lists is a file it wrote, its rules are the ones its own reading of SPEC (its rules module) gives on its truth fields,
and a clean packet is `ready`."""
import json

import pytest

from samples.outsider_s.packet import build_packet, scenario_for
from samples.outsider_s.rules import evaluate
from samples.outsider_s.selfcheck import check_truth

SEED, COUNT = 9901, 40
SCENARIOS = [scenario_for(SEED, COUNT, number) for number in range(1, COUNT + 1)]
CLEAN = next(number for number, (_, verdict, _) in enumerate(SCENARIOS, 1) if verdict == "ready")
TAX_GAP = next(number for number, (_, _, rules) in enumerate(SCENARIOS, 1) if rules == ["tax.missing_months"])


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("s")
    for number in (CLEAN, TAX_GAP):
        build_packet(str(out), SEED, COUNT, number)
    return out


def test_the_scenarios_are_the_planned_forty():
    verdicts = [verdict for _, verdict, _ in SCENARIOS]
    assert (verdicts.count("ready"), verdicts.count("review"), verdicts.count("fix")) == (14, 8, 18)


def test_every_listed_page_was_written_and_its_truth_holds(written):
    problems = []
    for number in (CLEAN, TAX_GAP):
        check_truth(str(written), str(written / f"s{number:03d}.truth.json"), problems)
    assert problems == []


def test_a_clean_packet_is_ready_and_a_missing_tax_month_is_an_error(written):
    clean, gap = (json.loads((written / f"s{n:03d}.truth.json").read_text(encoding="utf-8")) for n in (CLEAN, TAX_GAP))
    assert clean["expected_rules"] == [] and clean["verdict"] == "ready"
    assert gap["expected_rules"] == ["tax.missing_months"] and gap["verdict"] == "fix"
    assert evaluate(gap)[:2] == (["tax.missing_months"], "fix")
