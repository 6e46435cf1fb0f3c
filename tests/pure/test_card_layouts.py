"""Card, grid and screen layouts on hand-made lines: values flush right far from their labels, right-aligned wraps,
label words and seal text refused as values, watermarks and grid label columns in page classification."""
from extractors.doctypes.household_register_member import parse_native_place, parse_workplace
from extractors.doctypes.marriage_certificate import other_applicant, person_blocks
from extractors.reading.banner import banner_name
from extractors.reading.fields import doubt_cut_addresses, Field, GUESSED_PLACE_CAP, looks_cut_address, Reader
from extractors.reading.text import make_line
from extractors.reading.values import parse_address, parse_date, parse_id_number, parse_name
from precheck.core.model import OcrLine, PageRef, PageSource, PageText
from precheck.pipeline.classify import classify_lines, classify_page, is_watermark, split_regions
from precheck.pipeline.grouping import PlacedPart, group_documents

REF = PageRef(file="screen.png", page=1)
PHONE_ASPECT = 2340 / 1080


def screen(*items, aspect=PHONE_ASPECT):
    return [make_line(OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=0.99), REF, 0, aspect) for t, x0, y0, x1, y1 in items]


ID = Field("id_number", ("证件号码",), parse_id_number)
ADDRESS = Field("hukou_address", ("户籍地址",), parse_address, wraps=True)
ISSUED = Field("issue_date", ("签注日期",), parse_date)
NAME = Field("name", ("姓名",), parse_name)


def test_values_flush_right_far_from_grey_labels_and_a_right_aligned_second_line_joins():
    page = screen(
        ("证件号码", 0.08, 0.27, 0.22, 0.29), ("110101199003077578", 0.55, 0.272, 0.91, 0.288),
        ("户籍地址", 0.08, 0.32, 0.22, 0.34), ("江西省赣州市章贡区红旗大道88号", 0.38, 0.322, 0.91, 0.340),
        ("7栋2单元501室", 0.64, 0.343, 0.912, 0.361),
        ("签注日期", 0.08, 0.46, 0.22, 0.48), ("2025-03-09", 0.72, 0.46, 0.91, 0.478),
    )
    values = Reader(page, (ID, ADDRESS, ISSUED)).read_all()
    assert values["id_number"].value == "110101199003077578"
    assert values["hukou_address"].value == "江西省赣州市章贡区红旗大道88号7栋2单元501室"
    assert values["issue_date"].value == "2025-03-09"


def test_a_right_aligned_value_close_to_its_long_label_still_takes_its_right_aligned_second_line():
    """The 电子居住证 screen: 常住户口所在地住址 is long, so its value's first line starts right after it and fills the
    row; the second line is right-aligned under it, as the residence address's is."""
    hukou = Field("hukou_address", ("常住户口所在地住址",), parse_address, wraps=True)
    residence = Field("residence_address", ("居住地址",), parse_address, wraps=True)
    page = screen(
        ("证件号码", 0.076, 0.365, 0.237, 0.389), ("362329199802123955", 0.543, 0.368, 0.919, 0.386),
        ("常住户口所在地住址", 0.081, 0.407, 0.422, 0.428), ("江西省上饶市余干县李集乡", 0.465, 0.407, 0.917, 0.428),
        ("新华村10组93号", 0.644, 0.431, 0.922, 0.454),
        ("居住地址", 0.075, 0.471, 0.239, 0.494), ("上海市松江区虹梅路1451弄54", 0.424, 0.472, 0.924, 0.493),
        ("号1819室", 0.756, 0.496, 0.925, 0.519),
        ("签发日期", 0.076, 0.535, 0.239, 0.56), ("2026-04-30", 0.722, 0.536, 0.924, 0.557),
    )
    values = Reader(page, (ID, hukou, residence, Field("issue_date", ("签发日期",), parse_date))).read_all()
    assert values["hukou_address"].value == "江西省上饶市余干县李集乡新华村10组93号"
    assert values["residence_address"].value == "上海市松江区虹梅路1451弄54号1819室"
    assert values["issue_date"].value == "2026-04-30"


def test_a_three_line_address_and_a_wrapped_id_number_at_a_large_font_are_read_whole():
    """The 电子居住证 at a 720-pixel-wide screen and a large font (outsider U, u009): the address wraps onto a third,
    short, right-aligned line that stands nearer to the next label (居住地址) than to its own, and the ID number's
    last two digits wrap onto a line of their own. Before, the address lost 224号 and the number was unread."""
    from extractors.doctypes.residence_permit import FIELDS
    page = screen(
        ("姓名", 0.067, 0.258, 0.188, 0.291), ("潘磊磊", 0.750, 0.259, 0.931, 0.291),
        ("公民身份号码", 0.075, 0.326, 0.383, 0.353), ("3501021989081187", 0.438, 0.329, 0.925, 0.352),
        ("17", 0.854, 0.362, 0.932, 0.391),
        ("常住户口所在地住址", 0.075, 0.428, 0.533, 0.454), ("福建省福州市", 0.589, 0.426, 0.925, 0.456),
        ("鼓楼区柳桂路", 0.590, 0.463, 0.925, 0.491), ("224号", 0.769, 0.499, 0.929, 0.529),
        ("居住地址", 0.072, 0.564, 0.286, 0.591), ("上海市杨浦区枫安路658", 0.344, 0.565, 0.929, 0.593),
        ("弄30号603室", 0.608, 0.601, 0.928, 0.628), ("签注日期", 0.071, 0.664, 0.283, 0.694),
        ("2025.07.08", 0.647, 0.667, 0.928, 0.694), aspect=1600 / 720)
    values = Reader(page, FIELDS).read_all()
    assert values["id_number"].value == "350102198908118717"
    assert values["hukou_address"].value == "福建省福州市鼓楼区柳桂路224号"
    assert values["residence_address"].value == "上海市杨浦区枫安路658弄30号603室"


def test_a_value_read_into_its_labels_line_still_takes_its_right_aligned_second_line():
    """The same screen where the recogniser read 常住户口所在地住址 and its value's first line as one line (outsider M,
    m022): the value still starts right of the label, so its right-aligned second line is still its own."""
    hukou = Field("hukou_address", ("常住户口所在地住址",), parse_address, wraps=True)
    residence = Field("residence_address", ("居住地址",), parse_address, wraps=True)
    page = screen(
        ("证件号码", 0.068, 0.287, 0.228, 0.311), ("620102199105162167", 0.533, 0.290, 0.929, 0.310),
        ("常住户口所在地住址甘肃省兰州市城关区张掖路37", 0.071, 0.339, 0.931, 0.362), ("0号12幢1701室", 0.653, 0.365, 0.929, 0.386),
        ("居住地址", 0.066, 0.413, 0.231, 0.438), ("上海市宝山区牡丹江路322弄1", 0.412, 0.416, 0.929, 0.436),
        ("0号1303室", 0.734, 0.439, 0.931, 0.463),
        ("签发日期", 0.068, 0.488, 0.228, 0.513), ("2026-09-29", 0.721, 0.490, 0.929, 0.511),
    )
    values = Reader(page, (ID, hukou, residence, Field("issue_date", ("签发日期",), parse_date))).read_all()
    assert values["hukou_address"].value == "甘肃省兰州市城关区张掖路370号12幢1701室"
    assert values["residence_address"].value == "上海市宝山区牡丹江路322弄10号1303室"


def test_a_watermark_piece_standing_further_right_than_the_print_leaves_a_right_aligned_wrap_its_margin():
    """A printout whose values are right-aligned: a slanted watermark's piece (月无效, far taller than print) reaches
    past the print's right edge; the value still ends at the print's margin, and its second line joins it."""
    ADDRESS_LONG = Field("hukou_address", ("户籍地址",), parse_address, wraps=True)
    page = screen(
        ("证件号码：", 0.278, 0.228, 0.360, 0.247), ("431121198906227805", 0.653, 0.227, 0.811, 0.244),
        ("月无效", 0.795, 0.179, 0.874, 0.238),
        ("户籍地址：", 0.276, 0.256, 0.356, 0.274), ("湖南省永州市祁阳县学府路95号(湖南大", 0.531, 0.255, 0.809, 0.274),
        ("学集体户)", 0.723, 0.269, 0.803, 0.293),
        ("居住地址：", 0.275, 0.300, 0.354, 0.321), ("上海市宝山区国定路565弄20号1391室", 0.547, 0.301, 0.809, 0.321),
        aspect=1.414,
    )
    values = Reader(page, (ID, ADDRESS_LONG)).read_all()
    assert values["hukou_address"].value == "湖南省永州市祁阳县学府路95号(湖南大学集体户)"


def test_a_label_standing_alone_is_not_the_value_of_the_label_above():
    page = screen(("姓名", 0.1, 0.10, 0.16, 0.12), ("性别", 0.1, 0.13, 0.16, 0.15), aspect=1.414)
    assert "name" not in Reader(page, (NAME,)).read_all()


def test_a_seals_ring_text_is_no_address():
    page = screen(("户籍地址", 0.1, 0.30, 0.2, 0.32), ("某市公安局某某派出所户口专用章", 0.3, 0.30, 0.7, 0.32), aspect=1.414)
    assert "hukou_address" not in Reader(page, (ADDRESS,)).read_all()


