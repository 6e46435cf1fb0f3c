"""Outsider AD's ad034, drawn again by its generator: a phone photo of a 聘用合同 whose employee ID number was
mistyped (…199011062824 fails its check digit). The first reading reads every figure surely; a second look must read
the same figures again for the number to stand as the page's own mistake (an error: the office refuses it) rather
than a possible misreading (a warning). The second look's crop, padded above and below, once gave the recogniser
too few steps for the doubled 11, which it merged (19901), and the mistake was only ever doubted."""
from rules.fields import CERTAIN_FLOOR
from samples.outsider_ad.packet import write_packet
from tests.live_ocr.redrawn import read_alone, truth_field

PACKET, SEED, FILE = 34, "6607", "IMG_2652.HEIC"


def test_a_mistyped_id_number_read_again_figure_for_figure_stands_as_printed(rapid_engine, tmp_path):
    write_packet(SEED, PACKET, str(tmp_path))
    documents = read_alone(rapid_engine, tmp_path, f"ad{PACKET:03d}", FILE)
    number = next(d for d in documents if d.type == "labour_contract").fields["employee_id_number"]
    assert number.value == truth_field(tmp_path, f"ad{PACKET:03d}", "labour_contract", "employee_id_number")
    assert number.value == "420106199011062824"  # fails GB 11643's check digit as drawn
    assert number.confidence >= CERTAIN_FLOOR
