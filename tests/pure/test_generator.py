"""The sample generator: valid people, every type and layout, readable text PDFs, truth beside packets."""
import json
import random
from datetime import date, timedelta

import pypdfium2
import pdfplumber
import pytest

from samples.generator import CAPTURE_KINDS, DOC_TYPES, apply_capture, list_layouts, make_person, render_document, write_text_pdf
from samples.generator.months import declared_months
from precheck.core.id_number import check_character

SPEC_FIELDS = {
    "id_card": {"name", "sex", "ethnicity", "birth_date", "address", "id_number", "issuing_authority", "valid_from", "valid_until"},
    "household_register_cover": {"household_type", "head_name", "household_number", "address", "issue_date"},
    "labour_contract": {"employer", "employee_name", "employee_id_number", "start_date", "signing_date", "open_ended"},
    "tax_record": {"name", "id_number", "issue_date"},
}


def test_people_have_valid_id_numbers():
    for seed in range(200):
        person = make_person(random.Random(seed))
        number = person.id_number
        assert len(number) == 18 and check_character(number[:17]) == number[17]
        assert number[6:14] == person.birth_date.strftime("%Y%m%d")
        assert (int(number[16]) % 2 == 1) == (person.sex == "男")


@pytest.mark.parametrize("doc_type", DOC_TYPES)
def test_every_layout_renders_with_truth(doc_type):
    rng = random.Random(3)
    person = make_person(rng)
    for layout in list_layouts(doc_type):
        doc = render_document(doc_type, person, rng, layout=layout)
        assert doc.pages and len(doc.page_lines) == len(doc.pages)
        if doc_type != "unknown":
            assert doc.fields
        assert SPEC_FIELDS.get(doc_type, set()) <= set(doc.fields)


def test_tax_rows_follow_the_declaration_window():
    rng = random.Random(1)
    doc = render_document("tax_record", make_person(rng), rng, as_of=date(2026, 11, 10), tax_months=declared_months(date(2026, 11, 10), 6))
    assert [row["period"] for row in doc.rows] == ["2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09"]


def test_text_pdf_is_read_by_both_pdf_libraries(tmp_path):
    rng = random.Random(5)
    person = make_person(rng)
    doc = render_document("tax_record", person, rng)
    path = tmp_path / "tax.pdf"
    write_text_pdf(doc, path)
    with pdfplumber.open(path) as pdf:
        plumber_text = "".join(pdf.pages[0].extract_text().split())
    pdfium_page = pypdfium2.PdfDocument(str(path))[0].get_textpage()
    pdfium_text = "".join(pdfium_page.get_text_range().split())
    for text in (plumber_text, pdfium_text):
        assert person.name in text and person.id_number in text


@pytest.mark.parametrize("kind", CAPTURE_KINDS)
def test_captures(kind):
    rng = random.Random(9)
    page = render_document("residence_permit", make_person(rng), rng, layout="info_list").pages[0]
    captured = apply_capture(page, kind, rng)
    assert captured.mode == "RGB" and min(captured.size) > 500


def test_packet_with_truth(tmp_path):
    from samples.generator.packets import make_packet

    folder = make_packet(random.Random(11), "p", tmp_path, defects=["tax_missing_month"], compact=True)
    truth = json.loads((tmp_path / "p.truth.json").read_text(encoding="utf-8"))
    assert truth["expected_rules"] == ["tax.missing_months"] and truth["verdict"] == "fix"
    files = {p.name for p in folder.iterdir()}
    assert {page["file"] for page in truth["pages"]} == files
    tax = next(d for d in truth["documents"] if d["type"] == "tax_record")
    window = declared_months(date.fromisoformat(truth["as_of"]), 6)
    assert len(set(window) - {row["period"] for row in tax["rows"]}) == 1


def test_a_defect_on_a_document_that_is_left_out_is_not_expected(tmp_path):
    from samples.generator.packets import make_packet

    make_packet(random.Random(12), "p", tmp_path, defects=["missing_tax_record", "agency_withholding"], compact=True)
    truth = json.loads((tmp_path / "p.truth.json").read_text(encoding="utf-8"))
    assert truth["defects"] == ["missing_tax_record"]
    assert truth["expected_rules"] == ["packet.missing_document"]
    assert not any(d["type"] == "tax_record" for d in truth["documents"])


def test_a_collective_hukou_certificate_makes_a_missing_household_cover_no_defect(tmp_path, monkeypatch):
    from samples.generator import packets

    monkeypatch.setattr(packets, "SHARE_COLLECTIVE_HUKOU", 1.0)
    packets.make_packet(random.Random("collective-7"), "p", tmp_path, defects=["missing_household_cover"], compact=True)
    truth = json.loads((tmp_path / "p.truth.json").read_text(encoding="utf-8"))
    assert "collective_hukou_certificate" in {page["type"] for page in truth["pages"]}
    assert truth["defects"] == [] and truth["expected_rules"] == [] and truth["verdict"] == "ready"


def test_a_wrong_permit_hukou_address_is_sometimes_a_left_out_digit_or_part():
    from samples.generator.packets import _shift_number

    address = "江苏省南京市鼓楼区解放路286号23幢204室"
    rng = random.Random(7)
    variants = {_shift_number(address, rng) for _ in range(60)}
    assert address not in variants
    assert "江苏省南京市鼓楼区解放路286号23幢24室" in variants or "江苏省南京市鼓楼区解放路286号23幢20室" in variants
    assert "江苏省南京市鼓楼区解放路286号204室" in variants
    assert any(v.startswith("江苏省南京市鼓楼区解放路29") for v in variants)


@pytest.mark.parametrize("seed", range(2))
def test_a_short_contract_that_ends_soon_has_both_defects_in_its_dates(tmp_path, seed):
    from dateutil.relativedelta import relativedelta

    from samples.generator.packets import make_packet

    make_packet(random.Random(f"both-{seed}"), "p", tmp_path, defects=["contract_ends_soon", "contract_short_term"], compact=True)
    truth = json.loads((tmp_path / "p.truth.json").read_text(encoding="utf-8"))
    as_of = date.fromisoformat(truth["as_of"])
    (contract,) = [d["fields"] for d in truth["documents"] if d["type"] == "labour_contract"]
    start, end = date.fromisoformat(contract["start_date"]), date.fromisoformat(contract["end_date"])
    assert end < as_of + relativedelta(months=2)  # contract.ends_within_two_months
    assert end + timedelta(days=1) < start + relativedelta(years=1)  # contract.term_too_short
    assert start <= as_of
    assert {"contract.ends_within_two_months", "contract.term_too_short"} <= set(truth["expected_rules"])
