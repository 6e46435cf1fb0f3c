"""Outsider set H: a few packets draw, their files open, truth follows the example format."""
import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

from samples.outsider_h.common import SEVERITY, evaluate, id_valid, tax_window, verdict  # noqa: E402
from samples.outsider_h.packet import DEFECT_PLAN, SCENARIOS, plan  # noqa: E402

REF = os.path.join(ROOT, "samples", "packets", "golden_03.truth.json")  # the truth format, as the drawer was shown it
DOC_KEYS = {"type", "layout", "pages", "fields", "rows"}
PAGE_KEYS = {"file", "page", "type", "capture", "rotation"}


def _draw(out, count, seed, only):
    cmd = [sys.executable, "-m", "samples.outsider_h", "--out", str(out), "--count", str(count), "--seed", str(seed), "--only", str(only)]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
    with open(os.path.join(out, "h%03d.truth.json" % only), encoding="utf-8") as fh:
        return json.load(fh)


@pytest.fixture(scope="module")
def drawn(tmp_path_factory):
    out = tmp_path_factory.mktemp("h")
    # packet 0 is clean, packet 1 carries a defect (plan interleaves)
    return out, [_draw(out, 44, 8861, k) for k in (0, 1)]


def test_truth_keys_follow_example(drawn):
    ref = json.load(open(REF, encoding="utf-8"))
    _, truths = drawn
    for t in truths:
        assert list(t.keys()) == list(ref.keys())
        assert set(t["points"]) == set(ref["points"])
        for p in t["pages"]:
            assert PAGE_KEYS <= set(p) <= PAGE_KEYS | {"also_holds"}
        for d in t["documents"]:
            assert set(d) == DOC_KEYS
            assert d["pages"]
            assert not any(k.startswith("_") for k in d["fields"])
        assert 8 <= len(t["pages"]) <= 16
        assert t["verdict"] == verdict(t["expected_rules"])


def test_files_open(drawn):
    import pillow_heif
    import pypdfium2
    from PIL import Image, ImageSequence
    pillow_heif.register_heif_opener()
    out, truths = drawn
    for t in truths:
        folder = os.path.join(out, t["packet"])
        counted = {}
        for fn in os.listdir(folder):
            path = os.path.join(folder, fn)
            if fn.endswith(".pdf"):
                n = len(pypdfium2.PdfDocument(path))
            else:
                im = Image.open(path)
                n = sum(1 for _ in ImageSequence.Iterator(im))
                im.load()
            counted[fn] = n
        listed = {}
        for p in t["pages"]:
            listed[p["file"]] = max(listed.get(p["file"], 0), p["page"])
        assert counted == listed


def test_same_seed_same_truth(drawn, tmp_path):
    out, truths = drawn
    again = _draw(tmp_path, 44, 8861, 1)
    assert again == truths[1]


def test_clean_packet_consistent_with_spec(drawn):
    _, truths = drawn
    clean = [t for t in truths if not t["defects"]]
    assert clean
    for t in clean:
        rules, points = evaluate(t["documents"], t["as_of"], t["application"], {})
        assert rules == [] and t["expected_rules"] == [] and t["verdict"] == "ready"
        assert points == t["points"] and points["estimate"] >= 120
        by = {d["type"]: d for d in t["documents"]}
        ids = {by[k]["fields"].get(f) for k, f in [("id_card", "id_number"), ("residence_permit", "id_number"), ("tax_record", "id_number"), ("labour_contract", "employee_id_number")]}
        assert len(ids) == 1 and id_valid(ids.pop())
        periods = {r["period"] for r in by["tax_record"]["rows"]}
        assert set(tax_window(__import__("datetime").date.fromisoformat(t["as_of"]))) <= periods


def test_plan_covers_every_rule():
    order = plan(44, 8861)
    assert sum(1 for o in order if not o) >= 14
    rules = {r for o in order for s in o for r in SCENARIOS[s]}
    assert rules == set(SEVERITY)
    assert all(1 <= len(o) <= 2 for o in order if o)
