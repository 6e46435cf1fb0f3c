"""The label/value reader on hand-made lines: where values sit, how wrapped values join, honest confidence."""
from dataclasses import replace

from extractors.reading.fields import Field, Reader
from extractors.reading.text import make_line
from extractors.reading.values import parse_address, parse_date, parse_id_number, parse_name
from precheck.core.model import OcrLine, PageRef

REF = PageRef(file="scan.jpg", page=1)


def lines(*items):
    """(text, x0, y0, x1, y1[, confidence or per-char confidences])"""
    out = []
    for item in items:
        text, box = item[0], tuple(item[1:5])
        extra = item[5] if len(item) > 5 else 0.99
        chars = extra if isinstance(extra, list) else None
        confidence = min(chars) if chars else extra
        out.append(make_line(OcrLine(text=text, bbox=box, confidence=confidence, char_confidences=chars), REF, 0, 1.414))
    return out


NAME = Field("name", ("姓名",), parse_name)
ADDRESS = Field("address", ("住址",), parse_address, wraps=True)
ID = Field("id_number", ("公民身份号码",), parse_id_number)
ISSUED = Field("issue_date", ("签发日期",), parse_date)


def test_value_after_label_on_its_line_or_in_the_next_cell():
    page = lines(("姓名：冯红涵", 0.1, 0.10, 0.3, 0.12), ("签发日期", 0.1, 0.20, 0.2, 0.22), ("2026年3月1日", 0.3, 0.195, 0.45, 0.215))
    values = Reader(page, (NAME, ISSUED)).read_all()
    assert values["name"].value == "冯红涵" and values["issue_date"].value == "2026-03-01"
    assert values["issue_date"].evidence.bbox[0] == 0.3


def test_wrapped_address_joins_but_the_next_rows_value_does_not():
    page = lines(
        ("住址", 0.10, 0.30, 0.16, 0.32), ("安徽省六安市金安区双河镇红", 0.30, 0.285, 0.60, 0.305),
        ("星村10组15号", 0.30, 0.31, 0.42, 0.33),
        ("签发日期", 0.10, 0.36, 0.20, 0.38), ("2026年3月1日", 0.30, 0.345, 0.45, 0.365),
    )
    values = Reader(page, (ADDRESS, ISSUED)).read_all()
    assert values["address"].value == "安徽省六安市金安区双河镇红星村10组15号"
    assert values["issue_date"].value == "2026-03-01"


def test_a_fuzzily_read_label_still_finds_its_value():
    page = lines(("公民身分号码：342401199208078421", 0.1, 0.5, 0.6, 0.52))
    assert Reader(page, (ID,)).read_all()["id_number"].value == "342401199208078421"


def test_a_long_label_whose_last_character_was_lost_leaves_no_piece_of_itself_on_the_value():
    hukou = Field("hukou_address", ("常住户口所在地住址", "常住户口所在地"), parse_address, wraps=True)
    page = lines(("常住户口所在地住安徽省合肥市蜀山区城关镇新塘村1组30号", 0.22, 0.30, 0.58, 0.32))
    assert Reader(page, (hukou,)).read_all()["hukou_address"].value == "安徽省合肥市蜀山区城关镇新塘村1组30号"
    # After a colon the label is over: a place that begins with 住 keeps it.
    ended = lines(("常住户口所在地：住安镇新塘村1组30号", 0.22, 0.30, 0.58, 0.32))
    assert Reader(ended, (hukou,)).read_all()["hukou_address"].value == "住安镇新塘村1组30号"


def test_the_next_rows_value_beside_its_own_label_is_not_taken_below_a_label_whose_value_read_badly():
    hukou = Field("hukou_address", ("常住户口所在地住址", "常住户口所在地"), parse_address, wraps=True)
    residence = Field("residence_address", ("居住地址",), parse_address, wraps=True)
    page = lines(("常住户口所在地住姻川省南充市顺庆区中山街3号（集体户）", 0.285, 0.253, 0.578, 0.267, 0.2),
                 ("居住地址", 0.283, 0.280, 0.330, 0.293), ("上海市普陀区古北路139弄3号1302室", 0.366, 0.279, 0.553, 0.292))
    values = Reader(page, (hukou, residence)).read_all()
    assert values["residence_address"].value == "上海市普陀区古北路139弄3号1302室"
    assert "上海" not in values["hukou_address"].value


