"""Outsider R's r019, drawn again by its generator: a phone photo of an ID card whose number is set so tight against
公民身份号码 that the recogniser reads its first digit, 4, as part of 码 and keeps 17 digits. The check character
admits one first digit, which stays a guess while no reading has seen it (tests/pure/test_extract_values.py). The
number's second look is a crop levelled by the line's own slope (0.155, the page's median tilt being 0.116: the card
lies at an angle in the photo), and that crop reads all 18 digits, the 4 at 0.95: the digit was seen on the page, so
the number is read surely. (Levelled by the page's tilt, as before, the crop read 17 digits again.)"""
from rules.fields import CERTAIN_FLOOR
from samples.outsider_r.packet import build
from tests.live_ocr.redrawn import read_alone, truth_field

PACKET, SEED, FILE = 19, 8803, "IMG_20261129_122134.jpg"


def test_a_number_whose_first_digit_ran_into_its_label_is_read_whole_by_a_crop_along_its_own_slope(rapid_engine,
                                                                                                   tmp_path):
    build(PACKET, SEED, str(tmp_path))
    documents = read_alone(rapid_engine, tmp_path, f"r{PACKET:03d}", FILE)
    number = next(d for d in documents if d.type == "id_card").fields["id_number"]
    assert number.value == truth_field(tmp_path, f"r{PACKET:03d}", "id_card", "id_number")
    assert number.confidence >= CERTAIN_FLOOR and not number.guessed
    assert number.evidence.text == number.value  # all 18 digits were read, none inferred
