"""A 户口簿 首页 scanned grey with the seal's ring over its 住址 (outsider R's r007): the recogniser read the first line
of the address twice over, 浙江省温州市鹿城 and, overlapping it, 成区云台大道29; the address read without the second is
short of 区云台大道29. Read that way it must stay doubtful, never the ground of an error. The lines are the recogniser's
own reading of that page."""
from extractors.doctypes import household_register_cover
from extractors.reading.fields import doubt_cut_addresses, Reader
from extractors.reading.text import make_line
from precheck.core.model import OcrLine, PageRef

REF = PageRef(file="户口本.pdf", page=1)
COVER = [("户主页", 0.369, 0.073, 0.616, 0.126), ("户别", 0.144, 0.198, 0.235, 0.237), ("家庭户", 0.300, 0.193, 0.430, 0.235),
         ("户主姓名", 0.113, 0.303, 0.265, 0.338), ("杜斌源", 0.302, 0.299, 0.436, 0.338), ("户号", 0.147, 0.404, 0.233, 0.443),
         ("672827127", 0.303, 0.405, 0.496, 0.435), ("浙江省温州市鹿城", 0.308, 0.508, 0.642, 0.544),
         ("成区云台大道29", 0.617, 0.503, 0.887, 0.543), ("住址", 0.147, 0.526, 0.238, 0.566),
         ("号院9号楼2312号", 0.308, 0.542, 0.619, 0.581), ("户口登记机关及印章", 0.112, 0.634, 0.408, 0.665)]


def address(items):
    lines = [make_line(OcrLine(text=t, bbox=box, confidence=1.0), REF, 0, 1.414) for t, *box in items]
    fields = Reader(lines, household_register_cover.FIELDS).read_all()
    doubt_cut_addresses(fields, ("address",), lines)
    return fields["address"]


def test_an_address_read_past_a_line_overlapping_it_is_doubtful():
    value = address(COVER)
    assert value.value == "浙江省温州市鹿城号院9号楼2312号"  # the reading that left the overlapping piece out
    assert value.guessed and value.confidence < 0.8


def test_an_address_with_nothing_overlapping_it_stays_sure():
    whole = [item for item in COVER if item[0] != "成区云台大道29"]
    whole = [item if item[0] != "浙江省温州市鹿城" else ("浙江省温州市鹿城区云台大道29", 0.308, 0.508, 0.887, 0.544) for item in whole]
    value = address(whole)
    assert value.value == "浙江省温州市鹿城区云台大道29号院9号楼2312号" and not value.guessed