def test_the_word_telling_two_cells_of_one_label_apart_may_stand_in_brackets():
    start = Field("valid_from", ("有效期限起",), parse_date)
    end = Field("valid_until", ("有效期限止",), parse_date)
    page = lines(("有效期限（起）：2026.02.16", 0.10, 0.35, 0.38, 0.38), ("有效期限(止)：2027.02.15", 0.10, 0.39, 0.38, 0.42))
    values = Reader(page, (start, end)).read_all()
    assert values["valid_from"].value == "2026-02-16" and values["valid_until"].value == "2027-02-15"


def test_an_id_number_failing_its_check_digit_is_low_confidence():
    page = lines(("公民身份号码：342401199208078431", 0.1, 0.5, 0.6, 0.52))
    value = Reader(page, (ID,)).read_all()["id_number"]
    assert value.value == "342401199208078431" and value.confidence <= 0.3


def always_reading(text, confidence=0.99):
    def reread(ref, bbox, **_):
        return OcrLine(text=text, bbox=bbox, confidence=confidence, char_confidences=[confidence] * len(text))

    return reread


def test_a_mistyped_id_number_read_alike_and_surely_at_every_size_is_what_the_page_prints():
    page = lines(("公民身份号码：342401199208078431", 0.1, 0.5, 0.6, 0.52))
    value = Reader(page, (ID,), reread=always_reading("公民身份号码：342401199208078431")).read_all()["id_number"]
    assert value.value == "342401199208078431" and value.confidence == 0.99


def test_an_id_number_failing_its_check_stays_doubtful_when_a_second_look_hesitates_or_reads_otherwise():
    page = lines(("公民身份号码：342401199208078431", 0.1, 0.5, 0.6, 0.52))
    hesitant = always_reading("公民身份号码：342401199208078431", 0.9)
    assert Reader(page, (ID,), reread=hesitant).read_all()["id_number"].confidence <= 0.3
    otherwise = second_look_reading("公民身份号码：342401199208078431", "公民身份号码：342401199208078431",
                                    "公民身份号码：34240119920807843")
    assert Reader(page, (ID,), reread=otherwise).read_all()["id_number"].confidence <= 0.3


def test_an_id_number_failing_its_check_in_a_text_layer_is_the_documents_own_mistake():
    page = [replace(line, exact=True) for line in lines(("公民身份号码：342401199208078431", 0.1, 0.5, 0.6, 0.52, 1.0))]
    value = Reader(page, (ID,)).read_all()["id_number"]
    assert value.value == "342401199208078431" and value.confidence == 1.0


def test_doubtful_characters_lower_the_confidence_and_are_kept_per_character():
    confidences = [0.99, 0.99, 0.99, 0.99, 0.41, 0.99]
    page = lines(("姓名：冯红涵", 0.1, 0.1, 0.3, 0.12, confidences))
    value = Reader(page, (NAME,)).read_all()["name"]
    assert value.confidence == 0.41 and value.char_confidences == [0.99, 0.41, 0.99]


def test_a_second_look_replaces_a_weak_reading():
    page = lines(("姓名", 0.1, 0.1, 0.16, 0.12), ("冯红?", 0.3, 0.1, 0.4, 0.12, 0.5))
    seen = []

    def reread(ref, bbox, **_):
        seen.append(bbox)
        return OcrLine(text="冯红涵", bbox=bbox, confidence=0.97, char_confidences=[0.97] * 3)

    value = Reader(page, (NAME,), reread=reread).read_all()["name"]
    assert value.value == "冯红涵" and value.confidence == 0.97 and seen


COMPARED_ADDRESS = Field("address", ("住址",), parse_address, wraps=True, compared=True)


def second_look_reading(*texts):
    """A reread that answers with `texts` in turn, every character read surely."""
    answers = iter(texts)

    def reread(ref, bbox, **_):
        text = next(answers)
        return OcrLine(text=text, bbox=bbox, confidence=0.99, char_confidences=[0.99] * len(text))

    return reread


def test_a_compared_value_is_read_three_times_and_the_readings_vote():
    page = lines(("住址", 0.10, 0.30, 0.16, 0.32), ("江苏省南京市解放路286号23幢24室", 0.30, 0.30, 0.70, 0.32))
    reread = second_look_reading("江苏省南京市解放路286号23幢204室", "江苏省南京市解放路286号23幢204室")
    value = Reader(page, (COMPARED_ADDRESS,), reread=reread).read_all()["address"]
    assert value.value == "江苏省南京市解放路286号23幢204室"
    assert value.alternatives == ["江苏省南京市解放路286号23幢24室"]


