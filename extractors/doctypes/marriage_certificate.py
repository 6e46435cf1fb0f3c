"""结婚证."""
import re

from extractors.declaration import day, DocumentType, kw, text
from extractors.reading.fields import Field, labelled_fields, placed_by_guess, value_from_span
from extractors.reading.text import Span
from extractors.reading.values import Parsed, parse_date, parse_id_number, parse_name

DOCUMENT_TYPE = DocumentType(
    type_id="marriage_certificate",
    order=110,
    label="结婚证",
    titles=kw(("结婚证", 5.0),),
    keywords=kw(("持证人", 1.5), ("登记日期", 1.0), ("结婚证字号", 2.0), ("婚姻登记", 1.5), ("国籍", 4.0), ("身份证件号", 1.0), ("申请结婚", 1.5), ("婚姻法", 1.0), ("民法典", 0.5), ("民政部监制", 1.0)),
    # 国籍 is printed on no other SPEC §3 paper: the booklet's page of the two people (姓名, 性别, 国籍, 出生日期,
    # 身份证件号 twice), photographed on its own, is named by it.
    excludes=("劳动合同", "常住人口登记卡", "离婚证"),
    min_score=5.0,
    fields=(
        text("holder_name", "持证人姓名"),
        text("spouse_name", "配偶姓名"),
        text("spouse_id_number", "配偶身份证号码"),
        day("registration_date", "登记日期"),
    ),
    applicant_name="holder_name",
    other_ids=('spouse_id_number',),
    how_to_get="申报配偶相关积分的，请补充结婚证的扫描件。",
    how_to_correct="请到婚姻登记机关核对更正。",
)


FIELDS = (
    Field("holder_name", ("持证人",), parse_name),
    Field("registration_date", ("登记日期",), parse_date),
)
PERSON_FIELDS = (
    Field("person_name", ("姓名",), parse_name),
    Field("person_id", ("身份证件号", "身份证件号码", "公民身份号码", "身份证号"), parse_id_number),
)
EXTRA_LABELS = ("结婚证字号", "备注", "性别", "国籍", "出生日期")
# An open booklet's inner page shows each person as a block: 姓名 on top, then 性别, 国籍, 出生日期, 身份证件号 last.
# In photos the printed labels are often too faint to read; a block is then found from its ID number, its name being
# the topmost name in the same column within PERSON_BLOCK_HEIGHTS of the ID line's heights above it.
PERSON_BLOCK_HEIGHTS = 5.0
PERSON_COLUMN_HEIGHTS = 4.0  # how far left of the ID number (in its line heights) the block's name may start
NATIONALITIES = frozenset(("中国", "中华人民共和国"))
# 结婚申请：男方X，女方Y自愿结婚 — both names, though not which of them holds this copy.
APPLICATION = re.compile(r"男方(?P<man>[\u4e00-\u9fff·]{2,6}?)[,，、]?女方(?P<woman>[\u4e00-\u9fff·]{2,6}?)(?:自愿|[,，]|$)")


def extract(draft, second_look):
    fields, reader = labelled_fields(draft, FIELDS + PERSON_FIELDS, EXTRA_LABELS, second_look=second_look)
    holder = fields.get("holder_name")
    names = reader.read_each(PERSON_FIELDS[0])
    ids = reader.read_each(PERSON_FIELDS[1])
    spouse = next((n for n in names if holder is None or n.value != holder.value), None)
    if spouse is not None:
        fields["spouse_name"] = spouse
        # The spouse's ID number is the one printed after the spouse's name.
        after = [i for i in ids if _position(i) > _position(spouse)]
        if after:
            fields["spouse_id_number"] = after[0]
    fields.pop("person_name", None)
    fields.pop("person_id", None)
    if holder is not None and ("spouse_name" not in fields or "spouse_id_number" not in fields):
        _spouse_from_blocks(fields, holder, reader.lines)
    return fields, []


def _spouse_from_blocks(fields, holder, lines):
    """The spouse where the labels were not read: the person block that is not the holder's, or failing that the
    other name of the 结婚申请 sentence. Placed by position, not by a label, so only as a guess."""
    blocks = person_blocks(lines)
    others = [(name, number) for name, number in blocks if name is not None and name.value != holder.value]
    known = fields.get("spouse_name")
    if known is not None:
        others = [(name, number) for name, number in others if name.value == known.value]
    if len(others) == 1:
        name, number = others[0]
        fields.setdefault("spouse_name", placed_by_guess(name))
        fields.setdefault("spouse_id_number", placed_by_guess(number))
        return
    if "spouse_name" not in fields:
        other = other_applicant(lines, holder.value)
        if other is not None:
            fields["spouse_name"] = placed_by_guess(other)


def person_blocks(lines):
    """(name or None, ID number) for each valid ID number on the page, in reading order."""
    blocks = []
    taken = set()
    for line in sorted(lines, key=lambda l: (l.page_index, l.y0, l.x0)):
        parsed = parse_id_number(line.text)
        if parsed is None or not parsed.trusted:
            continue
        number = value_from_span(parsed, Span(line, 0, len(line.text)))
        name_line = _block_name(lines, line, taken)
        name = None
        if name_line is not None:
            taken.add(id(name_line))
            name = value_from_span(parse_name(name_line.text), Span(name_line, 0, len(name_line.text)))
        blocks.append((name, number))
    return blocks


def _block_name(lines, id_line, taken):
    top = id_line.y0 - PERSON_BLOCK_HEIGHTS * id_line.height
    left = id_line.x0 - PERSON_COLUMN_HEIGHTS * id_line.height / id_line.aspect
    names = [line for line in lines
             if line.page_index == id_line.page_index and id(line) not in taken and top <= line.y0 < id_line.y0
             and left <= line.x0 <= id_line.x1 and _whole_name(line.text)]
    return min(names, key=lambda line: line.y0, default=None)


def _whole_name(text):
    parsed = parse_name(text)
    return parsed is not None and parsed.value == text and text not in NATIONALITIES


def other_applicant(lines, holder_name):
    """The name beside the holder's in 男方X，女方Y, when the holder is one of the two."""
    for line in lines:
        match = APPLICATION.search(line.text)
        if match is None:
            continue
        names = {match.group("man"): match.span("woman"), match.group("woman"): match.span("man")}
        if holder_name in names:
            start, end = names[holder_name]
            if _whole_name(line.text[start:end]):
                return value_from_span(Parsed(line.text[start:end], start, end), Span(line, 0, len(line.text)))
    return None


def _position(value):
    box = value.evidence.bbox
    return (value.evidence.file, value.evidence.page, box[1], box[0])
