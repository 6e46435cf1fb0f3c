"""Two documents on one sheet (a diploma beside its degree certificate, a 户口簿首页 above its 本人页 on one copy or
photo) part along one straight empty band, side by side or one above the other, at any scale: each is classified and
read on its own, and one side's title never cancels the other. Lines as OCR read them from outsider pages."""
from extractors.doctypes import household_register_member as member
from extractors.reading.fields import GUESSED_PLACE_CAP
from extractors.reading.text import make_line
from precheck.core.model import OcrLine, PageRef
from precheck.pipeline.classify import classify_lines, classify_page

REF = PageRef(file="sheet.jpg", page=1)

# A 毕业证书 (left) and a 学士学位证书 (right) scanned side by side: the titles share one row, the bodies another,
# the feet a third, so bands across the whole sheet run between the rows as well as down the middle.
DIPLOMA = [("毕业证书", 0.182, 0.088, 0.331, 0.144), ("学生韦英斌，性别女，1994年5月17日生，于", 0.103, 0.387, 0.443, 0.423),
           ("2012年9月至2016年6月在本校法学专业四年制本", 0.067, 0.434, 0.434, 0.469),
           ("科学习，修完教学计划规定的全部课程，成绩合", 0.067, 0.481, 0.433, 0.516), ("格，准予毕业。", 0.067, 0.529, 0.184, 0.559),
           ("校名：湖南大学", 0.063, 0.763, 0.219, 0.8), ("校（院)长：李立新", 0.064, 0.81, 0.218, 0.844),
           ("2016年6月30日", 0.331, 0.816, 0.441, 0.846), ("证书编号：193612016596646490", 0.065, 0.895, 0.245, 0.92)]
DEGREE = [("学士學位证書", 0.646, 0.102, 0.849, 0.15), ("韦英斌，女，1994年5月17日生。在湖南大学法", 0.571, 0.401, 0.922, 0.435),
          ("学专业完成了本科学习计划，业已毕业，经审核符", 0.552, 0.446, 0.925, 0.481),
          ("合《中华人民共和国学位条例》的规定，授予法学", 0.552, 0.491, 0.925, 0.526), ("学士学位。", 0.55, 0.533, 0.631, 0.572),
          ("湖南大学", 0.547, 0.754, 0.62, 0.793), ("学位评定委员会主席", 0.55, 0.799, 0.692, 0.833),
          ("二〇一六年六月三十日", 0.771, 0.847, 0.933, 0.879), ("证书编号：4480740231090915", 0.549, 0.891, 0.713, 0.916)]
SEAL_PIECES = [("南", 0.309, 0.7, 0.37, 0.74), ("湖", 0.292, 0.744, 0.314, 0.776)]

# A chat photo of a copy holding the 首页 above the 本人页, small in the frame: the 本人页's grey labels were not read,
# only its title and values.
COVER = [("户口簿", 0.52, 0.241, 0.597, 0.266), ("户期", 0.418, 0.281, 0.453, 0.298), ("家庭户", 0.478, 0.283, 0.519, 0.298),
         ("户主姓名", 0.559, 0.285, 0.608, 0.298), ("袁悦", 0.617, 0.285, 0.648, 0.3), ("户号", 0.416, 0.307, 0.451, 0.323),
         ("574113910", 0.475, 0.309, 0.543, 0.324), ("四川省成都市武侯区科华北路224号10幢", 0.473, 0.333, 0.688, 0.351),
         ("304室", 0.473, 0.348, 0.512, 0.362), ("承办人签章", 0.415, 0.384, 0.47, 0.398), ("华建华", 0.494, 0.385, 0.53, 0.397),
         ("签发日期2017年9月18日", 0.554, 0.42, 0.677, 0.435)]
MEMBER = [("常住人口登记卡", 0.479, 0.577, 0.595, 0.597), ("袁超怡", 0.482, 0.604, 0.518, 0.616), ("女", 0.481, 0.614, 0.499, 0.627),
          ("女", 0.481, 0.637, 0.495, 0.648), ("四川省成都市", 0.479, 0.648, 0.543, 0.661), ("汉", 0.479, 0.66, 0.494, 0.67),
          ("四川省成都市", 0.477, 0.671, 0.541, 0.682), ("1990年2月26日", 0.475, 0.68, 0.549, 0.695), ("ERCD", 0.392, 0.702, 0.425, 0.715),
          ("510107199002265725", 0.473, 0.713, 0.577, 0.728), ("文化和", 0.389, 0.747, 0.424, 0.759), ("大学本科", 0.472, 0.747, 0.519, 0.76),
          ("未婚", 0.473, 0.759, 0.499, 0.771), ("站地过注", 0.384, 0.809, 0.457, 0.824), ("1990.04.24", 0.469, 0.823, 0.524, 0.837)]


