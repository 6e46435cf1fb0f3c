"""Outsider Z's z024, drawn again by its generator: a contract page photographed at an angle, its lines slanting
from -0.19 at the head to -0.03 at the foot. The party block's ID number, whose check digit is wrong on the contract
itself (the packet's defect), was read surely, but a number failing its check is taken as a misreading until second
looks read it again. Levelled by the page's median tilt (-0.11) the crops of that line (slope -0.145) lost a digit;
levelled by its own slope they read it whole, so the number is as the page prints it, and sure."""
from rules.fields import CERTAIN_FLOOR
from samples.outsider_z.packet import build
from tests.live_ocr.redrawn import read_alone, truth_field

PACKET, SEED, FILE = 24, 9101, "IMG_20260722_184551.jpg"


def test_a_number_failing_its_check_on_a_slanted_photo_is_read_again_along_its_own_slope(rapid_engine, tmp_path):
    build(SEED, PACKET, str(tmp_path))
    documents = read_alone(rapid_engine, tmp_path, f"z{PACKET:03d}", FILE)
    number = next(d for d in documents if d.type == "labour_contract").fields["employee_id_number"]
    assert number.value == truth_field(tmp_path, f"z{PACKET:03d}", "labour_contract", "employee_id_number")
    assert number.confidence >= CERTAIN_FLOOR
