"""The outsider set V generator (samples.outsider_v, drawn by a helper who saw only SPEC, REAL-DOCUMENTS and two
truth files) writes packets whose truth the evaluator can read: every page it lists is a file it wrote with the page
count the file has, and its own reading of SPEC (its rules module) gives back the truth's rules, verdict and points. V
prints web pages with headless chromium (installed by scripts/install.sh)."""
import json
from collections import Counter

import pytest

from samples.outsider_v.packet import build_packet
from samples.outsider_v.rules import derive
from samples.outsider_v.selfcheck import check_packet
from samples.outsider_v.web import close

SEED, COUNT = 3301, 40
READY, TAX_GAP = 7, 5  # a clean packet of photos, scans and a text-layer record; a 纳税记录 with a month missing


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("v")
    try:
        for index in (READY, TAX_GAP):
            build_packet(SEED, index, COUNT, str(out))
    finally:
        close()
    return out


def test_every_listed_page_was_written_and_its_truth_holds(written):
    problems = []
    stats = dict(capture=Counter(), layout=Counter(), verdict=Counter(), rules=Counter(), ids=0, uscc=0, text_pdfs=0,
                 tax_rows=0, si_rows=0)  # as the selfcheck's main keeps them
    for index in (READY, TAX_GAP):
        check_packet(str(written), f"v{index:03d}", problems, stats)
    assert problems == []


def test_the_truth_s_rules_verdict_and_points_are_those_its_values_give(written):
    ready = json.loads((written / f"v{READY:03d}.truth.json").read_text(encoding="utf-8"))
    gap = json.loads((written / f"v{TAX_GAP:03d}.truth.json").read_text(encoding="utf-8"))
    assert (ready["verdict"], ready["expected_rules"]) == ("ready", [])
    assert gap["verdict"] == "fix" and "tax.missing_months" in gap["expected_rules"]
    for truth in (ready, gap):
        derived = derive(truth)
        assert derived["verdict"] == truth["verdict"]
        assert derived["expected_rules"] == sorted(truth["expected_rules"]) and derived["points"] == truth["points"]