def ocr(items):
    return [OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=0.95) for t, x0, y0, x1, y1 in items]


def moved(items, scale=1.0, dx=0.0, dy=0.0):
    return [(t, x0 * scale + dx, y0 * scale + dy, x1 * scale + dx, y1 * scale + dy) for t, x0, y0, x1, y1 in items]


def parts(items):
    return {part.classification.type_id: {line.text for line in part.lines} for part in classify_page(ocr(items))}


def test_a_diploma_and_its_degree_side_by_side_are_two_documents_each_with_its_own_lines():
    found = parts(DIPLOMA + DEGREE + SEAL_PIECES)
    assert set(found) == {"diploma", "degree_certificate"}
    assert found["diploma"] == {t for t, *_ in DIPLOMA + SEAL_PIECES}
    assert found["degree_certificate"] == {t for t, *_ in DEGREE}


def test_one_above_the_other_and_small_in_a_photo_they_part_just_the_same():
    # The diploma in the top half, the degree (shifted left) in the bottom half, the whole at a third of the frame.
    stacked = moved(DIPLOMA, 0.5) + moved(DEGREE, 0.5, dx=-0.25, dy=0.5)
    found = parts(moved(stacked, 0.35, dx=0.4, dy=0.3))
    assert found["diploma"] == {t for t, *_ in DIPLOMA}
    assert found["degree_certificate"] == {t for t, *_ in DEGREE}


def test_one_certificate_alone_is_one_document_however_far_apart_its_title_body_and_foot():
    assert list(parts(DIPLOMA + SEAL_PIECES)) == ["diploma"]
    assert list(parts(DEGREE)) == ["degree_certificate"]


def test_a_member_page_whose_labels_were_lost_is_named_by_its_title_beside_the_cover():
    assert parts(COVER + MEMBER) == {"household_register_cover": {t for t, *_ in COVER},
                                     "household_register_member": {t for t, *_ in MEMBER}}


def test_the_member_title_that_rules_out_a_cover_does_not_cancel_the_sheet():
    """The 首页 excludes 常住人口登记卡 (a 本人页 is no 首页); on a sheet holding both, read as one, the 本人页's title took
    the cover's score away and the whole sheet came out unknown. Each side is read on its own."""
    poor_cover = [item for item in COVER if item[0] not in ("户期", "承办人签章", "签发日期2017年9月18日")]
    assert classify_lines(ocr(poor_cover + MEMBER)).type_id != "household_register_cover"
    assert set(parts(poor_cover + MEMBER)) == {"household_register_cover", "household_register_member"}


def member_fields(items):
    from extractors.reading.fields import Reader
    from extractors.reading.form_order import fill_in_form_order
    lines = [make_line(line, REF, 0, 1.33) for line in ocr(items)]
    reader = Reader(lines, member.FIELDS, member.EXTRA_LABELS)
    fields = reader.read_all()
    fill_in_form_order(fields, reader, member.PRINTED_ORDER)
    return fields


def test_a_member_page_whose_labels_were_lost_is_read_in_the_cards_printed_order_as_guesses():
    fields = member_fields(MEMBER)
    assert {name: value.value for name, value in fields.items()} == {
        "name": "袁超怡", "relation_to_head": "女", "sex": "女", "birthplace": "四川省成都市", "ethnicity": "汉",
        "native_place": "四川省成都市", "birth_date": "1990-02-26", "id_number": "510107199002265725",
        "education": "大学本科", "marital_status": "未婚", "registration_date": "1990-04-24"}
    assert all(value.guessed and value.confidence <= GUESSED_PLACE_CAP for value in fields.values())


