"""The outsider set Z generator (samples.outsider_z, drawn by a helper who saw only SPEC, REAL-DOCUMENTS and two
truth files; its emphasis the phone photos an applicant takes at home — tilted, bent, a thumb on the margin, glare,
several documents in one photo — and papers old or filled in by hand) writes packets whose truth the evaluator can
read: every page it lists is a file it wrote with the page count the file has, and its own reading of SPEC (its
rules module) gives back the truth's rules, verdict and points."""
import pytest

from samples.outsider_z.packet import build
from samples.outsider_z.rules import derive
from samples.outsider_z.selfcheck import page_count
from tests.outsider_draws import assert_pages_listed_were_written, truth_of

SEED = 9101
PACKETS = (6, 13)  # a ready packet; a review packet


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("z")
    for index in PACKETS:
        build(SEED, index, out)
    return out


def test_every_listed_page_was_written_with_the_pages_its_file_has(written):
    for index in PACKETS:
        assert_pages_listed_were_written(written, f"z{index:03d}", lambda path: page_count(str(path)))


def test_the_truth_s_rules_verdict_and_points_are_those_its_values_give(written):
    for index in PACKETS:
        truth = truth_of(written, f"z{index:03d}")
        derived = derive(truth)
        assert (derived["expected_rules"], derived["verdict"], derived["points"]) == (
            truth["expected_rules"], truth["verdict"], truth["points"])
