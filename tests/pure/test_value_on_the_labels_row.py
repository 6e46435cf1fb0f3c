"""An app's 收入纳税明细 header (outsider Q): each value flush right on its label's row, and under 查询时间's date a
所得期间 range that reaches further left. The value is the one on the label's own row, not the line below it."""
from extractors.doctypes import tax_record
from extractors.reading.fields import Reader
from extractors.reading.text import make_line
from precheck.core.model import OcrLine, PageRef

REF = PageRef(file="mmexport1795717529000.jpg", page=1)
# the recogniser's own lines from q005's screenshot (1080 × 2340)
SCREEN = [("收入纳税明细", 0.354, 0.053, 0.646, 0.080), ("姓名", 0.071, 0.113, 0.168, 0.140),
          ("苏静志", 0.786, 0.113, 0.928, 0.141), ("证件号码", 0.076, 0.162, 0.244, 0.186),
          ("140105********2943", 0.529, 0.161, 0.924, 0.188), ("查询时间", 0.075, 0.207, 0.247, 0.234),
          ("2026-11-28", 0.700, 0.211, 0.922, 0.234), ("所得期间", 0.072, 0.256, 0.247, 0.282),
          ("2025-11-01至2026-10-31", 0.456, 0.259, 0.918, 0.281), ("2026年10月", 0.078, 0.336, 0.331, 0.360)]


def test_the_date_on_the_labels_row_is_its_value_not_the_range_below_reaching_further_left():
    lines = [make_line(OcrLine(text=t, bbox=box, confidence=1.0), REF, 0, 2340 / 1080) for t, *box in SCREEN]
    read = Reader(lines, tax_record.FIELDS).read_all()
    assert read["issue_date"].value == "2026-11-28"
    assert read["name"].value == "苏静志"