def test_two_cells_a_row_are_read_left_to_right_and_a_label_read_keeps_its_own_place():
    grid = [("常住人口登记卡", 0.40, 0.05, 0.60, 0.08),
            ("孙婷静", 0.20, 0.12, 0.30, 0.14), ("户主", 0.70, 0.12, 0.76, 0.14),
            ("男", 0.70, 0.17, 0.72, 0.19),
            ("上海市", 0.20, 0.22, 0.30, 0.24), ("汉", 0.70, 0.22, 0.72, 0.24),
            ("上海市", 0.20, 0.27, 0.30, 0.29), ("1991年05月01日", 0.70, 0.27, 0.85, 0.29),
            ("服务处所", 0.05, 0.50, 0.15, 0.52),  # read, its cell blank: no line below takes its place
            ("上海知行电子商务有限公司", 0.20, 0.60, 0.50, 0.62), ("1991.06.22", 0.20, 0.70, 0.32, 0.72)]
    fields = member_fields(grid)
    assert {name: value.value for name, value in fields.items()} == {
        "name": "孙婷静", "relation_to_head": "户主", "sex": "男", "birthplace": "上海市", "ethnicity": "汉",
        "native_place": "上海市", "birth_date": "1991-05-01", "registration_date": "1991-06-22"}


def test_a_name_the_relations_label_took_while_the_names_label_went_unread_is_the_name():
    from extractors.doctypes.household_register_member import extract
    from precheck.pipeline.grouping import DocumentDraft, PlacedPart
    from precheck.core.model import PageSource, PageText
    slanted = [("常住人口登记卡", 0.418, 0.556, 0.521, 0.582), ("顾艳凯", 0.422, 0.582, 0.457, 0.598),
               ("户主或与户主关系", 0.35, 0.597, 0.409, 0.613), ("女", 0.425, 0.597, 0.439, 0.607), ("曾用名", 0.352, 0.61, 0.377, 0.622),
               ("性别", 0.354, 0.622, 0.372, 0.632), ("江苏省宿迁市", 0.425, 0.622, 0.481, 0.639), ("女", 0.428, 0.618, 0.438, 0.627),
               ("民族", 0.354, 0.641, 0.374, 0.653), ("出生地", 0.355, 0.632, 0.378, 0.642), ("汉", 0.427, 0.637, 0.441, 0.648)]
    page = PageText(ref=REF, source=PageSource.ocr, width=960, height=1280, lines=ocr(slanted))
    part = classify_page(page.lines)[0]
    assert part.classification.type_id == "household_register_member"
    draft = DocumentDraft(type_id="household_register_member", parts=[PlacedPart(page, part)])
    fields, _ = extract(draft, None)
    assert fields["name"].value == "顾艳凯" and fields["name"].guessed
    assert fields["relation_to_head"].value == "女" and fields["relation_to_head"].guessed


def test_a_misread_label_and_a_piece_of_a_company_name_are_no_values_by_order():
    grid = [("常住人口登记卡", 0.40, 0.05, 0.60, 0.08), ("姓谷", 0.05, 0.12, 0.10, 0.14), ("黄杰婧", 0.20, 0.12, 0.30, 0.14),
            ("F有限公司", 0.20, 0.60, 0.32, 0.62)]
    fields = member_fields(grid)
    assert fields["name"].value == "黄杰婧" and "employer" not in fields
    assert member.parse_company("上海中科汇智软件有限公司").value == "上海中科汇智软件有限公司"


