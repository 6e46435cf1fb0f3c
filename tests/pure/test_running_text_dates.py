"""Diplomas' school and foot date, and a contract's signing date, read from hand-made lines."""
from extractors.doctypes.labour_contract import signature_date
from extractors.reading.certificate_text import certificate_date, opening_name, school_in_text
from extractors.reading.text import make_line
from precheck.core.model import OcrLine, PageRef

REF = PageRef(file="scan.jpg", page=1)


def lines(*items, page_index=0):
    """(text, x0, y0, x1, y1)"""
    return [make_line(OcrLine(text=text, bbox=(x0, y0, x1, y1), confidence=0.98), REF, page_index, 1.414)
            for text, x0, y0, x1, y1 in items]


DIPLOMA = (("普通高等学校", 0.60, 0.14, 0.71, 0.17), ("毕业证书", 0.57, 0.20, 0.74, 0.25),
           ("学生崔昊平，性别男，1985年3月生，于2003年9月至2007年6月在本校市场营", 0.34, 0.33, 0.92, 0.36),
           ("销专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", 0.31, 0.38, 0.90, 0.41),
           ("校（院）长：王立新", 0.11, 0.58, 0.28, 0.61), ("福建农休大学", 0.66, 0.59, 0.80, 0.67),
           ("福建农林大学", 0.67, 0.68, 0.79, 0.71))


def test_the_school_is_the_name_at_the_foot_not_the_kind_of_school_in_the_heading():
    school = school_in_text(lines(*DIPLOMA, ("二〇〇七年六月三十日", 0.65, 0.74, 0.81, 0.77)))
    assert school.value == "福建农林大学" and school.guessed


def test_a_foot_date_whose_year_lost_numerals_is_read_in_the_year_the_study_ended():
    for foot, expected in (("二〇〇七年六月三十日", "2007-06-30"), ("二〇七年六月三十日", "2007-06-30"),
                           ("〇七年六月三十日", "2007-06-30"), ("年六月三十日", "2007-06-30")):
        found = certificate_date(lines(*DIPLOMA, (foot, 0.65, 0.74, 0.81, 0.77)))
        assert found.value == expected and found.guessed == (foot != "二〇〇七年六月三十日")
    # A month other than the study's last, or numerals not of its year: no date.
    assert certificate_date(lines(*DIPLOMA, ("二〇七年七月一日", 0.65, 0.74, 0.81, 0.77))) is None
    assert certificate_date(lines(*DIPLOMA, ("二九年六月三十日", 0.65, 0.74, 0.81, 0.77))) is None
    assert certificate_date(lines(*DIPLOMA, ("年七月一日", 0.65, 0.74, 0.81, 0.77))) is None


def test_a_foot_date_whose_year_misread_lies_after_this_year_is_read_in_the_year_the_study_ended():
    found = certificate_date(lines(*DIPLOMA, ("3007年6月30日", 0.65, 0.74, 0.81, 0.77)), this_year=2026)
    assert found.value == "2007-06-30" and found.guessed
    # two numerals off, another month, or a year that could be printed: no date made up
    for foot in ("3017年6月30日", "3007年7月1日", "2008年6月30日"):
        found = certificate_date(lines(*DIPLOMA, (foot, 0.65, 0.74, 0.81, 0.77)), this_year=2026)
        assert found is None or found.value != "2007-06-30"


def test_the_signing_date_is_read_under_the_signatures():
    page = lines(("(以下无正文，为签署页)", 0.10, 0.09, 0.31, 0.10), ("甲方（盖章）：", 0.12, 0.22, 0.25, 0.24),
                 ("乙方（签字）：杨晨永", 0.54, 0.21, 0.78, 0.25), ("授权代表：", 0.12, 0.29, 0.21, 0.31),
                 ("日期：2024年10月17日", 0.12, 0.36, 0.30, 0.37), ("日期：2024年10月17日", 0.55, 0.36, 0.73, 0.38))
    found = signature_date(page)
    assert found.value == "2024-10-17" and not found.guessed


