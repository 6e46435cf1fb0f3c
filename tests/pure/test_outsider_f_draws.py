"""Outsider F draws well-formed truth: every page of every file is listed once, documents list their pages, types are
SPEC §3 ids, the verdict follows SPEC §5 from expected_rules, rules and points are what my reading of SPEC §4-§6
gives on the drawn documents, and a packet depends only on (seed, index)."""
import json

import pypdfium2 as pdfium
from PIL import Image

from samples.outsider_f.judge import ERRORS, judge
from samples.outsider_f.packet import build_packet
from samples.outsider_f.people import id_valid
from samples.outsider_f.plan import plan

TYPES = {"id_card", "residence_permit", "household_register_cover", "household_register_member",
         "collective_hukou_certificate", "labour_contract", "tax_record", "social_insurance_record", "diploma",
         "degree_certificate", "marriage_certificate", "unknown"}


def _pages(path):
    if path.suffix.lower() == ".pdf":
        document = pdfium.PdfDocument(str(path))
        try:
            return len(document)
        finally:
            document.close()
    if path.suffix.lower() == ".heic":
        return 1
    with Image.open(path) as image:
        return getattr(image, "n_frames", 1)


def test_a_draw_is_well_formed_and_reproducible(tmp_path):
    build_packet(6641, 7, str(tmp_path / "a"))
    build_packet(6641, 7, str(tmp_path / "b"))
    truth = json.loads((tmp_path / "a" / "f007.truth.json").read_text("utf-8"))
    assert truth == json.loads((tmp_path / "b" / "f007.truth.json").read_text("utf-8"))
    root = tmp_path / "a" / "f007"
    listed = [(p["file"], p["page"]) for p in truth["pages"]]
    assert len(listed) == len(set(listed))
    files = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
    assert {f for f, _ in listed} == files
    for name in files:
        assert {page for f, page in listed if f == name} == set(range(1, _pages(root / name) + 1))
    for page in truth["pages"]:
        assert page["type"] in TYPES and set(page.get("also_holds", [])) <= TYPES
    for document in truth["documents"]:
        assert document["type"] in TYPES - {"unknown"} and document["pages"]
        assert set(document) == {"type", "layout", "pages", "fields", "rows"}
        for ref in document["pages"]:
            assert (ref["file"], ref["page"]) in listed
    rules = set(truth["expected_rules"])
    assert truth["verdict"] == ("fix" if rules & ERRORS else "review" if rules else "ready")
    assert truth["as_of"].startswith("2026-")
    if truth["verdict"] == "ready":
        assert truth["points"]["estimate"] >= 120


def test_truth_follows_my_reading_of_the_spec():
    for index in (3, 11, 26):
        p = plan(6641, index)
        assert judge(p["docs"], p["as_of"], p["application"], 1 if "blank_page" in p["defects"] else 0) == (
            p["rules"], p["points"])
        me = [d for d in p["docs"] if d["type"] == "id_card" and d.get("owner", "self") == "self"][0]
        assert id_valid(me["fields"]["id_number"])
        assert (index % 3 == 0) == (not p["defects"])
