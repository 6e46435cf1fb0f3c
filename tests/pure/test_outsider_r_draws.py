"""The outsider set R generator (samples.outsider_r) writes packets whose truth the evaluator can read: every page it
lists is a file it wrote, its rules are the ones its own reading of SPEC (its rules module) gives on its truth fields,
and a clean packet is `ready`."""
import json

import pytest

from samples.outsider_r.packet import build
from samples.outsider_r.rules import derive
from samples.outsider_r.scenarios import plan
from samples.outsider_r.selfcheck import main as selfcheck

SEED = 8803
SCENARIOS = plan(SEED, 40)
CLEAN = next(number for number, scenario in enumerate(SCENARIOS, 1) if scenario["verdict"] == "ready")
TAX_GAP = next(number for number, scenario in enumerate(SCENARIOS, 1) if "tax.missing_months" in scenario.get("expect", ()))


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("r")
    for number in (CLEAN, TAX_GAP):
        build(number, SEED, str(out))
    return out


def test_the_scenarios_are_the_planned_forty():
    assert len(SCENARIOS) == 40
    assert sorted(scenario["verdict"] for scenario in SCENARIOS).count("ready") == 14


def test_every_listed_page_was_written(written, capsys):
    assert selfcheck([str(written), "--seed", str(SEED)]) == 0
    assert capsys.readouterr().out.strip().endswith("0 problems")


def test_a_clean_packet_is_ready_and_a_missing_tax_month_is_an_error(written):
    clean, gap = (json.loads((written / f"r{n:03d}.truth.json").read_text(encoding="utf-8")) for n in (CLEAN, TAX_GAP))
    assert clean["expected_rules"] == [] and clean["verdict"] == "ready"
    assert "tax.missing_months" in gap["expected_rules"] and gap["verdict"] == "fix"
    assert derive(gap)[1] == "fix"