def test_an_id_cards_faces_above_the_permit_card_whose_labels_include_the_id_cards_title_are_two_documents():
    """A tilted photo of one A4 copy: the ID card's faces side by side, the 居住证 card under them labelled
    公民身份号码 like the ID card's title."""
    from precheck.core.model import OcrLine
    from precheck.pipeline.classify import classify_page
    rows = [("中华人民共和国", 0.61, 0.317, 0.731, 0.348), ("居民身份证", 0.609, 0.336, 0.739, 0.372), ("姓名", 0.264, 0.356, 0.295, 0.371),
            ("石海涛", 0.292, 0.351, 0.333, 0.369), ("性别男民族汉", 0.265, 0.361, 0.379, 0.387),
            ("出生 1996 年 11 月 19 日", 0.267, 0.373, 0.397, 0.4), ("湖南省长沙市岳麓区麓山南路", 0.298, 0.386, 0.416, 0.411),
            ("签发机关", 0.57, 0.394, 0.609, 0.41), ("长沙市公安局岳麓分局", 0.612, 0.383, 0.708, 0.406), ("住址", 0.27, 0.4, 0.298, 0.414),
            ("258号19栋425房", 0.301, 0.4, 0.372, 0.42), ("有效期限", 0.572, 0.409, 0.612, 0.424),
            ("2023.06.10-2043.06.10", 0.613, 0.399, 0.712, 0.421), ("43010419961119779X", 0.336, 0.422, 0.495, 0.451),
            ("公民身份号码", 0.275, 0.44, 0.326, 0.456), ("上海市居住证", 0.461, 0.485, 0.561, 0.511), ("石海涛", 0.433, 0.519, 0.469, 0.534),
            ("姓名", 0.398, 0.524, 0.424, 0.537), ("公民身份号码 43010419961119779X", 0.4, 0.525, 0.557, 0.55),
            ("居住地址 上海市杨浦区文诚路450弄40号", 0.402, 0.539, 0.547, 0.565), ("577室", 0.437, 0.555, 0.466, 0.569),
            ("发证机关 上海市公安局杨浦区分局", 0.406, 0.57, 0.53, 0.593), ("有效期限 2025.11.01-2028.10.31", 0.408, 0.585, 0.526, 0.608)]
    parts = {part.classification.type_id: part for part in
             classify_page([OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=0.99) for t, x0, y0, x1, y1 in rows])}
    assert set(parts) == {"id_card", "residence_permit"}
    assert "43010419961119779X" in {line.text for line in parts["id_card"].lines}
    assert "2023.06.10-2043.06.10" not in {line.text for line in parts["residence_permit"].lines}


# Outsider K's k017: an ID card copied front above back on one A4, with the copy's note at its foot. The note names
# 居住证 but is no heading: the back's 签发机关 and 有效期限 stay with the card, not with a 居住证 of their own.
ID_COPY = [("姓名尹宇", 0.311, 0.129, 0.392, 0.145), ("性别男", 0.311, 0.152, 0.377, 0.168), ("民族满", 0.407, 0.149, 0.474, 0.167),
           ("出生 1999 年 4 月 16 日", 0.311, 0.171, 0.496, 0.189), ("住址 湖北省武汉市武昌区中南路1", 0.312, 0.192, 0.533, 0.211),
           ("16号", 0.354, 0.208, 0.393, 0.225), ("公民身份号码", 0.316, 0.255, 0.388, 0.270),
           ("420106199904161417", 0.403, 0.252, 0.583, 0.271), ("★", 0.332, 0.360, 0.364, 0.380),
           ("中华人民共和国", 0.424, 0.359, 0.574, 0.381), ("居民身份证", 0.423, 0.384, 0.605, 0.413),
           ("签发机关武汉市公安局武昌区分局", 0.379, 0.450, 0.594, 0.468), ("有效期限", 0.383, 0.477, 0.452, 0.490),
           ("2015.06.10-2035.06.10", 0.442, 0.472, 0.587, 0.491), ("此复印件仅供居住证积分申请使用", 0.126, 0.870, 0.531, 0.898)]


def test_a_copys_note_naming_the_residence_permit_does_not_part_an_id_card_copy():
    lines = [OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=1.0) for t, x0, y0, x1, y1 in ID_COPY]
    parts = classify_page(lines)
    assert [part.classification.type_id for part in parts] == ["id_card"]
    assert "签发机关武汉市公安局武昌区分局" in [line.text for line in parts[0].lines]


def test_a_use_note_is_told_from_a_title_or_a_sentence_naming_the_permit():
    from precheck.core.watermarks import is_use_note
    assert is_use_note("此复印件仅供居住证积分申请使用")
    assert is_use_note("本复印件仅供办理上海市居住证积分使用，他用无效")
    assert not is_use_note("上海市居住证")
    assert not is_use_note("本证明仅用于办理上海市居住证积分")


def _lines(rows):
    return [OcrLine(text=text, bbox=(x0, y0, x1, y1), confidence=0.99) for text, x0, y0, x1, y1 in rows]


# Outsider AB ab002: a phone photo of an A4 copy, the ID card's 人像面 (left) beside the 居住证 card (right), written
# over with a slanted watermark. OCR read more watermark pieces than the cards' own lines; the three-character pieces
# (仅供居, 住证积) are many lines tall and one of them crosses the band between the cards.
ID_FRONT = [("姓名 万欣梦", 0.132, 0.140, 0.217, 0.165), ("性别女民族汉", 0.132, 0.156, 0.262, 0.184),
            ("出生 1996 年 8 月 2 日", 0.135, 0.175, 0.278, 0.201), ("住址　江苏省苏州市吴中区兴隆", 0.136, 0.193, 0.299, 0.219),
            ("镇胜利村10组117号", 0.170, 0.207, 0.275, 0.228), ("320506199608022648", 0.216, 0.229, 0.403, 0.258),
            ("公民身份号码", 0.138, 0.243, 0.205, 0.261)]
