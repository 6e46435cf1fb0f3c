"""The outsider set AE generator (samples.outsider_ae, drawn by a helper who saw only SPEC, REAL-DOCUMENTS and two
truth files; its emphasis an ordinary cross-section of what applicants hand in, every document type in several
layouts of its own and every capture) writes packets whose truth the evaluator can read: every page it lists is a
file it wrote with the page count the file has, and its own selfcheck finds no problem in them."""
import os

import pytest

from samples.outsider_ae import packet, selfcheck
from tests.outsider_draws import assert_pages_listed_were_written, truth_of

SEED = 4417


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("ae")
    layout = os.path.join(str(out), "_layout")
    packet.make(str(out), layout, SEED, 0, ["name_typo", "tax_gap"])  # a fix packet
    packet.make(str(out), layout, SEED, 1, [])  # a ready one
    return out


def test_the_drawn_defects_decide_the_verdicts(written):
    assert truth_of(written, "ae001")["verdict"] == "fix"
    assert truth_of(written, "ae002")["verdict"] == "ready"


def test_every_listed_page_was_written_with_the_pages_its_file_has(written):
    for name in ("ae001", "ae002"):
        assert_pages_listed_were_written(written, name, lambda path: selfcheck.page_count(str(path)))


def test_its_selfcheck_finds_no_problem_in_its_packets(written):
    problems = []
    for name in ("ae001", "ae002"):
        selfcheck.check_packet(str(written), f"{name}.truth.json", problems)
    assert problems == []
