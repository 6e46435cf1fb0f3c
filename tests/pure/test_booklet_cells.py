"""Booklets and information pages read from hand-made lines: a value the detector cut in pieces along its row, a label
whose characters were boxed apart, a label read with a character wrong, 户别 and 民族 kept as printed, values found by
their kind where their label was lost, and the validity printed as 起 / 止 in two cells."""
from extractors.doctypes import household_register_cover as cover
from extractors.doctypes import household_register_member as member
from extractors.doctypes import residence_permit
from extractors.doctypes.household_register_member import parse_ethnicity_as_printed
from extractors.reading.fields import Field, GUESSED_PLACE_CAP, Reader
from extractors.reading.text import join_lone_characters, make_line
from extractors.reading.values import digits, parse_address, parse_date
from precheck.core.model import OcrLine, PageRef

REF = PageRef(file="booklet.jpg", page=1)
A4 = 1.414


def page(*items):
    return [make_line(OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=0.99), REF, 0, A4) for t, x0, y0, x1, y1 in items]


ISSUED = Field("issue_date", ("签发日期",), parse_date)
NUMBER = Field("household_number", ("户号",), digits(5, 12))
ADDRESS = Field("hukou_address", ("户籍地详址", "户籍地址"), parse_address, wraps=True)


def test_a_date_whose_year_stands_apart_from_the_rest_is_read_whole():
    lines = page(("签发日期", 0.45, 0.434, 0.50, 0.450), ("2017", 0.568, 0.434, 0.603, 0.448),
                 ("年5月13日", 0.618, 0.431, 0.739, 0.449))
    assert Reader(lines, (ISSUED,)).read_all()["issue_date"].value == "2017-05-13"


def test_pieces_far_apart_in_the_row_are_not_one_value():
    lines = page(("签发日期", 0.10, 0.434, 0.15, 0.450), ("2017", 0.20, 0.434, 0.235, 0.448),
                 ("年5月13日", 0.60, 0.431, 0.72, 0.449))
    assert "issue_date" not in Reader(lines, (ISSUED,)).read_all()


def test_a_label_whose_characters_were_boxed_apart_is_joined():
    lines = join_lone_characters(page(("户", 0.413, 0.343, 0.424, 0.361), ("号", 0.426, 0.342, 0.441, 0.364),
                                      ("538682924", 0.46, 0.336, 0.51, 0.368)))
    assert [line.text for line in lines] == ["户号", "538682924"]
    assert Reader(lines, (NUMBER,)).read_all()["household_number"].value == "538682924"


def test_the_rest_of_a_label_read_with_a_character_wrong_is_no_part_of_the_value():
    lines = page(("户籍地祥址:河南省周口市鹿邑县双桥镇林场村四组15号", 0.13, 0.287, 0.60, 0.300))
    assert Reader(lines, (ADDRESS,)).read_all()["hukou_address"].value == "河南省周口市鹿邑县双桥镇林场村四组15号"


def test_the_next_rows_two_character_label_misread_is_no_continuation_of_the_value_above():
    """Labels over values in a photographed 常住人口登记卡: 籍贯 under 出生地's value read as 箱贯 (57%) or 糖贯 (95%)
    does not carry the birthplace on, and is not the native place either (outsider AF, af023 and af034)."""
    def rows(next_label, confidence):
        lines = page(("出生地", 0.223, 0.272, 0.261, 0.289), ("河南省郑州市", 0.227, 0.287, 0.318, 0.309))
        lines += [make_line(OcrLine(text=next_label, bbox=(0.219, 0.317, 0.250, 0.334), confidence=confidence),
                            REF, 0, A4)]
        return lines + page(("河南省郑州市", 0.223, 0.332, 0.316, 0.354))

    for misread, confidence in (("箱贯", 0.57), ("糖贯", 0.95)):
        reader = Reader(rows(misread, confidence), member.FIELDS, member.EXTRA_LABELS)
        fields = reader.read_all()
        assert fields["birthplace"].value == "河南省郑州市"
        assert member.value_under(fields["birthplace"], reader, member.parse_native_place).value == "河南省郑州市"
    # A two-character line like no label still carries the value on.
    fields = Reader(rows("新村", 0.57), member.FIELDS, member.EXTRA_LABELS).read_all()
    assert fields["birthplace"].value == "河南省郑州市新村"


