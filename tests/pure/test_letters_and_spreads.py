"""Letters, renewals and open booklets from hand-made lines: rows of a tilted photo judged by the text's height, a
户籍证明's address in its running text, watermark pieces across two writings of the phrase, a seal over the fold of an
open booklet, and a contract's heading above its party block."""
from extractors.doctypes import collective_hukou_certificate as collective
from extractors.doctypes import labour_contract
from extractors.reading.fields import Reader
from extractors.reading.text import make_line, reading_order
from precheck.core.model import OcrLine, PageRef
from precheck.core.watermarks import in_watermark
from precheck.pipeline.classify import classify_page, is_slanted_watermark_piece, split_regions

REF = PageRef(file="photo.jpg", page=1)


def tilted(rows, tilt, aspect=1.333):
    return [make_line(OcrLine(text=text, bbox=box, confidence=0.99), REF, 0, aspect, tilt) for text, box in rows]


def test_a_short_line_under_a_tilted_long_one_is_the_next_row_not_the_same():
    """The long line's box reaches down over the short line below it (the tilt over its width), but their text does
    not share a row: the wrapped end of a date follows the line it wraps from."""
    rows = [("经双方协商一致,同意续订劳动合同,续订期限自2025年4月13日起至2028", (0.285, 0.328, 0.844, 0.394)),
            ("年4月12日止。", (0.279, 0.369, 0.403, 0.399))]
    lines = tilted(rows, 0.086)
    assert not lines[0].same_row(lines[1], 0.5)
    assert [line.text for line in reading_order(lines)] == [text for text, _ in rows]
    term = labour_contract.contract_term(reading_order(lines))
    assert (term["start_date"].value, term["end_date"].value) == ("2025-04-13", "2028-04-12")


def test_a_level_photo_keeps_its_rows():
    lines = tilted([("姓名", (0.1, 0.20, 0.14, 0.22)), ("罗玲艳", (0.2, 0.201, 0.26, 0.221))], 0.0)
    assert lines[0].same_row(lines[1], 0.5)


LETTER = [("户籍证明", (0.336, 0.205, 0.541, 0.248)),
          ("兹证明黄璟,性别男,公民身份号码412726199212021657,其户口登记", (0.178, 0.275, 0.738, 0.318)),
          ("在河南省郸城县朝阳路212号(公共就业和人才服务中心集体户口),户口性质", (0.146, 0.297, 0.747, 0.341)),
          ("为集体户口。", (0.148, 0.334, 0.253, 0.358)),
          ("特此证明。", (0.186, 0.378, 0.275, 0.403))]


def test_a_letters_address_is_read_where_its_running_text_says_the_hukou_is_registered():
    """其户口登记 | 在<address>（<the collective household>）: the address wraps with the sentence and the collective's
    name in brackets is no part of it."""
    found = collective.address_in_text(reading_order(tilted(LETTER, 0.02)))
    assert found.value == "河南省郸城县朝阳路212号"
    assert found.confidence > 0.9


def test_an_address_given_by_its_label_in_the_running_text_is_that_address():
    rows = [("户籍证明", (0.4, 0.1, 0.6, 0.13)), ("姓名:黄璟", (0.1, 0.2, 0.3, 0.22)),
            ("户籍地址:河南省郸城县朝阳路212号", (0.1, 0.25, 0.6, 0.27))]
    assert collective.address_in_text(tilted(rows, 0.0)).value == "河南省郸城县朝阳路212号"
    # The label wrapped at a line's end, after a 登记在 that names only the station's own area.
    rows = [("户籍证明", (0.354, 0.101, 0.644, 0.146)), ("兹证明汤磊（性别：男，公民身份号码：", (0.186, 0.21, 0.636, 0.233)),
            ("34010419830906595X），户口现登记在我所辖区集体户，户籍地", (0.133, 0.244, 0.857, 0.267)),
            ("址：安徽省合肥市人才服务中心集体户。", (0.134, 0.28, 0.592, 0.302))]
    assert collective.address_in_text(tilted(rows, 0.0)).value == "安徽省合肥市人才服务中心集体户"


