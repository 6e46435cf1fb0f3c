"""A 户号 too long for its narrow cell runs on under its start (outsider R: 14353816 over 8, on a grey scan of the
户口簿's 首页). The lines are the recogniser's own reading of r006's page."""
from extractors.doctypes import household_register_cover
from extractors.reading.fields import Reader
from extractors.reading.text import make_line
from precheck.core.model import OcrLine, PageRef

REF = PageRef(file="户口本复印件.png", page=1)
COVER = [("常住人口登记簿", 0.390, 0.055, 0.595, 0.083), ("户别", 0.318, 0.114, 0.364, 0.135),
         ("家庭户", 0.383, 0.112, 0.450, 0.135), ("户主姓名", 0.497, 0.112, 0.573, 0.131), ("付睿", 0.573, 0.112, 0.624, 0.133),
         ("14353816", 0.386, 0.152, 0.483, 0.171), ("户号", 0.319, 0.162, 0.364, 0.183), ("8", 0.385, 0.170, 0.406, 0.190),
         ("江苏省南京市玄武区双河镇杨湾村", 0.386, 0.209, 0.673, 0.231), ("住址", 0.320, 0.221, 0.366, 0.242),
         ("10组7号", 0.387, 0.230, 0.465, 0.249)]


def read(items):
    lines = [make_line(OcrLine(text=t, bbox=box, confidence=1.0), REF, 0, 1.414) for t, *box in items]
    reader = Reader(lines, household_register_cover.FIELDS)
    fields = reader.read_all()
    household_register_cover._household_number_run_on(fields, reader)
    return fields["household_number"].value


def test_the_digit_under_the_numbers_start_ends_it():
    assert read(COVER) == "143538168"


def test_a_digit_elsewhere_is_no_part_of_it():
    moved = [item if item[0] != "8" else ("8", 0.440, 0.170, 0.461, 0.190) for item in COVER]
    assert read(moved) == "14353816"
