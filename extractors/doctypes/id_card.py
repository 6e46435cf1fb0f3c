"""居民身份证 (front and back)."""
import re
from typing import Optional

from rapidfuzz.distance import Hamming

from extractors.declaration import day, DocumentType, FieldInfo, kw, Required, text
from extractors.reading.fields import doubt_cut_addresses, Field, labelled_fields, placed_by_guess, search_text
from extractors.reading.unlabelled_front import looks_like_unlabelled_front, read_unlabelled_front
from extractors.reading.values import (
    parse_address, parse_date, parse_ethnicity, parse_id_number, parse_name, parse_org, parse_range_end,
    id_number_ok, parse_range_start, one_of, Parsed,
)
from precheck.core.id_number import birth_date_of
from precheck.core.kinds import Kind
from precheck.core.model import FieldValue

DOCUMENT_TYPE = DocumentType(
    type_id="id_card",
    order=10,
    label="居民身份证",
    titles=kw(("居民身份证", 3.0), ("公民身份号码", 2.5)),
    keywords=kw("姓名", "性别", "民族", "出生", "住址", ("签发机关", 2.0), ("有效期限", 1.5), ("中华人民共和国", 1.0)),
    # A form that refers to an ID card (证件类型 居民身份证, 曾用名, 常住户口所在地) is never the card itself, nor is a
    # 结婚证's inner page, whose person blocks carry the card's labels (姓名, 性别, 出生日期), nor a letter. 集体户口
    # is no exclude: a card's 住址 may end in it (…人力资源服务中心集体户口).
    excludes=("居住证", "常住人口登记卡", "户口簿", "劳动合同", "纳税", "税款", "居住地", "户籍证明", "兹证明", "特此证明", "签注",
              "证件类型", "曾用名", "常住户口", "持证人", "民政部", "结婚"),
    min_score=4.0,
    unlabelled=looks_like_unlabelled_front,  # a 人像面 whose light-blue labels were not read
    fields=(
        text("name", "姓名"),
        text("sex", "性别"),
        text("ethnicity", "民族"),
        day("birth_date", "出生日期"),
        text("address", "住址"),
        text("id_number", "公民身份号码"),
        text("issuing_authority", "签发机关"),
        day("valid_from", "有效期起始日期"),
        FieldInfo("valid_until", "有效期截止日期", Kind.expiry),
    ),
    required=Required.always,
    applicant_name="name",
    applicant_id="id_number",
    how_to_get="请补充居民身份证正反面的扫描件或照片。",
    how_to_correct="如身份证本身有误，请到公安机关更正。",
)

FRONT_MARKERS = ("公民身份号码", "住址", "出生", "姓名", "民族")
BACK_MARKERS = ("签发机关", "有效期限", "居民身份证")
FRONT_LABELS = ("姓名", "性别", "民族", "出生", "出生日期", "住址")
KNOWN_BY_KIND = ("sex", "ethnicity", "birth_date")
# 性别 and 民族 share the card's second row: read as one line, the one-character sex opens it before 民族's label
# (after 性别, or its 别 with the 性 misread: 注别女民族汉 off a faxed copy).
_SEX_BEFORE_ETHNICITY = re.compile(r"(?:^|别)([男女])民族")


def _sex_before_ethnicity(text: str) -> Optional[Parsed]:
    match = _SEX_BEFORE_ETHNICITY.search(text)
    return Parsed(match.group(1), match.start(1), match.end(1)) if match else None


FIELDS = (
    Field("name", ("姓名",), parse_name, compared=True),
    Field("sex", ("性别",), one_of("男", "女")),
    Field("ethnicity", ("民族",), parse_ethnicity),
    Field("birth_date", ("出生", "出生日期"), parse_date),
    Field("address", ("住址",), parse_address, wraps=True),
    Field("id_number", ("公民身份号码", "公民身份证号码", "身份证号码"), parse_id_number),
    Field("issuing_authority", ("签发机关",), parse_org, wraps=True, max_lines=2),
    Field("valid_from", ("有效期限",), parse_range_start),
    Field("valid_until", ("有效期限",), parse_range_end),
)