def test_the_sentence_after_a_letters_labelled_address_is_no_part_of_it():
    """户籍地址：<address> on one line, 以上人员户口在我所辖区集体户内 opening the next at the margin: the running text
    runs on past the address, but the sentence that names the collective household is not the address (outsider AF,
    af002 and af022)."""
    rows = [("户籍证明", (0.407, 0.109, 0.594, 0.144)), ("兹证明：", (0.100, 0.185, 0.179, 0.207)),
            ("姓名：", (0.133, 0.221, 0.191, 0.244)), ("周堃", (0.301, 0.222, 0.352, 0.243)),
            ("公民身份号码：", (0.136, 0.266, 0.268, 0.284)), ("420103199901241703", (0.301, 0.267, 0.488, 0.284)),
            ("户籍地址：", (0.133, 0.305, 0.229, 0.328)), ("湖北省武汉市江汉区青年路79号3幢1004室", (0.301, 0.308, 0.675, 0.328)),
            ("以上人员户口在我所辖区集体户内，户别：集体户口。", (0.136, 0.350, 0.612, 0.370)),
            ("特此证明。（本证明有效期三个月）", (0.134, 0.385, 0.446, 0.405))]
    assert collective.address_in_text(reading_order(tilted(rows, 0.0))).value == "湖北省武汉市江汉区青年路79号3幢1004室"


def test_nothing_after_an_addresss_room_on_the_next_line_carries_the_address_on():
    """A tilted photo of the letter (outsider AF, af022): the address ends its line at the page's right margin, and
    the sentence below opens at the label's column, where a running text's next line would. An address ends with its
    room (2004室): the sentence is no part of it."""
    rows = [("户籍证明", (0.4129, 0.1154, 0.5612, 0.1568)), ("兹证明:", (0.1941, 0.2041, 0.2547, 0.2283)),
            ("姓名:", (0.2201, 0.2369, 0.2646, 0.2571)), ("宋旻", (0.3391, 0.2278, 0.3816, 0.2505)),
            ("公民身份号码:", (0.2214, 0.2692, 0.3238, 0.2944)), ("230103199405097137", (0.3411, 0.2606, 0.4847, 0.2858)),
            ("户籍地址:", (0.2214, 0.3080, 0.2945, 0.3317)),
            ("黑龙江省哈尔滨市南岗区中山路478号12幢2004室", (0.3431, 0.2868, 0.6722, 0.3241)),
            ("以上人员户口在我所辖区集体户内,户别:集体户口。", (0.2221, 0.3286, 0.5831, 0.3695)),
            ("特此证明。(本证明有效期三个月)", (0.2234, 0.3674, 0.4581, 0.3987)),
            ("南岗区派出所", (0.5652, 0.4385, 0.6662, 0.4652)), ("2026年9月26日", (0.5638, 0.4698, 0.6702, 0.4950))]
    lines = tilted(rows, -0.05615)
    address = Reader(lines, collective.FIELDS, collective.EXTRA_LABELS).read_all()["address"]
    assert address.value == "黑龙江省哈尔滨市南岗区中山路478号12幢2004室"


