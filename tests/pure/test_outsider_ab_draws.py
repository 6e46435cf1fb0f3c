"""The outsider set AB generator (samples.outsider_ab, drawn by a helper who saw only SPEC, REAL-DOCUMENTS and two
truth files; its emphasis several documents on one A4 sheet — both ID faces beside the 居住证 card, 首页 and 本人页 on
one copy, the open booklet photographed, 毕业证 and 学位证 reduced onto one page — and the less common forms: the older
税收完税证明, 收入纳税明细 screenshots, 个人权益记录 with month ranges and a 补缴 section, 学信网 备案表, 户籍证明
letters, 结婚证 inner pages) writes packets whose truth the evaluator can read: every page it lists is a file it wrote
with the page count the file has, and its own selfcheck finds no problem in them."""
import pytest

from samples.outsider_ab.__main__ import one
from samples.outsider_ab.selfcheck import check, file_pages
from tests.outsider_draws import assert_pages_listed_were_written

SEED, COUNT = 8501, 40
PACKETS = (2, 6)  # a ready packet; a fix packet (the contract's ID number fails its check digit)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("ab")
    for index in PACKETS:
        one((str(out), SEED, index, COUNT))
    return out


def test_every_listed_page_was_written_with_the_pages_its_file_has(written):
    for name in sorted(path.name for path in written.iterdir() if path.is_dir()):
        assert_pages_listed_were_written(written, name, lambda path: file_pages(str(path)))


def test_its_selfcheck_finds_no_problem_in_its_packets(written):
    problems, _, count = check(str(written))
    assert count == len(PACKETS)
    # The set-wide counts (each error rule in two packets at least) need all forty packets.
    assert [problem for problem in problems if not problem.startswith("set:")] == []
