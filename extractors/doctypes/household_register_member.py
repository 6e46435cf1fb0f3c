"""户口簿 常住人口登记卡 (本人页)."""
from dataclasses import replace
from typing import Optional

from extractors.declaration import day, DocumentType, kw, Required, text
from extractors.reading.fields import Field, labelled_fields, placed_by_guess, search_text, value_from_span
from extractors.reading.form_order import fill_in_form_order
from extractors.reading.text import Line, Span
from extractors.reading.values import (
    one_of, parse_date, parse_ethnicity, parse_id_number, parse_name, parse_org, parse_place, parse_word,
)
from precheck.core.model import FieldValue

DOCUMENT_TYPE = DocumentType(
    type_id="household_register_member",
    order=40,
    label="户口簿常住人口登记卡（本人页）",
    titles=kw(("常住人口登记卡", 4.0), ("户主或与户主关系", 3.0)),
    keywords=kw(
        "曾用名", "出生地", "籍贯", "宗教信仰", ("公民身份证件编号", 2.0), "身高", "血型", "文化程度", "婚姻状况",
        "兵役状况", ("服务处所", 1.5), "职业", ("何时由何地迁来", 2.0), "登记日期", "承办人签章",
    ),
    excludes=("劳动合同", "纳税", "居住证"),
    min_score=5.0,
    fields=(
        text("name", "姓名"),
        text("relation_to_head", "户主或与户主关系"),
        text("sex", "性别"),
        text("birthplace", "出生地"),
        text("ethnicity", "民族"),
        text("native_place", "籍贯"),
        day("birth_date", "出生日期"),
        text("id_number", "公民身份证件编号"),
        text("education", "文化程度"),
        text("marital_status", "婚姻状况"),
        text("employer", "服务处所"),
        day("registration_date", "登记日期"),
    ),
    required=Required.first,
    applicant_name="name",
    applicant_id="id_number",
    how_to_get="请补充户口簿中本人的常住人口登记卡页。",
    how_to_correct="请到户籍地派出所核对、更正户口簿。",
)


def parse_native_place(text):
    """籍贯 is written short, a province and a city without 省/市 (安徽六安), or in full: two characters at least."""
    parsed = parse_place(text) or parse_word(NATIVE_PLACE_MAX)(text)
    return parsed if parsed is not None and len(parsed.value) >= 2 else None


def parse_ethnicity_as_printed(text):
    """民族 as the booklet prints it: 汉族 on the 常住人口登记卡 (the ID card prints 汉), 族 kept where printed."""
    parsed = parse_ethnicity(text)
    if parsed is None or not text[parsed.end:].startswith("族"):
        return parsed
    return replace(parsed, value=parsed.value + "族", end=parsed.end + 1)


def parse_workplace(text):
    """服务处所 names a company, or only says 务工 / 上海: a word of two characters at least."""
    parsed = parse_org(text) or parse_word(WORKPLACE_MAX)(text)
    return parsed if parsed is not None and len(parsed.value) >= 2 else None


NATIVE_PLACE_MAX = 10
WORKPLACE_MAX = 20
MARITAL = ("未婚", "已婚", "有配偶", "离婚", "丧偶", "初婚", "再婚", "复婚")
FIELDS = (
    Field("name", ("姓名",), parse_name, compared=True),
    Field("relation_to_head", ("户主或与户主关系", "与户主关系"), parse_word(6)),
    Field("sex", ("性别",), one_of("男", "女")),
    # A long place wraps in its narrow cell (广西壮族自治区南 over 宁市), its label level with the two lines' middle.
    Field("birthplace", ("出生地",), parse_place, wraps=True, max_lines=2),
    Field("ethnicity", ("民族",), parse_ethnicity_as_printed),
    Field("native_place", ("籍贯",), parse_native_place, wraps=True, max_lines=2),
    Field("birth_date", ("出生日期",), parse_date),
    Field("id_number", ("公民身份证件编号", "公民身份号码", "身份证号码"), parse_id_number),
    Field("education", ("文化程度",), parse_word(8)),
    Field("marital_status", ("婚姻状况",), one_of(*MARITAL)),
    Field("employer", ("服务处所",), parse_workplace, wraps=True, max_lines=2),
    Field("registration_date", ("登记日期",), parse_date),
)
EXTRA_LABELS = ("曾用名", "本市(县)其他住址", "宗教信仰", "身高", "血型", "兵役状况", "职业", "何时由何地迁来本市(县)",
                "何时由何地迁来本址", "承办人签章", "常住人口登记卡")


# Words of the cells whose labels a capture may lose, as the booklet writes them (GB/T 4761 家庭关系, GB/T 4658 学历):
# a value standing alone is taken for such a cell only when it is one of these.
RELATIONS = ("户主", "本人", "配偶", "夫", "妻", "子", "长子", "次子", "三子", "独生子", "儿子", "女", "长女", "次女",
             "三女", "独生女", "女儿", "儿媳", "女婿", "孙子", "孙女", "外孙子", "外孙女", "父亲", "母亲", "父", "母", "岳父",
             "岳母", "公公", "婆婆", "祖父", "祖母", "兄", "弟", "姐", "妹", "侄子", "侄女", "其他")