PERMIT_CARD = [("上海市居住证", 0.461, 0.194, 0.589, 0.223), ("SHANGHAI RESIDENCE PERMIT", 0.604, 0.190, 0.732, 0.211),
               ("万欣梦", 0.516, 0.225, 0.565, 0.244), ("姓名", 0.467, 0.234, 0.491, 0.247),
               ("公民身份号码 320506199608022648", 0.467, 0.236, 0.672, 0.266), ("居住地址", 0.469, 0.265, 0.515, 0.282),
               ("上海市青浦区桐华大道1939弄", 0.512, 0.256, 0.659, 0.278), ("46号2203室", 0.521, 0.272, 0.584, 0.289),
               ("签发日期", 0.471, 0.294, 0.517, 0.311), ("2026.07.06", 0.523, 0.289, 0.587, 0.307),
               ("有效期限", 0.473, 0.310, 0.521, 0.327), ("2026.07.06-2027.07.05", 0.510, 0.302, 0.646, 0.324)]
SLANTED_WATERMARK = [("证积分使用，他用无", 0.576, 0.020, 0.809, 0.171), ("他用无效", 0.416, 0.041, 0.537, 0.125),
                     ("供居住证", 0.072, 0.065, 0.187, 0.146), ("仅供居", 0.539, 0.119, 0.639, 0.190),
                     ("住证积", 0.373, 0.138, 0.465, 0.204), ("供居住证", 0.170, 0.258, 0.290, 0.347),
                     ("仅供居", 0.374, 0.264, 0.473, 0.337), ("征积分使用，他用无效", 0.463, 0.325, 0.729, 0.507),
                     ("仅供居住证积", 0.672, 0.331, 0.851, 0.453), ("他用无效", 0.364, 0.391, 0.491, 0.484),
                     ("供居住证积分使用，他用无效", 0.241, 0.444, 0.577, 0.684), ("证积分使用，他用无效", 0.070, 0.459, 0.321, 0.645),
                     ("仅供居住证积分使用，他用无效", 0.493, 0.479, 0.871, 0.744), ("仅供居住", 0.745, 0.512, 0.879, 0.608)]


def test_cards_side_by_side_under_a_slanted_watermark_are_two_documents():
    parts = classify_page(_lines(ID_FRONT + PERMIT_CARD + SLANTED_WATERMARK))
    found = {part.classification.type_id: {line.text for line in part.lines} for part in parts}
    assert sorted(found) == ["id_card", "residence_permit"]
    assert "320506199608022648" in found["id_card"] and "上海市居住证" in found["residence_permit"]
    assert not any("住证积" in texts or "仅供居" in texts for texts in found.values())


# Outsider AB ab010: a 毕业证书 above its 学位证书 reduced onto one A4 copy under a watermark. The diploma's title
# lost its last character (毕业证) and the degree certificate's spaced title was read in two pieces (士学位证 | 书).
DIPLOMA_ABOVE = [("成人高等教育", 0.446, 0.113, 0.549, 0.134), ("毕业证", 0.402, 0.136, 0.548, 0.173),
                 ("学生万诗雪，性别女一九九二年七月生、于二六年三月至", 0.308, 0.199, 0.845, 0.222),
                 ("一九年一月在本校软件工程专业（函授)专科起点本科学习，修完教", 0.272, 0.221, 0.854, 0.249),
                 ("学计划规定的全部课程，成绩合格，准予毕业。", 0.270, 0.249, 0.654, 0.272), ("学习形式：函授", 0.270, 0.282, 0.381, 0.300),
                 ("学历类别：成人高等教育", 0.395, 0.283, 0.558, 0.301), ("校名：武汉理工大学", 0.265, 0.397, 0.447, 0.418),
                 ("校（院）长：", 0.267, 0.422, 0.378, 0.441), ("张立新", 0.365, 0.424, 0.428, 0.445),
                 ("证书编号：568328301666982852", 0.114, 0.451, 0.303, 0.468), ("二〇一九年一月二十日", 0.696, 0.448, 0.858, 0.468)]