def test_a_signing_date_with_its_blanks_filled_and_dates_that_differ():
    page = lines(("续订后，原劳动合同中的其他条款继续有效，自2026年6月8日起。", 0.16, 0.48, 0.86, 0.50),
                 ("甲方(盖章)", 0.14, 0.66, 0.25, 0.68), ("乙方 (签字)", 0.57, 0.66, 0.68, 0.68),
                 ("2026", 0.14, 0.76, 0.19, 0.79), ("年 5 月 31 日", 0.20, 0.76, 0.32, 0.79),
                 ("2026 年 6 月 1 日", 0.57, 0.77, 0.75, 0.79))
    found = signature_date(page)
    assert found.value == "2026-06-01" and found.guessed  # the later, and only as a guess
    assert signature_date(page[:1]) is None  # no signatures, no signing date


def test_a_heading_that_names_the_school_gives_it_when_the_foot_does_not():
    page = lines(("华东理工大学毕业证书", 0.30, 0.10, 0.70, 0.14), *DIPLOMA[2:5], ("二〇〇七年六月三十日", 0.65, 0.74, 0.81, 0.77))
    assert school_in_text(page).value == "华东理工大学"
    page = lines(("普通高等学校毕业证书", 0.30, 0.10, 0.70, 0.14), *DIPLOMA[2:5])
    assert school_in_text(page) is None


DEGREE = (("学位证书", 0.38, 0.14, 0.62, 0.20),
          ("罗晓东，男，1994年5月13日生。在南京理工大学会计学专业完成了", 0.32, 0.32, 0.89, 0.36),
          ("本科学业，成绩合格。根据《中华人民共和国学位条例》的规定，授予管", 0.29, 0.37, 0.90, 0.41),
          ("理学学士学位。", 0.29, 0.43, 0.42, 0.47), ("南京理工大学", 0.72, 0.73, 0.83, 0.76))


def test_a_degree_date_whose_year_lost_numerals_is_read_in_the_only_year_after_the_birth_they_fit():
    # No study period on a degree: what is left of the year must fit one year from the holder's youth to now.
    for foot, expected in (("七年六月二十五日", "2017-06-25"), ("一九年七月一日", "2019-07-01"),
                           ("二一一年七月一日", "2011-07-01"), ("一三年六月二十日", "2013-06-20")):
        found = certificate_date(lines(*DEGREE, (foot, 0.72, 0.85, 0.87, 0.89)), this_year=2026)
        assert found.value == expected and found.guessed
    # 2013 or 2023, 2012 or 2021…: no date rather than a guess between years.
    for foot in ("三年六月二十八日", "二一年七月一日", "二〇年六月十五日"):
        assert certificate_date(lines(*DEGREE, (foot, 0.72, 0.85, 0.87, 0.89)), this_year=2026) is None
    # 一一 printed close read as three 一: the one year after the birth whose numerals the reading holds in order.
    found = certificate_date(lines(*DEGREE, ("二〇一一一年六月二十日", 0.72, 0.85, 0.87, 0.89)), this_year=2026)
    assert found.value == "2011-06-20" and found.guessed
    # 20121 holds 2011, 2012 and 2021 alike: no date.
    assert certificate_date(lines(*DEGREE, ("二〇一二一年六月二十日", 0.72, 0.85, 0.87, 0.89)), this_year=2026) is None
    # Without the birth in the text, nothing bounds the year.
    assert certificate_date(lines(DEGREE[0], (("七年六月二十五日", 0.72, 0.85, 0.87, 0.89))), this_year=2026) is None


