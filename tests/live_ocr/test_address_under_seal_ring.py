"""Outsider R's r007, drawn again by its generator: a 户口簿 首页 scanned grey, the seal's ring over its 住址. The
recogniser reads the first line of the address twice over (浙江省温州市鹿城 and, overlapping it, 成区云台大道29); an
address read without the second must not be sure, or it becomes a false address.hukou_mismatch error."""
from samples.outsider_r.packet import build
from tests.live_ocr.redrawn import read_alone, truth_field

PACKET, SEED, FILE = 7, 8803, "户口本.pdf"


def test_the_address_under_the_seals_ring_is_read_whole_or_doubted(rapid_engine, tmp_path):
    build(PACKET, SEED, str(tmp_path))
    documents = read_alone(rapid_engine, tmp_path, f"r{PACKET:03d}", FILE)
    address = next(d for d in documents if d.type == "household_register_cover").fields["address"]
    expected = truth_field(tmp_path, f"r{PACKET:03d}", "household_register_cover", "address")
    assert address.value == expected or address.confidence < 0.8
