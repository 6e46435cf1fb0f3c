"""Layouts first met in outsider V (paper as people photograph it), given as the OCR read them from its pages."""
from extractors.doctypes import residence_permit as permit
from extractors.reading.fields import Reader
from extractors.reading.text import make_line
from precheck.core.model import OcrLine, PageRef

REF = PageRef(file="IMG_20261118_220728.jpg", page=1)


def test_a_long_value_on_a_tilted_photo_is_no_seal_though_its_box_is_twice_its_labels_height():
    """v035, a photo of the 居住证信息 page tilted 0.093: the 户籍所在地 address, long, stands in a box 0.058 high beside
    a label 0.025 high, and was passed over as a seal's arc; the address was read from a crop, cut short."""
    tilt = 0.09255
    recorded = [("出生日期", (0.237, 0.282, 0.305, 0.307)), ("1998年01月18日", (0.391, 0.296, 0.504, 0.323)),
                ("户籍所在地", (0.233, 0.315, 0.313, 0.340)),
                ("辽宁省沈阳市和平区兰溪南路194号（人才服务中心集体户）", (0.385, 0.327, 0.770, 0.385)),
                ("居住地住址", (0.227, 0.352, 0.308, 0.377)), ("上海市徐汇区望江路228弄18号2504室", (0.384, 0.365, 0.639, 0.408))]
    lines = [make_line(OcrLine(text=text, bbox=box, confidence=0.99), REF, 0, 4000 / 3000, tilt) for text, box in recorded]
    read = Reader(lines, permit.FIELDS, permit.EXTRA_LABELS).read_all()
    assert read["hukou_address"].value == "辽宁省沈阳市和平区兰溪南路194号(人才服务中心集体户)"
    assert read["residence_address"].value == "上海市徐汇区望江路228弄18号2504室"


def test_a_three_line_address_whose_last_line_stands_beside_its_label_is_read_from_its_first():
    """v029, a photo of a hand-filled 户口簿 首页 tilted -0.086: the 住址 cell's three lines stand above and right of the
    label, only 号101室 level with it. The address was read from the second line: 区嘉禾西路257弄41号101室."""
    from extractors.doctypes import household_register_cover as cover
    ref = PageRef(file="IMG_20261215_214945.JPG", page=1)
    recorded = [("户口簿", (0.360, 0.174, 0.514, 0.229)), ("江欣思", (0.515, 0.236, 0.600, 0.270)),
                ("户主姓名", (0.418, 0.252, 0.504, 0.286)), ("家庭户", (0.249, 0.272, 0.328, 0.306)),
                ("户别", (0.182, 0.283, 0.233, 0.309)), ("河北省石家庄市长安", (0.520, 0.269, 0.730, 0.312)),
                ("区嘉禾西路257弄41", (0.523, 0.288, 0.726, 0.329)), ("号101室", (0.527, 0.318, 0.619, 0.346)),
                ("住址", (0.444, 0.337, 0.501, 0.367)), ("097554447", (0.259, 0.352, 0.388, 0.388)),
                ("承办人签章", (0.559, 0.404, 0.674, 0.438)), ("户口登记机关", (0.258, 0.439, 0.385, 0.473))]
    lines = [make_line(OcrLine(text=text, bbox=box, confidence=0.99), ref, 0, 4000 / 3000, -0.08591)
             for text, box in recorded]
    read = Reader(lines, cover.FIELDS).read_all()
    assert read["address"].value == "河北省石家庄市长安区嘉禾西路257弄41号101室"
    assert read["head_name"].value == "江欣思"


