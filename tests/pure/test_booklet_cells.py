"""Booklets and information pages read from hand-made lines: a value the detector cut in pieces along its row, a label
whose characters were boxed apart, a label read with a character wrong, 户别 and 民族 kept as printed, values found by
their kind where their label was lost, and the validity printed as 起 / 止 in two cells."""
from extractors.doctypes import household_register_cover as cover
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


def test_household_type_and_ethnicity_are_kept_as_printed():
    assert cover.parse_household_type("非农业家庭户口").value == "非农业家庭户口"
    assert cover.parse_household_type("家庭户").value == "家庭户"
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
