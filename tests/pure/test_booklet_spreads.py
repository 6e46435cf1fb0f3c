"""Open 户口簿 spreads and their cells from hand-made lines: the fold of a booklet photographed at a slant is narrower
than the gaps between one form's columns, a label printed over two lines of its cell is still a label, and a second
look whose crop reached into the label beside the value gives the label's characters back."""
from extractors.doctypes import household_register_cover as cover
from extractors.doctypes import household_register_member as member
from extractors.reading.fields import Reader
from extractors.reading.text import make_line
from precheck.core.model import OcrLine, PageRef
from precheck.pipeline.classify import classify_page

REF = PageRef(file="booklet.jpg", page=1)


def ocr(rows):
    return [OcrLine(text=text, bbox=box, confidence=0.99) for text, box in rows]


def lines(rows, aspect=0.75):
    return [make_line(line, REF, 0, aspect) for line in ocr(rows)]


# A 首页 and a 本人页 side by side on one photo: the fold between them (0.372 to 0.392) is narrower than the gap
# between the 首页's label column and its values (0.110 to 0.144).
SPREAD_COVER = [("常住人口登记簿", (0.185, 0.316, 0.322, 0.347)), ("户别", (0.075, 0.370, 0.110, 0.400)),
                ("家庭户", (0.144, 0.373, 0.185, 0.399)), ("户主姓名", (0.259, 0.372, 0.309, 0.402)),
                ("向丽", (0.327, 0.376, 0.356, 0.400)), ("户号", (0.077, 0.426, 0.108, 0.450)),
                ("674161526", (0.145, 0.429, 0.205, 0.450)), ("住址", (0.075, 0.480, 0.108, 0.507)),
                ("江苏省南京市玄武区新华路334号", (0.147, 0.483, 0.330, 0.504)), ("户口登记", (0.073, 0.526, 0.119, 0.548)),
                ("承办人", (0.260, 0.524, 0.298, 0.550)), ("机关盖章", (0.071, 0.546, 0.119, 0.571)),
                ("签章", (0.261, 0.547, 0.299, 0.570)), ("签发日期：2020年9月6日", (0.232, 0.595, 0.372, 0.619))]
SPREAD_MEMBER = [("常住人口登记卡", (0.520, 0.314, 0.624, 0.342)), ("姓名", (0.392, 0.353, 0.415, 0.373)),
                 ("向丽", (0.416, 0.350, 0.440, 0.373)), ("户主或与户主关系", (0.580, 0.354, 0.654, 0.377)),
                 ("出生地", (0.396, 0.408, 0.427, 0.427)), ("江苏省南京市", (0.428, 0.406, 0.495, 0.427)),
                 ("籍贯", (0.398, 0.436, 0.420, 0.455)), ("出生日期", (0.588, 0.439, 0.629, 0.457)),
                 ("公民身份证件编号", (0.401, 0.491, 0.474, 0.511)), ("文化程度", (0.594, 0.517, 0.639, 0.543)),
                 ("婚姻状况", (0.404, 0.548, 0.449, 0.570)), ("服务处所", (0.406, 0.577, 0.449, 0.599)),
                 ("何时由何地迁来", (0.407, 0.599, 0.471, 0.620)), ("本市(县)", (0.408, 0.614, 0.445, 0.632)),
                 ("何时由何地迁来本址", (0.409, 0.634, 0.493, 0.655)), ("承办人签章", (0.411, 0.662, 0.487, 0.688)),
                 ("登记日期", (0.610, 0.666, 0.652, 0.684))]


def test_an_open_booklet_photographed_at_a_slant_is_cut_at_its_narrow_fold():
    parts = classify_page(ocr(SPREAD_COVER + SPREAD_MEMBER))
    found = {part.classification.type_id: [line.text for line in part.lines] for part in parts}
    assert sorted(found) == ["household_register_cover", "household_register_member"]
    assert "户主姓名" in found["household_register_cover"] and "户别" in found["household_register_cover"]
    assert "常住人口登记卡" in found["household_register_member"]