def test_native_place_and_workplace_are_short_words_and_blank_stays_blank():
    assert parse_native_place("江西赣州").value == "江西赣州"
    assert parse_native_place("江西省赣州市").value == "江西省赣州市"
    assert parse_workplace("务工").value == "务工"
    assert parse_workplace("上海某某科技有限公司").value == "上海某某科技有限公司"
    assert parse_workplace("") is None


def test_watermark_pieces_are_recognised_but_titles_are_not():
    def line(text):
        return OcrLine(text=text, bbox=(0.1, 0.1, 0.3, 0.12), confidence=0.9)
    assert is_watermark(line("仅供居住证积分使用，他用无效"))
    assert is_watermark(line("他用无效")) and is_watermark(line("仅供居住"))
    assert not is_watermark(line("上海市居住证")) and not is_watermark(line("居住证"))
    assert is_watermark(line("居住证和分使用"))  # 积 misread: still no residence permit's word
    assert not is_watermark(line("居住证使用说明"))
    # Outsider AB ab025: a piece over two writings of the phrase, 分 lost on the way, read as one line.
    assert is_watermark(line("居住证积使用，他用无效仅供居住证积分"))
    assert not is_watermark(line("住址山西省太原市小店区河口他用无效"))


def test_a_grid_label_column_is_not_split_from_its_values():
    labels = ["姓名", "证件类型", "户籍地址", "居住地址", "签注日期", "有效期限"]
    values = ["张三", "居民身份证", "江西省赣州市章贡区红旗大道88号", "上海市闵行区七莘路100号", "2025-03-09", "2025-03-09至2026-03-08"]
    lines = []
    for row, (label, value) in enumerate(zip(labels, values)):
        y = 0.16 + 0.037 * row
        lines.append(OcrLine(text=label, bbox=(0.09, y, 0.155, y + 0.011), confidence=0.99))
        lines.append(OcrLine(text=value, bbox=(0.23, y + 0.008, 0.23 + 0.012 * len(value), y + 0.019), confidence=0.99))
    assert len(split_regions(lines)) == 1


def test_the_e_permit_banner_name_is_read_but_only_as_a_guess():
    from extractors.doctypes.residence_permit import banner_name
    from extractors.reading.fields import GUESSED_PLACE_CAP, placed_by_guess
    page = screen(("电子居住证", 0.40, 0.048, 0.60, 0.071), ("上海市居住证", 0.10, 0.113, 0.28, 0.132),
                  ("张晓明", 0.08, 0.159, 0.33, 0.200), ("证件号码", 0.08, 0.27, 0.22, 0.29), ("户籍地址", 0.08, 0.32, 0.22, 0.34))
    found = placed_by_guess(banner_name(page))
    assert found.value == "张晓明" and found.confidence <= GUESSED_PLACE_CAP


# ---- second round: card backs, cards apart, person blocks, rows opened by an unknown label, blank cells ----------

PERMIT_BACK = [("签发机关", 0.34, 0.39, 0.41, 0.42), ("上海市公安局嘉定分局", 0.43, 0.39, 0.63, 0.44),
               ("签发日期", 0.34, 0.45, 0.41, 0.48), ("2026.03.04", 0.43, 0.45, 0.55, 0.49),
               ("有效期限", 0.19, 0.52, 0.26, 0.55), ("2026.03.04-2027.03.03", 0.29, 0.52, 0.51, 0.57),
               ("签注记录", 0.18, 0.59, 0.25, 0.63)]
PERMIT_FRONT = [("上海市居住证", 0.3, 0.1, 0.6, 0.15), ("姓名", 0.1, 0.2, 0.16, 0.23), ("王晓明", 0.2, 0.2, 0.3, 0.23),
                ("公民身份号码", 0.1, 0.3, 0.25, 0.33), ("32060219900307123X", 0.1, 0.35, 0.5, 0.38),
                ("居住地址", 0.1, 0.4, 0.2, 0.43), ("上海市嘉定区城中路17弄2号", 0.1, 0.45, 0.6, 0.48)]
ID_FRONT = [("姓名 王晓明", 0.1, 0.1, 0.5, 0.13), ("性别 男 民族 汉", 0.1, 0.15, 0.5, 0.18),
            ("住址 江苏省南通市崇川区青年中路88号", 0.1, 0.2, 0.7, 0.23), ("公民身份号码 32060219900307123X", 0.1, 0.3, 0.8, 0.33)]
ID_BACK = [("中华人民共和国", 0.3, 0.1, 0.6, 0.13), ("居民身份证", 0.3, 0.15, 0.6, 0.19),
           ("签发机关 南通市公安局崇川分局", 0.2, 0.5, 0.7, 0.53), ("有效期限 2016.03.01-2036.03.01", 0.2, 0.55, 0.7, 0.58)]


def ocr_lines(items):
    return [OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=0.99) for t, x0, y0, x1, y1 in items]


def photo(name, items):
    return PageText(ref=PageRef(file=name, page=1), source=PageSource.ocr, width=1600, height=1200, lines=ocr_lines(items))


def grouped(pages):
    return group_documents([PlacedPart(p, part) for p in pages for part in classify_page(p.lines)])


def test_the_permit_cards_back_with_its_endorsement_box_is_a_residence_permit():
    assert classify_lines(ocr_lines(PERMIT_BACK)).type_id == "residence_permit"


def test_a_permit_back_holding_only_its_endorsement_box_is_a_residence_permit():
    back = [("签注信息", 0.44, 0.37, 0.52, 0.41), ("签注日期", 0.41, 0.47, 0.46, 0.51), ("有效期至", 0.52, 0.47, 0.57, 0.50),
            ("2026.08.31", 0.41, 0.53, 0.49, 0.57), ("2027.08.30", 0.52, 0.53, 0.59, 0.56),
            ("此证仅限持证人本人使用，涂改无效", 0.27, 0.77, 0.47, 0.83)]
    assert classify_lines(ocr_lines(back)).type_id == "residence_permit"
    misread = [item if item[0] != "签注日期" else ("签法日期",) + item[1:] for item in back]
    assert classify_lines(ocr_lines(misread)).type_id == "residence_permit"


def test_a_permit_back_with_one_endorsement_line_and_its_foot_is_a_residence_permit():
    back = [("签注记录", 0.401, 0.370, 0.474, 0.406), ("签注有效期 2024.12.16-2027.12.15", 0.399, 0.412, 0.618, 0.449),
            ("持卡人须按规定办理签注手续", 0.397, 0.453, 0.555, 0.483), ("上海市人口管理办公室 监制", 0.386, 0.660, 0.526, 0.688)]
    assert classify_lines(ocr_lines(back)).type_id == "residence_permit"


def test_a_permits_faces_and_pages_in_any_files_are_one_document():
    docs = grouped([photo("back.jpg", PERMIT_BACK), photo("other.jpg", ID_FRONT), photo("front.jpg", PERMIT_FRONT)])
    permits = [d for d in docs if d.type_id == "residence_permit"]
    assert len(permits) == 1 and [r.file for r in permits[0].pages] == ["back.jpg", "front.jpg"]


def test_an_id_cards_front_and_back_with_other_files_between_are_one_card():
    docs = grouped([photo("front.jpg", ID_FRONT), photo("permit.jpg", PERMIT_FRONT), photo("back.jpg", ID_BACK)])
    cards = [d for d in docs if d.type_id == "id_card"]
    assert len(cards) == 1 and {r.file for r in cards[0].pages} == {"front.jpg", "back.jpg"}


def test_two_id_card_fronts_stay_two_cards():
    docs = grouped([photo("a.jpg", ID_FRONT), photo("p.jpg", PERMIT_FRONT), photo("b.jpg", ID_FRONT), photo("c.jpg", ID_BACK)])
    assert len([d for d in docs if d.type_id == "id_card"]) >= 2


def test_person_blocks_without_labels_pair_each_name_with_its_id_number():
    page = screen(("钟宇平", 0.600, 0.623, 0.643, 0.649), ("男", 0.754, 0.620, 0.770, 0.644), ("中国", 0.602, 0.652, 0.631, 0.676),
                  ("1994-03-17", 0.770, 0.644, 0.833, 0.668), ("341202199403177315", 0.634, 0.675, 0.758, 0.701),
                  ("郝悦", 0.602, 0.715, 0.634, 0.743), ("女", 0.756, 0.713, 0.773, 0.737), ("中国", 0.604, 0.745, 0.633, 0.769),
                  ("320682199105216565", 0.636, 0.769, 0.760, 0.794), aspect=0.75)
    assert [(n.value, i.value) for n, i in person_blocks(page)] == [("钟宇平", "341202199403177315"),
                                                                   ("郝悦", "320682199105216565")]


def test_the_other_name_of_the_marriage_application_sentence():
    page = screen(("结婚申请：男方钟宇平，女方郝悦自愿结婚", 0.2, 0.34, 0.48, 0.38), aspect=0.75)
    assert other_applicant(page, "钟宇平").value == "郝悦"
    assert other_applicant(page, "郝悦").value == "钟宇平"
    assert other_applicant(page, "王晓明") is None