def test_numeric_signing_dates_side_by_side_keep_the_next_label_out_of_the_date():
    # One row: 日期：2024.10.19 under 甲方, 日期：2024-10-19 under 乙方; the 日 of the second 日期 is no day mark.
    page = lines(("甲方（盖章）", 0.12, 0.28, 0.25, 0.30), ("乙方（签名）", 0.54, 0.28, 0.67, 0.30),
                 ("日期：2024.10.19", 0.12, 0.41, 0.28, 0.43), ("日期：2024-10-19", 0.54, 0.41, 0.71, 0.43))
    found = signature_date(page)
    assert found.value == "2024-10-19" and not found.guessed


def test_a_letters_date_whose_year_lost_numerals_is_read_in_the_only_recent_year_they_fit():
    from extractors.reading.certificate_text import letter_date
    letter = (("户籍证明", 0.33, 0.21, 0.56, 0.24), ("兹证明崔涛，性别男，汉族，公民身份号码360102199409188311,", 0.23, 0.29, 0.67, 0.31),
              ("南昌市公安局东湖区城关派出所", 0.47, 0.47, 0.69, 0.48))
    found = letter_date(lines(*letter, ("二六年七月二十一日", 0.53, 0.49, 0.69, 0.51)), this_year=2026)
    assert found.value == "2026-07-21" and found.guessed
    assert letter_date(lines(*letter, ("二〇二六年七月二十一日", 0.53, 0.49, 0.69, 0.51)), this_year=2026).guessed is False
    # 二二年 in 2022 is 2021 (二〇二一) as well as 2022: no year is guessed
    assert letter_date(lines(*letter, ("二二年七月二十一日", 0.53, 0.49, 0.69, 0.51)), this_year=2022) is None


def test_a_foot_date_whose_year_lost_a_numeral_is_read_again_and_taken_when_every_size_reads_it_whole():
    from extractors.reading.certificate_text import cut_dates_read_again

    def second_look(readings):
        def reread(ref, bbox, tilt=0.0, scale=1.0):
            text, confidence = readings[scale]
            return OcrLine(text=text, bbox=bbox, confidence=confidence, char_confidences=[confidence] * len(text))
        return reread

    degree = lines(("博士学位证书", 0.40, 0.16, 0.59, 0.21), ("二〇八年六月二十日", 0.64, 0.74, 0.78, 0.77))
    agreeing = second_look({1.0: ("二〇〇八年六月二十日", 0.57), 0.67: ("二〇〇八年六月二十日", 0.82)})
    found = certificate_date(cut_dates_read_again(degree, agreeing))
    assert found.value == "2008-06-20" and found.confidence == 0.57
    sure = second_look({1.0: ("二〇〇八年六月二十日", 0.97), 0.67: ("二〇八年六月二十日", 0.99)})
    assert certificate_date(cut_dates_read_again(degree, sure)).value == "2008-06-20"
    differing = second_look({1.0: ("二〇〇八年六月二十日", 0.57), 0.67: ("二〇一八年六月二十日", 0.82)})
    assert [line.text for line in cut_dates_read_again(degree, differing)] == ["博士学位证书", "二〇八年六月二十日"]


def test_a_letters_date_with_a_numeral_misread_is_read_again_or_in_the_one_recent_year_it_is_one_numeral_from():
    from extractors.reading.certificate_text import letter_date
    letter = (("户籍证明", 0.42, 0.20, 0.55, 0.23), ("温州市公安局鹿城区新华派出所", 0.52, 0.44, 0.75, 0.47))
    found = letter_date(lines(*letter, ("三〇二六年六月十六日", 0.58, 0.47, 0.75, 0.50)), this_year=2026)
    assert found.value == "2026-06-16" and found.guessed

    def reread(ref, bbox, tilt=0.0, scale=1.0):
        text = "2026年07月30日" if scale == 1.0 else "2026年07月130日"
        return OcrLine(text=text, bbox=bbox, confidence=0.95, char_confidences=[0.95] * len(text))

    impossible = lines(*letter, ("2026年07月39日", 0.60, 0.51, 0.72, 0.54))
    assert letter_date(impossible, this_year=2026) is None
    found = letter_date(impossible, this_year=2026, second_look=reread)
    assert found.value == "2026-07-30" and found.guessed