def test_a_grids_label_column_is_never_cut_from_its_values_though_each_side_names_a_type():
    """A 居住证 printout: the label column (公民身份号码 names an ID card) stands a narrow band left of the values."""
    rows = [("上海市居住证签注信息单", (0.317, 0.076, 0.683, 0.100)), ("打印日期：2026年04月16日", (0.095, 0.116, 0.272, 0.126))]
    grid = [("姓名", "罗玲艳"), ("证件类型", "居民身份证"), ("公民身份号码", "340104198101267560"), ("性别", "女"),
            ("常住户口所在地住址", "安徽省合肥市蜀山区文化路218号"), ("居住地址", "上海市松江区虹桥路578弄39号"),
            ("签注日期", "2026-04-14"), ("有效期限起", "2026-04-14"), ("有效期限止", "2027-04-13")]
    for index, (label, value) in enumerate(grid):
        y = 0.158 + 0.03 * index
        rows += [(label, (0.105, y, 0.105 + 0.018 * len(label), y + 0.013)), (value, (0.338, y, 0.338 + 0.011 * len(value), y + 0.013))]
    parts = classify_page(ocr(rows))
    assert [part.classification.type_id for part in parts] == ["residence_permit"]


def test_a_label_printed_over_two_lines_of_its_cell_ends_the_value_above_it():
    """户口登记 | 机关盖章 under the 住址 row is the label 户口登记机关 opened, not the address going on; and 何时由何地迁来 |
    本市(县) under a blank 服务处所 is a label, no employer."""
    found = Reader(lines(SPREAD_COVER), cover.FIELDS, cover.EXTRA_LABELS).read_all()
    assert found["address"].value == "江苏省南京市玄武区新华路334号"
    found = Reader(lines(SPREAD_MEMBER), member.FIELDS, member.EXTRA_LABELS).read_all()
    assert "employer" not in found
    assert found["name"].value == "向丽"


def test_a_second_look_whose_crop_took_in_the_end_of_the_label_beside_the_value_drops_it():
    """姓名 set tight against its value: the boxes overlap, and a crop of the value holds the label's 名."""
    rows = [("常住人口登记卡", (0.354, 0.159, 0.556, 0.212)), ("姓名", (0.083, 0.222, 0.135, 0.270)),
            ("钟海娟", (0.124, 0.219, 0.200, 0.267)), ("性别", (0.453, 0.286, 0.490, 0.338)), ("男", (0.507, 0.286, 0.534, 0.338))]

    def reread(ref, bbox, tilt=0.0, scale=1.0):
        text = "名钟海娟" if abs(bbox[0] - 0.124) < 1e-6 else "?"
        return OcrLine(text=text, bbox=bbox, confidence=0.99, char_confidences=[0.99] * len(text))

    found = Reader(lines(rows), member.FIELDS, member.EXTRA_LABELS, reread=reread).read_all()
    assert found["name"].value == "钟海娟"
    assert not found["name"].alternatives


def test_the_native_place_whose_label_was_misread_is_found_under_a_birthplace_read_on_its_labels_line():
    """出生地湖北省武汉市 read as one line: the value's column starts where the value does, not where its label does;
    籍贯 read as 箱贯 names nothing, and the value under the birthplace's is the native place, as a guess."""
    rows = [("常住人口登记卡", (0.653, 0.371, 0.769, 0.406)), ("姓名", (0.514, 0.415, 0.539, 0.434)),
            ("韦军浩", (0.537, 0.413, 0.575, 0.435)), ("出生地湖北省武汉市", (0.514, 0.467, 0.617, 0.494)),
            ("箱贯", (0.517, 0.499, 0.539, 0.519)), ("湖北省武汉市", (0.537, 0.495, 0.610, 0.523)),
            ("公民身份证件编号", (0.515, 0.553, 0.589, 0.577))]
    reader = Reader(lines(rows, aspect=1080 / 1440), member.FIELDS, member.EXTRA_LABELS)
    found = reader.read_all()
    assert found["birthplace"].value == "湖北省武汉市"
    native = member.value_under(found["birthplace"], reader, member.parse_native_place)
    assert native.value == "湖北省武汉市"