def test_readings_that_all_differ_keep_the_first_and_carry_the_others():
    page = lines(("住址", 0.10, 0.30, 0.16, 0.32), ("江苏省南京市解放路286号23幢24室", 0.30, 0.30, 0.70, 0.32))
    reread = second_look_reading("江苏省南京市解放路286号23幢204室", "江苏省南京市解放路286号2幢24室")
    value = Reader(page, (COMPARED_ADDRESS,), reread=reread).read_all()["address"]
    assert value.value == "江苏省南京市解放路286号23幢24室"
    assert value.alternatives == ["江苏省南京市解放路286号23幢204室", "江苏省南京市解放路286号2幢24室"]


def test_agreeing_readings_leave_no_alternatives_and_a_field_not_compared_gets_no_second_look():
    page = lines(("住址", 0.10, 0.30, 0.16, 0.32), ("江苏省南京市解放路286号", 0.30, 0.30, 0.70, 0.32))
    reread = second_look_reading("江苏省南京市解放路286号", "江苏省南京市解放路286号")
    assert Reader(page, (COMPARED_ADDRESS,), reread=reread).read_all()["address"].alternatives == []
    assert Reader(page, (ADDRESS,), reread=second_look_reading()).read_all()["address"].alternatives is None


def test_a_doubtful_separator_does_not_make_a_date_doubtful_but_a_doubtful_digit_does():
    # 「2024.07.09」 with its second 「.」 read at 0.51: the grammar fixes where separators stand; the digits are sure.
    text = "签发日期：2024.07.09"
    sure_digits = [0.99] * 5 + [0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.51, 0.99, 0.99]
    value = Reader(lines((text, 0.1, 0.2, 0.5, 0.22, sure_digits)), (ISSUED,)).read_all()["issue_date"]
    assert value.value == "2024-07-09" and value.confidence == 0.99
    assert value.char_confidences == [0.99] * 10
    unsure_digit = [0.99] * 5 + [0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.51, 0.99, 0.99, 0.99]  # the 7 of 07
    value = Reader(lines((text, 0.1, 0.2, 0.5, 0.22, unsure_digit)), (ISSUED,)).read_all()["issue_date"]
    assert value.confidence == 0.51 and value.char_confidences[6] == 0.51


def test_one_unsure_character_of_an_id_number_is_confirmed_by_its_check_digit_two_are_not():
    text = "公民身份号码：320106198412226765"  # a valid check digit
    one = [0.99] * 7 + [0.99] * 11 + [0.52] + [0.99] * 6
    value = Reader(lines((text, 0.1, 0.5, 0.6, 0.52, one)), (ID,)).read_all()["id_number"]
    assert value.value == "320106198412226765" and value.confidence == 0.99
    two = [0.99] * 7 + [0.99] * 3 + [0.55] + [0.99] * 7 + [0.52] + [0.99] * 6
    value = Reader(lines((text, 0.1, 0.5, 0.6, 0.52, two)), (ID,)).read_all()["id_number"]
    assert value.confidence == 0.52 and sorted(value.char_confidences)[:2] == [0.52, 0.55]
    # A failing check digit confirms nothing.
    bad = "公民身份号码：320106198412226766"
    value = Reader(lines((bad, 0.1, 0.5, 0.6, 0.52, one)), (ID,)).read_all()["id_number"]
    assert value.confidence <= 0.3


def test_a_value_under_the_overhanging_box_of_its_short_label_is_still_beside_it():
    # OCR drew 姓名's box past its last character, over the start of the name (an ID card, clean scan).
    page = lines(("陆国敏", 0.1328, 0.1658, 0.1989, 0.1845), ("姓名", 0.076, 0.1663, 0.1449, 0.183),
                 ("性别男", 0.075, 0.189, 0.162, 0.207))
    assert Reader(page, (NAME,)).read_all()["name"].value == "陆国敏"


