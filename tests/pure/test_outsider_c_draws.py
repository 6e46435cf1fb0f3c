"""Outsider C draws well-formed truth: every page exists, documents list their pages, types are SPEC §3 ids, and the
verdict follows SPEC §5 from expected_rules."""
import json
import os

from PIL import Image

from samples.outsider_c.packet import build
from samples.outsider_c.rules import ERRORS, WARNINGS

TYPES = {"id_card", "residence_permit", "household_register_cover", "household_register_member",
         "collective_hukou_certificate", "labour_contract", "tax_record", "social_insurance_record", "diploma",
         "degree_certificate", "marriage_certificate", "unknown"}


def _n_pages(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        d = pdfium.PdfDocument(path)
        n = len(d)
        d.close()
        return n
    if path.endswith(".heic"):
        return 1
    with Image.open(path) as im:
        return getattr(im, "n_frames", 1)


def test_two_draws_are_well_formed(tmp_path):
    for i in (1, 3):
        t = build(str(tmp_path), f"c{i:03d}", 3313, i, quick=True)
        on_disk = json.loads((tmp_path / f"c{i:03d}.truth.json").read_text("utf-8"))
        assert on_disk == json.loads(json.dumps(t, ensure_ascii=False))
        root = tmp_path / f"c{i:03d}"
        files = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        listed = {(p["file"], p["page"]) for p in t["pages"]}
        assert {p["file"] for p in t["pages"]} == files
        for f in files:  # every page of every file is listed
            assert {pg for fl, pg in listed if fl == f} == set(range(1, _n_pages(os.path.join(root, f)) + 1))
        for p in t["pages"]:
            assert p["type"] in TYPES and p["rotation"] in (0, 90, 180, 270)
            assert all(x in TYPES for x in p.get("also_holds", []))
        for d in t["documents"]:
            assert d["type"] in TYPES - {"unknown"}
            assert d["pages"], d["type"]
            for ref in d["pages"]:
                assert (ref["file"], ref["page"]) in listed
                pg = next(p for p in t["pages"] if (p["file"], p["page"]) == (ref["file"], ref["page"]))
                assert d["type"] == pg["type"] or d["type"] in pg.get("also_holds", [])
        rules = t["expected_rules"]
        assert rules == sorted(set(rules)) and set(rules) <= ERRORS | WARNINGS
        want = "fix" if set(rules) & ERRORS else "review" if rules else "ready"
        assert t["verdict"] == want
        assert t["points"]["estimate"] == sum(t["points"]["items"].values())
