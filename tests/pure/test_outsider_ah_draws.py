"""Draw packets 0 and 1 of the AH set with the CLI and check real properties of what was written."""
import hashlib
import json
import os
import subprocess
import sys

import pdfplumber
import pypdfium2 as pdfium
import pytest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
from PIL import Image
import pillow_heif

from samples.outsider_ah import selfcheck  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REF = os.path.join(ROOT, "samples", "packets", "golden_00.truth.json")
pillow_heif.register_heif_opener()


def run(out, *extra):
    cmd = [sys.executable, "-m", "samples.outsider_ah", "--out", str(out), "--seed", "7717", "--jobs", "2", *extra]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def drawn(tmp_path_factory):
    out = tmp_path_factory.mktemp("ah")
    run(out, "--count", "2", "--only", "0", "1")
    return out


def tree_digest(d):
    h = hashlib.sha256()
    for root, _, files in sorted(os.walk(d)):
        for fn in sorted(files):
            h.update(fn.encode())
            h.update(open(os.path.join(root, fn), "rb").read())
    return h.hexdigest()


def test_truth_keys_match_reference(drawn):
    ref = json.load(open(REF, encoding="utf-8"))
    for name in ("ah000", "ah001"):
        tr = json.load(open(drawn / f"{name}.truth.json", encoding="utf-8"))
        assert list(tr) == list(ref)
        assert list(tr["points"]) == list(ref["points"])
        assert all(list(p) == list(ref["pages"][0]) for p in tr["pages"])
        assert all(list(d) == list(ref["documents"][0]) for d in tr["documents"])
        ref_rows = {d["type"]: list(d["rows"][0]) for d in ref["documents"] if d["rows"]}
        for d in tr["documents"]:
            for r in d["rows"]:
                assert list(r) == ref_rows[d["type"]]
        assert tr["verdict"] in ("ready", "review", "fix")
        assert (tr["verdict"] == "fix") == any(r not in {"permit.too_recent", "field.unreadable", "quality.unreadable_page",
                                                         "points.below_standard", "points.claim_unsupported"}
                                               for r in tr["expected_rules"])


def test_files_open_with_truth_page_counts(drawn):
    for name in ("ah000", "ah001"):
        tr = json.load(open(drawn / f"{name}.truth.json", encoding="utf-8"))
        counts = {}
        for p in tr["pages"]:
            counts[p["file"]] = max(counts.get(p["file"], 0), p["page"])
        assert set(os.listdir(drawn / name)) == set(counts)
        for fn, n in counts.items():
            path = drawn / name / fn
            if fn.lower().endswith(".pdf"):
                doc = pdfium.PdfDocument(str(path))
                assert len(doc) == n
                doc.close()
            else:
                im = Image.open(path)
                assert getattr(im, "n_frames", 1) == n
                im.load()
                assert min(im.size) >= 100


def _layer(path):
    with pdfplumber.open(path) as pdf:
        return "".join("".join(c["text"] for c in sorted(p.chars, key=lambda c: (round(c["top"]), c["x0"]))
                               if c.get("upright", True) and not _light(c)) for p in pdf.pages)


def _light(c):
    col = c.get("non_stroking_color")
    return isinstance(col, (list, tuple)) and len(col) == 3 and min(col) > 0.85


def test_text_layers_hold_the_rows(drawn):
    """every record drawn as a text-layer PDF carries its truth rows in real text"""
    checked = 0
    for name in ("ah000", "ah001"):
        tr = json.load(open(drawn / f"{name}.truth.json", encoding="utf-8"))
        lay = json.load(open(drawn / "_layout" / f"{name}.json", encoding="utf-8"))
        textpdf = {f["file"] for f in lay["files"] if f["kind"] == "pdf_text"}
        for d in tr["documents"]:
            files = {p["file"] for p in d["pages"]} & textpdf
            for fn in files:
                layer = _layer(drawn / name / fn).replace(" ", "")
                lp = [pg for f in lay["files"] if f["file"] == fn for pg in f["pages"]]
                drawn_text = "".join(t["text"] for pg in lp for t in pg["texts"]).replace(" ", "")
                # every string the exporter wrote is really in the text layer, at its place
                assert not selfcheck.layer_matches_evidence(selfcheck.pdf_pages(str(drawn / name / fn)), lp)
                assert d["fields"]["id_number"] in layer
                for r in d["rows"]:
                    m = r.get("period") or r.get("month")
                    assert any(x in layer for x in (m, m.replace("-", ""), m.replace("-", "."), f"{m[:4]}年{m[5:]}月")), m
                    if "amount" in r:
                        assert r["amount"] in layer or f"{float(r['amount']):,.2f}" in layer
                    payer = (r.get("withholding_agent") or r.get("employer"))
                    assert any(payer.replace("(", "（").replace(")", "）")[:k] in drawn_text or payer[:k] in drawn_text
                               for k in (len(payer), 8))
                    checked += 1
    assert checked > 0


def test_tax_window_present_or_missing_as_truth_says(drawn):
    from samples.outsider_ah.cal import tax_window, D
    for name in ("ah000", "ah001"):
        tr = json.load(open(drawn / f"{name}.truth.json", encoding="utf-8"))
        tax = [d for d in tr["documents"] if d["type"] == "tax_record"][0]
        periods = {r["period"] for r in tax["rows"]}
        missing = [m for m in tax_window(D.fromisoformat(tr["as_of"])) if m not in periods]
        assert bool(missing) == ("tax.missing_months" in tr["expected_rules"])


def test_only_is_deterministic(drawn, tmp_path):
    run(tmp_path, "--count", "2", "--only", "1")
    assert tree_digest(tmp_path / "ah001") == tree_digest(drawn / "ah001")
    a = open(tmp_path / "ah001.truth.json", "rb").read()
    b = open(drawn / "ah001.truth.json", "rb").read()
    assert a == b
