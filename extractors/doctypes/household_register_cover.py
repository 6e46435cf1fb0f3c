"""户口簿 首页 / 户主页."""
import re

from extractors.declaration import day, DocumentType, kw, Required, text
from extractors.reading.fields import (
    doubt_cut_addresses, Field, just_under, labelled_fields, placed_by_guess, search_text, to_field_value,
)
from extractors.reading.text import Span
from extractors.reading.values import digits, parse_address, parse_date, parse_name, Parsed, strip_punct
from precheck.core.regions import PROVINCE_LEVEL

DOCUMENT_TYPE = DocumentType(
    type_id="household_register_cover",
    order=30,
    label="户口簿首页",
    titles=kw(("户口簿", 2.0), ("户主页", 2.0), ("户主姓名", 3.0)),
    keywords=kw(("户别", 2.0), ("户号", 1.5), "住址", ("承办人签章", 2.0), ("户口专用章", 1.0), ("户口登记机关", 1.5), "登记机关", "签发日期", "家庭户", "集体户"),
    excludes=("常住人口登记卡", "户主或与户主关系", "公民身份证件编号", "劳动合同", "居住证", "户籍证明"),
    min_score=5.0,
    fields=(
        text("household_type", "户别"),
        text("head_name", "户主姓名"),
        text("household_number", "户号"),
        text("address", "住址"),
        day("issue_date", "签发日期"),
    ),
    required=Required.first,
    how_to_get="请补充户口簿首页的扫描件：积分受理核对居住证上的户籍地址与户口簿首页住址。",
    how_to_correct="请到户籍地派出所核对、更正户口簿。",
)


# 户别 as printed: 家庭户, 集体户, 家庭户户口, 居民家庭户口, 非农业家庭户口, 农业集体户… (older booklets add 口, some print 居民户).
_HOUSEHOLD_TYPE = re.compile(r"(?:(?:非农业|农业|居民|城镇)?(?:家庭|集体)|居民)户(?:户口|口)?")


def parse_household_type(text):
    body, cut = strip_punct(text)
    match = _HOUSEHOLD_TYPE.match(body)
    return Parsed(match.group(), cut, cut + match.end()) if match else None


HOUSEHOLD_NUMBER = digits(5, 12)
ADDRESS = Field("address", ("住址", "详细地址"), parse_address, wraps=True, compared=True)
FIELDS = (
    Field("household_type", ("户别", "户口类别", "户类型"), parse_household_type),
    Field("head_name", ("户主姓名",), parse_name),
    Field("household_number", ("户号",), HOUSEHOLD_NUMBER),
    ADDRESS,
    Field("issue_date", ("签发日期", "发证日期", "签发"), parse_date),
)
EXTRA_LABELS = ("承办人签章", "户口登记机关", "户主页")


# Values of a kind no other cell of the 首页 holds, found by that kind where their label was not read (户 | 别 with a
# character lost): a line that is nothing but a 户别 word, or nothing but a 户号's digits. Placed by a guess.
BY_KIND = (("household_type", parse_household_type), ("household_number", HOUSEHOLD_NUMBER))


def extract(draft, second_look):
    fields, reader = labelled_fields(draft, FIELDS, EXTRA_LABELS, second_look=second_look, join_characters=True)
    fill_by_kind(fields, reader.lines)
    if "address" not in fields:
        found = reader.read_unlabelled(ADDRESS, fields, opens_with_a_division)
        if found is not None:
            fields["address"] = found
    doubt_cut_addresses(fields, ("address",), reader.lines)
    _household_number_run_on(fields, reader)
    return fields, []


# A 户号 too long for its narrow cell runs on under its start (14353816 over 8): a digit or two, standing within this
# many digits' widths of the number's start and just under it.
_NUMBER_TAIL = re.compile(r"\d{1,2}")
TAIL_REACH_DIGITS = 1.5


def _household_number_run_on(fields, reader) -> None:
    """The household number with the digits its cell wrapped onto the next line under its start, where exactly one
    such tail stands there."""
    value = fields.get("household_number")
    read_from = reader.lines_read(value) if value is not None else ()
    if len(read_from) != 1 or read_from[0].text != value.value:
        return
    source = read_from[0]
    digit = (source.x1 - source.x0) / len(source.text)
    tails = [line for line in reader.lines if line is not source and line.page_index == source.page_index
             and _NUMBER_TAIL.fullmatch(line.text) and abs(line.x0 - source.x0) <= TAIL_REACH_DIGITS * digit
             and just_under(line, source)]
    joined = HOUSEHOLD_NUMBER(value.value + tails[0].text) if len(tails) == 1 else None
    if joined is not None and (joined.start, joined.end) == (0, len(value.value) + len(tails[0].text)):
        whole = to_field_value(joined, [Span(source, 0, len(source.text)), Span(tails[0], 0, len(tails[0].text))])
        fields["household_number"] = whole.model_copy(update={"guessed": value.guessed,
                                                              "confidence": min(whole.confidence, value.confidence)})


def opens_with_a_division(address: str) -> bool:
    """The 住址 begins with its province-level division: the 首页's one value that does (a seal may hide its label)."""
    return address.startswith(PROVINCE_LEVEL)


def fill_by_kind(fields, lines) -> None:
    for name, parse in BY_KIND:
        if name not in fields:
            found = search_text(lines, parse, where=lambda line, parse=parse: whole_line_value(line, parse))
            if found is not None:
                fields[name] = placed_by_guess(found)


def whole_line_value(line, parse) -> bool:
    parsed = parse(line.text)
    return parsed is not None and parsed.start == 0 and parsed.end == len(line.text)