def test_household_type_and_ethnicity_are_kept_as_printed():
    assert cover.parse_household_type("非农业家庭户口").value == "非农业家庭户口"
    assert cover.parse_household_type("家庭户").value == "家庭户"
    assert cover.parse_household_type("非农业家庭户户口").value == "非农业家庭户户口"
    assert cover.parse_household_type("居民家庭户口").value == "居民家庭户口"
    assert cover.parse_household_type("户口专用章") is None
    assert parse_ethnicity_as_printed("汉族").value == "汉族"
    assert parse_ethnicity_as_printed("土家族").value == "土家族"
    assert parse_ethnicity_as_printed("汉").value == "汉"


def test_a_household_type_whose_label_was_lost_is_found_by_its_kind_but_only_guessed():
    lines = page(("别", 0.454, 0.148, 0.472, 0.158), ("非农业家庭户口", 0.486, 0.145, 0.590, 0.163),
                 ("户口专用章", 0.47, 0.31, 0.54, 0.326))
    fields = {}
    cover.fill_by_kind(fields, lines)
    assert fields["household_type"].value == "非农业家庭户口"
    assert fields["household_type"].confidence <= GUESSED_PLACE_CAP and fields["household_type"].guessed
    assert "household_number" not in fields


def test_validity_in_two_cells_named_start_and_end():
    lines = page(("有效期限起", 0.148, 0.481, 0.251, 0.502), ("2026-06-10", 0.308, 0.481, 0.414, 0.502),
                 ("有效期限止", 0.148, 0.526, 0.254, 0.550), ("2027-06-09", 0.310, 0.528, 0.415, 0.549))
    values = Reader(lines, residence_permit.FIELDS, residence_permit.EXTRA_LABELS).read_all()
    assert (values["valid_from"].value, values["valid_until"].value) == ("2026-06-10", "2027-06-09")


def test_a_skewed_card_short_value_beside_its_label_under_the_name_and_an_address_never_starts_with_a_date():
    from extractors.doctypes import id_card
    lines = page(("姓名", 0.275, 0.084, 0.312, 0.095), ("郭俊永", 0.322, 0.088, 0.384, 0.111),
                 ("性别", 0.272, 0.104, 0.315, 0.121), ("男", 0.324, 0.112, 0.349, 0.128),
                 ("出生", 0.273, 0.129, 0.314, 0.145), ("民族汉", 0.377, 0.125, 0.455, 0.145),
                 ("住址", 0.273, 0.151, 0.316, 0.168), ("1996年12月30日", 0.323, 0.146, 0.484, 0.167),
                 ("安徽省合肥市蜀山区建设", 0.326, 0.172, 0.504, 0.193), ("路11号30幢603室", 0.326, 0.184, 0.459, 0.203),
                 ("公民身份号码", 0.276, 0.215, 0.357, 0.233))
    values = Reader(lines, id_card.FIELDS).read_all()
    assert values["name"].value == "郭俊永" and values["sex"].value == "男"
    assert values["birth_date"].value == "1996-12-30"
    assert values["address"].value == "安徽省合肥市蜀山区建设路11号30幢603室"


def test_an_id_number_broken_at_the_end_of_a_letters_line_goes_on_at_the_paragraphs_margin():
    from extractors.doctypes import collective_hukou_certificate as letter
    lines = page(("兹证明贺晶洁,女,汉族,1986年10月30日出生,公民身份号码:36220", 0.171, 0.234, 0.861, 0.258),
                 ("2198610309309,其户口现登记在宜春市高校毕业生就业指导中心集体户,户", 0.123, 0.262, 0.860, 0.287),
                 ("籍地址:江西省宜春市袁州区望江路272号。", 0.128, 0.294, 0.552, 0.315))
    values = Reader(lines, letter.FIELDS, letter.EXTRA_LABELS).read_all()
    assert values["id_number"].value == "362202198610309309"


