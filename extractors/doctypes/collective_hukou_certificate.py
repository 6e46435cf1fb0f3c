"""集体户口 户籍证明."""
import re
from dataclasses import replace
from typing import Optional

from extractors.declaration import day, DocumentType, kw, text
from extractors.reading.certificate_text import letter_date, running_text
from extractors.reading.fields import doubt_cut_addresses, Field, labelled_fields, placed_by_guess, search_text, to_field_value
from extractors.reading.values import id_number_ok, parse_address, parse_date, parse_id_number, parse_name
from precheck.core.model import FieldValue

DOCUMENT_TYPE = DocumentType(
    type_id="collective_hukou_certificate",
    order=50,
    label="集体户口户籍证明",
    titles=kw(("户籍证明", 4.0), ("集体户口", 3.0)),
    keywords=kw(("兹证明", 1.5), "户籍", ("派出所", 1.5), "公安局", "公民身份号码", "住址", "特此证明", "出生日期", "集体户"),
    # Not 居住证: the letter often says what it is for (本证明仅用于办理上海市居住证积分).
    excludes=("常住人口登记卡", "劳动合同", "纳税"),
    min_score=5.0,
    fields=(
        text("name", "姓名"),
        text("id_number", "公民身份号码"),
        text("address", "户籍地址"),
        day("issue_date", "出具日期"),
    ),
    replaces=('household_register_cover', 'household_register_member'),
    applicant_name="name",
    applicant_id="id_number",
    how_to_get="集体户口者请到集体户口所在派出所开具户籍证明。",
    how_to_correct="请到集体户口所在派出所重新开具户籍证明。",
)


FIELDS = (
    Field("name", ("姓名",), parse_name, compared=True),
    # The letter's running text opens with the name: 兹证明NAME(公民身份号码…), 经查，NAME，公民身份号码…, 兹有NAME….
    Field("name", ("兹证明", "经查", "兹有"), parse_name, inline_only=True),
    # In the letter's running text the number may break at the line's end and go on at the next line's margin.
    Field("id_number", ("公民身份号码", "身份证号码", "公民身份证号码"), parse_id_number, wraps=True, max_lines=2),
    Field("address", ("户籍地址", "户口所在地", "住址", "地址"), parse_address, wraps=True, compared=True),
    Field("issue_date", ("出具日期", "开具日期", "签发日期", "日期"), parse_date),
)
EXTRA_LABELS = ("性别", "出生日期", "户别", "户口性质", "特此证明")
# A letter that names no address by a label says it in its running text, wrapped wherever the line ends:
# 其户口登记在 <address>（<the collective household>），户口性质为集体户口.
REGISTERED_AT = re.compile(r"户口(?:现)?登记(?:在|于)")
# The address named by its label inside the running text, the label wrapped at a line's end (户籍地 | 址：…): found
# first, since 登记在 may name only the station's own area (我所辖区集体户).
ADDRESS_LABEL_IN_TEXT = re.compile(r"户籍地址[:：]?")
# The words that open the letter, and what ends the name after them.
LETTER_OPENING = re.compile(r"(?:兹证明|经查|兹有)[:：，,]?")
NAME_END = re.compile(r"[，,（(；;。]")
# The number's label in the running text, the number right after it, wrapped wherever the line ends.
ID_NUMBER_LABEL_IN_TEXT = re.compile(r"(?:公民身份证?号码|身份证号码?)[:：]?")
ID_NUMBER_REACH = 24  # characters after the label: the number and what ends it
# The collective household named in brackets after the address is not part of it, nor the sentence that follows
# it in the letter (以上人员户口在我所辖区集体户内).
COLLECTIVE_NOTE = re.compile(r"[(（][^)）]*集体|以上|上述")


def extract(draft, second_look):
    fields, reader = labelled_fields(draft, FIELDS, EXTRA_LABELS, second_look=second_look, join_characters=True)
    if "name" not in fields:
        found = name_in_text(reader.lines)
        if found:
            fields["name"] = found
    if "id_number" not in fields:
        # Found by its kind, away from its label, a number is only a guess.
        found = id_number_in_text(reader.lines) or _guessed(search_text(reader.lines, parse_id_number))
        if found:
            fields["id_number"] = found
    found = address_in_text(reader.lines)
    if found and "address" not in fields:
        fields["address"] = found
    elif found and _goes_on_in(fields["address"], found):
        # The running text joins lines in reading order, which a tilted photo can upset: a guess, no error's ground.
        fields["address"] = placed_by_guess(found)
    if "issue_date" not in fields:
        # A certificate's date stands alone under the issuing office, below everything else.
        found = letter_date(reader.lines, second_look=second_look)
        if found:
            fields["issue_date"] = found
    doubt_cut_addresses(fields, ("address",))
    return fields, []


def _goes_on_in(labelled: FieldValue, in_text: FieldValue) -> bool:
    """The address read after its label stopped at its line's end (户籍地址：河南省郑州市金水区兴 | 业街93号…), and the
    running text, read across the lines, holds it whole."""
    cut, whole = str(labelled.value or ""), str(in_text.value or "")
    return len(whole) > len(cut) and whole.startswith(cut) and not any(mark in whole for mark in ":：")


def name_in_text(lines) -> Optional[FieldValue]:
    """The name that opens the letter's running text where the opening words end their line (兹证明： | 任娥勇，性别女…)."""
    spans, joined = running_text(lines)
    for match in LETTER_OPENING.finditer(joined):
        rest = joined[match.end():]
        end = NAME_END.search(rest)
        parsed = parse_name(rest[:end.start()]) if end else None
        if parsed is not None and parsed.start == 0:
            at = match.end()
            return to_field_value(replace(parsed, start=at + parsed.start, end=at + parsed.end), spans)
    return None


def _guessed(found: Optional[FieldValue]) -> Optional[FieldValue]:
    return placed_by_guess(found) if found is not None else None


def id_number_in_text(lines) -> Optional[FieldValue]:
    """The number right after its label in the letter's running text, where it breaks at a line's end (…公民身份号码32 |
    0302198509120647，…): read across the lines, and sure only when it passes its check, which a wrong join would
    not."""
    spans, joined = running_text(lines)
    for match in ID_NUMBER_LABEL_IN_TEXT.finditer(joined):
        parsed = parse_id_number(joined[match.end():match.end() + ID_NUMBER_REACH])
        if parsed is not None and parsed.start == 0:
            at = match.end()
            found = to_field_value(replace(parsed, start=at, end=at + parsed.end), spans)
            return found if id_number_ok(str(found.value)) else placed_by_guess(found)
    return None


def address_in_text(lines) -> Optional[FieldValue]:
    """The address the running text says the hukou is registered at, without the collective's name after it."""
    spans, joined = running_text(lines)
    for match in [*ADDRESS_LABEL_IN_TEXT.finditer(joined), *REGISTERED_AT.finditer(joined)]:
        rest = joined[match.end():]
        note = COLLECTIVE_NOTE.search(rest)
        parsed = parse_address(rest[:note.start()] if note else rest)
        if parsed is not None:
            at = match.end()
            return to_field_value(replace(parsed, start=at + parsed.start, end=at + parsed.end), spans)
    return None
