"""社保缴费记录."""
import re
from dataclasses import replace
from functools import partial
from typing import Optional

from extractors.declaration import DocumentType, FieldInfo, kw, PAY_SLIP_WORDS, text
from extractors.reading.banner import banner_name, fill_from_header
from extractors.reading.card_list import KEY_LINE_SLACK, is_key_text, read_cards
from extractors.reading.fields import Field, labelled_fields, to_field_value
from extractors.reading.months import (
    latest_print_month, lost_months_from_neighbours, month_range, months_between, months_settled_by_the_run,
    parse_cell_month, without_repeats,
)
from extractors.reading.month_grid import read_month_grid
from extractors.reading.payer import parse_payer
from extractors.reading.text import Span
from extractors.reading.table import (
    LOST_KEY, SECTION, Column, cell_value, has_header_row, read_rows, spread_merged_cells,
)
from extractors.reading.values import Parsed, parse_amount, parse_date, parse_id_number, parse_name
from precheck.core.kinds import Kind
from precheck.core.model import FieldValue

DOCUMENT_TYPE = DocumentType(
    type_id="social_insurance_record",
    order=80,
    label="社保缴费记录",
    titles=kw(("社会保险", 2.0), ("缴费记录", 2.5), ("缴费情况", 2.0), ("参保", 1.0), ("养老保险", 1.5), ("个人权益记录", 3.0),
              ("缴费明细", 2.5), ("社会保险个人权益记录", 5.0), ("社会保险个人缴费情况", 5.0), ("社会保险缴费记录", 5.0)),
    keywords=kw(
        ("缴费基数", 2.0), ("单位名称", 1.0), ("补缴", 1.0), ("缴费年月", 1.5), ("费款所属期", 1.5), ("医疗保险", 0.5),
        ("失业保险", 0.5), ("个人缴纳", 1.0), ("单位缴纳", 1.0), ("缴费状态", 1.0), ("社保", 1.0), ("正常缴费", 1.0),
        ("参保人", 1.0), ("社会保障", 0.5), ("缴费单位", 2.0), ("缴费起止年月", 1.5), ("基数", 0.5), ("养老", 0.5),
    ),
    # A contract's page of clauses on its social insurance (甲方依法为乙方缴纳社会保险费) names its parties; no record does.
    excludes=("劳动合同书", "常住人口登记卡", "税款所属期", "甲方", "乙方", *PAY_SLIP_WORDS),
    unlabelled=lambda lines: looks_like_contribution_cards(lines),
    multi_page=True,
    one_document=True,  # one person's record, however many files or app screens it was handed in as
    min_score=5.0,
    continue_score=2.5,
    fields=(
        text("name", "姓名"),
        text("id_number", "公民身份号码"),
    ),
    row_fields=(
        FieldInfo("month", "缴费月份", Kind.month),
        text("employer", "缴费单位"),
        FieldInfo("base", "缴费基数", Kind.amount),
        FieldInfo("back_payment", "补缴标记", Kind.flag),
    ),
    rows_label="缴费明细行",
    applicant_name="name",
    applicant_id="id_number",
    how_to_get="请在“随申办”App 或上海社保网站打印本人的社会保险缴费记录并补充。",
    how_to_correct="请单位到社保经办机构更正参保人员信息，之后重新打印缴费记录。",
)


FIELDS = (
    Field("name", ("姓名", "参保人姓名"), parse_name, compared=True),
    Field("id_number", ("公民身份号码", "身份证号码", "社会保障号码", "证件号码", "身份证件号码"), parse_id_number),
)
ID_LABELS = next(field.labels for field in FIELDS if field.name == "id_number")
# Read only to bound the rows' months: no month is later than the record was printed.
PRINT_DATE = Field("printed", ("打印日期", "打印时间", "查询日期", "生成日期", "出具日期"), parse_date)
COLUMNS = (
    Column("month", ("缴费年月", "费款所属期", "缴费起止年月", "起止年月", "所属期", "缴费月份", "起始年月", "开始年月",
                     "年月")),
    # A print that gives each run of months as two columns (起始年月 | 截止年月): the run's last month.
    Column("month_end", ("截止年月", "终止年月", "结束年月", "截至年月")),
    Column("employer", ("单位名称", "参保单位", "缴费单位", "用人单位", "工作单位")),
    Column("base", ("缴费基数", "基数")),
)
# An app's card (2025年11月 · 正常 / 上海某某有限公司 · 基数 27900.00) may print its status and its employer, even
# its base, with no label: each is known by what it is.
CARD_COLUMNS = COLUMNS + (Column("status", ("缴费状态", "缴费类型", "状态")),)
OTHER_HEADERS = ("缴费状态", "个人缴纳", "单位缴纳", "备注", "养老", "医疗", "失业", "类型", "缴费类型", "打印日期", "缴费月数",
                 "月数")
