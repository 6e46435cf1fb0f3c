"""The outsider set X generator (samples.outsider_x, drawn by a helper who saw only SPEC, REAL-DOCUMENTS and two
truth files; its emphasis an HR office's scanner and copier: multi-page ADF PDFs and TIFFs, turned pages, several
cards on one A4, copy marks, bilevel and grey scans) writes packets whose truth the evaluator can read: every page it
lists is a file it wrote with the page count the file has, and its own reading of SPEC (its rules module) gives back
the truth's rules, verdict and points."""
import pytest

from samples.outsider_x.packet import build
from samples.outsider_x.rules import derive
from samples.outsider_x.selfcheck import page_count
from tests.outsider_draws import assert_pages_listed_were_written, truth_of

SEED = 5501
PACKETS = (3, 1)  # a ready packet; a review (renewal) packet


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("x")
    for index in PACKETS:
        build(SEED, index, out)
    return out


def test_every_listed_page_was_written_with_the_pages_its_file_has(written):
    for index in PACKETS:
        assert_pages_listed_were_written(written, f"x{index:03d}", page_count)


def test_the_truth_s_rules_verdict_and_points_are_those_its_values_give(written):
    for index in PACKETS:
        truth = truth_of(written, f"x{index:03d}")
        derived = derive(truth)
        assert (derived["expected_rules"], derived["verdict"], derived["points"]) == (
            truth["expected_rules"], truth["verdict"], truth["points"])