def test_slanted_watermark_pieces_of_three_characters_misread_do_not_join_two_cards_into_one_block():
    """An A4 copy of the ID card and the permit card, front and back side by side, written over with 仅供居住证积分使用，
    他用无效 (outsider AG, ag018): 日无效 and 又供居, slanted pieces with a character misread, stood in the band between
    the ID card's front and the permit's, so the two fronts made one block, read as the permit, and the ID card's
    name, birth, address and number were lost."""
    lines = [OcrLine(text=text, bbox=box, confidence=confidence) for text, box, confidence in (
        ('又供居', (0.000, 0.000, 0.118, 0.043), 0.90), ('仅供居位', (0.565, 0.000, 0.729, 0.049), 0.88),
        ('他用无效', (0.007, 0.105, 0.181, 0.179), 1.00), ('白玛央金', (0.159, 0.137, 0.237, 0.158), 1.00),
        ('性别女', (0.110, 0.159, 0.212, 0.179), 1.00), ('民族藏', (0.205, 0.162, 0.280, 0.178), 1.00),
        ('居民身份证', (0.661, 0.168, 0.876, 0.203), 1.00), ('出生', (0.113, 0.183, 0.151, 0.198), 1.00),
        ('1989年10月4日', (0.160, 0.183, 0.291, 0.199), 1.00), ('住址', (0.112, 0.205, 0.150, 0.220), 1.00),
        ('四川省成都市武侯区南', (0.158, 0.203, 0.320, 0.221), 0.98), ('京北街396号10幢527室', (0.160, 0.220, 0.326, 0.235), 1.00),
        ('仅供居住', (0.856, 0.199, 0.999, 0.266), 1.00), ('签发机关', (0.606, 0.244, 0.670, 0.258), 1.00),
        ('成都市公安局武侯区分局', (0.678, 0.242, 0.862, 0.263), 1.00), ('公民身份号码', (0.112, 0.273, 0.199, 0.288), 1.00),
        ('510107198910045707', (0.210, 0.270, 0.484, 0.291), 1.00), ('有效期限', (0.605, 0.269, 0.670, 0.283), 1.00),
        ('2024.08.02-2044.08.02', (0.678, 0.268, 0.851, 0.288), 1.00), ('日无效', (0.363, 0.326, 0.467, 0.375), 0.88),
        ('上海市居住证', (0.205, 0.365, 0.376, 0.392), 1.00), ('签注记录', (0.697, 0.381, 0.797, 0.399), 1.00),
        ('姓名一柏玛央金', (0.097, 0.398, 0.244, 0.428), 0.83), ('公民身份号码', (0.097, 0.423, 0.185, 0.443), 1.00),
        ('2024.10.08 —2027.10.07', (0.647, 0.429, 0.834, 0.450), 0.98), ('又供居', (0.000, 0.413, 0.108, 0.473), 0.98),
        ('510107198910045707', (0.102, 0.436, 0.340, 0.457), 1.00),
        ('居住地址 上海市松江区共和新路960弄16', (0.102, 0.459, 0.367, 0.477), 0.99),
        ('签注机关上海市公安局', (0.648, 0.460, 0.785, 0.477), 1.00), ('号2001室', (0.164, 0.472, 0.236, 0.490), 1.00),
        ('签发日期2024年10月8日', (0.104, 0.510, 0.271, 0.526), 1.00),
        ('签发机关 上海市公安局松江分局', (0.105, 0.526, 0.311, 0.541), 0.97), ('他用无效', (0.005, 0.538, 0.170, 0.607), 1.00),
        ('仅供居住证积分使用，他用无效', (0.265, 0.542, 0.756, 0.693), 1.00), ('仅供居住', (0.851, 0.629, 0.999, 0.697), 1.00),
        ('双供居住证积分使用，他用无效', (0.000, 0.757, 0.460, 0.901), 0.96),
        ('仅供居住证积分使用，他用无', (0.556, 0.769, 0.999, 0.910), 0.99), ('名', (0.115, 0.142, 0.155, 0.153), 0.68),
        ('中华人民共和国', (0.667, 0.139, 0.867, 0.165), 1.00), ('有期限', (0.654, 0.419, 0.706, 0.431), 0.95))]
    parts = {part.classification.type_id: {line.text for line in part.lines} for part in classify_page(lines)}
    assert {"白玛央金", "510107198910045707", "京北街396号10幢527室", "成都市公安局武侯区分局"} <= parts["id_card"]
    assert "姓名一柏玛央金" in parts["residence_permit"] and "白玛央金" not in parts["residence_permit"]


def test_a_watermark_piece_may_run_from_one_writing_of_the_phrase_into_the_next():
    assert in_watermark("用无效仅供居")
    assert not in_watermark("江苏省常熟市")
    piece = OcrLine(text="用无效仅供居", bbox=(0.07, 0.47, 0.30, 0.57), confidence=0.99)
    assert is_slanted_watermark_piece(piece, 0.02)


def card(x0, y0, rows):
    """Label/value rows of a booklet page starting at (x0, y0), one row every 0.04."""
    out = []
    for index, (label, value) in enumerate(rows):
        y = y0 + 0.04 * index
        out.append(OcrLine(text=label, bbox=(x0, y, x0 + 0.06, y + 0.02), confidence=0.99))
        if value:
            out.append(OcrLine(text=value, bbox=(x0 + 0.08, y, x0 + 0.08 + 0.012 * len(value), y + 0.02), confidence=0.99))
    return out


COVER = card(0.10, 0.40, [("常住人口登记表", ""), ("户别", "家庭户"), ("户主姓名", "向丽"), ("户号", "674161526"),
                          ("住址", "江苏省南京市玄武区新华路334号"), ("承办人签章", "王平"), ("签发日期", "2020年9月6日")])
MEMBER = card(0.50, 0.36, [("常住人口登记卡", ""), ("姓名", "向丽"), ("户主或与户主关系", "户主"), ("性别", "女"),
                           ("出生地", "江苏省南京市"), ("籍贯", "江苏省南京市"), ("出生日期", "1988年9月16日"),
                           ("公民身份证件编号", "320102198809167681"), ("文化程度", "大学本科"), ("婚姻状况", "未婚"),
                           ("服务处所", ""), ("登记日期", "2007年7月25日")])
# A seal's star read as a letter, its box running from one page of the open booklet over the fold into the other.
STAMP = OcrLine(text="O", bbox=(0.29, 0.60, 0.58, 0.95), confidence=0.71)