BACK_PAYMENT = "补缴"
SECTION_WORDS = (BACK_PAYMENT, "正常缴费", "正常")
SECTION_HEADING_MAX_CHARS = 8
RANGE_TEXT = "~month_text"  # the month cell's text, kept on the row until its range is expanded


# An app's list of contributions whose title names none of the type's titles (养老保险缴费明细, 个人缴费信息): at least
# this many month cards, each holding a company, and a word of contributions on the page.
FEWEST_CARDS = 3
CONTRIBUTION_WORDS = ("缴费", "基数", "社保", "保险", "参保")
# What may share a month card's first line with the month.
CARD_TAGS = SECTION_WORDS + next(column.headers for column in COLUMNS if column.name == "month")


def looks_like_contribution_cards(lines) -> bool:
    texts = ["".join(line.text.split()) for line in lines]
    months = sum(1 for text in texts if is_key_text(text, parse_cell_month, CARD_TAGS))
    companies = sum(1 for text in texts if (found := parse_payer(text)) is not None  # after its label, if any
                    and len(text) - found.end <= KEY_LINE_SLACK)
    return (months >= FEWEST_CARDS and companies >= FEWEST_CARDS
            and any(word in text for text in texts for word in CONTRIBUTION_WORDS))


def extract(draft, second_look):
    fields, reader = labelled_fields(draft, FIELDS + (PRINT_DATE,), OTHER_HEADERS, second_look=second_look)
    fields.pop(PRINT_DATE.name, None)
    fill_from_header(fields, reader.lines, second_look)
    if fields.get("name") is None or fields["name"].value is None:
        name = banner_name(reader.lines, ID_LABELS)  # an app's header card: the name in bold, 证件号码 under it
        if name is not None:
            fields["name"] = name
    build = partial(_row, reread=second_look)
    in_table = read_rows(reader.lines, COLUMNS, OTHER_HEADERS, "month", parse_cell_month, build,
                         is_heading=_is_section_heading)
    # An app shows the record as a list of cards; a ruled table is none, though its months stand one under another.
    in_cards = [] if has_header_row(reader.lines, COLUMNS, OTHER_HEADERS) else [
        row for row in (build(cells, spans, card=True) for cells, spans in read_cards(
            reader.lines, CARD_COLUMNS, "month", parse_cell_month, tags=SECTION_WORDS,
            unlabelled={"status": parse_status, "employer": parse_payer, "base": parse_amount}))
        if row is not None]
    in_grid = [{RANGE_TEXT: "", **row} for row in read_month_grid(reader.lines, _header_employer, second_look)]
    rows = max((in_table, in_cards, in_grid), key=_values_read)
    spread_merged_cells(rows, "month", "employer")
    rows = [month_row for row in rows for month_row in _each_month(row)]
    lost_months_from_neighbours(rows, "month")
    months_settled_by_the_run(rows, "month", latest_print_month(reader, PRINT_DATE))
    # Overlapping screenshots of the app's list show a card twice; a month paid and back-paid is two rows.
    return fields, without_repeats(rows, "month", "employer", "base", alike=("back_payment",))


# A grid of months under one 缴费单位 in the header (缴费单位：上海某某有限公司).
HEADER_EMPLOYER = re.compile(r"缴费单位|参保单位|单位名称")


def _header_employer(lines) -> FieldValue:
    for line in lines:
        if not HEADER_EMPLOYER.search(line.text):
            continue
        payer = parse_payer(line.text)  # after its label, which parse_payer knows
        if payer is not None:
            return to_field_value(payer, [Span(line, 0, len(line.text))])
    return FieldValue(value=None, confidence=0.0)


