"""Outsider Z's z000, drawn again by its generator: the open 户口簿 photographed upside down in dim light, the 首页
on one side and a hand-filled 本人页 on the other. Read as one image, the 本人页's small cells give one line, and the
packet seemed to lack the page (a false packet.missing_document error). Its side of the spread, read again on its
own, gives the 本人页 and its ID number."""
from samples.outsider_z.packet import build
from tests.live_ocr.redrawn import read_alone, truth_field

PACKET, SEED, FILE = 0, 9101, "20260209_083459.jpg"


def test_the_hand_filled_page_of_an_open_booklet_is_read_beside_its_cover(rapid_engine, tmp_path):
    build(SEED, PACKET, str(tmp_path))
    documents = {d.type: d for d in read_alone(rapid_engine, tmp_path, f"z{PACKET:03d}", FILE)}
    assert set(documents) == {"household_register_cover", "household_register_member"}
    member = documents["household_register_member"].fields
    assert member["id_number"].value == truth_field(tmp_path, f"z{PACKET:03d}", "household_register_member", "id_number")
    cover = documents["household_register_cover"].fields
    assert cover["household_number"].value == truth_field(tmp_path, f"z{PACKET:03d}", "household_register_cover",
                                                          "household_number")