def test_a_seal_over_the_fold_of_an_open_booklet_does_not_join_its_two_pages():
    regions = split_regions(COVER + MEMBER + [STAMP])
    assert len(regions) == 2
    types = sorted(part.classification.type_id for part in classify_page(COVER + MEMBER + [STAMP]))
    assert types == ["household_register_cover", "household_register_member"]


def test_a_contracts_heading_is_not_the_first_line_of_the_employers_name():
    """A tilted photo of a company form: 甲方 and 名称 stand in one row, and the value beside them is 名称's, not a row
    of 甲方's own; the heading above it is no first line of the name."""
    rows = [("劳动合同书", (0.5478, 0.1857, 0.6949, 0.2264)), ("甲方", (0.3434, 0.2098, 0.3817, 0.2309)),
            ("名称", (0.3998, 0.2128, 0.4391, 0.2340)), ("浙江金桥文化传播股份有限公司上海分公司", (0.5025, 0.2234, 0.7351, 0.2626)),
            ("法定代表人", (0.3988, 0.2385, 0.4703, 0.2604)), ("赵华浩", (0.4985, 0.2468, 0.5458, 0.2687)),
            ("地址", (0.3948, 0.2611, 0.4340, 0.2830))]
    lines = reading_order(tilted(rows, 0.08025, aspect=1.3343))
    for extra in (labour_contract.EXTRA_LABELS, labour_contract.EXTRA_LABELS + labour_contract.HEADINGS):
        assert Reader(lines, labour_contract.PARTY_FIELDS, extra).read_all()["employer"].value == "浙江金桥文化传播股份有限公司上海分公司"


def test_an_open_ended_term_read_with_one_character_wrong_is_still_open_ended():
    rows = [("一、合同期限", (0.145, 0.433, 0.236, 0.456)),
            ("本合同为无国定期限劳动合同,自2025年12月22日起", (0.169, 0.448, 0.511, 0.475)),
            ("试用期为三个月,自2025年12月22日至2026年3月21日。", (0.170, 0.470, 0.480, 0.489))]
    term = labour_contract.contract_term(tilted(rows, 0.0))
    assert term["open_ended"].value is True
    assert term["start_date"].value == "2025-12-22"
    assert "end_date" not in term


def test_a_probation_whose_first_character_was_lost_with_the_line_above_is_no_term():
    # Outsider L's l031: a watermark hid the line holding the term and ending in 其中试; what was read of the probation
    # sentence starts 用期自. Its range is no term: the term is unread (a doubt), not a contract ending in January 2024.
    rows = [("第一条 合同期限", (0.099, 0.420, 0.259, 0.444)),
            ("用期自2023年8月1日起至2024年1月27日止。", (0.098, 0.473, 0.550, 0.497))]
    assert labour_contract.contract_term(tilted(rows, 0.0)) == {}
    term = labour_contract.contract_term(tilted([("本合同为固定期限劳动合同，自2023年8月1日起至2027年7月31日止。其中试",
                                                  (0.1, 0.45, 0.9, 0.47)), *rows[1:]], 0.0))
    assert (term["start_date"].value, term["end_date"].value) == ("2023-08-01", "2027-07-31")


def test_a_model_contracts_bracketed_fill_ins_are_the_term_and_a_blank_option_takes_no_later_date():
    # Outsider L's text-layer 上海市劳动合同 model: the chosen option's date written in 【】 blanks, the open-ended
    # option left blank, and the probation's dates in the next sentence.
    rows = [("一、劳动合同期限", (0.119, 0.420, 0.260, 0.432)),
            ("固定期限：自【2023】年【10】月【12】日起至【2027】年【10】月【11】日止。", (0.162, 0.446, 0.811, 0.459)),
            ("无固定期限：自", (0.162, 0.471, 0.285, 0.483)), ("年月日起。", (0.304, 0.471, 0.419, 0.483)),
            ("其中试用期自2023年10月12日起至2023年12月10日止。", (0.154, 0.524, 0.647, 0.537))]
    term = labour_contract.contract_term(tilted(rows, 0.0))
    assert (term["start_date"].value, term["end_date"].value, term["open_ended"].value) == ("2023-10-12", "2027-10-11", False)


def booklet(rows, aspect=0.75):
    return [make_line(OcrLine(text=text, bbox=box, confidence=0.99), REF, 0, aspect) for text, box in rows]