DEGREE_BELOW = [("士学位证", 0.408, 0.584, 0.585, 0.616), ("书", 0.581, 0.589, 0.622, 0.612),
                ("万诗雪，女，一九九二年七月一日生。在武汉理工大学软件工程专业完", 0.161, 0.652, 0.731, 0.685),
                ("成了本科学习计划，业已毕业。经审核符合《中华人民共和国学位条例》的", 0.127, 0.680, 0.727, 0.706),
                ("规定，授予工学学士学位。", 0.126, 0.706, 0.345, 0.728), ("学位评定委员会主席", 0.469, 0.875, 0.616, 0.895),
                ("赵德胜", 0.649, 0.876, 0.720, 0.899), ("证书编号：6973712183341969", 0.125, 0.921, 0.300, 0.936),
                ("二〇一九年一月二十日", 0.695, 0.922, 0.857, 0.942)]


def test_a_spaced_title_read_in_pieces_along_its_row_still_names_its_certificate():
    parts = classify_page(_lines(DIPLOMA_ABOVE + DEGREE_BELOW))
    found = {part.classification.type_id: {line.text for line in part.lines} for part in parts}
    assert sorted(found) == ["degree_certificate", "diploma"]
    assert "士学位证" in found["degree_certificate"] and "毕业证" in found["diploma"]


# Outsider AB ab027: a contract's signature page photographed under a slanted watermark: more of the watermark was read
# than of the page, and one piece read 仅 as 又 (又供居住证积), a word of the 居住证 in it.
SIGNATURE_PAGE_UNDER_WATERMARK = [
    ("他用无效", 0.153, 0.034, 0.320, 0.145), ("本合同一式两份，甲乙双方各执一份，具有同等法律效力。本合同自双方签字（盖章）之日", 0.172, 0.133, 0.754, 0.165),
    ("分使用，", 0.360, 0.051, 0.521, 0.157), ("又供居住证积", 0.583, 0.025, 0.784, 0.159),
    ("起生效。", 0.145, 0.156, 0.202, 0.173), ("分使用", 0.040, 0.126, 0.166, 0.213), ("仅供居住证", 0.182, 0.136, 0.377, 0.264),
    ("他用无效", 0.351, 0.188, 0.520, 0.301), ("集团", 0.270, 0.298, 0.322, 0.326),
    ("分使用，他用无效", 0.539, 0.149, 0.810, 0.325), ("甲方（盖章）", 0.147, 0.305, 0.239, 0.326),
    ("乙方(签字)：冯浩亮", 0.483, 0.308, 0.665, 0.339), ("无效", 0.033, 0.279, 0.141, 0.357),
    ("仅供居", 0.724, 0.255, 0.860, 0.352), ("法定代表人或委托代理人（签字）", 0.140, 0.392, 0.392, 0.416),
    ("又供居住证", 0.351, 0.317, 0.533, 0.444), ("他用无效", 0.537, 0.355, 0.704, 0.468), ("仅供居", 0.032, 0.399, 0.174, 0.498),
    ("签订日期：2024年8月4日", 0.136, 0.480, 0.322, 0.505), ("签订日期：2024年8月4日", 0.477, 0.486, 0.659, 0.507),
    ("仅供居住证积分使用", 0.524, 0.409, 0.842, 0.620), ("分使用，他用", 0.014, 0.491, 0.253, 0.652),
    ("仅供居住证积分", 0.223, 0.487, 0.492, 0.665), ("他用无效", 0.007, 0.682, 0.180, 0.800),
    ("仅供居住", 0.689, 0.690, 0.857, 0.809), ("仅供居住证积分使用，他用无", 0.410, 0.541, 0.860, 0.839),
    ("居住证积分使用，他用无效", 0.056, 0.630, 0.494, 0.918), ("他用无效", 0.503, 0.808, 0.677, 0.929),
    ("积分使", 0.720, 0.838, 0.859, 0.937)]


def test_a_page_read_more_of_its_watermark_than_of_itself_keeps_its_own_type():
    [part] = classify_page(_lines(SIGNATURE_PAGE_UNDER_WATERMARK))
    assert part.classification.type_id == "labour_contract"
    assert not any("居住证" in line.text for line in part.lines)