def test_a_wrapped_value_stops_where_an_unknown_label_opens_the_next_row():
    page = screen(("户籍地址", 0.14, 0.409, 0.23, 0.431), ("重庆市云阳县云江大道268号单位集体户", 0.35, 0.403, 0.71, 0.429),
                  ("户主或与户主关系", 0.14, 0.449, 0.30, 0.471), ("集体户成员", 0.35, 0.446, 0.46, 0.470), aspect=1.414)
    assert Reader(page, (ADDRESS,)).read_all()["hukou_address"].value == "重庆市云阳县云江大道268号单位集体户"


def test_a_blank_cell_does_not_borrow_the_value_of_the_row_above():
    employer = Field("employer", ("服务处所",), parse_workplace)
    page = screen(("婚姻状况", 0.289, 0.777, 0.338, 0.791), ("未婚", 0.348, 0.782, 0.384, 0.800),
                  ("服务处所", 0.288, 0.806, 0.338, 0.823), ("职业", 0.496, 0.809, 0.525, 0.822), aspect=1.414)
    assert "employer" not in Reader(page, (employer, Field("marital", ("婚姻状况",), parse_name)), ("职业",)).read_all()


def test_an_address_read_short_is_only_doubtful():
    assert looks_cut_address("安徽省六安市裕安区梅山南路117号2") and looks_cut_address("省南充市营山县朗池路310号6幢4单元")
    # A seal over the rest of the line leaves a division or a street with no house after it.
    assert looks_cut_address("湖北省武汉市") and looks_cut_address("河南省郑州市金水区建设路")
    assert looks_cut_address("安徽省合肥市蜀山区东关街道") and not looks_cut_address("湖北省武汉市洪山区东关街道新塘村")
    assert not looks_cut_address("四川省南充市营山县朗池路310号6幢4单元1102室")
    assert not looks_cut_address("重庆市云阳县云江大道268号单位集体户")
    # outsider V: a letter's address stopped at its line's end inside the collective's bracket
    assert looks_cut_address("安徽省合肥市蜀山区星火北路75号（人才交流中心集体")
    assert not looks_cut_address("安徽省合肥市蜀山区星火北路75号（人才交流中心集体户）")
    assert looks_cut_address("江苏省南京市鼓楼[")
    # The start of a province's name lost (under a seal, at the crop), or read no further than the city.
    assert looks_cut_address("徽省合肥市蜀山区工农路371号16幢501室") and looks_cut_address("西壮族自治区南宁市青秀区城关镇河西村1组5号")
    assert looks_cut_address("徽省合肥市") and looks_cut_address("安徽省合肥市")
    assert not looks_cut_address("广西壮族自治区南宁市青秀区城关镇河西村1组5号")
    # A cell that clipped the address to its first line: no house, village or group at all.
    assert looks_cut_address("河北省石家庄市桥西") and not looks_cut_address("江西省赣州市于都县罗坳镇大坪村")
    assert not looks_cut_address("西藏自治区拉萨市城关区北京中路12号") and not looks_cut_address("江西省南昌市东湖区八一大道5号")
    assert not looks_cut_address("南宁市青秀区城关镇河西村1组5号")  # a city first, no province: whole
    # The wrap's joint lost under a card's portrait (…弄36 | 号1 hidden | 409室): a lane's number run into the room.
    assert looks_cut_address("上海市闵行区锦绣路1770弄36409室")
    assert not looks_cut_address("上海市闵行区锦绣路1770弄36号1409室")
    page = screen(("住址", 0.08, 0.39, 0.17, 0.43), ("安徽省六安市裕安区梅山南路117号2", 0.23, 0.38, 0.92, 0.43), aspect=1.414)
    fields = Reader(page, (Field("address", ("住址",), parse_address),)).read_all()
    doubt_cut_addresses(fields, ("address",), page)
    assert fields["address"].confidence <= GUESSED_PLACE_CAP


def test_an_address_whose_box_holds_a_piece_its_reading_left_out_is_only_doubtful():
    """A black-and-white scan's seal over 17栋1104: OCR reads the wrap up to 号 and the last 号 beyond the seal."""
    cell = [("住址", 0.477, 0.128, 0.538, 0.151), ("湖北省武汉市洪山区珞喻", 0.59, 0.118, 0.837, 0.142),
            ("路316号", 0.59, 0.138, 0.682, 0.16)]
    address = Field("address", ("住址",), parse_address, wraps=True)
    for lines, doubtful in ((cell, False), (cell + [("号", 0.762, 0.141, 0.786, 0.158)], True)):
        page = screen(*lines, aspect=1.414)
        fields = Reader(page, (address,)).read_all()
        assert fields["address"].value == "湖北省武汉市洪山区珞喻路316号"
        doubt_cut_addresses(fields, ("address",), page)
        assert fields["address"].guessed == doubtful


CONTRACT_FIRST = [("劳动合同书", 0.3, 0.05, 0.6, 0.08), ("甲方（用人单位）：上海浦江信息技术有限公司", 0.1, 0.12, 0.8, 0.15),
                  ("乙方（劳动者）：王晓明", 0.1, 0.17, 0.5, 0.2), ("第一条 合同期限", 0.1, 0.22, 0.4, 0.25),
                  ("本合同为固定期限劳动合同，自2025年3月1日起至2028年2月29日止。", 0.1, 0.27, 0.9, 0.3)]
CONTRACT_MIDDLE = [("第五条 劳动报酬", 0.1, 0.05, 0.4, 0.08), ("甲方按月支付乙方工资。", 0.1, 0.1, 0.5, 0.13),
                   ("第六条 社会保险", 0.1, 0.15, 0.4, 0.18), ("甲乙双方依法参加社会保险。", 0.1, 0.2, 0.6, 0.23),
                   ("第七条 劳动合同的解除和终止", 0.1, 0.25, 0.6, 0.28), ("按《劳动合同法》执行。", 0.1, 0.3, 0.5, 0.33)]
SIGNING_PAGE = [("乙方（签字）：王晓明", 0.44, 0.16, 0.64, 0.19), ("甲方（盖章）", 0.08, 0.19, 0.17, 0.22),
                ("法定代表人或委托代理人（签字或盖章）：", 0.08, 0.22, 0.36, 0.27), ("签订日期：2025年2月20日", 0.46, 0.28, 0.73, 0.32)]


def test_a_signing_page_too_plain_to_name_itself_joins_the_contract_whose_pages_came_apart():
    docs = grouped([photo("0.jpg", SIGNING_PAGE), photo("1.jpg", CONTRACT_FIRST), photo("id.jpg", ID_FRONT),
                    photo("2.jpg", CONTRACT_MIDDLE)])
    contracts = [d for d in docs if d.type_id == "labour_contract"]
    assert len(contracts) == 1 and {r.file for r in contracts[0].pages} == {"0.jpg", "1.jpg", "2.jpg"}


def test_a_blank_page_with_only_its_number_is_the_page_that_makes_the_contract_whole():
    contract = [photo("1.jpg", CONTRACT_FIRST), photo("2.jpg", CONTRACT_MIDDLE), photo("3.jpg", SIGNING_PAGE)]
    for foot, joins in ((("第4页 共4页", 0.44, 0.95, 0.56, 0.97), True), (("- 4 -", 0.48, 0.95, 0.52, 0.97), True),
                        (("第4页 共5页", 0.44, 0.95, 0.56, 0.97), False), (("4", 0.49, 0.5, 0.51, 0.52), False)):
        docs = grouped([photo("id.jpg", ID_FRONT), photo("blank.jpg", [foot])] + contract)
        [host] = [d for d in docs if d.type_id == "labour_contract"]
        assert ("blank.jpg" in {r.file for r in host.pages}) == joins, foot


def test_a_blank_page_photographed_between_two_pages_of_a_contract_is_one_of_its_pages():
    docs = grouped([photo("1.jpg", CONTRACT_FIRST), photo("2.jpg", []), photo("3.jpg", CONTRACT_MIDDLE),
                    photo("4.jpg", SIGNING_PAGE)])
    [host] = [d for d in docs if d.type_id == "labour_contract"]
    assert [r.file for r in host.pages] == ["1.jpg", "2.jpg", "3.jpg", "4.jpg"]


# ---- an ID card's front whose light-blue labels the capture lost -----------------------------------------------

UNLABELLED_FRONT = [("陈哲", 0.381, 0.323, 0.419, 0.355), ("男", 0.379, 0.364, 0.395, 0.384), ("回", 0.467, 0.377, 0.481, 0.396),
                    ("1995", 0.374, 0.400, 0.406, 0.424), ("4", 0.416, 0.410, 0.428, 0.423), ("18", 0.443, 0.412, 0.461, 0.428),
                    ("湖北省武汉市洪山区文化路5", 0.367, 0.437, 0.512, 0.477), ("8号9幢204室", 0.364, 0.459, 0.435, 0.490),
                    ("420111199504180599", 0.400, 0.531, 0.611, 0.584)]
UNLABELLED_BACK = [("中华人民共和国", 0.3, 0.1, 0.6, 0.13), ("居民身份证", 0.3, 0.15, 0.6, 0.19),
                   ("签发机关", 0.2, 0.5, 0.3, 0.53), ("武汉市公安局洪山分局", 0.35, 0.5, 0.7, 0.53),
                   ("有效期限", 0.2, 0.55, 0.3, 0.58), ("2022.06.03-2042.06.03", 0.35, 0.55, 0.7, 0.58)]


