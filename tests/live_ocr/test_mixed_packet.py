"""`precheck check` on a mixed folder: photos, scans, HEIC, multi-page TIFF, text and scanned PDFs, turned pages."""
import json
import random
import subprocess
import sys

import pytest

from precheck.ocr.imaging import rotate_clockwise
from samples.generator import apply_capture, make_person, render_document, write_text_pdf

pytestmark = pytest.mark.ocr


@pytest.fixture(scope="module")
def mixed_packet(tmp_path_factory):
    import pillow_heif

    pillow_heif.register_heif_opener()
    folder = tmp_path_factory.mktemp("mixed")
    rng = random.Random(2026)
    person = make_person(rng)
    expected = {}

    card = render_document("id_card", person, rng, layout="cards")
    for side, page in zip(("a", "b"), card.pages):
        apply_capture(page, "photo", rng).save(folder / f"IMG_20{side}.jpg", quality=88)
        expected[(f"IMG_20{side}.jpg", 1)] = "id_card"

    permit = render_document("residence_permit", person, rng, layout="info_table")
    apply_capture(permit.pages[0], "clean", rng).save(folder / "合同.heic", "HEIF")  # the name lies on purpose
    expected[("合同.heic", 1)] = "residence_permit"

    cover = render_document("household_register_cover", person, rng, layout="grid_classic")
    member = render_document("household_register_member", person, rng, layout="card_classic")
    frames = [apply_capture(cover.pages[0], "photocopy", rng), rotate_clockwise(apply_capture(member.pages[0], "scan", rng), 180)]
    frames[0].save(folder / "scan0001.tif", save_all=True, append_images=frames[1:], compression="tiff_lzw")
    expected[("scan0001.tif", 1)] = "household_register_cover"
    expected[("scan0001.tif", 2)] = "household_register_member"

    contract = render_document("labour_contract", person, rng, layout="shanghai_model", pages=3)
    scans = [apply_capture(p, "scan", rng) for p in contract.pages]
    scans[1] = rotate_clockwise(scans[1], 90)
    scans[0].save(folder / "contract.pdf", "PDF", save_all=True, append_images=scans[1:], resolution=300)
    for n in range(1, 4):
        expected[("contract.pdf", n)] = "labour_contract"

    tax = render_document("tax_record", person, rng, layout="national")
    write_text_pdf(tax, folder / "download.pdf")
    for n in range(1, len(tax.pages) + 1):
        expected[("download.pdf", n)] = "tax_record"

    receipt = render_document("unknown", person, rng, layout="receipt")
    receipt.pages[0].save(folder / "身份证.png")
    expected[("身份证.png", 1)] = "unknown"
    return folder, expected


@pytest.mark.parametrize("engine_name", ["rapidocr", "tesseract"])
def test_every_page_classified(mixed_packet, engine_name):
    folder, expected = mixed_packet
    done = subprocess.run([sys.executable, "-m", "precheck", "check", str(folder), "--format", "json", "--ocr", engine_name,
                           "--as-of", "2026-11-22"], capture_output=True, text=True, timeout=900)
    assert done.returncode in (0, 1), done.stderr
    report = json.loads(done.stdout)
    got = {(p["file"], p["page"]): p["type"] for p in report["pages"]}
    assert got == expected
    sources = {(p["file"], p["page"]): p["source"] for p in report["pages"]}
    assert sources[("download.pdf", 1)] == "text_layer" and sources[("contract.pdf", 1)] == "ocr"
    rotations = {(p["file"], p["page"]): p["rotation"] for p in report["pages"]}
    assert rotations[("scan0001.tif", 2)] == 180 and rotations[("contract.pdf", 2)] == 270
    documents = [(d["type"], len(d["pages"])) for d in report["documents"]]
    assert ("labour_contract", 3) in documents and ("id_card", 2) in documents
    assert not any(f["rule"] == "packet.missing_document" for f in report["findings"])