def test_a_doubtful_bracket_whose_pair_is_there_does_not_make_a_company_doubtful():
    from extractors.reading.values import parse_org

    employer = Field("employer", ("缴费单位",), parse_org)
    text = "缴费单位：上海恒远物流（中国）有限公司"
    chars = [0.99] * 5 + [0.99] * 9 + [0.50] + [0.99] * 4  # the closing bracket read at 0.50
    value = Reader(lines((text, 0.1, 0.4, 0.5, 0.42, chars)), (employer,)).read_all()["employer"]
    assert value.value == "上海恒远物流(中国)有限公司" and value.confidence == 0.99
    alone = "缴费单位：上海恒远物流中国）有限公司"  # no opening bracket: nothing confirms it
    value = Reader(lines((alone, 0.1, 0.4, 0.5, 0.42, [0.99] * 13 + [0.50] + [0.99] * 4)), (employer,)).read_all()["employer"]
    assert value.confidence == 0.5


def test_a_tax_period_written_twice_is_as_sure_as_its_surer_reading():
    from extractors.doctypes.tax_record import _rows_from_lines

    text = "2026-06-01至2026-06-30工资薪金所得430.08"
    chars = [0.99] * len(text)
    chars[6] = 0.54  # the start's month digit; the end's 06 reads surely and agrees
    period = _rows_from_lines(lines((text, 0.1, 0.4, 0.8, 0.42, chars)))[0]["period"]
    assert period.value == "2026-06" and period.confidence == 0.99
    disagree = "2026-08-01至2026-06-30工资薪金所得430.08"  # the two readings differ: the doubt stays
    period = _rows_from_lines(lines((disagree, 0.1, 0.4, 0.8, 0.42, chars)))[0]["period"]
    assert period.value == "2026-08" and period.confidence == 0.54


def test_a_second_look_that_caught_another_line_does_not_vote():
    page = lines(("姓名", 0.10, 0.30, 0.16, 0.32), ("马建勇", 0.30, 0.30, 0.40, 0.32))
    compared_name = Field("name", ("姓名",), parse_name, compared=True)
    value = Reader(page, (compared_name,), reread=second_look_reading("的能力", "的能力")).read_all()["name"]
    assert value.value == "马建勇" and value.alternatives == []
    value = Reader(page, (compared_name,), reread=second_look_reading("马建男", "马建勇")).read_all()["name"]
    assert value.value == "马建勇" and value.alternatives == ["马建男"]


def test_an_unsure_compared_value_read_surely_at_another_size_takes_that_reading():
    # The contract's 乙方 name read at 0.55 on the page and again at full size; at two-thirds size it reads surely.
    page = lines(("姓名", 0.10, 0.30, 0.16, 0.32), ("马若", 0.30, 0.30, 0.36, 0.32, [0.99, 0.55]))
    compared_name = Field("name", ("姓名",), parse_name, compared=True)

    def reread(ref, bbox, tilt=0.0, scale=1.0):
        if bbox[0] < 0.2:
            return None  # the label's line
        sure = 0.99 if scale != 1.0 else 0.55
        return OcrLine(text="马若", bbox=bbox, confidence=sure, char_confidences=[0.99, sure])

    value = Reader(page, (compared_name,), reread=reread).read_all()["name"]
    assert value.value == "马若" and value.confidence == 0.99 and value.alternatives == []

    def reread_another_line(ref, bbox, tilt=0.0, scale=1.0):
        if scale == 1.0:
            return None
        return OcrLine(text="的能力", bbox=bbox, confidence=0.99, char_confidences=[0.99] * 3)

    value = Reader(page, (compared_name,), reread=reread_another_line).read_all()["name"]
    assert value.value == "马若" and value.confidence == 0.55


def test_a_character_the_recogniser_hesitates_over_at_one_size_stays_doubtful():
    # 于昊若 read 于吴若 at every size, but at two-thirds size with 吴 at 0.76: that character is doubtful, so a
    # comparison treats a difference there as a warning; the value's confidence stays the chosen reading's.
    page = lines(("姓名", 0.10, 0.30, 0.16, 0.32), ("于吴若", 0.30, 0.30, 0.40, 0.32, [0.99, 0.96, 0.99]))
    compared_name = Field("name", ("姓名",), parse_name, compared=True)

    def reread(ref, bbox, tilt=0.0, scale=1.0):
        chars = [0.99, 0.96, 0.99] if scale == 1.0 else [0.99, 0.76, 0.99]
        return OcrLine(text="于吴若", bbox=bbox, confidence=min(chars), char_confidences=chars)

    value = Reader(page, (compared_name,), reread=reread).read_all()["name"]
    assert value.value == "于吴若" and value.confidence == 0.96
    assert value.char_confidences == [0.99, 0.76, 0.99] and value.alternatives == []


