"""Outsider D draws well-formed truth: every page of every file is listed once, documents list their pages, types are
SPEC §3 ids, the verdict follows SPEC §5 from expected_rules, and a packet depends only on (seed, index)."""
import json

import pypdfium2 as pdfium
from PIL import Image

from samples.outsider_d.packet import build_packet

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
    build_packet(4421, 2, str(tmp_path / "a"))
    build_packet(4421, 2, str(tmp_path / "b"))
    truth = json.loads((tmp_path / "a" / "d002.truth.json").read_text("utf-8"))
    assert truth == json.loads((tmp_path / "b" / "d002.truth.json").read_text("utf-8"))
    root = tmp_path / "a" / "d002"
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