# A photographed 常住人口登记卡 whose small grey labels OCR read badly: 籍贯 lost, others read with characters wrong.
MEMBER_PHOTO = [("常住人口登记卡", (0.559, 0.270, 0.678, 0.301)), ("姓名", (0.437, 0.311, 0.455, 0.328)),
                ("王嘉敏", (0.497, 0.308, 0.530, 0.330)), ("户主或年户主美系", (0.620, 0.307, 0.671, 0.324)),
                ("女", (0.684, 0.306, 0.698, 0.325)), ("出生地", (0.437, 0.364, 0.462, 0.383)),
                ("湖北省武汉市洪山区", (0.497, 0.360, 0.583, 0.384)), ("湖北省武汉市洪山区", (0.497, 0.388, 0.584, 0.410)),
                ("出生日期", (0.620, 0.391, 0.654, 0.409)), ("1986年8月9日", (0.684, 0.390, 0.740, 0.410)),
                ("婚燃状况", (0.442, 0.534, 0.473, 0.553)), ("未婚", (0.498, 0.534, 0.523, 0.558))]


def test_a_label_cell_read_with_a_character_wrong_still_names_its_value_and_a_two_character_value_is_no_label():
    from extractors.doctypes import household_register_member as member
    reader = Reader(booklet(MEMBER_PHOTO), member.FIELDS, member.EXTRA_LABELS)
    found = reader.read_all()
    assert found["marital_status"].value == "未婚"
    assert found["relation_to_head"].value == "女"
    husband = booklet([("户别", (0.1, 0.1, 0.13, 0.12)), ("户主", (0.2, 0.1, 0.23, 0.12))])
    assert [hit.label for hit in Reader(husband, member.FIELDS, ("户别",)).hits] == ["户别"]


def test_a_label_cell_read_with_a_character_wrong_before_its_colon_still_names_its_value():
    """Outsider S's s005: a bilevel scan of a 居住证 information page, 有效期限 read 专效期限："""
    from extractors.doctypes import residence_permit
    rows = [("发证日期：", (0.102, 0.324, 0.185, 0.342)), ("2024.05.22", (0.240, 0.325, 0.337, 0.341)),
            ("专效期限：", (0.102, 0.352, 0.186, 0.370)), ("2024.05.22—2027.05.21", (0.241, 0.354, 0.444, 0.367))]
    found = Reader(booklet(rows, aspect=1.414), residence_permit.FIELDS, residence_permit.EXTRA_LABELS).read_all()
    assert (found["valid_from"].value, found["valid_until"].value) == ("2024-05-22", "2027-05-21")

def test_the_native_place_whose_label_was_lost_is_the_value_under_the_birthplace_as_a_guess():
    from extractors.doctypes import household_register_member as member
    from extractors.reading.fields import GUESSED_PLACE_CAP
    reader = Reader(booklet(MEMBER_PHOTO), member.FIELDS, member.EXTRA_LABELS)
    found = reader.read_all()
    native = member.value_under(found["birthplace"], reader, member.parse_native_place)
    assert native.value == "湖北省武汉市洪山区"
    assert member.placed_by_guess(native).confidence <= GUESSED_PLACE_CAP
    with_label = MEMBER_PHOTO + [("籍贯", (0.437, 0.390, 0.458, 0.408))]
    reader = Reader(booklet(with_label), member.FIELDS, member.EXTRA_LABELS)
    assert member.value_under(reader.read_all()["birthplace"], reader, member.parse_native_place) is None


def test_a_watermark_read_onto_the_end_of_a_value_is_cut_off_but_a_values_own_end_is_kept():
    from extractors.reading.fields import Field, watermark_tail
    from extractors.reading.values import parse_address
    rows = [("户籍地址", (0.10, 0.27, 0.20, 0.29)), ("江苏省常熟市建设路336号止积分使用", (0.33, 0.266, 0.665, 0.308))]
    hukou = Field("hukou_address", ("户籍地址",), parse_address, wraps=True)
    assert Reader(tilted(rows, 0.0), (hukou,)).read_all()["hukou_address"].value == "江苏省常熟市建设路336号"
    assert watermark_tail("河南省郸城县朝阳路212号他用无效") == 4
    assert watermark_tail("上海市长宁区锦绣路1216弄59号1402室") == 0
    assert watermark_tail("上海积分使用有限公司") == 0


