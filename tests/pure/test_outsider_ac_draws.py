"""The outsider set AC generator (samples.outsider_ac, drawn by a helper who saw only SPEC, REAL-DOCUMENTS and two
truth files; its emphasis decisions at the edges of the rules — contracts ending at, a day before and a day after
as-of + 2 months, tax windows on the 14th and the 15th and across New Year, permits and ID cards valid to the day,
addresses differing by 〇/零, 一/1 or one character against ones differing only in width and white space, agencies
and names that only look like them — and names, numbers and dates at the edges of the forms: rare characters,
compound surnames, minority names with the middle dot, 聘用合同, 劳务派遣, a bilingual contract, 续订书) writes
packets whose truth the evaluator can read: every page it lists is a file it wrote with the page count the file has,
and its own selfcheck finds no problem in them."""
import pytest

from samples.outsider_ac.generate import make_packet
from samples.outsider_ac.selfcheck import check, page_count
from tests.outsider_draws import assert_pages_listed_were_written

SEED = 9901
PACKETS = (0, 1)  # a fix packet (the contract ends one day inside the two months); a ready one at two edges


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("ac")
    for index in PACKETS:
        make_packet(SEED, index, str(out))
    return out


def test_every_listed_page_was_written_with_the_pages_its_file_has(written):
    for name in sorted(path.name for path in written.iterdir() if path.is_dir()):
        assert_pages_listed_were_written(written, name, lambda path: page_count(str(path)))


def test_its_selfcheck_finds_no_problem_in_its_packets(written):
    problems: list[str] = []
    for truth in sorted(written.glob("*.truth.json")):
        check(str(truth), SEED, problems)
    assert len(list(written.glob("*.truth.json"))) == len(PACKETS)
    assert problems == []
