"""上海市居住证 (the card, or its information page)."""
from extractors.declaration import day, DocumentType, FieldInfo, kw, Required, text

from extractors.reading.banner import banner_name, fill_from_header
from extractors.reading.fields import (
    doubt_cut_addresses, Field, labelled_fields, placed_by_guess, search_text, to_field_value, UNTRUSTED_CAP,
)
from extractors.reading.text import Span
from extractors.reading.values import (
    parse_address, parse_date, parse_id_number, parse_name, parse_range_end, parse_range_start,
)
from precheck.core.kinds import Kind

# A card's back that shows no more than its endorsement box: 签注记录, a date, the issuing 公安局.
ENDORSEMENT_BOX_MAX_LINES = 8


def endorsement_box(lines) -> bool:
    """A short page whose lines name an endorsement (签注) and hold a full date: only this card is endorsed."""
    texts = [line.text for line in lines]
    return (0 < len(texts) <= ENDORSEMENT_BOX_MAX_LINES and any("签注" in text for text in texts)
            and any(parse_date(text) is not None for text in texts))


DOCUMENT_TYPE = DocumentType(
    type_id="residence_permit",
    order=20,
    label="上海市居住证",
    titles=kw(("上海市居住证", 4.0), ("居住证", 2.5)),
    keywords=kw(
        ("常住户口所在地", 2.0), ("户籍地址", 2.0), ("居住地住址", 2.0), ("居住地址", 1.5), "签发日期",
        "有效期限", "有效期", "公民身份号码", "姓名", ("居住证号", 1.5), ("签发机关", 0.5),
        # The card's back: its endorsement box (签注信息 / 签注记录, 签注日期, 有效期至) may be all it carries, and no other
        # card or booklet is endorsed, so 签注 with the box's dates is enough to name the page.
        ("签注", 3.0),
        # ... and its foot: the 持卡人 notice and the office that issues the card (上海市人口管理办公室 监制).
        ("持卡人", 1.0), ("人口管理", 1.0),
        # ... or its 使用须知: 本证是持证人在本市居住的证明 … 本证实行签注制度.
        ("在本市居住的证明", 1.5),
    ),
    excludes=("常住人口登记卡", "劳动合同", "纳税记录", "个人所得税", "积分申请表", "缴费记录"),
    one_document=True,
    min_score=5.0,
    unlabelled=endorsement_box,  # a card's back holding only its 签注 box
    fields=(
        text("name", "姓名"),
        text("id_number", "公民身份号码"),
        text("hukou_address", "常住户口所在地住址"),
        text("residence_address", "居住地住址"),
        day("issue_date", "签发日期"),
        day("valid_from", "有效期起始日期"),
        FieldInfo("valid_until", "有效期截止日期", Kind.expiry),
    ),
    required=Required.always,
    applicant_name="name",
    applicant_id="id_number",
    how_to_get="请补充上海市居住证（卡片正面或居住证信息页）的扫描件。",
    how_to_correct="请到居住证签发地（居住地街道社区事务受理服务中心）更正居住证信息。",
)


FIELDS = (
    Field("name", ("姓名",), parse_name, compared=True),
    # An app's screen wraps the number's last digits onto a second, right-aligned line (随申办 电子居住证 at a large font).
    Field("id_number", ("公民身份号码", "身份证号码", "公民身份证号码", "身份号码", "证件号码"), parse_id_number, wraps=True,
          max_lines=2),
    Field("hukou_address", ("常住户口所在地住址", "常住户口所在地", "户籍地详址", "户籍地址", "户口所在地"), parse_address, wraps=True, compared=True),
    Field("residence_address", ("居住地住址", "居住地址", "居住地"), parse_address, wraps=True),
    Field("issue_date", ("签发日期", "签注日期", "发证日期", "办理日期"), parse_date),
    # A cell named for the start or the end alone names the field more surely than a range under 有效期限.
    Field("valid_from", ("有效期限起", "有效期限自", "有效期起", "有效期自", "有效期开始", "起始日期"), parse_date),
    Field("valid_from", ("有效期限", "有效期"), parse_range_start, wraps=True, max_lines=2),  # 至 ends a right-aligned line
    Field("valid_until", ("有效期限止", "有效期限至", "有效期至", "有效期止", "有效期截止", "截止日期"), parse_date),
    Field("valid_until", ("有效期限", "有效期"), parse_range_end, wraps=True, max_lines=2),
)
EXTRA_LABELS = ("性别", "民族", "出生日期", "居住证号", "居住证卡号", "卡号", "查询日期", "证件类型", "发证机关", "签发机关", "联系电话", "备注", "状态", "打印日期")


# Every heading of the card or its printouts holds this word; no line holding a person's name does.
HEADING_WORD = "居住证"