def _values_read(rows) -> int:
    return sum(1 for row in rows for name, value in row.items() if name != RANGE_TEXT and value.value is not None)


def parse_status(text: str) -> Optional[Parsed]:
    """A card's status tag (正常, 补缴, 正常缴费): a few words naming a kind of payment."""
    return Parsed(text, 0, len(text)) if _is_section_heading(text) else None


def _each_month(row):
    """A row that covers a range of months with one base (2025.07-2026.05) stands for each of its months."""
    month = row["month"]
    covered = month_range(row.pop(RANGE_TEXT))
    if covered is None:
        return [row]
    return [{**row, "month": month.model_copy(update={"value": value})} for value in months_between(*covered)]


def _row(cells, spans, reread=None, card=False):
    month = cell_value(cells.get("month"), parse_cell_month, spans, reread)
    if month.value is None and LOST_KEY not in cells:
        return None
    if SECTION in cells and _says_back_payment(cells[SECTION]):
        back_payment = _back_payment(cells[SECTION].spans)
    elif card and len(cells) == 1 and not any(word in cells["month"].text for word in SECTION_WORDS):
        back_payment = cell_value(None, parse_status, spans)  # a card cut off at the screen's foot: no status to see
    else:
        back_payment = _back_payment(spans)
    return {
        RANGE_TEXT: _range_text(cells),
        "month": month,
        "employer": _employer(cells, spans, reread),
        "base": cell_value(cells.get("base"), parse_amount, spans),
        "back_payment": back_payment,
    }


def _range_text(cells) -> str:
    """The month cell's text; with a column of the run's last months, the run as one range (2025年08月至2026年01月)."""
    first = cells["month"].text if "month" in cells else ""
    last = cells["month_end"].text if "month_end" in cells else ""
    return f"{first}至{last}" if first and last else first


def _employer(cells, spans, reread):
    """The employer's own column; where its title was lost (a watermark over the header), its cells fall into the
    month's column, and the company written after the month is the employer. Compared: read again if unsure."""
    if "employer" not in cells and "month" in cells and _payer_after_month(cells["month"].text) is not None:
        return cell_value(cells["month"], _payer_after_month, spans, reread)
    return cell_value(cells.get("employer"), parse_payer, spans, reread, whole_lines=True)


def _payer_after_month(text: str) -> Optional[Parsed]:
    month = parse_cell_month(text)
    payer = parse_payer(text[month.end:]) if month is not None else None
    if payer is None:
        return None
    return replace(payer, start=payer.start + month.end, end=payer.end + month.end)


def _is_section_heading(text: str) -> bool:
    """A heading over part of the table (补缴记录, 正常缴费明细): a few words, no figures, naming a kind of payment."""
    return (len(text) <= SECTION_HEADING_MAX_CHARS and not any(char.isdigit() for char in text)
            and any(word in text for word in SECTION_WORDS))


def _says_back_payment(cell) -> bool:
    return BACK_PAYMENT in cell.text


def _back_payment(spans):
    """True where any cell of the row, or the heading of its section, says 补缴 (a status, type or remarks
    column; a separate 补缴 section)."""
    text = "".join(span.text for span in spans)
    at = text.find(BACK_PAYMENT)
    if at < 0:
        at = _back_payment_mark(spans)
    if at is not None and at >= 0:
        return to_field_value(Parsed(True, at, at + 1), spans)  # as sure as its 补 (see _BACK_PAYMENT_MARK)
    return to_field_value(Parsed(False, 0, len(text)), spans)


# A cell of 补 and at most one more character: 补缴 (补交, 补收) with its second character misread (补唐, 补递 on a
# chat photo), read unsurely or lost. No other cell of a contribution row opens with 补: the mark is as sure as its 补.
_BACK_PAYMENT_MARK = re.compile(r"^\s*补[\u4e00-\u9fff]?\s*$")


def _back_payment_mark(spans) -> Optional[int]:
    """Where, in the row's text, a cell holding such a mark has its 补."""
    at = 0
    for span in spans:
        if _BACK_PAYMENT_MARK.match(span.text):
            return at + span.text.index("补")
        at += len(span.text)
    return None