def test_a_box_read_into_the_gap_of_a_letter_spaced_label_still_names_it():
    """v031, a photo of a 户籍证明 whose 姓 名 label is spaced apart: OCR read 姓☑名, and the name went unread."""
    from extractors.doctypes import collective_hukou_certificate as certificate
    ref = PageRef(file="IMG_5772.heic", page=1)
    recorded = [("户籍证明", (0.445, 0.196, 0.595, 0.238)), ("经查，下列人员户籍登记信息如下:", (0.243, 0.257, 0.472, 0.297)),
                ("姓☑名", (0.276, 0.302, 0.342, 0.327)), ("汤萍娜", (0.370, 0.312, 0.425, 0.334)),
                ("公民身份号码", (0.264, 0.337, 0.352, 0.360)), ("430521199904050941", (0.370, 0.348, 0.505, 0.377))]
    lines = [make_line(OcrLine(text=text, bbox=box, confidence=0.99), ref, 0, 4000 / 3000) for text, box in recorded]
    read = Reader(lines, certificate.FIELDS, certificate.EXTRA_LABELS).read_all()
    assert read["name"].value == "汤萍娜" and read["id_number"].value == "430521199904050941"


def test_an_address_whose_middle_line_was_taken_as_beside_its_label_is_read_from_its_first_line_to_its_last():
    """V0's v011, a photo of a 户口簿 首页 tilted -0.082, the 住址 cell's three lines set close: the middle one was taken
    as the line beside the label, and the address read 新华街52弄17号, its opening and its room lost."""
    from extractors.doctypes import household_register_cover as cover
    ref = PageRef(file="PXL_20261204_131702343.jpg", page=1)
    recorded = [("户口簿", (0.468, 0.158, 0.546, 0.182)), ("侯梅桐", (0.540, 0.190, 0.585, 0.209)),
                ("户别", (0.371, 0.203, 0.399, 0.217)), ("家庭户", (0.406, 0.198, 0.452, 0.218)),
                ("户主姓名", (0.492, 0.194, 0.539, 0.213)), ("湖北省武汉市武昌区", (0.542, 0.208, 0.640, 0.228)),
                ("新华街52弄17号", (0.543, 0.217, 0.642, 0.237)), ("403室", (0.543, 0.230, 0.590, 0.246)),
                ("住址", (0.502, 0.237, 0.532, 0.253)), ("户号", (0.374, 0.245, 0.400, 0.259)),
                ("655863816", (0.409, 0.242, 0.467, 0.258))]
    lines = [make_line(OcrLine(text=text, bbox=box, confidence=0.99), ref, 0, 4000 / 3000, -0.08195)
             for text, box in recorded]
    assert Reader(lines, cover.FIELDS).read_all()["address"].value == "湖北省武汉市武昌区新华街52弄17号403室"


def test_a_long_value_under_its_label_on_a_tilted_photo_is_below_it_though_its_box_reaches_higher():
    """V0's v014, a chat photo of a 居住证信息 list (each label over its value) tilted 0.078: the long 常住户口所在地住址
    value's box starts above its label's, and no line was found under the label."""
    ref = PageRef(file="1796379563402.jpg", page=1)
    recorded = [("出生日期", (0.154, 0.341, 0.223, 0.362)), ("1980.03.17", (0.150, 0.359, 0.260, 0.387)),
                ("常住户口所在地住址", (0.151, 0.386, 0.290, 0.411)),
                ("四川省凉山彝族自治州西昌市金桥东路281号（人才服务中心集体户）", (0.147, 0.402, 0.734, 0.467)),
                ("现居住地址", (0.146, 0.428, 0.229, 0.451)), ("上海市虹口区文昌路972号6幢504室", (0.146, 0.446, 0.461, 0.489))]
    lines = [make_line(OcrLine(text=text, bbox=box, confidence=0.99), ref, 0, 3000 / 2000, 0.07816)
             for text, box in recorded]
    read = Reader(lines, permit.FIELDS, permit.EXTRA_LABELS).read_all()
    assert read["hukou_address"].value == "四川省凉山彝族自治州西昌市金桥东路281号(人才服务中心集体户)"
    assert read["residence_address"].value == "上海市虹口区文昌路972号6幢504室"