def test_a_register_covers_columns_set_apart_are_one_form_above_the_page_under_it():
    """The 户主姓名 column of a 首页 stands apart from 户别 and 户号 by more than the gap between two documents: the
    pieces that read as no document of their own are cells of one form, and the 首页 is still found above the 本人页."""
    rows = [("口簿", (0.465, 0.103, 0.554, 0.141)), ("别", (0.234, 0.155, 0.259, 0.168)),
            ("户主姓名", (0.524, 0.151, 0.597, 0.175)), ("吴凯博", (0.622, 0.151, 0.684, 0.174)),
            ("652605262", (0.308, 0.192, 0.393, 0.210)), ("住址", (0.202, 0.244, 0.261, 0.266)),
            ("承办人签章", (0.204, 0.310, 0.288, 0.334)), ("张明", (0.339, 0.315, 0.381, 0.333)),
            ("签发日期", (0.528, 0.314, 0.597, 0.335)), ("2018年10月28日", (0.623, 0.315, 0.738, 0.332)),
            ("户口登记机关", (0.195, 0.355, 0.294, 0.377)), ("(印)", (0.204, 0.378, 0.244, 0.400))]
    cover_lines = [OcrLine(text=text, bbox=box, confidence=0.99) for text, box in rows]
    parts = classify_page(cover_lines + card(0.19, 0.55, [("常住人口登记卡", ""), ("姓名", "吴娜"), ("性别", "女"),
                                                          ("出生地", "河南省郸城县"), ("籍贯", "河南省郸城县"),
                                                          ("公民身份证件编号", "412726199109050169"), ("婚姻状况", "未婚"),
                                                          ("登记日期", "2004年6月30日")]))
    assert sorted(part.classification.type_id for part in parts) == ["household_register_cover", "household_register_member"]
    cover = next(part for part in parts if part.classification.type_id == "household_register_cover")
    assert "户主姓名" in [line.text for line in cover.lines]


def test_a_label_read_as_its_first_character_alone_names_its_value_when_no_other_label_starts_so():
    from extractors.doctypes import household_register_member as member
    rows = [("常住人口登记卡", (0.372, 0.238, 0.510, 0.289)), ("姓", (0.235, 0.296, 0.257, 0.318)),
            ("陈梦巧", (0.302, 0.289, 0.342, 0.321)), ("性", (0.444, 0.321, 0.467, 0.347)), ("女", (0.521, 0.320, 0.537, 0.347)),
            ("民", (0.446, 0.356, 0.470, 0.382)), ("汉", (0.523, 0.354, 0.539, 0.379))]
    found = Reader(booklet(rows), member.FIELDS, member.EXTRA_LABELS).read_all()
    assert (found["name"].value, found["sex"].value, found["ethnicity"].value) == ("陈梦巧", "女", "汉")
    title_left = booklet([("户", (0.455, 0.112, 0.489, 0.132)), ("家庭户", (0.52, 0.112, 0.58, 0.132))])
    from extractors.doctypes import household_register_cover as cover
    assert "household_type" not in Reader(title_left, cover.FIELDS, cover.EXTRA_LABELS).read_all()


def test_a_character_read_with_hesitation_by_a_reading_that_misread_another_character_stays_doubtful():
    from extractors.reading.fields import consensus
    from extractors.reading.text import field_value, Span
    def reading(text, chars):
        line = make_line(OcrLine(text=text, bbox=(0.1, 0.1, 0.6, 0.13), confidence=min(chars), char_confidences=chars),
                         REF, 0, 1.414)
        return field_value(text, [Span(line, 0, len(text))])
    first = [1.0, 1.0, 1.0, 0.98, 1.0, 0.99, 0.86, 0.96, 0.99, 0.95, 1.0, 1.0, 0.99, 1.0, 1.0, 0.99, 1.0]
    smaller = [1.0, 1.0, 1.0, 0.96, 1.0, 0.99, 0.72, 0.46, 0.73, 0.99, 1.0, 1.0, 1.0, 0.99, 0.97, 0.51, 1.0]
    voted = consensus([reading("河南省郸城县江湖镇后营村八组26号", first), reading("河南省郸城县江湖镇后营村八组26号", first),
                       reading("河南省郸城县江洲镇后营村八组26号", smaller)])
    assert voted.value == "河南省郸城县江湖镇后营村八组26号"
    assert voted.char_confidences[6] == 0.72  # 江, read at 0.72 at the smaller size
    assert voted.char_confidences[7] == 0.96  # 湖 was read otherwise there: its own reading stands
    assert voted.confidence == 0.86


def test_watermark_pieces_and_the_punctuation_between_them_are_cut_off_a_values_end():
    from extractors.reading.fields import watermark_tail
    assert watermark_tail("江苏省常热市建设路336号止积分使用,他用无效") == len("止积分使用,他用无效")
    assert watermark_tail("上海市浦东新区江桥镇金桥路645号302室无效") == 2
    assert watermark_tail("上海东方明珠软件发展有限公司") == 0