def test_a_letters_date_whose_day_the_seal_hid_is_read_again_from_the_page():
    from extractors.reading.certificate_text import letter_date
    letter = lines(("户籍证明", 0.46, 0.15, 0.66, 0.20), ("重庆市公安局渝中区分局东湖派出所", 0.49, 0.43, 0.80, 0.47),
                   ("2026年12月日", 0.66, 0.47, 0.80, 0.50))

    def reread(ref, bbox, tilt=0.0, scale=1.0):
        return OcrLine(text="2026年12月1日", bbox=bbox, confidence=0.95, char_confidences=[0.95] * 10)

    assert letter_date(letter, this_year=2026) is None
    found = letter_date(letter, this_year=2026, second_look=reread)
    assert found.value == "2026-12-01" and found.guessed


def test_a_study_end_whose_zeros_were_lost_too_dates_the_foot_in_the_one_year_they_fit():
    # 二〇〇七 read 二七 in the text and 七 at the foot: 2007 is the one year that is 二七 with its 〇 put back
    # (2017 would need a lost 一); 二〇〇一 read 二一 fits 2001 and 2010, and the study began in 1997 (四年制).
    body = ("学生牛艳，性别女，一九八四年一月生，于二〇〇三年九月至二七年六月在本校金融学", 0.33, 0.31, 0.81, 0.35)
    found = certificate_date(lines(body, ("七年六月二十日", 0.70, 0.78, 0.84, 0.81)), this_year=2026)
    assert found.value == "2007-06-20" and found.guessed
    body = ("学生彭雨欣，性别女，一九七九年五月生，于一九九七年九月至二一年六月在本校电子信息工程", 0.38, 0.37, 0.81, 0.41)
    assert certificate_date(lines(body, ("一年六月三十日", 0.70, 0.76, 0.80, 0.79)), this_year=2026).value == "2001-06-30"
    no_start = ("学生彭雨欣，性别女，一九七九年五月生，在本校电子信息工程专业至二一年六月", 0.38, 0.37, 0.81, 0.41)
    assert certificate_date(lines(no_start, ("一年六月三十日", 0.70, 0.76, 0.80, 0.79)), this_year=2026) is None


def test_traditional_characters_read_for_a_diplomas_simplified_print_still_give_major_and_level():
    from extractors.reading.certificate_text import level_in_text, major_in_text
    found = lines(("学生梁思远，性別男，一九九四年九月生，于二○一六年九", 0.32, 0.37, 0.75, 0.40),
                  ("月至二〇一九年七月在本校法學專業碩士研究生學习，修完", 0.32, 0.42, 0.75, 0.44))
    assert major_in_text(found).value == "法学" and level_in_text(found).value == "硕士研究生"


def test_a_degree_is_read_from_the_sentence_that_awards_it_before_the_heading():
    """The heading 学士学位证書 in a calligraphic face reads unsurely; the sentence 授予管理学学士学位 names the same
    degree surely, and it is the one taken (outsider M, m016)."""
    from dataclasses import replace
    from extractors.reading.certificate_text import level_in_text
    found = lines(("学士学位证書", 0.48, 0.08, 0.75, 0.13),
                  ("何新，女，1999年5月生。在南京理工大学财务管理专业完成", 0.31, 0.27, 0.91, 0.33),
                  ("了本科学业，成绩合格。根据《中华人民共和国学位条例》的规", 0.28, 0.30, 0.91, 0.37),
                  ("定，授予管理学学士学位。", 0.27, 0.335, 0.53, 0.376))
    found[0] = replace(found[0], confidence=0.5, char_confidences=[0.5] * len(found[0].text))
    level = level_in_text(found, degree=True)
    assert level.value == "学士" and level.confidence > 0.9 and level.evidence.bbox[1] == 0.335


