"""Outsider E draws well-formed truth: every page of every file is listed once, documents list their pages, types are
SPEC §3 ids, the verdict follows SPEC §5 from expected_rules, and a packet depends only on (seed, index)."""
import json

import pypdfium2 as pdfium
from PIL import Image

from samples.outsider_e.packet import build_packet

TYPES = {"id_card", "residence_permit", "household_register_cover", "household_register_member",
         "collective_hukou_certificate", "labour_contract", "tax_record", "social_insurance_record", "diploma",
         "degree_certificate", "marriage_certificate", "unknown"}
ERRORS = {"packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch",
          "identity.id_number_mismatch", "address.hukou_mismatch", "permit.expired", "id_card.expired",
          "applicant.age_out_of_range", "contract.term_too_short", "contract.ends_within_two_months",
          "tax.missing_months", "employer.mismatch", "social_insurance.insufficient_months",
          "social_insurance.not_paying"}


def _pages(path):
    if path.suffix == ".pdf":
        document = pdfium.PdfDocument(str(path))
        try:
            return len(document)
        finally:
            document.close()
    if path.suffix == ".heic":
        return 1
    with Image.open(path) as image:
        return getattr(image, "n_frames", 1)


def test_a_draw_is_well_formed_and_reproducible(tmp_path):
    build_packet(5531, 7, str(tmp_path / "a"))
    build_packet(5531, 7, str(tmp_path / "b"))
    truth = json.loads((tmp_path / "a" / "e007.truth.json").read_text("utf-8"))
    assert truth == json.loads((tmp_path / "b" / "e007.truth.json").read_text("utf-8"))
    root = tmp_path / "a" / "e007"
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
        for ref in document["pages"]:
            assert (ref["file"], ref["page"]) in listed
    rules = set(truth["expected_rules"])
    assert truth["verdict"] == ("fix" if rules & ERRORS else "review" if rules else "ready")
    assert truth["as_of"].startswith("2026-")
    if truth["verdict"] == "ready":
        assert truth["points"]["estimate"] >= 120


def test_truth_follows_my_reading_of_the_spec():
    """The expected rules and points of a draw are what judge() gives on its documents, and ids are valid."""
    import datetime as dt

    from samples.outsider_e.judge import id_valid, judge
    from samples.outsider_e.packet import plan

    for index in (3, 11):
        category, defects, as_of, application, docs, ex, rules, points, _ = plan(5531, index)
        assert judge(docs, as_of, application, 1 if "blank_page" in defects else 0) == (rules, points)
        if "id_invalid_all" not in defects:
            assert id_valid(docs[0]["fields"]["id_number"])
        assert isinstance(as_of, dt.date)
