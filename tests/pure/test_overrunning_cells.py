"""Outsider AE's ae009, drawn again by its generator: a text-layer 纳税记录 whose 税款所属期 ranges
(2026-06-01至2026-06-30) run on two digits under the 扣缴义务人 beside them. The payer must be read as printed in
every row, or the contract's employer is 'not among the payers' (a false employer.mismatch error): neither
interleaved with the range's last digit (上0海启鸿…) nor led by its tail (6-11-30上海启鸿…)."""
import os
import shutil

from precheck.ingest.packet import as_packet
from precheck.ingest.pages import iter_pages
from precheck.pipeline.stages import _read_page, classify_pages, extract_documents
from samples.outsider_ae import facts, packet

SEED, INDEX, FILE = 4417, 8, "doc7395.pdf"


def test_every_rows_payer_is_read_as_printed_where_the_range_beside_it_runs_on_under_it(tmp_path):
    packet.make(str(tmp_path), os.path.join(str(tmp_path), "_layout"), SEED, INDEX, facts.plan(40, SEED)[INDEX])
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(tmp_path / "ae009" / FILE, alone / FILE)
    pages = [_read_page(item, None)[0] for item in iter_pages(as_packet(alone))]
    documents, _ = extract_documents(classify_pages(pages))
    rows = next(d for d in documents if d.type == "tax_record").rows
    assert len(rows) >= 6
    payers = {row["withholding_agent"].value for row in rows}
    assert payers <= {"上海启鸿物流股份有限公司", "上海译林文化传播有限公司"}
    assert {row["period"].value for row in rows} >= {"2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"}
