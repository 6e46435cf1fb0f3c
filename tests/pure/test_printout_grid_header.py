"""A 居住证信息 printout from the 一网通办 site set as a four-column grid (项目 | 内容 | 项目 | 内容), photocopied: the
header's 项目 stands so close above 姓名 that their boxes overlap. The header's words are column titles, never a
value (lines as OCR placed them on such a page; the person is invented)."""
from extractors.doctypes import residence_permit
from precheck.core.model import OcrLine, PageRef, PageSource, PageText
from precheck.pipeline.classify import classify_page
from precheck.pipeline.grouping import PlacedPart, group_documents

PRINTOUT = [
    ("上海市“一网通办”", 0.058, 0.017, 0.162, 0.033), ("2026/11/16 17:38:00", 0.818, 0.019, 0.935, 0.032),
    ("查询人：韩立新", 0.055, 0.075, 0.173, 0.095), ("项目", 0.098, 0.118, 0.153, 0.145),
    ("项目", 0.534, 0.119, 0.59, 0.144), ("内容", 0.751, 0.118, 0.806, 0.145), ("姓名", 0.06, 0.142, 0.114, 0.168),
    ("韩立新", 0.19, 0.14, 0.267, 0.169), ("证件号码", 0.498, 0.145, 0.587, 0.167),
    ("410105199002085117", 0.626, 0.146, 0.818, 0.166), ("常住户口所在", 0.061, 0.168, 0.194, 0.192),
    ("河南省郑州市金水区花园路232弄", 0.189, 0.168, 0.494, 0.192), ("居住地址", 0.495, 0.167, 0.589, 0.193),
    ("上海市静安区虹梅路2916弄50号1", 0.631, 0.17, 0.925, 0.192), ("地住址", 0.061, 0.183, 0.195, 0.21),
    ("12号1098室", 0.191, 0.186, 0.303, 0.208), ("742室", 0.626, 0.188, 0.688, 0.208),
    ("2026-09-07", 0.191, 0.213, 0.303, 0.233), ("有效期限", 0.498, 0.212, 0.587, 0.233),
    ("2026.09.07至2027.09.06", 0.625, 0.212, 0.857, 0.234), ("证件状态", 0.06, 0.236, 0.154, 0.26),
    ("有效", 0.189, 0.235, 0.245, 0.261), ("签发机关", 0.496, 0.236, 0.588, 0.26),
    ("上海市公安局", 0.629, 0.237, 0.756, 0.26), ("本页信息仅供参考，以证件登记为准。", 0.056, 0.264, 0.286, 0.283),
]


def _permit_fields(placed):
    lines = [OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=0.99) for t, x0, y0, x1, y1 in placed]
    page = PageText(ref=PageRef(file="scan.pdf", page=2), source=PageSource.ocr, width=1240, height=1754, lines=lines)
    (permit,) = [d for d in group_documents([PlacedPart(page, part) for part in classify_page(page.lines)])
                 if d.type_id == "residence_permit"]
    fields, _ = residence_permit.extract(permit, None)
    return fields


def test_a_grids_header_word_standing_over_the_name_label_is_never_the_name():
    fields = _permit_fields(PRINTOUT)
    assert fields["hukou_address"].value == "河南省郑州市金水区花园路232弄12号1098室"
    assert fields["name"].value == "韩立新"  # the header word over the label's row is passed over, not taken


# The same printout where the label wraps after 所 and OCR reads the hukou address's first line together with the
# next column's label (…天目山路373居住地址): the label's two lines name the field, the value stops at the next label
# and goes on under itself, beside the label's second line.
WRAPPED_LABEL = [
    ("居住证信息查询结果", 0.387, 0.044, 0.619, 0.07), ("项目", 0.107, 0.102, 0.156, 0.122), ("内容", 0.32, 0.101, 0.373, 0.124),
    ("项目", 0.537, 0.104, 0.586, 0.125), ("内容", 0.754, 0.105, 0.803, 0.126), ("姓名", 0.066, 0.124, 0.117, 0.148),
    ("苏明", 0.194, 0.124, 0.248, 0.148), ("证件号码", 0.499, 0.127, 0.589, 0.148),
    ("330106199105066913", 0.627, 0.129, 0.854, 0.148), ("常住户口所", 0.068, 0.15, 0.178, 0.171),
    ("浙江省杭州市西湖区天目山路373居住地址", 0.195, 0.15, 0.588, 0.173), ("上海市闵行区共康路431弄30号14", 0.629, 0.152, 0.942, 0.174),
    ("在地住址", 0.068, 0.166, 0.158, 0.188), ("弄16号1433室", 0.197, 0.169, 0.338, 0.188), ("62室", 0.627, 0.17, 0.681, 0.191),
    ("签发日期", 0.067, 0.192, 0.158, 0.214), ("2024-11-28", 0.197, 0.196, 0.314, 0.213), ("有效期限", 0.498, 0.195, 0.587, 0.216),
    ("2024.11.28至2027.11.27", 0.629, 0.198, 0.873, 0.216), ("证件状态", 0.065, 0.215, 0.156, 0.24), ("有效", 0.193, 0.217, 0.246, 0.24),
]


def test_a_label_wrapped_in_its_grid_cell_names_its_field():
    fields = _permit_fields(WRAPPED_LABEL)
    assert fields["hukou_address"].value == "浙江省杭州市西湖区天目山路373弄16号1433室"
    assert fields["residence_address"].value == "上海市闵行区共康路431弄30号1462室"
    assert fields["name"].value == "苏明" and fields["issue_date"].value == "2024-11-28"
