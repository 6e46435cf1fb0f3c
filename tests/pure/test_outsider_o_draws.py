"""The outsider set O generator (samples.outsider_o) writes packets whose truth the evaluator can read: every page it
lists is a file it wrote and every file's page is listed, its rules are the ones its own reading of SPEC gives on
its truth fields, and a clean packet is `ready`."""
import json

import pytest

from samples.outsider_o.packet import build
from samples.outsider_o.rules import evaluate
from samples.outsider_o.scenarios import SCENARIOS
from samples.outsider_o.selfcheck import check

SEED = 5521
CLEAN, TAX_GAP = 1, 26  # packet numbers; packet N draws scenario N - 1


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("o")
    return out, {number: build(number, SEED, str(out)) for number in (CLEAN, TAX_GAP)}


def test_the_scenarios_are_the_planned_forty():
    assert len(SCENARIOS) == 40
    assert SCENARIOS[CLEAN - 1]["defects"] == [] and SCENARIOS[TAX_GAP - 1]["defects"] == ["tax_missing_month"]


def test_every_listed_page_was_written_and_every_page_written_is_listed(written, capsys):
    out, _ = written
    assert check(str(out)) == 0, capsys.readouterr().out


def test_a_clean_packet_is_ready_and_a_missing_tax_month_is_an_error(written):
    out, truths = written
    clean, gap = (json.loads((out / f"{truths[n]['packet']}.truth.json").read_text(encoding="utf-8"))
                  for n in (CLEAN, TAX_GAP))
    assert clean["expected_rules"] == [] and clean["verdict"] == "ready"
    assert gap["expected_rules"] == ["tax.missing_months"] and gap["verdict"] == "fix"
    assert set(evaluate(gap)[0]) == {"tax.missing_months"}