def test_an_id_number_broken_in_a_double_spaced_letter_goes_on_at_the_next_lines_margin():
    """Outsider S's s008, a text PDF: the next line's centre two text heights down."""
    from extractors.doctypes import collective_hukou_certificate as letter
    lines = page(("兹证明汪萍伟，性别女，2000年7月5日出生，公民身份号码51010", 0.181, 0.238, 0.859, 0.255),
                 ("4200007052848，其常住户口登记在我所辖区集体户，户籍地址：", 0.133, 0.271, 0.812, 0.288),
                 ("四川省成都市锦江区红星路１３６号。", 0.133, 0.305, 0.538, 0.322))
    values = Reader(lines, letter.FIELDS, letter.EXTRA_LABELS).read_all()
    assert values["id_number"].value == "510104200007052848"

def test_an_id_number_broken_at_a_letters_line_end_is_read_though_the_signature_stands_further_right():
    """Outsider Y y027, a scanned letter: the police station's name under the text reaches further right than the
    paragraph, so the paragraph's lines do not run to the page's print margin; the number is read across the break
    in the running text, and surely, since the joined number passes its check."""
    from extractors.registry import extract_fields
    from precheck.core.model import PageSource, PageText
    from precheck.pipeline.classify import classify_page
    from precheck.pipeline.grouping import PlacedPart, group_documents

    items = [("户籍证明", (0.391, 0.092, 0.609, 0.132)),
             ("兹证明方晓，性别女，1985年9月12日出生，公民身份号码32", (0.158, 0.180, 0.881, 0.207)),
             ("0302198509120647，其常住户口登记在我所辖区集体户口，户籍", (0.106, 0.217, 0.877, 0.240)),
             ("地址：江苏省徐州市鼓楼区高校毕业生就业指导中心集体户。", (0.106, 0.250, 0.814, 0.274)),
             ("特此证明。（本证明自开具之日起三个月内有效)", (0.156, 0.291, 0.733, 0.318)),
             ("徐州市公安局鼓楼区分局南湖派出所", (0.5625, 0.396, 0.974, 0.419)),
             ("2026年10月12日", (0.608, 0.436, 0.798, 0.457))]
    scanned = PageText(ref=REF, source=PageSource.ocr, width=1654, height=2339,
                       lines=[OcrLine(text=text, bbox=box, confidence=0.99) for text, box in items])
    (letter,) = group_documents([PlacedPart(scanned, part) for part in classify_page(scanned.lines)])
    assert letter.type_id == "collective_hukou_certificate"
    fields, _ = extract_fields(letter, None)
    assert fields["id_number"].value == "320302198509120647" and not fields["id_number"].guessed
    # A number that fails its check across the break may be a wrong join: only a guess.
    items[2] = ("0302198509120648，其常住户口登记在我所辖区集体户口，户籍", items[2][1])
    scanned = scanned.model_copy(update={"lines": [OcrLine(text=text, bbox=box, confidence=0.99) for text, box in items]})
    (letter,) = group_documents([PlacedPart(scanned, part) for part in classify_page(scanned.lines)])
    fields, _ = extract_fields(letter, None)
    assert fields["id_number"].value == "320302198509120648" and fields["id_number"].guessed


def test_an_addresss_last_character_wrapped_beside_its_label_is_no_character_of_the_label():
    """Outsider Z z025, a tilted photo of an open booklet: 住址 stands level between the address's two lines, and the
    lone 号 of the second line, right beside it, was joined to it as a letter-spaced label's character."""
    lines = page(("江苏省南京市玄武区珠江路670", 0.241, 0.400, 0.378, 0.427), ("住址", 0.204, 0.412, 0.227, 0.436),
                 ("号", 0.234, 0.422, 0.249, 0.445))
    joined = join_lone_characters(lines, [label for spec in cover.FIELDS for label in spec.labels])
    assert "住址" in [line.text for line in joined]
    assert Reader(joined, cover.FIELDS).read_all()["address"].value == "江苏省南京市玄武区珠江路670号"
    # letter-spaced labels are still joined
    spaced = page(("住", 0.204, 0.412, 0.214, 0.436), ("址", 0.222, 0.412, 0.232, 0.436))
    assert [line.text for line in join_lone_characters(spaced, ["住址"])] == ["住址"]