def test_an_id_card_front_read_without_its_labels_is_an_id_card_and_its_values_are_placed_as_guesses():
    from extractors.doctypes import id_card
    assert classify_lines(ocr_lines(UNLABELLED_FRONT)).type_id == "id_card"
    cards = [d for d in grouped([photo("front.jpg", UNLABELLED_FRONT), photo("back.jpg", UNLABELLED_BACK)])
             if d.type_id == "id_card"]
    assert len(cards) == 1 and len(cards[0].pages) == 2
    fields, _ = id_card.extract(cards[0], None)
    assert {name: fields[name].value for name in ("name", "sex", "ethnicity", "birth_date", "address", "id_number")} == {
        "name": "陈哲", "sex": "男", "ethnicity": "回", "birth_date": "1995-04-18",
        "address": "湖北省武汉市洪山区文化路58号9幢204室", "id_number": "420111199504180599"}
    assert fields["name"].confidence <= GUESSED_PLACE_CAP and fields["valid_until"].value == "2042-06-03"


def test_a_year_run_together_with_its_month_is_split_only_one_way():
    from extractors.reading.unlabelled_front import _month_and_day
    assert str(_month_and_day(1999, ["7", "3"])) == "1999-07-03"
    assert str(_month_and_day(1999, ["73"])) == "1999-07-03"
    assert _month_and_day(1999, ["112"]) is None  # 1月12日 or 11月2日


def test_person_blocks_of_a_marriage_certificate_are_no_unlabelled_id_card():
    blocks = [("钟宇平", 0.600, 0.623, 0.643, 0.649), ("男", 0.754, 0.620, 0.770, 0.644), ("中国", 0.602, 0.652, 0.631, 0.676),
              ("1994-03-17", 0.770, 0.644, 0.833, 0.668), ("341202199403177315", 0.634, 0.675, 0.758, 0.701)]
    assert classify_lines(ocr_lines(blocks)).type_id != "id_card"


def test_a_marriage_inner_page_read_without_its_title_or_number_label_is_no_id_card():
    """Outsider L l035: a photo of the open 结婚证 whose title and 结婚证字号 label were lost under the watermark; the
    person blocks' 姓名, 性别, 出生日期 and the foot's 中华人民共和国 scored it an ID card, whose name (the spouse's)
    then differed from the applicant's card."""
    page = [("持证人", 0.171, 0.273, 0.224, 0.314), ("尹阳永", 0.249, 0.261, 0.307, 0.300), ("登记日期", 0.175, 0.352, 0.240, 0.390),
            ("2024年09月28日", 0.252, 0.334, 0.373, 0.377), ("J511302-2024-002503", 0.264, 0.412, 0.422, 0.458),
            ("备注", 0.177, 0.519, 0.216, 0.556), ("尹阳永", 0.601, 0.396, 0.656, 0.436), ("性别", 0.722, 0.385, 0.759, 0.420),
            ("男", 0.774, 0.384, 0.791, 0.408), ("国籍", 0.558, 0.451, 0.594, 0.485), ("中国", 0.606, 0.443, 0.644, 0.478),
            ("出生日期", 0.697, 0.432, 0.757, 0.467), ("1999-03-28", 0.760, 0.422, 0.840, 0.457),
            ("身份证件号", 0.561, 0.491, 0.634, 0.529), ("51130219990328267X", 0.643, 0.473, 0.784, 0.515),
            ("姓名", 0.567, 0.598, 0.603, 0.633), ("何彤紫", 0.616, 0.589, 0.670, 0.624), ("性别", 0.739, 0.577, 0.777, 0.612),
            ("女", 0.793, 0.578, 0.810, 0.600), ("出生日期2002-04-26", 0.712, 0.612, 0.860, 0.662),
            ("中国", 0.620, 0.632, 0.659, 0.671), ("身份证件号", 0.570, 0.684, 0.648, 0.727),
            ("450103200204260387", 0.657, 0.670, 0.800, 0.712), ("中华人民共和国民政部监制", 0.281, 0.864, 0.409, 0.901)]
    assert classify_lines(ocr_lines(page)).type_id == "marriage_certificate"


def test_where_the_front_labels_were_read_a_lost_ethnicity_label_and_a_date_in_pieces_are_placed_by_kind():
    from extractors.doctypes import id_card
    front = [("姓名", 0.269, 0.312, 0.304, 0.342), ("薛敏娜", 0.323, 0.316, 0.379, 0.355), ("性别", 0.266, 0.356, 0.302, 0.386),
             ("女", 0.322, 0.366, 0.341, 0.390), ("汉", 0.423, 0.384, 0.442, 0.405), ("出生", 0.264, 0.402, 0.299, 0.430),
             ("1989年10", 0.320, 0.410, 0.392, 0.443), ("20", 0.398, 0.423, 0.424, 0.447), ("住址", 0.262, 0.444, 0.297, 0.475),
             ("河北省石家庄市长安区东风路", 0.314, 0.452, 0.484, 0.504), ("140号", 0.314, 0.478, 0.413, 0.520)]
    card = next(d for d in grouped([photo("front.jpg", front)]) if d.type_id == "id_card")
    fields, _ = id_card.extract(card, None)
    assert fields["ethnicity"].value == "汉" and fields["birth_date"].value == "1989-10-20"
    assert fields["ethnicity"].confidence <= GUESSED_PLACE_CAP and fields["name"].value == "薛敏娜"


def test_a_permit_validity_ending_on_the_day_it_starts_is_doubtful():
    from extractors.doctypes.residence_permit import doubt_a_validity_ending_before_it_starts
    from precheck.core.model import FieldValue
    fields = {"valid_from": FieldValue(value="2026-03-13", confidence=1.0),
              "valid_until": FieldValue(value="2026-03-13", confidence=1.0)}
    doubt_a_validity_ending_before_it_starts(fields)
    assert fields["valid_until"].guessed and fields["valid_until"].confidence <= GUESSED_PLACE_CAP
    sound = {"valid_from": FieldValue(value="2026-03-13", confidence=1.0), "valid_until": FieldValue(value="2027-03-12", confidence=1.0)}
    doubt_a_validity_ending_before_it_starts(sound)
    assert not sound["valid_until"].guessed


# ---- outsider D: printout headings, values far right on the label's row, watermark pieces, split copies ----------

NAME_COMPARED = Field("name", ("姓名",), parse_name, compared=True)


def test_a_value_on_the_labels_own_row_far_right_beats_the_print_time_in_the_band_above():
    page = screen(("居住证信息查询结果", 0.365, 0.078, 0.632, 0.109), ("打印时间:2026-11-0117:25", 0.40, 0.110, 0.599, 0.126),
                  ("姓名", 0.114, 0.153, 0.165, 0.177), ("张华丽", 0.812, 0.152, 0.884, 0.174),
                  ("性别", 0.111, 0.188, 0.168, 0.215), ("女", 0.849, 0.188, 0.885, 0.213), aspect=1.414)
    name = Reader(page, (NAME_COMPARED,)).read_all()["name"]
    assert name.value == "张华丽" and name.confidence > GUESSED_PLACE_CAP


def test_a_name_taken_from_a_line_off_its_labels_row_is_a_guess():
    page = screen(("姓名", 0.10, 0.20, 0.16, 0.22), ("王晓明", 0.20, 0.165, 0.30, 0.185), aspect=1.414)
    name = Reader(page, (NAME_COMPARED,)).read_all()["name"]
    assert name.value == "王晓明" and name.confidence <= GUESSED_PLACE_CAP


def test_a_permit_name_read_from_the_heading_is_dropped_and_a_watermark_piece_is_no_banner_name():
    from extractors.doctypes.residence_permit import _read_from_a_heading, banner_name
    from extractors.reading.fields import value_from_span
    from extractors.reading.text import Span
    page = screen(("上海市", 0.413, 0.409, 0.499, 0.435), ("姓名", 0.309, 0.447, 0.342, 0.461), aspect=1.414)
    heading = screen(("上海市居住证", 0.413, 0.409, 0.585, 0.435), aspect=1.414)
    from extractors.reading.values import Parsed
    assert parse_name("上海市") is None  # a municipality is no name at all now; a piece of the heading still is dropped
    value = value_from_span(Parsed("上海市", 0, 3), Span(page[0], 0, 3))
    assert _read_from_a_heading(value, heading)
    # A watermark line laid over the name's line holds 居住证 too, but not the name: the name stays.
    name_line = screen(("姓名:杨敏颖", 0.100, 0.140, 0.231, 0.163), aspect=1.414)[0]
    named = value_from_span(parse_name("杨敏颖"), Span(name_line, 3, 6))
    assert not _read_from_a_heading(named, screen(("世居住证积分", 0.102, 0.093, 0.393, 0.164), aspect=1.414))
    pieces = screen(("姓名:杨敏颖", 0.10, 0.14, 0.23, 0.16), ("性别:女", 0.10, 0.17, 0.19, 0.19),
                    ("证件状态:有效", 0.10, 0.20, 0.25, 0.22), ("仅供居性", 0.36, 0.52, 0.58, 0.58), aspect=1.414)
    assert banner_name(pieces) is None


