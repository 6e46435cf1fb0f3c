"""Outsider AD's ad016, drawn again by its generator: a 户口簿 首页 whose 住址 lies under solid red ink. The red
channel takes the print under it off with the ink, and the reading loses 河 and a 1 (…龙泉镇湾村3组3号) with no low
score on what is left; the address must come back doubted, never sure, or it grounds a false
address.hukou_mismatch error."""
from rules.fields import CERTAIN_FLOOR
from samples.outsider_ad.packet import write_packet
from tests.live_ocr.redrawn import read_alone, truth_field

PACKET, SEED, FILE = 16, "6607", "新建文档 8.pdf"


def test_the_address_under_red_ink_is_doubted(rapid_engine, tmp_path):
    write_packet(SEED, PACKET, str(tmp_path))
    documents = read_alone(rapid_engine, tmp_path, f"ad{PACKET:03d}", FILE)
    address = next(d for d in documents if d.type == "household_register_cover").fields["address"]
    assert truth_field(tmp_path, f"ad{PACKET:03d}", "household_register_cover", "address") is None  # drawn hidden
    assert address.value is None or address.confidence < CERTAIN_FLOOR