EDUCATION = ("博士研究生", "硕士研究生", "研究生", "大学本科", "大学专科", "大学", "中等专科", "中专", "职业高中", "技工学校",
             "高中", "初中", "小学", "半文盲", "文盲")
def parse_company(text):
    """A 服务处所 standing alone with no label: a company's name, its own name before the suffix (F有限公司 is a piece)."""
    parsed = parse_org(text)
    return parsed if parsed is not None and len(parsed.value) >= COMPANY_MIN and "\u4e00" <= parsed.value[0] <= "\u9fff" else None


COMPANY_MIN = 6  # 上海某某公司
# The card's cells in its printed order (one a row, or two a row read left to right), for values whose labels went
# unread: each field with the parser of a value of its kind standing alone.
PRINTED_ORDER = (
    ("name", parse_name), ("relation_to_head", one_of(*RELATIONS)), ("sex", one_of("男", "女")),
    ("birthplace", parse_place), ("ethnicity", parse_ethnicity_as_printed), ("native_place", parse_native_place),
    ("birth_date", parse_date), ("id_number", parse_id_number), ("education", one_of(*EDUCATION)),
    ("marital_status", one_of(*MARITAL)), ("employer", parse_company), ("registration_date", parse_date),
)


# On every 常住人口登记卡 籍贯 is the row under 出生地: a value under the birthplace's, in its column, one row down
# (in heights of its text), with no label read left of it, is the native place whose label OCR lost.
NEXT_ROW_STEP = (0.6, 2.5)


def extract(draft, second_look):
    fields, reader = labelled_fields(draft, FIELDS, EXTRA_LABELS, second_look=second_look, join_characters=True)
    fill_by_kind(fields, reader.lines)
    if "native_place" not in fields and "birthplace" in fields:
        found = value_under(fields["birthplace"], reader, parse_native_place)
        if found is not None:
            fields["native_place"] = placed_by_guess(found)
    set_aside = []
    if "name" not in fields and "relation_to_head" in fields and fields["relation_to_head"].value not in RELATIONS:
        # The name's label unread, the relation's label (the cell below it) took the name as its value: in a slanted
        # photo a value rides closer to the next row's label than to its own.
        del fields["relation_to_head"]
        set_aside.append("relation_to_head")
    fill_in_form_order(fields, reader, PRINTED_ORDER, set_aside)
    return fields, []


def value_under(above: FieldValue, reader, parse) -> Optional[FieldValue]:
    """The value one row under `above`'s, in its column, whose own label was not read (none left of it in its row)."""
    source = _line_of(above, reader.lines)
    if source is None:
        return None
    column = above.evidence.bbox[0]  # where the value starts: its line may open with its label (出生地湖北省…)
    for line in sorted(reader.lines, key=lambda l: l.y0):
        if (line is source or line.page_index != source.page_index or abs(line.x0 - column) > source.char_width
                or reader.is_misread_short_label(line)):
            continue
        step = (line.y_center - source.y_center) / max(line.text_height, source.text_height)
        if not NEXT_ROW_STEP[0] <= step <= NEXT_ROW_STEP[1]:
            continue
        if any(hit.line.same_row(line, 0.5) and hit.x1 <= line.x0 for hit in reader.hits):
            return None  # its own label was read: its value is that label's
        parsed = parse(line.text)
        if parsed is None or parsed.start != 0 or parsed.end != len(line.text):
            return None
        return value_from_span(parsed, Span(line, 0, len(line.text)))
    return None


def _line_of(value: FieldValue, lines) -> Optional[Line]:
    """The line the value was read from: it holds the value's text (and may hold its label before it) and its box."""
    box = value.evidence.bbox
    return next((line for line in lines if value.evidence.text in line.text and line.x0 - 0.002 <= box[0]
                 and box[2] <= line.x1 + 0.002 and abs(line.y0 - box[1]) < 0.002), None)


def fill_by_kind(fields, lines) -> None:
    """Where the grey labels of a photographed card were not read, the ID number by its kind, and the birth date as the
    line holding nothing but the date that ID number was issued for: both placed by a guess."""
    if "id_number" not in fields:
        found = search_text(lines, parse_id_number)
        if found is not None:
            fields["id_number"] = placed_by_guess(found)
    if "birth_date" not in fields and "id_number" in fields:
        born = birth_date_of(str(fields["id_number"].value))
        found = search_text(lines, parse_date, where=lambda line: _only_date(line.text, born))
        if found is not None:
            fields["birth_date"] = placed_by_guess(found)


def birth_date_of(id_number: str) -> str:
    return f"{id_number[6:10]}-{id_number[10:12]}-{id_number[12:14]}"


def _only_date(text: str, day: str) -> bool:
    parsed = parse_date(text)
    return parsed is not None and parsed.value == day and parsed.start == 0 and parsed.end == len(text)