def test_a_zero_whose_circle_was_read_open_is_still_a_zero():
    from extractors.reading.values import parse_date_any
    assert parse_date_any("二C二四年六月二十日").value == "2024-06-20"
    assert certificate_date(lines(*DIPLOMA, ("二C〇七年六月三十日", 0.65, 0.74, 0.81, 0.77))).value == "2007-06-30"


def test_the_holders_name_opens_the_running_text_after_the_level_word_with_its_comma_read_as_a_dot():
    for opening in ("研究生莫嫣瑶．性别女，1994年8月生．于2017年9月至2020年6月在本校", "研究生莫嫣瑶，性别女，1994年8月生"):
        found = opening_name(lines((opening, 0.30, 0.31, 0.91, 0.35)))
        assert found.value == "莫嫣瑶" and not found.guessed


def test_a_chinese_numeral_term_whose_zero_glyph_reads_unsurely_or_was_lost():
    """二○二五年: OCR unsure which round glyph its zero is does not doubt the date; 二二六年 (the 〇 lost) is 2026 only
    as a guess, and a year a lost numeral could make several ways (一九九年, 二〇〇年) is none."""
    from extractors.reading.fields import to_field_value
    from extractors.reading.text import Span
    from extractors.reading.values import find_chinese_dates
    text = "期限自二○二五年八月五日起"
    confidences = [0.99] * len(text)
    confidences[4] = 0.45  # ○
    line = make_line(OcrLine(text=text, bbox=(0.2, 0.25, 0.8, 0.29), confidence=0.98, char_confidences=confidences),
                     REF, 0, 1.414)
    (found,) = find_chinese_dates(text)
    value = to_field_value(found, [Span(line, 0, len(text))])
    assert value.value == "2025-08-05" and value.confidence >= 0.9
    (lost,) = find_chinese_dates("期限自二二六年七月三十一日起至二二七年五月三十日止")[:1]
    assert lost.value == "2026-07-31" and lost.guessed
    assert find_chinese_dates("一九九年七月一日") == [] and find_chinese_dates("二〇〇年六月二十八日") == []


def test_a_term_filled_in_on_blank_lines_whose_day_was_not_read_is_read_again_as_one_row():
    """固定期限：自 2024 年 6 月 __ 日起至 on a scan: the 4 on its blank line was never boxed, so the row is read again
    from the page, whole; with nothing better read again, the start is known to its month only, its day unread."""
    from extractors.doctypes.labour_contract import blanks_read_again, contract_term
    row = lines(("固定期限：自", 0.119, 0.227, 0.240, 0.243), ("2024", 0.240, 0.229, 0.300, 0.243),
                ("年", 0.299, 0.230, 0.330, 0.241), ("6", 0.348, 0.230, 0.371, 0.243), ("月", 0.394, 0.229, 0.416, 0.242),
                ("日起至", 0.481, 0.228, 0.545, 0.244), ("2027", 0.151, 0.262, 0.200, 0.278), ("年", 0.205, 0.263, 0.232, 0.277),
                ("6", 0.261, 0.265, 0.276, 0.277), ("月", 0.303, 0.262, 0.325, 0.277), ("3", 0.354, 0.264, 0.375, 0.277),
                ("日止。", 0.38, 0.262, 0.43, 0.277))
    asked = []

    def second_look(ref, bbox, tilt=0.0, scale=1.0):
        asked.append(bbox)
        return OcrLine(text="固定期限：自2024年6月4日起至", bbox=(0, 0, 1, 1), confidence=0.95)

    again = blanks_read_again(row, second_look)
    assert len(asked) == 1 and asked[0][0] == 0.119 and asked[0][2] == 0.545  # the first row, whole
    term = contract_term(again)
    assert (term["start_date"].value, term["end_date"].value) == ("2024-06-04", "2027-06-03")
    unread = blanks_read_again(row, lambda ref, bbox, tilt=0.0, scale=1.0: OcrLine(text="固定期限：自2024年6月日起至",
                                                                                 bbox=(0, 0, 1, 1), confidence=0.9))
    start = contract_term(unread)["start_date"]
    assert start.value == "2024-06-01" and start.char_confidences[8:] == [0.0, 0.0]
    assert min(start.char_confidences[:8]) > 0.9


