"""The outsider set P generator (samples.outsider_p) writes packets whose truth the evaluator can read: every page it
lists is a file it wrote, its rules are the ones its own reading of SPEC (its oracle) gives on its truth fields, and
a clean packet is `ready`."""
import json

import pytest

from samples.outsider_p.oracle import evaluate
from samples.outsider_p.packet import build
from samples.outsider_p.scenario import SCENARIOS
from samples.outsider_p.selfcheck import check

SEED = 6607
CLEAN, TAX_GAP = 1, 9  # packet numbers; packet N draws scenario N - 1


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("p")
    for number in (CLEAN, TAX_GAP):
        build(SEED, number, str(out))
    return out


def test_the_scenarios_are_the_planned_forty():
    assert len(SCENARIOS) == 40
    assert SCENARIOS[CLEAN - 1][0] == "ready_basic" and SCENARIOS[TAX_GAP - 1][0] == "fix_tax_missing"


def test_every_listed_page_was_written(written, capsys):
    assert check(str(written)) == 0, capsys.readouterr().out


def test_a_clean_packet_is_ready_and_a_missing_tax_month_is_an_error(written):
    clean, gap = (json.loads((written / f"p{n:03d}.truth.json").read_text(encoding="utf-8")) for n in (CLEAN, TAX_GAP))
    assert clean["expected_rules"] == [] and clean["verdict"] == "ready"
    assert gap["expected_rules"] == ["tax.missing_months"] and gap["verdict"] == "fix"
    assert ("tax.missing_months", "error") in evaluate(gap)[0]