def test_a_member_card_whose_grey_labels_were_not_read_gives_its_id_and_birth_date_only_as_guesses():
    from extractors.doctypes import household_register_member as member
    lines = page(("常住人口登记卡", 0.54, 0.30, 0.73, 0.32), ("江西省南昌市", 0.50, 0.417, 0.58, 0.435),
                 ("1987年2月12日", 0.697, 0.417, 0.786, 0.432), ("360102198702124590", 0.705, 0.47, 0.814, 0.485),
                 ("1994年1月19日", 0.66, 0.68, 0.756, 0.699))
    fields = {}
    member.fill_by_kind(fields, lines)
    assert fields["id_number"].value == "360102198702124590" and fields["id_number"].guessed
    assert fields["birth_date"].value == "1987-02-12" and fields["birth_date"].confidence <= GUESSED_PLACE_CAP


def test_the_broken_off_tail_of_a_heading_is_no_name():
    from extractors.doctypes import household_register_member as member
    lines = page(("记卡", 0.728, 0.157, 0.798, 0.186), ("姓名", 0.494, 0.199, 0.526, 0.217), ("女", 0.792, 0.202, 0.811, 0.216))
    assert "name" not in Reader(lines, member.FIELDS, member.EXTRA_LABELS).read_all()


def test_a_date_whose_second_piece_sits_higher_than_its_year_is_read_whole():
    lines = page(("签发日期", 0.166, 0.443, 0.246, 0.464), ("2019", 0.332, 0.446, 0.393, 0.466),
                 ("年3月17日", 0.396, 0.443, 0.588, 0.471))
    assert Reader(lines, (ISSUED,)).read_all()["issue_date"].value == "2019-03-17"


def test_an_address_whose_label_is_printed_two_characters_a_line_beside_it_is_placed_surely():
    # A 首页 with 住址 over its cell and 详细 | 地址 on two lines left of the value (drawn so by an outsider).
    lines = page(("户号", 0.084, 0.320, 0.179, 0.396), ("333975007", 0.249, 0.316, 0.413, 0.384),
                 ("住址", 0.486, 0.316, 0.592, 0.404), ("详细", 0.092, 0.448, 0.171, 0.524),
                 ("地址", 0.092, 0.496, 0.171, 0.572),
                 ("陕西省西安市雁塔区小寨东路121号5号楼1097室", 0.220, 0.464, 0.899, 0.528),
                 ("签发日期", 0.607, 0.692, 0.737, 0.756), ("2017年5月26日", 0.743, 0.692, 0.939, 0.756))
    fields = Reader(lines, cover.FIELDS, cover.EXTRA_LABELS).read_all()
    assert fields["address"].value == "陕西省西安市雁塔区小寨东路121号5号楼1097室"
    assert not fields["address"].guessed


# The 首页 of outsider K's k001 as OCR boxed it: the address fills the 住址 cell to the table's edge and goes on in the
# next row, whose label cell is empty and whose value spans the columns from the left.
SPILLED_COVER = (("户口簿", 0.409, 0.065, 0.596, 0.151), ("户别", 0.073, 0.206, 0.170, 0.265),
                 ("家庭户", 0.212, 0.210, 0.322, 0.276), ("户主姓名", 0.519, 0.214, 0.635, 0.269),
                 ("程云萍", 0.665, 0.219, 0.778, 0.280), ("户号", 0.073, 0.338, 0.168, 0.395),
                 ("湖南省长沙市岳麓区", 0.657, 0.335, 0.968, 0.394), ("561255657", 0.211, 0.347, 0.373, 0.403),
                 ("住址", 0.535, 0.347, 0.628, 0.401), ("桐梓坡路58号10幢604室", 0.212, 0.475, 0.574, 0.533),
                 ("承办人签章", 0.075, 0.606, 0.196, 0.650), ("万峰", 0.262, 0.606, 0.341, 0.670),
                 ("签发日期 2025 年 4 月 28 日", 0.551, 0.895, 0.995, 0.965))