def test_a_term_in_words_never_counts_from_the_ranges_end_date():
    """Outsider V v006, a slanted photo: 本合同期限为六年，自 2026 年 9 月日起至 2027 年 6 月 30 日止 — the start's day lost.
    The six years were counted from the end date (2027-06-30 to 2033-06-29); the start is known to its month."""
    from extractors.doctypes.labour_contract import contract_term
    term = contract_term(lines(("本合同期限为六年，自 2026 年 9 月日起", 0.25, 0.53, 0.59, 0.59),
                               ("至 2027 年 6 月 30 日止。", 0.26, 0.57, 0.47, 0.61)))
    assert (term["start_date"].value, term["end_date"].value) == ("2026-09-01", "2027-06-30")
    assert term["open_ended"].value is False
    assert term["start_date"].char_confidences[8:] == [0.0, 0.0]
    words = contract_term(lines(("本合同期限为三年，自 2026 年 9 月 1 日起。", 0.25, 0.53, 0.59, 0.59)))
    assert (words["start_date"].value, words["end_date"].value) == ("2026-09-01", "2029-08-31")


DEGREE_TIGHT_FOOT = (("学士学位证书", 0.33, 0.10, 0.67, 0.17),
          ("姚刚辉，女，1996年2月28日生。在江西财经大学金融学专业完成了本科", 0.36, 0.25, 0.89, 0.29),
          ("学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，", 0.32, 0.30, 0.88, 0.34),
          ("授予经济学学士学位。", 0.32, 0.36, 0.48, 0.39), ("江西财经大学", 0.78, 0.46, 0.89, 0.49))


def test_a_foot_date_the_signers_title_ran_into_is_read_after_the_title():
    # outsider Q: the date set tight under 学位评定委员会主席, read as one line with pieces of the title
    found = certificate_date(lines(*DEGREE_TIGHT_FOOT, ("学位评定季2017年6月30日", 0.58, 0.52, 0.68, 0.55)), this_year=2026)
    assert found.value == "2017-06-30" and not found.guessed
    found = certificate_date(lines(*DEGREE_TIGHT_FOOT, ("学位平定委八年六月三十日", 0.68, 0.51, 0.82, 0.54)), this_year=2026)
    assert found.value == "2018-06-30" and found.guessed  # 八 stands for 2018 alone of 2012…2026
    # words that are no signer's title before a date leave it a date inside a sentence: no foot date
    assert certificate_date(lines(*DEGREE_TIGHT_FOOT, ("生于二〇一六年六月三十日", 0.58, 0.52, 0.68, 0.55)), this_year=2026) is None


def test_a_degrees_major_named_as_a_discipline_before_its_bracketed_word_for_major():
    """A 学位证书 drawn by another hand (outsider U, u004): 在上海大学国 | 际经济与贸易学科（专业）完成了…; before, the
    major was looked for right before 专业, found nothing but the bracket, and was not read."""
    from extractors.reading.certificate_text import major_in_text
    found = lines(("周立建，男，一九八七年七月生。在上海大学国", 0.176, 0.411, 0.862, 0.442),
                  ("际经济与贸易学科（专业）完成了硕士学位的课", 0.113, 0.455, 0.799, 0.484))
    assert major_in_text(found).value == "国际经济与贸易"