# An open booklet photographed at an angle (outsider N, n020): the fold leans, so the 本人页's lines start further
# right the lower they stand (0.525 at the top, 0.546 near the foot) while the 首页's date near the foot reaches 0.515:
# no straight band parts them, a band leaning with the fold does.
LEANING_SPREAD = [
    ("常住人口登记卡", (0.624, 0.124, 0.745, 0.163)), ("户口簿", (0.282, 0.174, 0.354, 0.217)),
    ("户主或与户主关系 次女", (0.691, 0.180, 0.791, 0.209)), ("姓名 陆建语", (0.525, 0.193, 0.593, 0.225)),
    ("性别女", (0.692, 0.235, 0.740, 0.265)), ("曾用名", (0.529, 0.252, 0.562, 0.276)),
    ("户主姓名 陆玲", (0.320, 0.265, 0.406, 0.303)), ("户别家庭户", (0.164, 0.277, 0.253, 0.314)),
    ("民族 汉", (0.695, 0.290, 0.743, 0.319)), ("出生地 广西壮族自治区南宁市", (0.530, 0.295, 0.680, 0.330)),
    ("出生日期 1989年7月20日", (0.700, 0.340, 0.822, 0.372)), ("户号 784650518", (0.164, 0.352, 0.272, 0.384)),
    ("籍贯 广西壮族自治区南宁市", (0.531, 0.350, 0.674, 0.386)), ("宗教信仰", (0.701, 0.400, 0.749, 0.430)),
    ("本市(县)其他住址", (0.533, 0.413, 0.606, 0.440)),
    ("广西壮族自治区南宁市青秀区青年路138号14", (0.207, 0.426, 0.468, 0.470)), ("身高", (0.773, 0.453, 0.802, 0.481)),
    ("住址", (0.164, 0.456, 0.207, 0.488)), ("幢1192室", (0.205, 0.462, 0.266, 0.495)),
    ("公民身份证件编号 450103198907206280", (0.536, 0.461, 0.716, 0.496)), ("文化程度 大学本科", (0.708, 0.509, 0.809, 0.543)),
    ("血型", (0.537, 0.529, 0.565, 0.557)), ("承办人签章", (0.324, 0.536, 0.382, 0.567)),
    ("户口登记机关", (0.164, 0.547, 0.232, 0.578)), ("及签章", (0.164, 0.572, 0.203, 0.602)),
    ("兵役状况", (0.711, 0.570, 0.760, 0.602)), ("婚姻状况 已婚", (0.539, 0.583, 0.618, 0.614)),
    ("钱泽玲", (0.357, 0.608, 0.405, 0.641)), ("职业", (0.784, 0.630, 0.814, 0.658)),
    ("服务处所 卓越文化传媒(上海)有限公司", (0.543, 0.635, 0.742, 0.676)), ("何时由何地迁来本址", (0.721, 0.697, 0.804, 0.727)),
    ("何时由何地迁来本市(县)", (0.546, 0.711, 0.644, 0.740)), ("签发日期：", (0.320, 0.749, 0.377, 0.782)),
    ("2011年8月27日", (0.389, 0.738, 0.515, 0.775)), ("登记日期", (0.722, 0.756, 0.770, 0.785)),
    ("承办人签章", (0.546, 0.769, 0.602, 0.799)), ("2009年11月6日", (0.759, 0.789, 0.844, 0.821)),
    ("钱泽玲", (0.600, 0.803, 0.647, 0.837))]


def test_an_open_booklet_whose_fold_leans_is_still_its_two_pages():
    parts = classify_page(ocr(LEANING_SPREAD))
    assert sorted(part.classification.type_id for part in parts) == ["household_register_cover", "household_register_member"]
    cover_part = next(part for part in parts if part.classification.type_id == "household_register_cover")
    assert {line.text for line in cover_part.lines} >= {"户号 784650518", "2011年8月27日", "幢1192室"}
    assert not any(line.text.startswith("姓名") for line in cover_part.lines)