def test_a_wrapped_value_in_a_tilted_photo_goes_on_at_the_next_line_not_two_lines_down():
    """A tilted line's box is taller than its text by the tilt over its width: the step to the next line is judged
    in heights of the text, so the address of a photographed letter goes on at the next line's margin."""
    rows = [("兹证明孔瑶婷（性别：女，出生日期：1987年2月13日，公民身份号码：4401", (0.233, 0.289, 0.831, 0.343)),
            ("06198702131307)，系我所辖区集体户口常住人口，户籍地址：广东省广州市天", (0.2, 0.315, 0.824, 0.369)),
            ("河区文化路50号（集体户）。", (0.203, 0.361, 0.428, 0.392)),
            ("特此证明。", (0.24, 0.407, 0.33, 0.431)),
            ("(本证明仅用于办理上海市居住证积分,有效期三个月)", (0.22, 0.436, 0.553, 0.468))]
    page = [make_line(OcrLine(text=text, bbox=box, confidence=0.99), REF, 0, 1.333, -0.057) for text, box in rows]
    address = Field("address", ("户籍地址",), parse_address, wraps=True)
    assert Reader(page, (address,), ("特此证明",)).read_all()["address"].value == "广东省广州市天河区文化路50号(集体户)"


def test_a_label_read_inside_a_longer_label_is_not_that_label():
    # A booklet's cover and member page side by side: 户主姓名 holds 姓名, but names the head, not this person.
    page = lines(("户主姓名", 0.10, 0.10, 0.20, 0.12), ("陈凯轩", 0.25, 0.10, 0.33, 0.12),
                 ("姓名", 0.10, 0.40, 0.15, 0.42), ("陈瑶秀", 0.25, 0.40, 0.33, 0.42))
    assert Reader(page, (NAME,)).read_all()["name"].value == "陈瑶秀"
    contact = lines(("联系人姓名：王五", 0.10, 0.10, 0.30, 0.12), ("姓名：冯红涵", 0.10, 0.40, 0.30, 0.42))
    assert Reader(contact, (NAME,)).read_all()["name"].value == "冯红涵"


def test_a_date_begun_after_its_label_and_cut_after_its_year_is_joined_with_the_next_piece_of_its_row():
    birth = Field("birth_date", ("出生",), parse_date)
    page = lines(("出生1989", 0.319, 0.424, 0.424, 0.464), ("年4月24日", 0.411, 0.423, 0.560, 0.467))
    assert Reader(page, (birth,)).read_all()["birth_date"].value == "1989-04-24"
    # Boxes overlapping over a character read into both pieces: it counts once.
    twice = lines(("出生1996", 0.052, 0.372, 0.263, 0.444), ("6年10月27日", 0.242, 0.379, 0.563, 0.438))
    assert Reader(twice, (birth,)).read_all()["birth_date"].value == "1996-10-27"


def test_a_watermarks_piece_read_onto_an_addresss_end_is_cut_off():
    assert parse_address("上海市浦东新区江桥镇金桥路645号302室无效").value == "上海市浦东新区江桥镇金桥路645号302室"
    assert parse_address("江苏省常熟市建设路336号止积分使用").value == "江苏省常熟市建设路336号"
    assert parse_address("河南省郸城县白庙乡前进村5组").value == "河南省郸城县白庙乡前进村5组"


def test_a_four_character_label_with_one_inner_character_misread_still_finds_its_value():
    hukou = Field("hukou_address", ("户籍地址",), parse_address, wraps=True)
    page = lines(("户箱地址", 0.291, 0.251, 0.342, 0.268), ("山东省单县马头镇双塘村11组", 0.392, 0.249, 0.549, 0.266))
    assert Reader(page, (hukou,)).read_all()["hukou_address"].value == "山东省单县马头镇双塘村11组"
    # Another label word read in full is that label: 签注日期 is not 签发日期 misread.
    other = lines(("签注日期", 0.1, 0.3, 0.2, 0.32), ("2026-05-03", 0.3, 0.3, 0.4, 0.32))
    assert "issue_date" not in Reader(other, (ISSUED,)).read_all()