def test_a_letters_date_with_the_seals_words_read_into_its_line_is_still_its_date():
    """Outsider W w019: the 户籍证明's seal over its date, read into the date's line: 户口专2026年12月2日."""
    from extractors.reading.certificate_text import letter_date
    foot = lines(("石家庄市公安局长安区分局新华路派出所", 0.426, 0.639, 0.749, 0.680), ("户口专2026年12月2日", 0.574, 0.679, 0.744, 0.707),
                 ("(本证明有效期三十日)", 0.223, 0.796, 0.374, 0.821))
    found = letter_date(foot, this_year=2026)
    assert found.value == "2026-12-02" and not found.guessed


def test_a_diploma_that_certifies_its_holder_by_name_before_the_school_gives_that_name_not_the_words_after_its_student():
    """Outsider X x001, x005, x009, x021, x038: 兹证明高颖洁系我校土木工程专业四年制本科学生，于二○○三年九月入学 — the
    name stands between 兹证明 and 系; 学生 ends its clause, and 于二 (于 a surname, 二 a numeral) after it was taken as
    the name: a false `identity.name_mismatch` error in five packets."""
    from extractors.doctypes import diploma
    from precheck.core.model import PageSource, PageText
    from precheck.pipeline.classify import classify_page
    from precheck.pipeline.grouping import group_documents, PlacedPart
    page = [("毕业证书", 0.382, 0.207, 0.617, 0.267),
            ("兹证明高颖洁系我校土木工程专业四年制本科学生，于二○○三年九月", 0.244, 0.342, 0.884, 0.377),
            ("入学，二○○七年六月修业期满，成绩合格，准予毕业。", 0.208, 0.397, 0.674, 0.428),
            ("复印件与原件一致", 0.177, 0.684, 0.319, 0.714), ("校名：华东理工大学", 0.503, 0.724, 0.676, 0.757),
            ("校（院）长：李文伟", 0.504, 0.785, 0.668, 0.815), ("二〇〇七年六月二十日", 0.503, 0.849, 0.684, 0.882),
            ("证书编号：1209232007700720", 0.087, 0.859, 0.263, 0.881)]
    text = PageText(ref=REF, source=PageSource.ocr, width=2339, height=1654,
                    lines=[OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=0.99) for t, x0, y0, x1, y1 in page])
    [draft] = group_documents([PlacedPart(text, part) for part in classify_page(text.lines)])
    fields, _ = diploma.extract(draft, None)
    assert fields["name"].value == "高颖洁" and not fields["name"].guessed
    assert fields["school"].value == "华东理工大学" and fields["graduation_date"].value == "2007-06-20"
    assert fields["major"].value == "土木工程"  # after 系我校, as after 在本校


def test_a_self_study_diploma_names_its_holder_as_the_candidate():
    """Outsider X x039: 考生汤蓉，性别女，1997年12月生，参加高等教育自学考试… (the name was read 考生汤蓉, a guess)."""
    found = opening_name(lines(("考生汤蓉，性别女，1997年12月生，参加高等教育自学考试国际经", 0.268, 0.323, 0.889, 0.388)))
    assert found.value == "汤蓉" and not found.guessed


def test_an_older_diploma_names_its_holder_before_the_native_place_and_its_title_is_no_name():
    """Outsider Y's y031: 学生顾晨帆系安徽省阜阳市人，一九七三年十一月生… under the title 毕业证书, which was taken as the
    name (a guess) where nothing else gave it."""
    from extractors.reading.banner import banner_name
    found = opening_name(lines(("学生顾晨帆系安徽省阜阳市人，一九七三年", 0.193, 0.345, 0.872, 0.387)))
    assert found.value == "顾晨帆" and not found.guessed
    assert banner_name(lines(("毕业证书", 0.319, 0.055, 0.703, 0.119), ("郑州工学院", 0.492, 0.559, 0.688, 0.596),
                             ("校（院）长：钟鑫", 0.492, 0.608, 0.745, 0.638),
                             ("一九九七年七月十日", 0.492, 0.655, 0.784, 0.687))) is None
