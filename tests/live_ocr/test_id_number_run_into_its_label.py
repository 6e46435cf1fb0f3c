"""Outsider R's r019, drawn again by its generator: a phone photo of an ID card whose number is set so tight against
公民身份号码 that the recogniser reads its first digit, 4, as part of 码 and keeps 17 digits. The check character admits
one first digit: the number is read, but as a guess (the digit was never seen), so it can only ever ground a
warning."""
from rules.fields import CERTAIN_FLOOR
from samples.outsider_r.packet import build
from tests.live_ocr.redrawn import read_alone, truth_field

PACKET, SEED, FILE = 19, 8803, "IMG_20261129_122134.jpg"


def test_a_number_whose_first_digit_ran_into_its_label_is_read_as_a_guess(rapid_engine, tmp_path):
    build(PACKET, SEED, str(tmp_path))
    documents = read_alone(rapid_engine, tmp_path, f"r{PACKET:03d}", FILE)
    number = next(d for d in documents if d.type == "id_card").fields["id_number"]
    assert number.value == truth_field(tmp_path, f"r{PACKET:03d}", "id_card", "id_number")
    assert number.confidence < CERTAIN_FLOOR
