"""The committed golden packets against their truth, read by the default engine.

Checked now: every page's type, and packet.missing_document exactly where the truth expects it.
The field and rule comparisons join as the extractor and rule issues land (see precheck eval)."""
import json
from datetime import date
from pathlib import Path

import pytest

from precheck.evaluate import find_packets
from precheck.pipeline import CheckOptions, check_packet

pytestmark = pytest.mark.ocr

GOLDEN = Path(__file__).resolve().parent.parent / "samples" / "packets"
PAIRS = find_packets(GOLDEN)


def test_golden_packets_are_committed():
    assert len(PAIRS) >= 12


@pytest.mark.parametrize("packet,truth_path", PAIRS, ids=[p.name for p, _ in PAIRS])
def test_golden_packet(rapid_engine, packet, truth_path):
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    report = check_packet(packet, CheckOptions(as_of=date.fromisoformat(truth["as_of"]), application=truth["application"]),
                          rapid_engine)
    got = {(p.file, p.page): p.type for p in report.pages}
    want = {(p["file"], p["page"]): p["type"] for p in truth["pages"]}
    assert got == want
    missing_expected = "packet.missing_document" in truth["expected_rules"]
    missing_fired = any(f.rule == "packet.missing_document" for f in report.findings)
    assert missing_fired == missing_expected, [f.message for f in report.findings if f.rule == "packet.missing_document"]
    for expected in truth["documents"]:
        pages = {(p["file"], p["page"]) for p in expected["pages"]}
        assert any(d.type == expected["type"] and pages == {(r.file, r.page) for r in d.pages} for d in report.documents), \
            f"{expected['type']} on {sorted(pages)} not grouped as one document"