def test_a_misread_watermark_piece_is_still_a_watermark_piece():
    from precheck.core.watermarks import is_misread_watermark_piece
    assert is_misread_watermark_piece("仅供居性") and is_misread_watermark_piece("他用无效")
    assert not is_misread_watermark_piece("杨敏颖") and not is_misread_watermark_piece("欧阳鑫超")
    # a long piece with one character in five misread, running into the next writing (ag029: 住 and 效 misread)
    assert is_misread_watermark_piece("居任证积分使用他用无双") and is_misread_watermark_piece("用无效仅供居性")
    assert not is_misread_watermark_piece("上海市居住证积分管理办法") and not is_misread_watermark_piece("安徽省合肥市蜀山区星河")


def test_a_card_front_read_too_poorly_to_stand_alone_goes_whole_to_the_id_card_not_to_the_nearer_permit():
    front = [("韩敏佳", 0.121, 0.152, 0.181, 0.169), ("民族", 0.174, 0.178, 0.211, 0.193), ("汉", 0.213, 0.176, 0.242, 0.191),
             ("出生", 0.074, 0.202, 0.108, 0.216), ("住址", 0.074, 0.225, 0.111, 0.239),
             ("6月11日", 0.191, 0.202, 0.285, 0.215), ("陕西省西安市雁塔区建设路1", 0.119, 0.222, 0.304, 0.238),
             ("98号9幢503室", 0.121, 0.239, 0.219, 0.253), ("民身份号码", 0.088, 0.287, 0.155, 0.300),
             ("610113199906119668", 0.178, 0.284, 0.406, 0.303)]
    back = [("中华人民共和国", 0.660, 0.162, 0.828, 0.180), ("居民身份证", 0.658, 0.190, 0.832, 0.213),
            ("签发机关", 0.592, 0.255, 0.653, 0.269), ("西安市公安局雁塔分局", 0.663, 0.249, 0.812, 0.267),
            ("有效期限", 0.595, 0.279, 0.653, 0.293), ("2016.12.25-2026.12.25", 0.665, 0.277, 0.754, 0.290)]
    permit = [("上海市居住证", 0.413, 0.409, 0.585, 0.435), ("姓名", 0.309, 0.447, 0.342, 0.461),
              ("公民身份号码", 0.311, 0.468, 0.391, 0.479), ("610113199906119668", 0.418, 0.466, 0.559, 0.480),
              ("居住地址", 0.308, 0.482, 0.36, 0.503), ("上海市青浦区江宁路1703弄56号", 0.369, 0.482, 0.576, 0.503),
              ("上海市公安局青浦分局", 0.365, 0.535, 0.509, 0.552), ("2025.06.14至2026.06.13", 0.366, 0.557, 0.533, 0.571)]
    parts = {part.classification.type_id: part for part in classify_page(ocr_lines(front + back + permit))}
    assert set(parts) == {"id_card", "residence_permit"}
    assert {"韩敏佳", "610113199906119668"} <= {line.text for line in parts["id_card"].lines}
    assert "韩敏佳" not in {line.text for line in parts["residence_permit"].lines}


def _front(name, address):
    return [("姓名 " + name, 0.1, 0.1, 0.5, 0.13), ("性别 男 民族 汉", 0.1, 0.15, 0.5, 0.18),
            ("住址 " + address, 0.1, 0.2, 0.7, 0.23), ("公民身份号码 32060219900307123X", 0.1, 0.3, 0.8, 0.33)]


def _back(authority):
    return [("中华人民共和国", 0.3, 0.1, 0.6, 0.13), ("居民身份证", 0.3, 0.15, 0.6, 0.19),
            ("签发机关 " + authority, 0.2, 0.5, 0.7, 0.53), ("有效期限 2016.03.01-2036.03.01", 0.2, 0.55, 0.7, 0.58)]


def test_with_two_cards_each_back_goes_with_the_front_of_its_place_whatever_the_file_order():
    docs = grouped([photo("a.jpg", _front("韦宏林", "河南省郑州市金水区光明路339弄15号")),
                    photo("b.jpg", _back("上海市公安局杨浦分局")), photo("c.jpg", _front("李静涵", "上海市杨浦区金桥路524号")),
                    photo("d.jpg", _back("郑州市公安局金水分局")), photo("e.jpg", _front("王琪欣", "湖北省公安县城关镇刘湾村1组"))])
    cards = {tuple(r.file for r in d.pages) for d in docs if d.type_id == "id_card"}
    assert cards == {("a.jpg", "d.jpg"), ("c.jpg", "b.jpg"), ("e.jpg",)}
    # A county's own police: its county names the front.
    docs = grouped([photo("a.jpg", _front("邱悦秀", "湖北省公安县城关镇刘湾村1组")), photo("b.jpg", _front("顾宇杰", "上海市长宁区南桥路1258弄")),
                    photo("c.jpg", _back("公安县公安局"))])
    assert {tuple(r.file for r in d.pages) for d in docs if d.type_id == "id_card"} == {("a.jpg", "c.jpg"), ("b.jpg",)}


def test_a_permits_id_number_whose_label_a_watermark_hid_is_found_by_its_kind_as_a_guess(monkeypatch):
    import extractors.doctypes.residence_permit as permit
    page = screen(("他用死髮号码仅", 0.010, 0.270, 0.232, 0.313), ("372925199110071700", 0.233, 0.272, 0.424, 0.293),
                  ("有效期限", 0.076, 0.354, 0.162, 0.378), ("2026.03.11至2027.03.10", 0.235, 0.347, 0.463, 0.368), aspect=1.414)
    reader = Reader(page, permit.FIELDS, permit.EXTRA_LABELS)
    monkeypatch.setattr(permit, "labelled_fields", lambda *args, **kwargs: (reader.read_all(), reader))
    fields, _ = permit.extract(None, None)
    assert fields["id_number"].value == "372925199110071700" and fields["id_number"].confidence <= GUESSED_PLACE_CAP


def test_a_card_fronts_name_whose_label_and_sex_a_watermark_hid_is_placed_above_its_row_label_as_a_guess(monkeypatch):
    import extractors.doctypes.id_card as card
    page = screen(("江勇", 0.361, 0.125, 0.416, 0.142), ("性别", 0.324, 0.148, 0.362, 0.165), ("出生", 0.322, 0.170, 0.362, 0.190),
                  ("住址重庆市渝北区文三路369号", 0.320, 0.189, 0.543, 0.213), aspect=0.63)
    reader = Reader(page, card.FIELDS)
    monkeypatch.setattr(card, "labelled_fields", lambda *args, **kwargs: (reader.read_all(), reader))
    fields, _ = card.extract(None, None)
    assert fields["name"].value == "江勇" and fields["name"].confidence <= GUESSED_PLACE_CAP
    assert "sex" not in fields and fields["address"].value == "重庆市渝北区文三路369号"


def test_a_glyph_read_onto_a_name_before_its_family_name_makes_the_name_a_guess():
    from extractors.doctypes import id_card
    assert parse_name("人毛帆永").guessed and not parse_name("毛帆永").guessed
    assert not parse_name("欧阳娜娜").guessed and not parse_name("买买提·艾力").guessed
    assert not parse_name("热依拉").guessed  # no family name at all: nothing to tell a stray glyph by
    front = [("姓名人王晓明",) + ID_FRONT[0][1:]] + ID_FRONT[1:]
    [card] = [d for d in grouped([photo("front.jpg", front), photo("back.jpg", ID_BACK)]) if d.type_id == "id_card"]
    fields, _ = id_card.extract(card, None)
    assert fields["name"].value == "人王晓明" and fields["name"].guessed
    assert fields["id_number"].value == "32060219900307123X" and not fields["id_number"].guessed


def test_a_card_label_read_with_a_dot_between_its_spaced_characters_still_heads_its_value():
    """An ID card copy: 住  址 and 民  族 printed spaced, read 住·址 and 民·族; the address wraps under itself."""
    card = screen(("民·族苗", 0.408, 0.119, 0.498, 0.138), ("住·址", 0.314, 0.169, 0.35, 0.181),
                  ("陕西省西安市雁塔区小寨东", 0.359, 0.165, 0.557, 0.186), ("路382号28号楼2023室", 0.36, 0.181, 0.518, 0.201),
                  ("公民身份号码", 0.311, 0.237, 0.398, 0.25), aspect=1.414)
    fields = Reader(card, (Field("address", ("住址",), parse_address, wraps=True), Field("ethnicity", ("民族",), parse_name)),
                    ("公民身份号码",)).read_all()
    assert fields["address"].value == "陕西省西安市雁塔区小寨东路382号28号楼2023室"


def test_an_address_opens_at_its_province_when_another_lines_words_run_before_it():
    assert parse_address("出生1993年3月4日位址河南省郑州市金水区经三路189号").value == "河南省郑州市金水区经三路189号"
    assert parse_address("位址河南省郑州市金水区经三路189号").value == "河南省郑州市金水区经三路189号"
    assert parse_address("中国上海市浦东新区金科路1390弄32号").value == "中国上海市浦东新区金科路1390弄32号"


def test_an_address_never_ends_with_the_word_address():
    """详细 | 地址 printed over two lines of its cell, its second line read onto the value's end."""
    assert parse_address("广西壮族自治区南宁市青秀区凤岭北路175号地址").value == "广西壮族自治区南宁市青秀区凤岭北路175号"
    assert parse_address("山东省青岛市黄岛区长江中路228号23号楼968户详细住址").value == "山东省青岛市黄岛区长江中路228号23号楼968户"


