"""The outsider set U generator (samples.outsider_u) writes packets whose truth the evaluator can read: every page it
lists is a file it wrote, with the page count the file has; its rules are the ones its own reading of SPEC (its rules
module) gives on its truth fields; a clean packet is `ready` and a missing tax month an error. U draws its web
printouts with headless chromium (installed by scripts/install.sh)."""
import json

import pytest

from samples.outsider_u.packet import make_packet
from samples.outsider_u.rules import compute_rules
from samples.outsider_u.scenario import RECIPES, recipe_for
from samples.outsider_u.selfcheck import check_packet
from samples.outsider_u.textpdf import close_browser

SEED = 2207
CLEAN, TAX_GAP = 11, 28  # a bachelor's plain packet; a 纳税记录 with a month missing


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("u")
    try:
        for number in (CLEAN, TAX_GAP):
            make_packet(SEED, number, str(out))
    finally:
        close_browser()
    return out


def test_the_recipes_are_the_planned_forty():
    verdicts = [verdict for verdict, *_ in RECIPES]
    assert (verdicts.count("ready"), verdicts.count("review"), verdicts.count("fix")) == (14, 8, 18)
    assert recipe_for(SEED, CLEAN)[1] == "bachelor_plain" and recipe_for(SEED, TAX_GAP)[1] == "tax_missing_month"


def test_every_listed_page_was_written_and_its_truth_holds(written):
    problems = []
    for number in (CLEAN, TAX_GAP):
        assert check_packet(str(written), SEED, number, problems) is not None
    assert problems == []


def test_a_clean_packet_is_ready_and_a_missing_tax_month_is_an_error(written):
    clean, gap = (json.loads((written / f"u{n:03d}.truth.json").read_text(encoding="utf-8")) for n in (CLEAN, TAX_GAP))
    assert clean["expected_rules"] == [] and clean["verdict"] == "ready"
    assert gap["expected_rules"] == ["tax.missing_months"] and gap["verdict"] == "fix"
    assert compute_rules(gap)[:2] == (["tax.missing_months"], "fix")
