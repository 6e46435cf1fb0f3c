"""The outsider set AA generator (samples.outsider_aa, drawn by a helper who saw only SPEC, REAL-DOCUMENTS and two
truth files; its emphasis what an HR office receives in bulk — merged copier PDFs with pages out of order, turned,
duplicated, 2-up and fax copies, pages of no document — and renewals with 续订书 and 变更书) writes packets whose truth
the evaluator can read: every page it lists is a file it wrote with the page count the file has, and its own
selfcheck (ID checksums, dates, every document's pages, its reading of SPEC's rules and verdict) finds no problem."""
import random

import pytest

from samples.outsider_aa import model
from samples.outsider_aa.__main__ import build
from samples.outsider_aa.selfcheck import check, npages
from tests.outsider_draws import assert_pages_listed_were_written

SEED = 7301
PACKETS = (1, 8)  # a ready packet; a fix packet (a contract ending within two months)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("aa")
    scenarios = model.scenarios(40, random.Random(SEED))
    for index in PACKETS:
        kind, defects = scenarios[index]
        build((index, SEED, kind, defects, str(out)))
    return out


def test_every_listed_page_was_written_with_the_pages_its_file_has(written):
    for name in sorted(path.name for path in written.iterdir() if path.is_dir()):
        assert_pages_listed_were_written(written, name, lambda path: npages(str(path)))


def test_its_selfcheck_finds_no_problem(written):
    assert len(list(written.glob("*.truth.json"))) == len(PACKETS)
    assert check(str(written)) == 0