def test_a_tables_header_read_with_a_character_wrong_is_left_to_the_tables_own_reader():
    from extractors.reading.fields import find_labels
    header = booklet([("缴费基效", (0.558, 0.139, 0.612, 0.155))])
    assert [(hit.start, hit.end) for hit in find_labels(header, {"缴费基数": ("base",)})] == [(0, 3)]  # as ever
    assert [(hit.start, hit.end) for hit in find_labels(header, {"缴费基数": ("base",)}, cells=True)] == [(0, 4)]


def test_a_watermark_piece_is_no_ethnicity():
    from extractors.reading.values import parse_ethnicity
    assert parse_ethnicity("使用") is None and parse_ethnicity("无效") is None
    assert parse_ethnicity("蒙古").value == "蒙古"


def test_the_open_ended_option_is_as_sure_as_the_characters_it_rests_on():
    # 固 read unsurely as 国 in a compressed photo: the option's shape lets that character pass, so its doubt is not
    # the flag's; a doubtful 无 is.
    text = "本合同为无国定期限劳动合同，自2025年12月22日起"
    def term(weak_at):
        chars = [0.99] * len(text)
        chars[weak_at] = 0.42
        line = make_line(OcrLine(text=text, bbox=(0.17, 0.45, 0.51, 0.48), confidence=0.9, char_confidences=chars),
                         REF, 0, 1.414)
        return labour_contract.contract_term([line])
    surely = term(text.index("国"))
    assert surely["open_ended"].value is True and surely["open_ended"].confidence >= 0.9
    assert surely["start_date"].value == "2025-12-22"
    assert term(text.index("无"))["open_ended"].confidence < 0.5
    # Outsider Z z034: the 限 of ☑无固定期限 read at 0.56 in a photo. 期限 ends every option; only 无 tells this one.
    assert term(text.index("限"))["open_ended"].confidence >= 0.9


def test_a_term_line_with_a_numeral_read_unsurely_is_read_again_and_kept_only_when_the_dates_agree():
    # Outsider K's k035: on a scanned contract the term's 2024 was read with its second 2 at 52%. (The term here ends
    # on another day than k035's, whole years from its start, whose dates would vouch for each other.)
    text = "本合同期限为五年，自2024年7月17日起至2029年6月30日止。"
    chars = [0.99] * len(text)
    chars[12] = 0.52
    unsure = make_line(OcrLine(text=text, bbox=(0.1, 0.4, 0.9, 0.42), confidence=0.98, char_confidences=chars), REF, 0, 1.414)

    def sure(ref, bbox, tilt=0.0, scale=1.0):
        return OcrLine(text=text, bbox=bbox, confidence=0.99, char_confidences=[0.99] * len(text))

    def other(ref, bbox, tilt=0.0, scale=1.0):
        wrong = text.replace("2029", "2028")
        return OcrLine(text=wrong, bbox=bbox, confidence=0.99, char_confidences=[0.99] * len(wrong))

    term = labour_contract.contract_term(labour_contract.term_dates_read_again([unsure], sure))
    assert term["start_date"].value == "2024-07-17" and term["start_date"].confidence >= 0.9
    kept = labour_contract.contract_term(labour_contract.term_dates_read_again([unsure], other))
    assert kept["start_date"].value == "2024-07-17" and kept["start_date"].confidence < 0.6


def test_a_letter_addressed_to_the_points_office_is_no_residence_permit():
    """上海市居住证积分受理点 opens the letter's first line: it names the points scheme the letter is for, not a
    residence permit, so the page stays one 集体户口户籍证明 (outsider M, m013)."""
    lines = [OcrLine(text=text, bbox=box, confidence=0.99) for text, box in (
        ("集体户口户籍证明", (0.347, 0.133, 0.651, 0.161)),
        ("上海市居住证积分受理点：", (0.119, 0.234, 0.373, 0.253)),
        ("兹证明金刚桂（公民身份号码：410105199610202107），系本辖区集体户", (0.162, 0.271, 0.858, 0.289)),
        ("口常住人口，户籍地址：河南省郑州市金水区花园路187号集体户。该同志户口", (0.121, 0.301, 0.869, 0.320)),
        ("现在本集体户内，特此证明。", (0.117, 0.332, 0.394, 0.350)),
        ("(本证明有效期三个月)", (0.126, 0.383, 0.311, 0.398)),
        ("郑州市公安局金水区分局新华派出所", (0.508, 0.483, 0.858, 0.502)),
        ("2026年12月10日", (0.699, 0.522, 0.856, 0.542)),
        ("经办人：贺思涛", (0.116, 0.907, 0.238, 0.923)),
        ("联系电话：0948-8286628", (0.263, 0.908, 0.447, 0.921)))]
    [part] = classify_page(lines)
    assert part.classification.type_id == "collective_hukou_certificate" and part.whole_page