def test_a_date_whose_dot_was_read_as_a_comma():
    assert parse_date("2016,09.06").value == "2016-09-06" and parse_date("2026,10,15").value == "2026-10-15"


def test_a_label_set_wide_as_two_lone_characters_is_one_label_not_part_of_its_value():
    """The 本人页's 籍  贯, each character boxed alone a character's width apart, its value beside it."""
    from extractors.reading.text import join_lone_characters
    page = screen(("出生地", 0.261, 0.564, 0.315, 0.578), ("安徽省六安市", 0.35, 0.56, 0.445, 0.578), ("籍", 0.262, 0.596, 0.283, 0.61),
                  ("贯", 0.295, 0.596, 0.315, 0.609), ("安徽省六安市", 0.353, 0.594, 0.447, 0.61), ("出生日期", 0.502, 0.594, 0.556, 0.607),
                  aspect=1.414)
    assert [line.text for line in join_lone_characters(page, ["籍贯", "出生地"])][2:4] == ["籍贯", "安徽省六安市"]
    assert [line.text for line in join_lone_characters(page)][2:4] == ["籍", "贯"]  # no label spelled: set apart


def test_a_street_named_with_a_label_word_goes_on_in_the_wrapped_address():
    """民族大道 on the address's second line is a street, not the 民族 label of the row above."""
    card = screen(("姓名程娜", 0.303, 0.095, 0.404, 0.113), ("民族汉", 0.41, 0.12, 0.487, 0.136),
                  ("住址 广西壮族自治区南宁市青秀", 0.305, 0.169, 0.549, 0.185), ("区民族大道192号16栋1002", 0.358, 0.186, 0.548, 0.199),
                  ("号", 0.357, 0.201, 0.379, 0.215), ("公民身份号码", 0.306, 0.237, 0.391, 0.253), aspect=1.414)
    fields = Reader(card, (Field("address", ("住址",), parse_address, wraps=True), Field("ethnicity", ("民族",), parse_name)),
                    ("公民身份号码", "姓名")).read_all()
    assert fields["address"].value == "广西壮族自治区南宁市青秀区民族大道192号16栋1002号"


PRINTOUT = [("姓名", 0.141, 0.22, 0.177, 0.237), ("崔韬", 0.158, 0.238, 0.2, 0.259), ("公民身份号码", 0.143, 0.268, 0.232, 0.284),
            ("360102199704239871", 0.16, 0.288, 0.324, 0.304), ("户籍地址", 0.142, 0.362, 0.205, 0.379),
            ("江西省南昌市东湖区叠山路317号656室", 0.16, 0.381, 0.443, 0.399), ("签发日期", 0.142, 0.458, 0.205, 0.474),
            ("2026.05.30", 0.16, 0.479, 0.247, 0.495)]


def test_a_name_under_its_label_on_a_printout_of_labels_over_values_is_placed_surely():
    specs = (Field("name", ("姓名",), parse_name, compared=True), Field("id_number", ("公民身份号码",), parse_id_number),
             Field("address", ("户籍地址",), parse_address, wraps=True), Field("issue_date", ("签发日期",), parse_date))
    fields = Reader(screen(*PRINTOUT, aspect=1.414), specs).read_all()
    assert fields["name"].value == "崔韬" and not fields["name"].guessed
    # A lone label with a name under it among labels with their values beside them: the line may be another's.
    beside = [("姓名", 0.141, 0.22, 0.177, 0.237), ("崔韬", 0.158, 0.238, 0.2, 0.259),
              ("公民身份号码 360102199704239871", 0.143, 0.268, 0.4, 0.284), ("签发日期 2026.05.30", 0.142, 0.458, 0.3, 0.474)]
    fields = Reader(screen(*beside, aspect=1.414), specs).read_all()
    assert fields["name"].value == "崔韬" and fields["name"].guessed


def test_a_front_whose_number_label_was_misread_still_pairs_with_its_back():
    front = [("姓名陈丽", 0.34, 0.37, 0.416, 0.394), ("生別女", 0.339, 0.403, 0.401, 0.432), ("民族土家", 0.417, 0.404, 0.495, 0.429),
             ("2001年4月23", 0.373, 0.439, 0.503, 0.467), ("河南省南阳市宛城区新华东", 0.374, 0.481, 0.531, 0.505),
             ("公民身作号码", 0.326, 0.586, 0.393, 0.61), ("411302200104236687", 0.411, 0.586, 0.675, 0.623)]
    back = [("中华人民共和国", 0.376, 0.264, 0.607, 0.325), ("居民身份证", 0.368, 0.349, 0.645, 0.435),
            ("签发机关", 0.296, 0.531, 0.378, 0.569), ("南阳市公安局宛城区分局", 0.393, 0.519, 0.629, 0.565),
            ("有效期限", 0.294, 0.599, 0.376, 0.637), ("2021.04.26-2031.04.26", 0.392, 0.59, 0.621, 0.628)]
    for face in (front, front[:3] + front[5:]):  # as read; without the address
        docs = grouped([photo("a.jpg", face), photo("permit.jpg", PERMIT_FRONT), photo("b.jpg", back)])
        [card] = [d for d in docs if d.type_id == "id_card"]
        assert {r.file for r in card.pages} == {"a.jpg", "b.jpg"}


def test_a_one_character_value_beside_a_label_cut_at_its_cells_edge_is_not_part_of_the_label():
    """户主或与户主关 | 系 printed over two lines of its cell, the relation 子 close beside its first line."""
    from extractors.reading.text import join_lone_characters
    page = screen(("户主或与户主关", 0.758, 0.241, 0.804, 0.256), ("子", 0.807, 0.246, 0.817, 0.261), aspect=1.414)
    assert [line.text for line in join_lone_characters(page, ["户主或与户主关系"])] == ["户主或与户主关", "子"]
    assert [line.text for line in join_lone_characters(page)] == ["户主或与户主关子"]  # no label known: joined


def test_an_endorsement_date_read_as_the_validitys_end_gives_way_to_its_start_as_a_guess():
    from extractors.doctypes.residence_permit import issue_date_not_the_validitys_end
    from precheck.core.model import FieldValue

    def read(value):
        return FieldValue(value=value, confidence=1.0)
    fields = {"issue_date": read("2028-07-03"), "valid_from": read("2025-07-04"), "valid_until": read("2028-07-03")}
    issue_date_not_the_validitys_end(fields)
    assert fields["issue_date"].value == "2025-07-04" and fields["issue_date"].guessed
    fields = {"issue_date": read("2025-07-04"), "valid_from": read("2025-07-04"), "valid_until": read("2028-07-03")}
    issue_date_not_the_validitys_end(fields)
    assert not fields["issue_date"].guessed


def test_a_slanted_watermark_piece_read_with_a_character_wrong_is_no_banner_name():
    # 他用无效 written slanted across a printout: its box is tall, as a banner's name is, and 用 was read 月.
    placed = [("上海市居住证办理情况", 0.418, 0.138, 0.678, 0.164), ("月无效", 0.795, 0.179, 0.874, 0.238),
              ("公民身份号码：", 0.278, 0.228, 0.388, 0.247), ("户籍地址：", 0.276, 0.256, 0.356, 0.274),
              ("居住地址：", 0.275, 0.300, 0.354, 0.321)]
    page = [make_line(OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=0.95), PageRef(file="p.jpg", page=1), 0, 1.414)
            for t, x0, y0, x1, y1 in placed]
    assert banner_name(page) is None


def test_a_front_whose_sex_row_ran_together_with_a_piece_of_its_label_and_its_birth_digits_ran_together():
    """A phone photo of the card on a desk: 男族汉 as one line, 1988119 for 1988 年 1 月 19 日 (split as its number's
    birth date says, not 11 月 9 日)."""
    from extractors.doctypes import id_card
    front = [("赵磊", 0.399, 0.365, 0.438, 0.396), ("男族汉", 0.395, 0.405, 0.508, 0.440),
             ("1988119", 0.393, 0.444, 0.508, 0.479), ("安徽省合肥市瑶海区顺柏路55", 0.390, 0.484, 0.567, 0.525),
             ("0号15幢2267室", 0.386, 0.509, 0.482, 0.543), ("340102198801190717", 0.423, 0.584, 0.683, 0.644)]
    assert classify_lines(ocr_lines(front)).type_id == "id_card"
    (card,) = [d for d in grouped([photo("front.jpg", front)]) if d.type_id == "id_card"]
    fields, _ = id_card.extract(card, None)
    assert {name: fields[name].value for name in ("name", "sex", "ethnicity", "birth_date", "address", "id_number")} == {
        "name": "赵磊", "sex": "男", "ethnicity": "汉", "birth_date": "1988-01-19",
        "address": "安徽省合肥市瑶海区顺柏路550号15幢2267室", "id_number": "340102198801190717"}
    assert fields["sex"].guessed and fields["ethnicity"].guessed


def test_a_name_beside_a_masked_number_whose_first_digit_was_read_as_a_star():
    from extractors.reading.banner import name_beside_id_number
    name, number = name_beside_id_number(screen(("沈天帆 *40*********804X", 0.045, 0.095, 0.508, 0.119)))
    assert name.value == "沈天帆" and number.value == "**************804X"