def extract(draft, second_look):
    fields, reader = labelled_fields(draft, FIELDS, EXTRA_LABELS, second_look=second_look, join_characters=True)
    if "name" in fields and _read_from_a_heading(fields["name"], reader.lines):
        del fields["name"]
    if "name" not in fields or "id_number" not in fields:
        fill_from_header(fields, reader.lines, second_look)  # the 电子居住证 screen's banner: a name over its number
    if "name" not in fields:
        found = banner_name(reader.lines)  # the 电子居住证 screen's banner: placed by its size, not by a label
        if found is not None:
            fields["name"] = placed_by_guess(found)
    if "id_number" not in fields:
        found = search_text(reader.lines, parse_id_number)
        if found is not None and found.confidence > UNTRUSTED_CAP:
            # Its label under a watermark: the card carries one ID number, placed by its kind alone.
            fields["id_number"] = placed_by_guess(found)
    _latest_endorsement(fields, reader)
    doubt_cut_addresses(fields, ("hukou_address", "residence_address"), reader.lines)
    doubt_a_validity_ending_before_it_starts(fields)
    issue_date_not_the_validitys_end(fields)
    return fields, []


# The back of the card: a 签注 table, one row per endorsement (签注日期 | 有效期至), the latest last.
# (The card's issue date stays the 签发日期 it was first issued on: an endorsement renews it, it does not issue it.)
ENDORSEMENT_COLUMNS = (("valid_from", ("签注日期",)), ("valid_until", ("有效期至", "有效期限至")))
# A column's cells stand one under another, each at most this many line heights below the one above.
ENDORSEMENT_ROW_STEP = 2.5


def _latest_endorsement(fields: dict, reader) -> None:
    """Where a 签注 table's column holds several dates (2021.06.17 | 2024.06.16 over 2024.06.17 | 2027.06.16: the card
    renewed), the latest endorsement's date stands for the field: the card is valid to the last 有效期至. A column read
    whole under its title is as surely placed as a labelled value."""
    for name, titles in ENDORSEMENT_COLUMNS:
        column = max((_dates_under(hit, reader.lines) for hit in reader.hits if hit.label in titles
                      and (hit.start, hit.end) == (0, len(hit.line.text))), key=len, default=[])
        if len(column) >= 2:
            line, parsed = max(column, key=lambda cell: cell[1].value)
            fields[name] = to_field_value(parsed, [Span(line, 0, len(line.text))])


def _dates_under(hit, lines) -> list:
    """The whole-date lines standing one under another in the title's column, top first."""
    title = hit.line
    below = sorted((line for line in lines if line.page_index == title.page_index and line.y_center > title.y1
                    and line.x0 < title.x1 + title.char_width and line.x1 > title.x0 - title.char_width),
                   key=lambda line: line.y_center)
    cells, last = [], title
    for line in below:
        parsed = parse_date(line.text)
        if parsed is None or (parsed.start, parsed.end) != (0, len(line.text)) \
                or line.y_center - last.y_center > ENDORSEMENT_ROW_STEP * title.height:
            break
        cells.append((line, parsed))
        last = line
    return cells


def _read_from_a_heading(value, lines) -> bool:
    """The name was read from the page's heading (上海市居住证, 居住证信息查询): the line holding it names the
    document, and no person's name line does."""
    if value.evidence is None:
        return False
    x0, y0, x1, y1 = value.evidence.bbox
    middle_x, middle_y = (x0 + x1) / 2, (y0 + y1) / 2
    return any(HEADING_WORD in line.text and str(value.value) in line.text
               and (line.ref.file, line.ref.page) == (value.evidence.file, value.evidence.page)
               and line.bbox[0] <= middle_x <= line.bbox[2] and line.bbox[1] <= middle_y <= line.bbox[3] for line in lines)


def issue_date_not_the_validitys_end(fields):
    """A 签注日期 read as the day the validity ends was read from the 有效期至 cell beside it (a skewed photo of the
    card's back): the permit is endorsed the day its validity starts, so that day stands in for it, as a guess."""
    issued, start, end = fields.get("issue_date"), fields.get("valid_from"), fields.get("valid_until")
    if issued is None or start is None or end is None or issued.value != end.value or start.value == end.value:
        return
    fields["issue_date"] = placed_by_guess(start)


def doubt_a_validity_ending_before_it_starts(fields):
    """A validity that ends on or before the day it starts was read from the wrong cell (a skewed photo's 签注日期 taken
    for 有效期限(止)): both ends are kept, but only as doubtful."""
    start, end = fields.get("valid_from"), fields.get("valid_until")
    if start is None or end is None or not all(isinstance(v.value, str) and len(v.value) == 10 for v in (start, end)):
        return
    if end.value <= start.value:
        fields["valid_from"], fields["valid_until"] = placed_by_guess(start), placed_by_guess(end)
