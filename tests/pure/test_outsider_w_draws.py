"""The outsider set W generator (samples.outsider_w, drawn by a helper who saw only SPEC, REAL-DOCUMENTS and two
truth files; its emphasis app screenshots, website printouts and text-layer tables) writes packets whose truth the
evaluator can read: every page it lists is a file it wrote with the page count the file has, and its own reading of
SPEC (its rules module) gives back the truth's rules, verdict and points. W prints web pages with headless chromium
(installed by scripts/install.sh)."""
import pytest

from samples.outsider_w.browser import close
from samples.outsider_w.packet import build
from samples.outsider_w.rules import derive
from samples.outsider_w.selfcheck import file_pages
from tests.outsider_draws import assert_pages_listed_were_written, truth_of

SEED = 4401
PACKETS = (1, 6)  # a ready packet (a printed record and app screens, a unit named once); a review packet


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("w")
    try:
        for index in PACKETS:
            build(SEED, index, str(out))
    finally:
        close()
    return out


def test_every_listed_page_was_written_with_the_pages_its_file_has(written):
    for index in PACKETS:
        assert_pages_listed_were_written(written, f"w{index:03d}", lambda path: file_pages(str(path)))


def test_the_truth_s_rules_verdict_and_points_are_those_its_values_give(written):
    for index in PACKETS:
        truth = truth_of(written, f"w{index:03d}")
        derived = derive(truth)
        assert (derived["rules"], derived["verdict"], derived["points"]) == (
            truth["expected_rules"], truth["verdict"], truth["points"])
