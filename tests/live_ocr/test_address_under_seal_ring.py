"""Outsider R's r007, drawn again by its generator: a 户口簿 首页 scanned grey, the seal's ring over its 住址. The
recogniser reads the first line of the address twice over (浙江省温州市鹿城 and, overlapping it, 成区云台大道29); an
address read without the second must not be sure, or it becomes a false address.hukou_mismatch error."""
import json
import shutil
from pathlib import Path

from precheck.ingest.packet import as_packet
from precheck.ingest.pages import iter_pages
from precheck.pipeline.second_look import Rereader
from precheck.pipeline.stages import _read_page, classify_pages, extract_documents
from samples.outsider_r.packet import build

PACKET, SEED, FILE = 7, 8803, "户口本.pdf"


def test_the_address_under_the_seals_ring_is_read_whole_or_doubted(rapid_engine, tmp_path):
    build(PACKET, SEED, str(tmp_path))
    truth = json.loads((tmp_path / f"r{PACKET:03d}.truth.json").read_text(encoding="utf-8"))
    expected = next(d["fields"]["address"] for d in truth["documents"] if d["type"] == "household_register_cover")
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(tmp_path / f"r{PACKET:03d}" / FILE, alone / FILE)
    rereader, pages = Rereader(rapid_engine), []
    for item in iter_pages(as_packet(Path(alone))):
        page, _ = _read_page(item, rapid_engine)
        rereader.add_page(page.ref, item.load_image, page.rotation)
        pages.append(page)
    documents, _ = extract_documents(classify_pages(pages), rereader)
    address = next(d for d in documents if d.type == "household_register_cover").fields["address"]
    assert address.value == expected or address.confidence < 0.8