def extract(draft, second_look):
    fields, reader = labelled_fields(draft, FIELDS, second_look=second_look, join_characters=True)
    labels_read = any(hit.label in FRONT_LABELS for hit in reader.hits)
    for name, value in read_unlabelled_front(reader.lines).items():
        # Where some labels were read, only the short values their kind tells apart, and values whose own label
        # was not read at all (姓名 under a watermark), are placed without their label: as guesses.
        own_label_read = any(name in hit.fields for hit in reader.hits)
        if name not in fields and (not labels_read or name in KNOWN_BY_KIND or not own_label_read):
            fields[name] = value
    if "sex" not in fields:
        found = search_text(reader.lines, _sex_before_ethnicity)
        if found is not None:
            fields["sex"] = found
    if "id_number" not in fields:
        found = search_text(reader.lines, parse_id_number)
        if found is not None:  # the OCR-B digits read, their grey label not: placed by its kind alone
            fields["id_number"] = placed_by_guess(found)
    for name, parse in BACK_BY_KIND:
        if name not in fields:
            found = search_text(reader.lines, parse)
            if found is not None:  # 签发机关 / 有效期限 lost with a copy's light print: the back's values by their kind
                fields[name] = placed_by_guess(found)
    if "birth_date" not in fields and "id_number" in fields:
        born = _birth_date_in_number(fields["id_number"])
        if born is not None:
            fields["birth_date"] = born
    doubt_cut_addresses(fields, ("address",), reader.lines)
    if "issuing_authority" in fields:
        fields["issuing_authority"] = _without_the_cards_title(fields["issuing_authority"])
    return fields, []


# A misread label may still end in 机关 before it (要星机关长沙市公安局岳麓分局).
_AUTHORITY = re.compile(r"^\s*(?:[\u4e00-\u9fff]{1,3}机关[:：]?\s*)?([\u4e00-\u9fff]{2,12}公安局(?:[\u4e00-\u9fff]{1,10}分局)?)\s*$")


def _parse_authority(text: str) -> Optional[Parsed]:
    """A line that is a police authority's name and nothing else (重庆市公安局江北区分局)."""
    found = _AUTHORITY.match(text)
    return Parsed(found.group(1), found.start(1), found.end(1)) if found else None


# The back's values whose kind alone tells them: the one police authority line, the one date range.
BACK_BY_KIND = (("issuing_authority", _parse_authority), ("valid_from", parse_range_start), ("valid_until", parse_range_end))

# The back's title over 签发机关, in line with its value (居民身份证 | 杭州市公安局西湖区分局 on a card photographed
# square): read on into the value as its first line, it is no part of the authority.
CARD_TITLES = ("中华人民共和国居民身份证", "居民身份证", "中华人民共和国")


# 签发机关 read with one character wrong, or its last lost, into the value's line (晋发机哈尔滨市公安局南岗区分局): no
# authority's name opens with two of these characters in their places.
AUTHORITY_LABEL = "签发机关"


def _without_the_cards_title(value: FieldValue) -> FieldValue:
    text = str(value.value or "")
    title = next((title for title in CARD_TITLES if text.startswith(title) and len(text) > len(title)), None)
    cut = len(title) if title is not None else _misread_label_length(text)
    if not cut:
        return value
    chars = value.char_confidences[cut:] if value.char_confidences else value.char_confidences
    return value.model_copy(update={"value": text[cut:], "char_confidences": chars})


def _misread_label_length(text: str) -> int:
    for length in (len(AUTHORITY_LABEL), len(AUTHORITY_LABEL) - 1):
        if len(text) > length + 4 and Hamming.distance(text[:length], AUTHORITY_LABEL[:length]) <= 1:
            return length + (text[length:length + 1] in ":：")
    return 0


def _birth_date_in_number(number: FieldValue) -> Optional[FieldValue]:
    """出生 lost under a watermark: the card's own number holds the same date (GB 11643, digits 7–14). Taken from a
    number that passes its check, as a guess where the date itself was not read."""
    if not isinstance(number.value, str) or not id_number_ok(number.value):
        return None
    born = birth_date_of(number.value)
    return placed_by_guess(number.model_copy(update={"value": born.isoformat(), "char_confidences": None,
                                                     "alternatives": None})) if born else None
