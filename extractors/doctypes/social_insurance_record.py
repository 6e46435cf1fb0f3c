"""社保缴费记录."""
from functools import partial

from extractors.declaration import DocumentType, FieldInfo, kw, text
from extractors.reading.fields import Field, labelled_fields, to_field_value
from extractors.reading.months import lost_months_from_neighbours, month_range, months_between, parse_cell_month
from extractors.reading.payer import parse_payer
from extractors.reading.table import LOST_KEY, SECTION, Column, cell_value, read_rows
from extractors.reading.values import Parsed, parse_amount, parse_id_number, parse_name
from precheck.core.kinds import Kind

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
    excludes=("劳动合同书", "常住人口登记卡", "税款所属期"),
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
COLUMNS = (
    Column("month", ("缴费年月", "费款所属期", "缴费起止年月", "起止年月", "所属期", "缴费月份", "年月")),
    Column("employer", ("单位名称", "参保单位", "缴费单位", "用人单位")),
    Column("base", ("缴费基数", "基数")),
)
OTHER_HEADERS = ("缴费状态", "个人缴纳", "单位缴纳", "备注", "养老", "医疗", "失业", "类型", "缴费类型", "打印日期")
BACK_PAYMENT = "补缴"
SECTION_WORDS = (BACK_PAYMENT, "正常缴费", "正常")
SECTION_HEADING_MAX_CHARS = 8
RANGE_TEXT = "~month_text"  # the month cell's text, kept on the row until its range is expanded


def extract(draft, second_look):
    fields, reader = labelled_fields(draft, FIELDS, OTHER_HEADERS, second_look=second_look)
    rows = read_rows(reader.lines, COLUMNS, OTHER_HEADERS, "month", parse_cell_month, partial(_row, reread=second_look),
                     is_heading=_is_section_heading)
    rows = [month_row for row in rows for month_row in _each_month(row)]
    lost_months_from_neighbours(rows, "month")
    return fields, rows


def _each_month(row):
    """A row that covers a range of months with one base (2025.07-2026.05) stands for each of its months."""
    month = row["month"]
    covered = month_range(row.pop(RANGE_TEXT))
    if covered is None:
        return [row]
    return [{**row, "month": month.model_copy(update={"value": value})} for value in months_between(*covered)]


def _row(cells, spans, reread=None):
    month = cell_value(cells.get("month"), parse_cell_month, spans)
    if month.value is None and LOST_KEY not in cells:
        return None
    return {
        RANGE_TEXT: cells["month"].text if "month" in cells else "",
        "month": month,
        "employer": cell_value(cells.get("employer"), parse_payer, spans, reread, whole_lines=True),  # compared: read again if unsure
        "base": cell_value(cells.get("base"), parse_amount, spans),
        "back_payment": _back_payment(cells[SECTION].spans if SECTION in cells and _says_back_payment(cells[SECTION])
                                      else spans),
    }


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
    if at >= 0:
        return to_field_value(Parsed(True, at, at + len(BACK_PAYMENT)), spans)
    return to_field_value(Parsed(False, 0, len(text)), spans)
