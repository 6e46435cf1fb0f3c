"""The outsider set AF generator (samples.outsider_af, drawn by a helper who saw only SPEC, REAL-DOCUMENTS and two
truth files; its emphasis what an applicant self-checking on a phone hands in: app screenshots, service-website
printouts, text-layer tables, and names with rarer characters): two packets generated into tmp_path, and real
properties of them checked."""
import json
import os
import random
import subprocess
import sys

import pytest

from samples.outsider_af import fonts, plan, selfcheck
from samples.outsider_af.norm import norm_text

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REF = os.path.join(ROOT, "samples", "packets", "golden_00.truth.json")


@pytest.fixture(scope="module")
def packets(tmp_path_factory):
    out = tmp_path_factory.mktemp("af")
    subprocess.run([sys.executable, "-m", "samples.outsider_af", "--out", str(out), "--count", "40", "--seed",
                    "5519", "--jobs", "2", "--only", "0", "1"], cwd=ROOT, check=True, capture_output=True)
    return str(out)


def truths(root):
    return [json.load(open(os.path.join(root, f), encoding="utf-8")) for f in sorted(os.listdir(root))
            if f.endswith(".truth.json")]


def test_two_packets_and_manifest(packets):
    ts = truths(packets)
    assert [t["packet"] for t in ts] == ["af000", "af001"]
    man = json.load(open(os.path.join(packets, "_layout", "manifest.json")))
    assert man["seed"] == 5519 and man["generator"] == "samples.outsider_af"


def test_truth_keys_follow_the_reference(packets):
    ref = json.load(open(REF, encoding="utf-8"))
    for t in truths(packets):
        assert list(t) == list(ref)
        assert list(t["pages"][0]) == list(ref["pages"][0])
        assert list(t["documents"][0]) == list(ref["documents"][0])
        for d in t["documents"]:
            if d["type"] == "tax_record":
                assert all(list(r) == ["period", "withholding_agent", "amount"] for r in d["rows"])


def test_selfcheck_finds_no_problem(packets):
    for pid in ("af000", "af001"):
        probs, t, n = selfcheck.check_packet(packets, pid)
        assert probs == [], probs
        assert n > 40


def test_every_file_is_read_and_page_counts_match(packets):
    import pillow_heif
    pillow_heif.register_heif_opener()
    for t in truths(packets):
        files = {p["file"] for p in t["pages"]}
        assert files == set(os.listdir(os.path.join(packets, t["packet"])))
        for f in files:
            n = selfcheck.page_count(os.path.join(packets, t["packet"], f))
            assert n == max(p["page"] for p in t["pages"] if p["file"] == f)


def test_required_documents_and_verdicts(packets):
    for t in truths(packets):
        rules, verdict, est, items = selfcheck.derive(
            t, json.load(open(os.path.join(packets, "_layout", t["packet"] + ".json")))["pages"])
        assert verdict == t["verdict"] and set(t["expected_rules"]) == rules
        if t["verdict"] == "ready":
            assert t["points"]["estimate"] >= 120


def test_text_pdfs_carry_the_applicant_name(packets):
    seen = 0
    for t in truths(packets):
        name = t["documents"][0]["fields"]["name"]
        for p in t["pages"]:
            if p["capture"] == "text_pdf":
                txt = norm_text(selfcheck.pdf_text(os.path.join(packets, t["packet"], p["file"]), p["page"]))
                assert len(txt) > 20
                seen += 1
    assert seen >= 1


def test_screenshots_have_phone_resolutions(packets):
    from PIL import Image
    import pillow_heif
    pillow_heif.register_heif_opener()
    widths = {w for w, h in [(1080, 2400), (1170, 2532), (1284, 2778), (1080, 2340), (1179, 2556)]}
    for t in truths(packets):
        for p in t["pages"]:
            if p["capture"] == "screenshot":
                with Image.open(os.path.join(packets, t["packet"], p["file"])) as im:
                    assert im.width in widths and im.height >= 1000


def test_rare_name_characters_have_glyphs():
    for ch in "淼赟昊琛彧喆犇翀玥珺":
        for style in ("serif", "kai", "sans"):
            k, s = fonts.runs(ch, style)[0]
            assert fonts.has(k, ch)
    # gbsn (the first serif font) lacks 赟: the run falls back to another font
    assert fonts.runs("王赟", "serif", pdf=True)[-1][0] != "gbsn"


def test_plan_is_deterministic_and_balanced():
    mp = plan.master_plan(5519, 40)
    assert [c for c, _ in mp].count("ready") == 16
    assert [c for c, _ in mp].count("review") == 12 and [c for c, _ in mp].count("fix") == 12
    a = plan.build(random.Random("5519-7"), 7, *mp[7], 5519)[2]
    b = plan.build(random.Random("5519-7"), 7, *mp[7], 5519)[2]
    assert a == b


def test_tax_window_examples_from_spec():
    import datetime as dt
    assert plan.tax_window(dt.date(2026, 11, 22)) == [f"2026-{m:02d}" for m in range(5, 11)]
    assert plan.tax_window(dt.date(2026, 11, 10)) == [f"2026-{m:02d}" for m in range(4, 10)]