def test_an_address_cell_whose_next_line_stands_a_hair_left_goes_on_to_its_last_line():
    """v006, a chat photo of a 首页: the 住址 cell's second line starts 0.001 left of its first, so it was taken as the
    next row carrying the address on (a spill), and the following wrap stopped there: …马坊村12组18, its 号 lost."""
    from extractors.doctypes import household_register_cover as cover
    ref = PageRef(file="微信图片_20261018131211_16.jpg", page=1)
    recorded = [("户主页", (0.386, 0.160, 0.523, 0.209)), ("户别", (0.148, 0.273, 0.206, 0.302)),
                ("家庭户", (0.229, 0.265, 0.320, 0.300)), ("户主姓名", (0.429, 0.261, 0.526, 0.291)),
                ("叶春", (0.542, 0.259, 0.607, 0.289)), ("江西省南昌市东湖区长", (0.550, 0.345, 0.792, 0.369)),
                ("户号", (0.160, 0.376, 0.216, 0.403)), ("645071086", (0.240, 0.371, 0.367, 0.400)),
                ("住址", (0.452, 0.366, 0.512, 0.396)), ("岭镇马坊村12组18", (0.549, 0.369, 0.789, 0.392)),
                ("号", (0.550, 0.391, 0.582, 0.416)), ("户口登记机关", (0.239, 0.469, 0.375, 0.497))]
    lines = [make_line(OcrLine(text=text, bbox=box, confidence=0.99), ref, 0, 1359 / 1019, -0.02737)
             for text, box in recorded]
    assert Reader(lines, cover.FIELDS).read_all()["address"].value == "江西省南昌市东湖区长岭镇马坊村12组18号"


def test_a_date_printed_without_zeros_keeps_each_digits_confidence_in_its_place():
    """v038, a scanned model contract: 自2024年9月1日起 with its day's 1 read at 0.586. The value 2024-09-01 had no
    confidence per character, so nothing said the doubt lay only in the day, and a five-year term was left undecided."""
    from extractors.reading.fields import date_char_confidences
    text = "2024年9月1日"
    read = [0.98, 0.99, 0.99, 0.85, 0.97, 0.86, 0.98, 0.586, 0.99]
    assert date_char_confidences(text, read, "2024-09-01") == [0.98, 0.99, 0.99, 0.85, 0.85, 0.86, 0.86, 0.86, 0.586,
                                                               0.586]
    assert date_char_confidences("2024.09.01", [0.9] * 10, "2024-09-01") == [0.9] * 10
    assert date_char_confidences("二〇二四年九月一日", [0.9] * 9, "2024-09-01") is None  # numerals map to no digits


def test_the_id_cards_title_over_its_authority_is_no_part_of_the_authority():
    """Outsider W w004, w008: an A4 copy of both faces; on the back, 居民身份证 stands over the 签发机关 value, in line
    with it, and was read as the authority's first line (居民身份证杭州市公安局西湖区分局)."""
    fields = _card_back_fields(("签发机关", 0.597, 0.249, 0.643, 0.263), ("杭州市公安局西湖区分局", 0.648, 0.248, 0.773, 0.268))
    assert fields["issuing_authority"].value == "杭州市公安局西湖区分局"


def _card_back_fields(*authority_lines):
    """The fields read from an ID card's back whose 签发机关 row reads as given."""
    from extractors.doctypes import id_card
    from precheck.core.model import PageSource, PageText
    from precheck.pipeline.classify import classify_page
    from precheck.pipeline.grouping import group_documents, PlacedPart
    back = [("中华人民共和国", 0.640, 0.150, 0.820, 0.185), ("居民身份证", 0.650, 0.192, 0.807, 0.227), *authority_lines,
            ("有效期限", 0.593, 0.267, 0.641, 0.283), ("2019.05.06-2039.05.06", 0.648, 0.266, 0.790, 0.285)]
    page = PageText(ref=PageRef(file="doc.jpg", page=1), source=PageSource.ocr, width=2480, height=3508,
                    lines=[OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=0.99) for t, x0, y0, x1, y1 in back])
    [draft] = group_documents([PlacedPart(page, part) for part in classify_page(page.lines)])
    fields, _ = id_card.extract(draft, None)
    return fields


