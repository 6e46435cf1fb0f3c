"""The outsider set AD generator (samples.outsider_ad, drawn by a helper who saw only SPEC, REAL-DOCUMENTS and two
truth files; its emphasis a realistic month of what a district talent-service centre receives: every document type
in the forms REAL-DOCUMENTS describes, every capture, first applications and renewals, the traps of each document)
writes packets whose truth the evaluator can read: every page it lists is a file it wrote with the page count the
file has, and its own selfcheck finds no problem in them."""
import contextlib
import io
import json
import sys

import pytest

from samples.outsider_ad.packet import write_packet
from samples.outsider_ad.selfcheck import count_pages, main as selfcheck
from tests.outsider_draws import assert_pages_listed_were_written

SEED = "6607"
PACKETS = (1, 4)  # a fix packet (a mistyped ID number on the tax record); a ready one (a contract of exactly one year)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("ad")
    for index in PACKETS:
        write_packet(SEED, index, str(out))
    (out / "_layout" / "manifest.json").write_text(json.dumps({"generator": "samples.outsider_ad", "seed": SEED,
                                                               "count": len(PACKETS)}))
    return out


def test_every_listed_page_was_written_with_the_pages_its_file_has(written):
    for name in sorted(path.name for path in written.iterdir() if path.is_dir() and path.name != "_layout"):
        assert_pages_listed_were_written(written, name, lambda path: count_pages(str(path))[0])


def test_its_selfcheck_finds_no_problem_in_its_packets(written, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["selfcheck", str(written)])
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        selfcheck()
    report = printed.getvalue().splitlines()
    problems = report[:next(at for at, line in enumerate(report) if line.startswith("packets:"))]
    # The set-wide count (each rule in two packets at least) needs all forty packets.
    assert [problem for problem in problems if " raised in only " not in problem] == []
    assert "packets: 2 " in "\n".join(report)
