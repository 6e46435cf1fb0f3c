"""The outsider set AG generator (samples.outsider_ag, drawn by a helper who saw only SPEC, REAL-DOCUMENTS and two
truth files; its emphasis applicants from all over China: booklets, ID cards and permits with home addresses from many
provinces, rural addresses, minority names): packets 0 and 1 drawn with the CLI, and real properties of them checked."""
import json
import os
import subprocess
import sys

import pillow_heif
import pytest
from PIL import Image

from samples.outsider_ag import rules
from samples.outsider_ag.selfcheck import pdf_jpegs, pdf_page_count

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
pillow_heif.register_heif_opener()


def _ref_truth():
    with open(os.path.join(ROOT, "samples", "packets", "golden_00.truth.json"), encoding="utf-8") as fh:
        return json.load(fh)


def _run(args, timeout=240):
    return subprocess.run([sys.executable, "-m"] + args, cwd=ROOT, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def drawn(tmp_path_factory):
    out = tmp_path_factory.mktemp("outsider_ag") / "set"
    r = _run(["samples.outsider_ag", "--out", str(out), "--count", "40", "--seed", "6203", "--jobs", "2",
              "--only", "0", "1"])
    assert r.returncode == 0, r.stdout + r.stderr
    return out


def _load(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def test_two_truth_files_and_manifest(drawn):
    truths = sorted(p.name for p in drawn.glob("*.truth.json"))
    assert truths == ["ag000.truth.json", "ag001.truth.json"]
    man = _load(drawn / "_layout" / "manifest.json")
    assert man["generator"] == "samples.outsider_ag"
    assert man["seed"] == 6203 and man["count"] == 40
    assert isinstance(man["seconds"], (int, float)) and man["seconds"] > 0
    for pid in ("ag000", "ag001"):
        lay = _load(drawn / "_layout" / f"{pid}.json")
        assert lay["fonts"], "layout names the fonts used"
        assert all(it["box"][0] < it["box"][2] and it["box"][1] < it["box"][3]
                   for pg in lay["pages"] for it in pg["items"])


def test_truth_keys_match_reference(drawn):
    ref = _ref_truth()
    ref_page_keys = list(ref["pages"][0].keys())
    ref_doc_keys = list(ref["documents"][0].keys())
    for pid in ("ag000", "ag001"):
        t = _load(drawn / f"{pid}.truth.json")
        assert list(t.keys()) == list(ref.keys())
        assert t["packet"] == pid
        assert all(list(p.keys()) == ref_page_keys for p in t["pages"])
        assert all(list(d.keys()) == ref_doc_keys for d in t["documents"])
        assert set(t["points"].keys()) == set(ref["points"].keys())
        assert t["verdict"] in ("ready", "review", "fix")
        errors = [r for r in t["expected_rules"] if r not in rules.WARNINGS]
        assert t["verdict"] == ("fix" if errors else "review" if t["expected_rules"] else "ready")
        assert t["points"]["estimate"] == sum(t["points"]["items"].values())


def test_every_page_file_opens(drawn):
    for pid in ("ag000", "ag001"):
        t = _load(drawn / f"{pid}.truth.json")
        wanted = {}
        for p in t["pages"]:
            wanted[p["file"]] = max(wanted.get(p["file"], 0), p["page"])
        assert set(os.listdir(drawn / pid)) == set(wanted)
        for fname, npages in wanted.items():
            path = drawn / pid / fname
            if fname.lower().endswith(".pdf"):
                data = path.read_bytes()
                assert data.startswith(b"%PDF")
                assert pdf_page_count(data) == npages
                for im in pdf_jpegs(data):
                    assert min(im.size) > 100
            else:
                im = Image.open(path)
                frames = 0
                while True:
                    im.load()
                    assert min(im.size) > 100
                    frames += 1
                    try:
                        im.seek(frames)
                    except EOFError:
                        break
                assert frames == npages, fname


def test_selfcheck_has_no_problems(drawn):
    r = _run(["samples.outsider_ag.selfcheck", str(drawn)], timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.strip().splitlines()[-1] == "problems: 0"


def test_only_redraws_identically(drawn, tmp_path):
    out = tmp_path / "again"
    r = _run(["samples.outsider_ag", "--out", str(out), "--count", "40", "--seed", "6203", "--only", "1"])
    assert r.returncode == 0, r.stdout + r.stderr
    assert _load(out / "ag001.truth.json") == _load(drawn / "ag001.truth.json")
    assert _load(out / "_layout" / "ag001.json") == _load(drawn / "_layout" / "ag001.json")
    for f in os.listdir(drawn / "ag001"):
        assert (out / "ag001" / f).read_bytes() == (drawn / "ag001" / f).read_bytes(), f