def _cover_address(items):
    fields = Reader(page(*items), cover.FIELDS, cover.EXTRA_LABELS).read_all()
    cover.doubt_cut_addresses(fields, ("address",), page(*items))
    return fields["address"]


def test_an_address_carried_on_into_the_next_row_from_further_left_is_read_whole_and_surely():
    address = _cover_address(SPILLED_COVER)
    assert address.value == "湖南省长沙市岳麓区桐梓坡路58号10幢604室"
    assert not address.guessed  # the 户号 cell left of the address's first line is not text the reading left out


def test_an_address_carried_into_a_tall_rows_next_row_on_a_tilted_scan_is_read_whole():
    # Outsider K's k035 as OCR boxed it: a scanned 首页 tilted 0.023, its rows tall and the address's first line high
    # in its cell, so the next row's line is 3.3 text heights down.
    items = (("户口簿", 0.409, 0.066, 0.596, 0.152), ("户别", 0.074, 0.208, 0.168, 0.264),
             ("家庭户", 0.211, 0.213, 0.312, 0.271), ("户主姓名", 0.519, 0.215, 0.633, 0.268),
             ("彭娟", 0.663, 0.219, 0.737, 0.279), ("户号", 0.073, 0.339, 0.167, 0.395),
             ("471031444", 0.213, 0.350, 0.380, 0.396), ("住址", 0.535, 0.346, 0.627, 0.400),
             ("广西壮族自治区南宁", 0.658, 0.336, 0.933, 0.388), ("市武鸣区标营新区284号30幢809室", 0.213, 0.476, 0.691, 0.531),
             ("承办人签章", 0.074, 0.606, 0.197, 0.652), ("邹旭", 0.263, 0.606, 0.339, 0.670),
             ("户口登记机关和户口专用章", 0.065, 0.755, 0.391, 0.805), ("签发日期 2024年1月15 日", 0.553, 0.897, 0.949, 0.957))
    lines = [make_line(OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=0.99), REF, 0, A4, tilt=0.02264)
             for t, x0, y0, x1, y1 in items]
    fields = Reader(lines, cover.FIELDS, cover.EXTRA_LABELS).read_all()
    assert fields["address"].value == "广西壮族自治区南宁市武鸣区标营新区284号30幢809室"


def test_the_next_row_is_no_continuation_when_the_address_already_has_its_house_part():
    items = [item for item in SPILLED_COVER if item[0] != "湖南省长沙市岳麓区"]
    items.append(("湖南省长沙市岳麓区桐梓坡路58号", 0.657, 0.335, 0.968, 0.394))
    items = [item if item[0] != "桐梓坡路58号10幢604室" else ("3号楼东侧车库", *item[1:]) for item in items]
    assert _cover_address(items).value == "湖南省长沙市岳麓区桐梓坡路58号"


def test_a_labelled_row_below_is_no_continuation():
    items = [item if item[0] != "桐梓坡路58号10幢604室" else ("承办人签章 10号", *item[1:]) for item in SPILLED_COVER]
    assert _cover_address(items).value == "湖南省长沙市岳麓区"


def test_a_watermarks_tall_letter_at_a_rows_end_is_no_character_of_the_address():
    # Outsider K's k018: a ~100 dpi 居住证 printout whose watermark's 用 (twice the print's height) stands at the end of
    # the 户籍地址 row.
    lines = join_lone_characters(page(("户籍地址：", 0.080, 0.233, 0.196, 0.261),
                                      ("湖南省长沙市岳麓区桐梓坡路66号7幢2102室", 0.463, 0.235, 0.925, 0.262),
                                      ("用", 0.908, 0.217, 0.993, 0.273)))
    assert "湖南省长沙市岳麓区桐梓坡路66号7幢2102室" in [line.text for line in lines]
    # A lone character of the print's own size still joins its row (户 | 号).
    assert [line.text for line in join_lone_characters(page(("户", 0.413, 0.343, 0.424, 0.361),
                                                            ("号", 0.426, 0.342, 0.441, 0.364)))] == ["户号"]