def test_a_letters_address_cut_at_its_line_end_is_taken_whole_from_its_running_text():
    """Outsider W w035, a photo of a 户籍证明: 户籍地址：河南省郑州市金水区兴 | 业街93号(…集体户)。 — the value read after
    its label (with the page's second looks) stopped at the line's end, …金水区兴, and the comparison with the 居住证
    could only warn. The running text, read across the lines, holds it whole, and is taken where it goes on from it."""
    from extractors.doctypes import collective_hukou_certificate as certificate
    from extractors.reading.text import field_value, Span
    letter = [("兹证明 薛婷嫣，女，公民身份号码 410105199902072981,", (0.273, 0.242, 0.755, 0.306)),
              ("系我辖区集体户口人员，户籍地址：河南省郑州市金水区兴", (0.276, 0.268, 0.770, 0.333)),
              ("业街93号(郑州人才服务中心集体户)。该户籍信息以公安机", (0.277, 0.294, 0.775, 0.359)),
              ("关户籍登记为准。", (0.277, 0.352, 0.433, 0.387))]
    lines = [make_line(OcrLine(text=text, bbox=box, confidence=0.99), REF, 0, 4000 / 3000, -0.09) for text, box in letter]
    whole = certificate.address_in_text(lines)
    assert whole.value == "河南省郑州市金水区兴业街93号"
    cut = field_value("河南省郑州市金水区兴", [Span(lines[1], 16, 26)])
    assert certificate._goes_on_in(cut, whole) and not certificate._goes_on_in(whole, whole)
    assert not certificate._goes_on_in(field_value("河南省郑州市二七区", [Span(lines[1], 16, 25)]), whole)


def test_a_cells_last_line_beside_its_label_reads_from_the_cells_first_line_above_it():
    """V's v011, a scanner-app copy of a 首页: 湖北省武汉市武昌区 / 新华街52弄17号 / 403室 set close, the last beside 住址.
    Taking the nearest line above as the value's start read 新华街52弄17号 (its opening and its room lost); the first
    such line in reading order runs on through the cell."""
    from extractors.doctypes import household_register_cover as cover
    recorded = [("湖北省武汉市武昌区", (0.550, 0.122, 0.700, 0.1376)), ("新华街52弄17号", (0.549, 0.1326, 0.697, 0.1522)),
                ("户号", (0.293, 0.1497, 0.333, 0.1709)), ("住址", (0.490, 0.1522, 0.530, 0.1704)),
                ("403室", (0.550, 0.1462, 0.621, 0.1658))]
    lines = [make_line(OcrLine(text=text, bbox=box, confidence=0.99), REF, 0, 1.414) for text, box in recorded]
    assert Reader(lines, cover.FIELDS).read_all()["address"].value == "湖北省武汉市武昌区新华街52弄17号403室"


