"""The back of a 居住证 renewed once (outsider R's r010): its 签注 table holds two endorsements, 2021.06.17 | 2024.06.16
over 2024.06.17 | 2027.06.16. The card is valid to the last 有效期至, not the first. The lines are the recogniser's own
reading of that photo."""
from extractors.doctypes import residence_permit
from extractors.reading.fields import Reader
from extractors.reading.text import make_line
from precheck.core.model import OcrLine, PageRef

REF = PageRef(file="居住证背面.jpg", page=1)
BACK = [("签注信息", 0.509, 0.299, 0.620, 0.353), ("签注日期", 0.454, 0.355, 0.526, 0.398),
        ("有效期至", 0.609, 0.378, 0.680, 0.420), ("2021.06.17", 0.443, 0.395, 0.532, 0.436),
        ("2024.06.16", 0.598, 0.417, 0.686, 0.459), ("2024.06.17", 0.440, 0.434, 0.529, 0.476),
        ("2027.06.16", 0.594, 0.454, 0.684, 0.499), ("本证仅限持证人本人使用，请妥善保管", 0.381, 0.599, 0.612, 0.660)]


def labelled_fields_of(lines):
    reader = Reader(lines, residence_permit.FIELDS, residence_permit.EXTRA_LABELS)
    return reader.read_all(), reader


def test_the_card_is_valid_to_its_latest_endorsement():
    lines = [make_line(OcrLine(text=t, bbox=box, confidence=1.0), REF, 0, 0.63) for t, *box in BACK]
    fields, reader = labelled_fields_of(lines)
    assert fields["valid_until"].value == "2024-06-16"  # the first endorsement, under its title
    residence_permit._latest_endorsement(fields, reader)
    assert fields["valid_until"].value == "2027-06-16" and fields["valid_from"].value == "2024-06-17"
    assert fields["valid_until"].confidence >= 0.9