def test_a_district_named_with_a_house_word_still_carries_on_into_the_next_row():
    # Outsider K's k026: 鼓楼区 holds 楼, which a house part also holds (号楼); the first row has no house number.
    items = [item if item[0] != "湖南省长沙市岳麓区" else ("江苏省南京市鼓楼区", *item[1:]) for item in SPILLED_COVER]
    items = [item if item[0] != "桐梓坡路58号10幢604室" else ("虎踞路340号8幢507室", *item[1:]) for item in items]
    assert _cover_address(items).value == "江苏省南京市鼓楼区虎踞路340号8幢507室"


def test_a_validity_right_aligned_and_wrapped_after_its_zhi_reads_whole():
    # Outsider L's e-permit screens: 有效期限 | 2026-08-15至 right-aligned, the end date on the line below.
    lines = page(("签发日期", 0.085, 0.558, 0.225, 0.580), ("2026-08-15", 0.738, 0.559, 0.913, 0.578),
                 ("有效期限", 0.085, 0.605, 0.225, 0.627), ("2026-08-15至", 0.707, 0.606, 0.913, 0.625),
                 ("2029-08-14", 0.738, 0.637, 0.913, 0.655), ("出示电子居住证", 0.387, 0.919, 0.615, 0.938))
    fields = Reader(lines, residence_permit.FIELDS, residence_permit.EXTRA_LABELS).read_all()
    assert (fields["valid_from"].value, fields["valid_until"].value) == ("2026-08-15", "2029-08-14")
    assert fields["issue_date"].value == "2026-08-15"


def test_a_place_wrapped_in_its_narrow_cell_is_read_whole():
    # Outsider R's r005, a 常住人口登记卡 scanned: 广西壮族自治区南 over 宁市, the labels level with the lines' middle.
    from extractors.doctypes import household_register_member as member
    lines = page(("广西壮族自治区南", 0.635, 0.268, 0.751, 0.298), ("出生地", 0.575, 0.281, 0.619, 0.310),
                 ("宁市", 0.635, 0.290, 0.670, 0.325), ("广西壮族自治区南", 0.635, 0.326, 0.752, 0.359),
                 ("籍贯", 0.581, 0.340, 0.613, 0.371), ("宁市", 0.633, 0.349, 0.673, 0.387))
    values = Reader(lines, member.FIELDS, member.EXTRA_LABELS).read_all()
    assert values["birthplace"].value == values["native_place"].value == "广西壮族自治区南宁市"


def test_the_next_rows_place_whose_label_was_lost_does_not_continue_the_birthplace():
    # Outsider R's r009: 籍贯 went unread on a low-resolution copy; its 江苏省南京市 opens a value of its own.
    from extractors.doctypes import household_register_member as member
    lines = page(("出生地", 0.084, 0.283, 0.184, 0.318), ("江苏省南京市", 0.219, 0.283, 0.432, 0.320),
                 ("民族", 0.542, 0.284, 0.616, 0.321), ("朝鲜", 0.660, 0.280, 0.747, 0.323),
                 ("江苏省南京市", 0.219, 0.353, 0.430, 0.390), ("出生日期", 0.521, 0.357, 0.641, 0.388))
    assert Reader(lines, member.FIELDS, member.EXTRA_LABELS).read_all()["birthplace"].value == "江苏省南京市"


def test_a_cover_date_wider_than_its_label_and_set_flush_right_under_it_is_its_value():
    """A 户口簿 cover drawn by another hand (outsider U, u000): 签发日期 stands alone at the right, its date on the line
    under it, right-aligned with it and reaching further left. Before, the date was not read."""
    lines = page(("户口登记机关", 0.100, 0.482, 0.282, 0.511), ("签发日期", 0.773, 0.637, 0.898, 0.667),
                 ("2007年9月6日", 0.657, 0.676, 0.890, 0.707))
    assert Reader(lines, (ISSUED,)).read_all()["issue_date"].value == "2007-09-06"