def test_a_name_ending_in_yi_read_as_a_dash_beside_a_masked_number():
    from extractors.reading.banner import name_beside_id_number
    name, number = name_beside_id_number(screen(("黄志— 210********6959", 0.049, 0.071, 0.500, 0.087)))
    assert name.value == "黄志一" and number.value == "210***********6959"
    assert name.guessed and parse_name("黄志—").guessed and parse_name("王-明") is None  # a dash inside a name is no 一


def test_a_compared_value_read_from_the_place_another_label_took_too_is_only_doubtful():
    """Outsider V's v017: on a slanted photo of a 居住证信息 page, 户籍所在地 took the 居住地住址 line under it, so
    both fields held the same line; the hukou address then differed from the 户口簿 by a whole address."""
    from extractors.doctypes.residence_permit import FIELDS
    from extractors.reading.fields import doubt_compared_values_read_twice
    from precheck.core.model import Evidence, FieldValue

    def value(text, bbox):
        return FieldValue(value=text, confidence=0.99, evidence=Evidence(file="IMG_7120.JPG", page=1, bbox=bbox))

    line = (0.3132, 0.4242, 0.6137, 0.4519)
    read = {"hukou_address": value("上海市嘉定区银杏大道196弄55号702室", line),
            "residence_address": value("上海市嘉定区银杏大道196弄55号702室", line),
            "name": value("邱杰若", (0.28, 0.246, 0.344, 0.272))}
    doubted = doubt_compared_values_read_twice(read, FIELDS)
    assert doubted["hukou_address"].guessed and doubted["hukou_address"].confidence <= GUESSED_PLACE_CAP
    assert doubted["residence_address"] is read["residence_address"] and doubted["name"] is read["name"]
    apart = {**read, "residence_address": value("上海市嘉定区银杏大道196弄55号702室", (0.31, 0.46, 0.61, 0.48))}
    assert not doubt_compared_values_read_twice(apart, FIELDS)["hukou_address"].guessed


def test_a_collective_hukou_form_whose_label_column_names_an_id_card_is_one_document():
    """Outsider X x002: a 户籍证明 printed as a form (常住人口登记表(集体户口) / 户籍证明, then 姓名 | 付霞, 公民身份号码 |
    1306…); the band between its labels and values split the page, and the labels' 公民身份号码 named the left column an
    ID card: the certificate lost its name and address, and a planted address.hukou_mismatch was missed."""
    form = [("常住人口登记表(集体户口)", 0.301, 0.117, 0.684, 0.148), ("户籍证明", 0.447, 0.158, 0.558, 0.179),
            ("姓名", 0.147, 0.224, 0.199, 0.248), ("付霞", 0.250, 0.225, 0.303, 0.248), ("性别", 0.528, 0.226, 0.580, 0.250),
            ("女", 0.621, 0.228, 0.653, 0.248), ("公民身份号码", 0.111, 0.270, 0.234, 0.291),
            ("13063419810529348X", 0.252, 0.270, 0.455, 0.290), ("户别", 0.147, 0.311, 0.199, 0.336),
            ("集体户", 0.250, 0.312, 0.319, 0.335), ("户口性质", 0.509, 0.314, 0.597, 0.335), ("非农业", 0.623, 0.314, 0.692, 0.337),
            ("住址", 0.147, 0.356, 0.197, 0.380), ("河北省保定市曲阳县复兴路201号", 0.251, 0.357, 0.540, 0.378),
            ("集体户名称", 0.119, 0.401, 0.225, 0.422), ("人才市场集体户口", 0.254, 0.402, 0.413, 0.421),
            ("登记机关", 0.127, 0.443, 0.215, 0.465), ("曲阳县中心派出所", 0.254, 0.446, 0.413, 0.465),
            ("曲阳县中心派出所", 0.614, 0.556, 0.783, 0.579), ("开具日期：2026年9月5日", 0.614, 0.598, 0.834, 0.618)]
    parts = classify_page(ocr_lines(form))
    assert [part.classification.type_id for part in parts] == ["collective_hukou_certificate"]


def test_a_small_copys_sex_row_with_its_label_misread_as_one_character_still_places_the_front():
    """Outsider AG, ag004: an A4 copy at 1073 px of both faces, every light label lost and 民族 read as 共 between
    男 and 汉 (男共汉). The front's values are placed by their order, as guesses."""
    from extractors.doctypes import id_card
    page = [("毛振华", 0.366, 0.348, 0.405, 0.363), ("男共汉", 0.342, 0.359, 0.440, 0.377),
            ("1997年8月21日", 0.345, 0.371, 0.451, 0.389), ("湖北省武汉市洪山区", 0.345, 0.382, 0.459, 0.402),
            ("阳光花园8号楼3单元2", 0.372, 0.391, 0.466, 0.409), ("202号", 0.373, 0.403, 0.406, 0.419),
            ("420111199708211852", 0.349, 0.414, 0.553, 0.441), ("中华人民共和国", 0.415, 0.486, 0.531, 0.509),
            ("居民身份证", 0.416, 0.503, 0.536, 0.532), ("武汉市公安局洪山区分局", 0.389, 0.546, 0.534, 0.568),
            ("2021.03.28-2031.03.28", 0.390, 0.561, 0.529, 0.584)]
    (card,) = [d for d in grouped([photo("户口本8405.jpg", page)]) if d.type_id == "id_card"]
    fields, _ = id_card.extract(card, None)
    assert {name: fields[name].value for name in ("name", "sex", "ethnicity", "address")} == {
        "name": "毛振华", "sex": "男", "ethnicity": "汉", "address": "湖北省武汉市洪山区阳光花园8号楼3单元2202号"}
    assert fields["name"].guessed and fields["sex"].guessed


def test_a_title_over_the_employers_cell_is_no_first_line_of_the_employer():
    """A company's own contract (outsider AG, ag033): its title 员工劳动合同 stands over the party table, its left edge
    over the employer's, and the employer's line sits a little above its 名称 label. The title is of another print
    size: it does not open the employer (员工上海汇川…)."""
    from extractors.doctypes import labour_contract
    page = [("员工劳动合同", 0.394, 0.207, 0.578, 0.243), ("合同编号：HT20242902", 0.613, 0.225, 0.733, 0.245),
            ("上海汇川电气股份有限公司", 0.396, 0.260, 0.534, 0.282), ("甲方", 0.266, 0.273, 0.296, 0.289),
            ("名称", 0.303, 0.270, 0.335, 0.288), ("法定代表人", 0.307, 0.291, 0.369, 0.309), ("朱斌", 0.397, 0.289, 0.428, 0.304),
            ("地址", 0.309, 0.316, 0.340, 0.331), ("上海市闵行区金沙江路1698号", 0.402, 0.303, 0.554, 0.326),
            ("尹薇", 0.403, 0.331, 0.434, 0.350), ("乙方", 0.273, 0.338, 0.306, 0.356), ("姓名", 0.312, 0.338, 0.342, 0.353),
            ("身份证号码", 0.315, 0.357, 0.378, 0.375), ("430422198206265888", 0.407, 0.351, 0.525, 0.370),
            ("户籍地址", 0.317, 0.380, 0.370, 0.398), ("湖南省衡阳市衡南县大营镇西陈村一组25号", 0.408, 0.367, 0.630, 0.393),
            ("第一条 合同期限", 0.460, 0.427, 0.570, 0.450),
            ("本合同为固定期限劳动合同，期限三年，自2024年5月8日起至2027年5月7日止。", 0.310, 0.441, 0.745, 0.474)]
    (contract,) = [d for d in grouped([photo("微信图片_20261027177953.jpg", page)]) if d.type_id == "labour_contract"]
    fields, _ = labour_contract.extract(contract, None)
    assert fields["employer"].value == "上海汇川电气股份有限公司"
    assert (fields["start_date"].value, fields["end_date"].value) == ("2024-05-08", "2027-05-07")


def test_a_short_value_flush_right_in_a_tilted_photo_is_its_labels_though_its_box_overlaps_the_row_less():
    """A phone photo of a 居住证信息查询结果 printout (outsider AG, ag001), values flush right, the page tilted so the
    right end of each row stands lower: the two-character name 廖明 shares its label's row by 42% of its height, the
    long values beside the others by more. It is nearer to 姓名 than to any other label: it is the name."""
    from extractors.doctypes import residence_permit
    rows = (("居住证信息查询结果", 0.4563, 0.2421, 0.6823, 0.2875), ("打印日期:2025年9月29日", 0.3100, 0.2609, 0.4424, 0.2881),
            ("姓名:", 0.3221, 0.2940, 0.3636, 0.3134), ("廖明", 0.7697, 0.3335, 0.7991, 0.3485),
            ("公民身份号码:", 0.3229, 0.3264, 0.4087, 0.3478), ("410105199311268296", 0.6840, 0.3537, 0.8000, 0.3783),
            ("户籍地址:", 0.3221, 0.3563, 0.3853, 0.3777),
            ("河南省郑州市金水区迎宾东路576号阳光小区12栋4单元300", 0.5022, 0.3705, 0.8017, 0.4075),
            ("3室", 0.7758, 0.4049, 0.7991, 0.4179), ("居住地址:", 0.3221, 0.4010, 0.3853, 0.4218),
            ("上海市宝山区龙华中路885弄44号1504室", 0.5957, 0.4192, 0.8017, 0.4484), ("签发日期:", 0.3221, 0.4335, 0.3844, 0.4530),
            ("2025年9月29日", 0.7160, 0.4562, 0.8009, 0.4770), ("有效期限:", 0.3212, 0.4646, 0.3844, 0.4841),
            ("2025.09.29至2028.09.28", 0.6736, 0.4835, 0.8026, 0.5055), ("签发机关:", 0.3212, 0.4958, 0.3835, 0.5152),
            ("上海市公安局宝山分局", 0.6840, 0.5140, 0.8026, 0.5354))
    page = [make_line(OcrLine(text=text, bbox=box, confidence=0.99), PageRef(file="居住证.jpg", page=1), 0, 1.334, 0.06246)
            for text, *box in rows]
    fields = Reader(page, residence_permit.FIELDS, residence_permit.EXTRA_LABELS).read_all()
    assert {name: fields[name].value for name in ("name", "id_number", "issue_date")} == {
        "name": "廖明", "id_number": "410105199311268296", "issue_date": "2025-09-29"}
    # Placed by so loose a share of its row, the name is a guess: it may show a difference, never ground an error.
    assert fields["name"].guessed and not fields["id_number"].guessed