def test_watermark_pieces_run_into_an_id_cards_values_make_it_no_residence_permit():
    """仅供居住证积分使用 pieces the recogniser ran into the values' lines (路54号供居住证积分使用，他用无) name the
    points scheme: they neither make the copy a residence permit nor count against it as an ID card (outsider M,
    m026)."""
    lines = [OcrLine(text=text, bbox=box, confidence=0.99) for text, box in (
        ("姓名刘杰萱", (0.054, 0.097, 0.319, 0.194)), ("仅供居住证积分使用，他用无效", (0.271, 0.167, 0.734, 0.230)),
        ("性别女", (0.055, 0.224, 0.223, 0.303)), ("民族汉", (0.344, 0.227, 0.507, 0.300)),
        ("出生1986年共8月证积4月使用，他用无效", (0.053, 0.321, 0.729, 0.445)),
        ("住址河南省郑州市金水区农业", (0.058, 0.447, 0.598, 0.524)),
        ("路54号供居住证积分使用，他用无", (0.166, 0.507, 0.709, 0.671)),
        ("仅供居住证积分使用，他用无效", (0.270, 0.761, 0.734, 0.824)),
        ("公民身份号码", (0.061, 0.821, 0.248, 0.884)), ("410105198608044782", (0.324, 0.815, 0.990, 0.891)))]
    [part] = classify_page(lines)
    assert part.classification.type_id == "id_card"


def test_a_letters_name_is_read_where_its_opening_words_end_the_line_above():
    """兹证明： alone on its line, the name opening the next (outsider N, n014): the name is still the letter's."""
    rows = [("户籍证明", (0.416, 0.111, 0.582, 0.141)), ("兹证明：", (0.116, 0.194, 0.195, 0.213)),
            ("任娥勇，性别女，公民身份号码410105199703169000，其户口登记在郑州市街道", (0.154, 0.233, 0.864, 0.253)),
            ("集体户（集体户口），户籍地址为河南省郑州市金水区东风路207号19幢191室。", (0.157, 0.266, 0.856, 0.282))]
    assert collective.name_in_text(tilted(rows, 0.0)).value == "任娥勇"
    rows[1:3] = [("兹证明任娥勇，性别女，公民身份号码410105199703169000，其户口登记在", (0.116, 0.194, 0.864, 0.213))]
    assert collective.name_in_text(tilted(rows, 0.0)).value == "任娥勇"


def test_the_dates_of_a_term_of_whole_years_vouch_for_each_other():
    """Outsider Z z018: 自2024年6月19日起至2027年6月18日止 photographed, the 1 of 19 read at 0.54. Three years to the
    day less one: a misread digit would hardly leave that, so the start is sure. A range of other length vouches for
    nothing."""
    def term(text):
        chars = [0.99] * len(text)
        chars[text.index("19")] = 0.54
        line = make_line(OcrLine(text=text, bbox=(0.25, 0.59, 0.60, 0.61), confidence=0.9, char_confidences=chars),
                         REF, 0, 1.414)
        return labour_contract.contract_term([line])
    whole = term("本合同为固定期限聘用合同，自2024年6月19日起至2027年6月18日止。")
    assert whole["start_date"].value == "2024-06-19" and whole["start_date"].confidence >= 0.9
    assert whole["open_ended"].value is False and whole["open_ended"].confidence >= 0.9
    odd = term("本合同为固定期限聘用合同，自2024年6月19日起至2027年3月31日止。")
    assert odd["start_date"].value == "2024-06-19" and odd["start_date"].confidence < 0.8


def test_a_term_whose_year_was_read_unsurely_is_not_vouched_for():
    """A misread year keeps a term whole years long (2026 for 2028): 自2025年6月19日起至2026年6月18日止 with the end's
    year digit unsure would otherwise be a sure term ending within months, the ground of a false error."""
    text = "本合同为固定期限劳动合同，自2025年6月19日起至2026年6月18日止。"
    chars = [0.99] * len(text)
    chars[text.index("2026") + 3] = 0.54
    line = make_line(OcrLine(text=text, bbox=(0.25, 0.59, 0.60, 0.61), confidence=0.9, char_confidences=chars),
                     REF, 0, 1.414)
    term = labour_contract.contract_term([line])
    assert term["end_date"].value == "2026-06-18" and term["end_date"].confidence < 0.8