def test_a_name_under_the_copys_watermark_with_its_label_half_lost_is_read_as_a_guess():
    """Outsider W w018, a photocopy of both faces with 仅供居住证积分使用，他用无效 written across it: the name's line
    read 名付洋嫣他用无效 (姓 under the watermark, its words read onto the name's end), no 姓名 label was found, and the
    card came out with no name (field.unreadable on a good packet). The name's place on the face tells it, without the
    label's remnant and the watermark's words: a guess, which no error rests on."""
    from extractors.doctypes import id_card
    from precheck.core.model import PageSource, PageText
    from precheck.pipeline.classify import classify_page
    from precheck.pipeline.grouping import group_documents, PlacedPart
    from rules.fields import CERTAIN_FLOOR
    copy = [("名付洋嫣他用无效", 0.079, 0.322, 0.358, 0.393), ("他用无", 0.847, 0.301, 0.965, 0.372),
            ("中华人民共和国", 0.671, 0.347, 0.850, 0.393), ("性别男", 0.086, 0.394, 0.167, 0.429),
            ("民族满", 0.173, 0.389, 0.274, 0.425), ("居民身份证", 0.665, 0.407, 0.858, 0.471),
            ("出生", 0.090, 0.443, 0.144, 0.470), ("1999 年 7 月14日", 0.138, 0.436, 0.290, 0.469),
            ("住址福建省厦门市思明区解放路1", 0.089, 0.476, 0.329, 0.516), ("55号4幢795室", 0.144, 0.507, 0.245, 0.536),
            ("签发机关", 0.598, 0.556, 0.666, 0.586), ("厦门市公安局思明区分局", 0.666, 0.549, 0.826, 0.583),
            ("有效期限2025.04.14-2035.04.14", 0.597, 0.593, 0.821, 0.635), ("公民身份号码", 0.093, 0.626, 0.176, 0.655),
            ("350203199907145453", 0.197, 0.619, 0.379, 0.660)]
    page = PageText(ref=PageRef(file="copy.tif", page=1), source=PageSource.ocr, width=1753, height=1239,
                    lines=[OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=0.99) for t, x0, y0, x1, y1 in copy])
    [draft] = group_documents([PlacedPart(page, part) for part in classify_page(page.lines)])
    fields, _ = id_card.extract(draft, None)
    assert fields["name"].value == "付洋嫣"
    assert fields["name"].confidence < CERTAIN_FLOOR


def test_a_list_printing_each_label_on_its_line_and_its_value_under_it_gives_each_label_the_value_under_it():
    """Outsider X x004, x017: a 居住证信息 print whose labels stand alone on their lines, each value on the line under
    it and indented. 居住地址：'s nearest line was the address above it (常住户口所在地住址's value, a little nearer than
    its own), so the residence address read the hukou address, surely, and the hukou address only as a guess."""
    recorded = [("上海市居住证信息", (0.369, 0.088, 0.637, 0.111)), ("姓名：黎晓甜", (0.150, 0.147, 0.315, 0.165)),
                ("公民身份号码：510107200207115689", (0.152, 0.196, 0.462, 0.211)),
                ("常住户口所在地住址：", (0.151, 0.241, 0.332, 0.260)),
                ("四川省成都市武侯区红旗路82号梧桐苑15栋3单元1501室", (0.207, 0.278, 0.668, 0.298)),
                ("居住地址：", (0.147, 0.311, 0.241, 0.332)), ("上海市青浦区宜山路679号1707室", (0.211, 0.352, 0.481, 0.367)),
                ("签注日期：2026.03.19", (0.150, 0.385, 0.350, 0.401))]
    lines = [make_line(OcrLine(text=text, bbox=box, confidence=0.99), REF, 0, 2339 / 1654) for text, box in recorded]
    read = Reader(lines, permit.FIELDS, permit.EXTRA_LABELS).read_all()
    assert read["hukou_address"].value == "四川省成都市武侯区红旗路82号梧桐苑15栋3单元1501室"
    assert not read["hukou_address"].guessed
    assert read["residence_address"].value == "上海市青浦区宜山路679号1707室"


def test_the_authority_label_misread_into_its_value_line_is_no_part_of_the_authority():
    """Outsider AG ag025: a chat copy of the back read 签发机关 as 晋发机, run into its value on one line."""
    fields = _card_back_fields(("晋发机哈尔滨市公安局南岗区分局", 0.597, 0.249, 0.790, 0.268))
    assert fields["issuing_authority"].value == "哈尔滨市公安局南岗区分局"
    assert len(fields["issuing_authority"].char_confidences or "哈尔滨市公安局南岗区分局") == len("哈尔滨市公安局南岗区分局")