def test_a_photocopied_card_whose_light_labels_were_lost_gives_both_faces_values_by_their_place_and_kind():
    """Outsider X's x037: an A4 copy of both faces where only a stroke of 民族 survived (男R汉, read as a letter) and
    签发机关 and 有效期限 were lost or misread (整度机关); the authority line and the date range are the back's."""
    from extractors.doctypes import id_card
    page = [("任然军", 0.466, 0.144, 0.540, 0.165), ("男R汉", 0.464, 0.168, 0.583, 0.190),
            ("1988 年 12 月 11 日", 0.464, 0.191, 0.617, 0.214), ("重庆市江北区滨河路262", 0.463, 0.214, 0.626, 0.237),
            ("号阳光公寓15栋2单元103", 0.463, 0.229, 0.636, 0.252), ("室", 0.464, 0.246, 0.484, 0.261),
            ("公代操份号码", 0.411, 0.273, 0.487, 0.291), ("500105198812114575", 0.510, 0.272, 0.777, 0.300),
            ("中华人民共和国", 0.551, 0.394, 0.732, 0.424), ("居民身份证", 0.540, 0.430, 0.747, 0.467),
            ("整度机关", 0.454, 0.496, 0.509, 0.514), ("重庆市公安局江北区分局", 0.523, 0.489, 0.679, 0.513),
            ("2020.05.19-2040.05.19", 0.523, 0.514, 0.673, 0.536), ("复印件与原件一致", 0.495, 0.632, 0.675, 0.664)]
    (card,) = [d for d in grouped([photo("材料5.pdf", page)]) if d.type_id == "id_card"]
    fields, _ = id_card.extract(card, None)
    assert {name: value.value for name, value in fields.items()} == {
        "name": "任然军", "sex": "男", "ethnicity": "汉", "birth_date": "1988-12-11",
        "address": "重庆市江北区滨河路262号阳光公寓15栋2单元103室", "id_number": "500105198812114575",
        "issuing_authority": "重庆市公安局江北区分局", "valid_from": "2020-05-19", "valid_until": "2040-05-19"}
    assert all(value.guessed for value in fields.values())
    from extractors.doctypes.id_card import _parse_authority
    assert _parse_authority("要星机关长沙市公安局岳麓分局").value == "长沙市公安局岳麓分局"  # its label misread (S s007)
    assert _parse_authority("上海市公安局的通知") is None


def test_two_peoples_id_cards_copied_on_one_sheet_are_two_cards_and_a_cards_two_faces_stay_one():
    """Outsider Y's y001: the applicant's card (front and back) above the spouse's on one A4 copy. Each half names
    itself and its person (姓名); the back beside its front names nobody, so the faces are not parted."""
    sheet = [("中华人民共和国", 0.541, 0.168, 0.657, 0.194), ("姓名覃娟芳", 0.195, 0.183, 0.263, 0.207),
             ("居民身份证", 0.552, 0.187, 0.676, 0.215), ("性别女民族汉", 0.198, 0.199, 0.307, 0.224),
             ("出生 1996 年 7月 28 日", 0.201, 0.214, 0.307, 0.239), ("住址", 0.205, 0.239, 0.236, 0.252),
             ("河北省邯郸市邯山区江长路", 0.229, 0.228, 0.333, 0.249), ("529号26幢4101室", 0.234, 0.241, 0.301, 0.258),
             ("签发机关 邯郸市公安局邯山区分局", 0.517, 0.246, 0.654, 0.265),
             ("有效期限 2023.08.12-2043.08.12", 0.519, 0.262, 0.650, 0.281),
             ("公民身份号码13040219960728560X", 0.213, 0.278, 0.379, 0.304),
             ("中华人民共和国", 0.572, 0.349, 0.684, 0.377), ("姓名钱德", 0.244, 0.370, 0.299, 0.388),
             ("居民身份证", 0.583, 0.365, 0.704, 0.398), ("民族汉", 0.299, 0.384, 0.350, 0.401),
             ("出生 1999年 9 月 18 日", 0.249, 0.398, 0.352, 0.419), ("住址上海市嘉定区杨高南路1", 0.249, 0.410, 0.372, 0.433),
             ("183弄76号1301", 0.279, 0.424, 0.340, 0.438), ("室", 0.281, 0.436, 0.296, 0.447),
             ("签发机关 上海市公安局嘉定区分局", 0.553, 0.424, 0.688, 0.448),
             ("有效期限 2017.12.06-2027.12.06", 0.555, 0.440, 0.685, 0.462),
             ("公民身份号码310114199909183679", 0.257, 0.459, 0.416, 0.480)]
    parts = classify_page(ocr_lines(sheet))
    assert [part.classification.type_id for part in parts] == ["id_card", "id_card"]
    assert [sorted(line.text for line in part.lines if "签发机关" in line.text) for part in parts] == [
        ["签发机关 邯郸市公安局邯山区分局"], ["签发机关 上海市公安局嘉定区分局"]]
    one_card = sheet[:11]
    assert len(classify_page(ocr_lines(one_card))) == 1


def test_the_marriage_booklets_page_of_the_two_people_photographed_alone_is_a_marriage_certificate():
    """Outsider Y's y030: the inner page with each person's 姓名, 性别, 国籍, 出生日期 and 身份证件号, no title."""
    people = [("姓名", 0.110, 0.440, 0.180, 0.473), ("黄嘉浩", 0.202, 0.443, 0.310, 0.483),
              ("性别男", 0.477, 0.456, 0.610, 0.498), ("国籍", 0.109, 0.482, 0.176, 0.514),
              ("中国", 0.199, 0.487, 0.276, 0.522), ("出生日期1991-07-11", 0.478, 0.502, 0.758, 0.542),
              ("身份证件号", 0.107, 0.525, 0.278, 0.561), ("620102199107115532", 0.259, 0.535, 0.549, 0.575),
              ("姓名", 0.095, 0.601, 0.164, 0.634), ("孟瑶倩", 0.184, 0.605, 0.295, 0.644),
              ("性别女", 0.463, 0.619, 0.596, 0.660), ("国籍", 0.092, 0.644, 0.163, 0.676),
              ("中国", 0.184, 0.648, 0.261, 0.684), ("出生日期1994-09-26", 0.463, 0.660, 0.744, 0.700),
              ("身份证件号", 0.092, 0.690, 0.262, 0.726), ("53010219940926040X", 0.244, 0.700, 0.534, 0.740)]
    assert classify_lines(ocr_lines(people)).type_id == "marriage_certificate"


def test_a_front_whose_labels_and_ethnic_group_were_lost_is_still_a_card_by_its_sex_year_and_number():
    """Outsider Y's y020: 邢平 / 男 / 1992722 / the address / the number, nothing else read."""
    front = [("邢平", 0.368, 0.375, 0.412, 0.396), ("男", 0.373, 0.406, 0.392, 0.420),
             ("1992722", 0.372, 0.422, 0.500, 0.449), ("上海市，浦东新区川沙路17", 0.375, 0.443, 0.561, 0.473),
             ("1号2701室", 0.376, 0.468, 0.457, 0.487), ("310115199207229413", 0.426, 0.523, 0.635, 0.555)]
    assert classify_lines(ocr_lines(front)).type_id == "id_card"
    from precheck.pipeline.classify import _names_a_person
    assert _names_a_person(ocr_lines([("姓E", 0.161, 0.362, 0.181, 0.381)]))  # y039: a booklet's 姓名 misread
    assert not _names_a_person(ocr_lines([("签发机关", 0.1, 0.1, 0.2, 0.12), ("性别", 0.1, 0.2, 0.2, 0.22)]))


def test_an_id_cards_front_whose_address_is_a_collective_household_is_an_id_card():
    # outsider AE, ae011 and ae020: hukou held in a talent centre's collective household
    front = [item if not item[0].startswith("住址") else ("住址 山西省太原市小店区人力资源服务中心集体户口",) + item[1:]
             for item in ID_FRONT]
    assert classify_lines(ocr_lines(front)).type_id == "id_card"
