"""The outsider set Q generator (samples.outsider_q) writes packets whose truth the evaluator can read: every page it
lists is a file it wrote, its rules are the ones its own reading of SPEC (its oracle) gives on its truth fields, and
a clean packet is `ready`."""
import json

import pytest

from samples.outsider_q.__main__ import build
from samples.outsider_q.oracle import derive
from samples.outsider_q.scenarios import SCENARIOS
from samples.outsider_q.selfcheck import check

SEED = "7717"
CLEAN, TAX_GAP = 1, 29  # packet numbers; packet N draws scenario N - 1


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("q")
    for number in (CLEAN, TAX_GAP):
        _, _, _, _, _, problems = build((number, SEED, str(out)))
        assert problems == []
    return out


def test_the_scenarios_are_the_planned_forty():
    assert len(SCENARIOS) == 40
    assert SCENARIOS[CLEAN - 1][1] == "ready" and SCENARIOS[TAX_GAP - 1][0] == "fix_tax_missing_month"


def test_every_listed_page_was_written(written):
    problems, _, count = check(str(written), SEED)
    assert count == 2 and problems == []


def test_a_clean_packet_is_ready_and_a_missing_tax_month_is_an_error(written):
    clean, gap = (json.loads((written / f"q{n:03d}.truth.json").read_text(encoding="utf-8")) for n in (CLEAN, TAX_GAP))
    assert clean["expected_rules"] == [] and clean["verdict"] == "ready"
    assert "tax.missing_months" in gap["expected_rules"] and gap["verdict"] == "fix"
    assert derive(gap)[1] == "fix"
