"""个人所得税纳税记录, 收入纳税明细, 纳税清单 / 税收完税证明."""
import re
import statistics
from collections import Counter
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Optional

from dateutil.relativedelta import relativedelta
from rapidfuzz.distance import Hamming, Levenshtein

from extractors.declaration import day, DocumentType, FieldInfo, kw, PAY_SLIP_WORDS, Required, text
from extractors.reading.banner import banner_name, fill_from_header
from extractors.reading.fields import Field, labelled_fields
from extractors.reading.card_list import read_cards
from extractors.reading.payer import opens_with_payer_label, parse_labelled_payer, parse_payer, parse_remarks_payer
from extractors.reading.table import (
    LOST_KEY, OTHER, Cell, Column, cell_value, pages_with_header_row, read_rows, rows_on_pages, spread_merged_cells,
)
from extractors.reading.fields import CORRECTED_CAP, placed_by_guess, read_surely, to_field_value
from extractors.reading.months import (
    fits_between, latest_print_month, month_range, months_settled_by_the_run, without_repeats,
)
from extractors.reading.text import Span, field_value
from extractors.reading.values import (
    LONG_TERM, Parsed, parse_amount, parse_date, parse_id_number, parse_month, parse_name, parse_person_name,
    parse_range,
)
from precheck.core.kinds import Kind
from precheck.core.model import FieldValue

DOCUMENT_TYPE = DocumentType(
    type_id="tax_record",
    order=70,
    label="个人所得税纳税记录",
    titles=kw(("个人所得税纳税记录", 5.0), ("纳税记录", 3.0), ("收入纳税明细", 4.0), ("纳税清单", 4.0), ("完税证明", 3.5)),
    keywords=kw(
        ("申报日期", 1.5), ("实缴", 1.0), ("入库日期", 1.0), ("入(退)库日期", 1.5), ("所得项目", 1.5), ("税款所属期", 2.0),
        ("入库税务机关", 1.5), ("扣缴义务人", 1.5), ("纳税人识别号", 1.5), ("纳税人名称", 1.0), ("工资薪金所得", 1.0),
        ("税务局", 0.5), ("个人所得税", 1.0), ("金额", 0.5), ("备注", 0.5), ("收入额", 1.0), ("已申报税额", 1.0),
    ),
    excludes=("劳动合同书", "常住人口登记卡", "缴费基数", *PAY_SLIP_WORDS),
    multi_page=True,
    one_document=True,  # one person's record, however many files or app screens it was handed in as
    min_score=5.0,
    continue_score=2.5,
    fields=(
        text("name", "姓名"),
        text("id_number", "公民身份号码"),
        day("issue_date", "打印日期"),
    ),
    row_fields=(
        FieldInfo("period", "税款所属期", Kind.month),
        text("withholding_agent", "扣缴义务人"),
        FieldInfo("amount", "实缴金额", Kind.amount),
    ),
    rows_label="纳税明细行",
    required=Required.always,
    applicant_name="name",
    applicant_id="id_number",
    # The app's 收入纳税明细 list shows neither the taxpayer's name nor number: only the national record prints them.
    omitted_by_some_forms=(("name", ("纳税人", "姓名")), ("id_number", ("身份", "证件", "证照", "识别号"))),
    how_to_get="请在个人所得税 App 或上海市税务局网站打印最近 6 个月的个人所得税纳税记录并补充。",
    how_to_correct="请单位在个人所得税扣缴客户端更正人员信息，之后重新打印纳税记录。",
)


def _date_not_a_range(text: str) -> Optional[Parsed]:
    """A date, not the first of a range: a web print's 查询时间：2026-02-01至2026-10-31 is the span asked for, not the
    day it was printed."""
    return None if parse_range(text) is not None else parse_date(text)


FIELDS = (
    Field("name", ("纳税人名称", "纳税人姓名", "姓名", "纳税人"), parse_person_name, compared=True),
    Field("id_number", ("纳税人识别号", "身份证件号码", "身份证照号码", "证件号码", "身份证号码", "公民身份号码"), parse_id_number),
    Field("issue_date", ("开具日期", "填发日期", "查询日期", "打印日期", "生成日期", "开具时间", "打印时间", "生成时间",
                         "查询时间"), _date_not_a_range),
)
ID_LABELS = next(field.labels for field in FIELDS if field.name == "id_number")
ISSUE_DATE = next(field for field in FIELDS if field.name == "issue_date")
COLUMNS = (
    Column("period", ("税款所属期", "税款所属时期", "所得期间", "所属期间", "所属时期", "所属期", "所得月份", "所属月份")),
    Column("withholding_agent", ("扣缴义务人名称", "扣缴义务人", "扣缴单位")),
    Column("remarks", ("备注",)),
    Column("amount", ("实缴(退)金额", "实缴金额", "已申报税额", "已缴税额", "实缴税额", "税额")),
)
# 记录期间, its last character read wrong as often as not (记录期同): the first three tell.
RECORD_PERIOD_LABEL = "记录期"
# The national table's dates of each row: the tax is declared, and paid in, in the month after its period (the
# withholding agent files by the 15th), so these dates confirm the period, or stand for it where it was misread.
FILING_DATE_HEADERS = ("申报日期", "入(退)库日期", "入库日期")
# The 所得项目 an app's card may print on its month's line (工资薪金所得 2026-10).
INCOME_ITEMS = ("工资薪金所得", "正常工资薪金", "工资薪金", "劳务报酬所得", "全年一次性奖金收入", "稿酬所得", "特许权使用费所得")
# An app card's income, beside the tax: the card's other amount.
INCOME_LABELS = ("收入额", "收入")
# The confidence left to a period whose two dates name different months, where nothing tells which was misread.
DISAGREEING_DATES_CAP = 0.5
# The confidence left to a period its row's filing dates contradict, where the period itself may stand: readable,
# below the certain floor, so no error rests on it.
UNCONFIRMED_PERIOD_CAP = 0.7
# The 税收完税证明 prints 原凭证号, 税种 and 品目名称 before its period.
OTHER_HEADERS = ("序号", "申报日期", "入(退)库日期", "入库日期", "所得项目", "入库税务机关", "收入额", "收入", "征收品目", "原凭证号",
                 "税种", "品目名称", "扣缴义务人识别号")


def extract(draft, second_look):
    fields, reader = labelled_fields(draft, FIELDS, OTHER_HEADERS, second_look=second_look)
    fill_from_header(fields, reader.lines, second_look)
    name = None if fields.get("name") is not None and fields["name"].value is not None \
        else _name_over_the_total(reader.lines) or banner_name(reader.lines, ID_LABELS)
    if name is not None:
        fields["name"] = name
    printed = latest_print_month(reader, ISSUE_DATE)
    record_months = _record_months(reader.lines)
    build = partial(_row, reread=second_look, record_months=record_months, printed=printed)
    in_table = read_rows(reader.lines, COLUMNS, OTHER_HEADERS, "period", parse_month, build)
    # Where the columns did not line up (a row read as one run of text), rows are read line by line; an app's
    # list shows each month as a card. The reading that reads most values is the layout of the page: a period
    # alone is no row read, when another reading finds its payer and amount too.
    by_line = _rows_from_lines(reader.lines)
    # A ruled table is no list of cards, though its remarks say 扣缴义务人：: its 入库日期 are no periods. A record of
    # both (a printed table and the app's screenshots of the same months) is read each page its own way.
    ruled = pages_with_header_row(reader.lines, COLUMNS, OTHER_HEADERS)
    # A list may name the payer with no label, or show the tax under a label read garbled; the figure beside a
    # card's income item (工资薪金 ¥6,207.46) is its income.
    in_cards = [row for row in (build(cells, spans) for cells, spans in read_cards(
        [line for line in reader.lines if line.page_index not in ruled], COLUMNS, "period", parse_month,
        tags=INCOME_ITEMS, unlabelled={"withholding_agent": parse_payer, "amount": parse_amount},
        other_labels=INCOME_LABELS, figure_tags=INCOME_ITEMS))
        if row is not None]
    both = rows_on_pages(in_table, "period", reader.lines, ruled) + in_cards if ruled and in_cards else []
    by_bands = [] if ruled else _rows_from_row_bands(reader.lines)
    # (The pages each read their own way first: an app's 收入额 is no column of the table, so its cards read as the
    # table's rows may hold as many values, the payer lost.)
    rows = _periods_settled_by_neighbours(max((both, in_table, by_line, in_cards, by_bands), key=_values_read))
    months_settled_by_the_run(rows, "period", printed)
    spread_merged_cells(rows, "period", "withholding_agent")
    rows = _payers_read_otherwise_elsewhere(_agent_for_every_row(rows, reader.lines))
    unread = _pages_of_unread_rows(rows, reader.lines) or _cut_off_under_its_last_row(rows, reader.lines, record_months)
    return fields, without_repeats(rows, "period", "withholding_agent", "amount") + unread


# A page holding this many 税款所属期 (a day of a month and 至, or a range) holds rows of the table.
PERIODS_OF_A_TABLE_PAGE = 3
# A 税款所属期's first date and the word that opens its range (2025年11月01日至), its last date often on the line below.
_PERIOD_FIRST_DATE = r"\d{4}(?:年\d{1,2}月\d{1,2}日|[-./]\d{1,2}[-./]\d{1,2})"
_PERIOD_START = re.compile(_PERIOD_FIRST_DATE + r"(?:至|-$|~)")
_PERIOD_OPENS = re.compile(rf"^{_PERIOD_FIRST_DATE}(?:至|~)$")  # the whole line: the cell's first line
# A cell holding a month alone (2026年07月, 2026-07): a 税款所属期 printed as its month.
_MONTH_CELL = re.compile(r"\d{4}(?:年\d{1,2}月|[-./]\d{1,2})")
# A line that opens with a 税款所属期 (no label before it): the period cell of one row.
_ROW_PERIOD = re.compile(rf"^{_PERIOD_FIRST_DATE}\s*(?:至|~|-)")


def _pages_of_unread_rows(rows, lines) -> list[dict[str, FieldValue]]:
    """One unread row for each page whose rows were not all read: a page that prints periods of the table while no
    row was read from it (a photo of a continuation page whose columns could not be placed), or one that prints more
    row periods than rows were read from it (a row whose band was lost). The months those rows hold are unknown, so a
    month missing from the rows read may be there. A missing month then calls for a check, never for a fix."""
    placed = [row["period"].evidence for row in rows if row["period"].evidence is not None]
    months_read = {row["period"].value for row in rows if row["period"].value is not None}
    read_on = Counter((place.file, place.page) for place in placed)
    top_read = {}
    for place in placed:
        top_read[(place.file, place.page)] = min(top_read.get((place.file, place.page), place.bbox[1]), place.bbox[1])
    unread = []
    for index in sorted({line.page_index for line in lines}):
        page = [line for line in lines if line.page_index == index]
        key = (page[0].ref.file, page[0].ref.page)
        periods = [line for line in page if _PERIOD_START.search(line.text) or parse_range(line.text)
                   or _MONTH_CELL.fullmatch(line.text)]
        read = read_on[key]
        # A period above the first row read is the heading's (the record's 所属期间), no row of the table.
        row_periods = [line for line in page if read and _ROW_PERIOD.match(line.text)
                       and line.bbox[1] >= top_read[key] - (line.bbox[3] - line.bbox[1]) / 2]
        # A period whose month a row holds is no row lost, wherever that row was read (a card cut at a screen's foot
        # is read whole at the top of the next screenshot).
        unaccounted = [line for line in row_periods
                       if (month := parse_month(line.text)) is None or month.value not in months_read]
        if (read == 0 and len(periods) >= PERIODS_OF_A_TABLE_PAGE) or (len(row_periods) > read and unaccounted):
            first = (row_periods or periods)[0]
            span = Span(first, 0, len(first.text))
            unread.append({name: _value_or_unread(None, span, 0) for name in ("period", "withholding_agent", "amount")})
    return unread


# 2026-02至2026-07扣缴义务人：… in a certificate's 备注: the months the payer named after it paid for.
_MONTHS_OF_A_PAYER = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?\s*(?:至|-|~|—)\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?\s*$")


def _agent_for_every_row(rows, lines):
    """A certificate whose rows name no withholding agent, and that names one under its table (备注 扣缴义务人：上海…),
    names it for every row; one that names several, each after the months it paid for (the older 税收完税证明:
    2026-02至2026-07扣缴义务人：…), names each for the rows of its months."""
    if not rows or any(row.get("withholding_agent") is not None and row["withholding_agent"].value is not None
                       for row in rows):
        return rows
    named, months = {}, {}
    for line in lines:
        at = line.text.find("扣缴义务人")
        parsed = parse_labelled_payer(line.text[at:]) if at >= 0 else None
        if parsed is not None:
            agent = named.setdefault(parsed.value, _value_or_unread(parsed, Span(line, 0, len(line.text)), at))
            span = _MONTHS_OF_A_PAYER.search(line.text[:at])
            if span is not None:
                first, last = f"{int(span[1]):04d}-{int(span[2]):02d}", f"{int(span[3]):04d}-{int(span[4]):02d}"
                months[parsed.value] = (first, last, agent)
    if len(named) == 1:
        agent = next(iter(named.values()))
        return [{**row, "withholding_agent": agent} for row in rows]
    if len(named) < 2 or len(months) != len(named):
        return rows
    out = []
    for row in rows:
        period = row.get("period")
        month = str(period.value) if period is not None and period.value is not None else None
        payers = [agent for first, last, agent in months.values() if month is not None and first <= month <= last]
        out.append({**row, "withholding_agent": payers[0]} if len(payers) == 1 else row)
    return out


def _payers_read_otherwise_elsewhere(rows):
    """A payer read unsurely in one row that other rows of the record read surely with one character more, less or
    other (上海舜文化传媒有限公司, 上 at 0.53, beside 上海泓舜文化传媒有限公司 in the rows around it, on a screenshot of
    the national record): those readings stay with it as `alternatives`, so no comparison errs on the character the
    row may have lost. The row's own reading stands."""
    sure = {str(value.value) for row in rows if (value := row.get("withholding_agent")) is not None
            and value.value is not None and read_surely(value)}
    out = []
    for row in rows:
        value = row.get("withholding_agent")
        if value is not None and value.value is not None and not read_surely(value) and not value.alternatives:
            others = sorted(text for text in sure if text != value.value and Levenshtein.distance(text, value.value) == 1)
            if others:
                row = {**row, "withholding_agent": value.model_copy(update={"alternatives": others})}
        out.append(row)
    return out


def _periods_settled_by_neighbours(rows):
    """A period whose two dates name different months (2026.09.01-2026.03.31) takes the one that stands between
    the months of the rows above and below it, where only one does: a guess (below the certain floor), for the
    order of the rows is what tells."""
    for index, row in enumerate(rows):
        period = row["period"]
        if not period.alternatives or period.confidence > DISAGREEING_DATES_CAP:
            continue
        before = next((r["period"].value for r in reversed(rows[:index]) if not r["period"].alternatives), None)
        after = next((r["period"].value for r in rows[index + 1:] if not r["period"].alternatives), None)
        fitting = [month for month in (period.value, *period.alternatives) if fits_between(month, before, after)]
        if len(fitting) == 1:
            others = [month for month in (period.value, *period.alternatives) if month != fitting[0]]
            row["period"] = placed_by_guess(period.model_copy(update={"value": fitting[0], "alternatives": others}))
    return rows


# The app's 收入纳税明细 list opens with the taxpayer's name before the total: 董健勇 合计已申报税额 22657.24元.
_NAME_BEFORE_TOTAL = re.compile(r"^\s*(\S{2,6}?)\s*合计(?:已申报)?(?:税额|金额)")


def _name_over_the_total(lines) -> Optional[FieldValue]:
    for line in lines:
        match = _NAME_BEFORE_TOTAL.match(line.text)
        name = parse_name(match.group(1)) if match else None
        if name is not None and name.end - name.start == len(match.group(1)):
            at = match.start(1)
            return to_field_value(Parsed(name.value, at + name.start, at + name.end, name.trusted, name.corrected),
                                  [Span(line, 0, len(line.text))])
    return None


def _values_read(rows) -> int:
    return sum(1 for row in rows if row["period"].value for value in row.values() if value.value is not None)


def _rows_from_lines(lines):
    """Rows where each line holds one whole record: its 税款所属期 is the line's date range (自…至…), its amount on the
    line or standing alone right of it on its row (the app's 纳税记录开具: 2025-11-01至2025-11-30 | 1592.97)."""
    rows = []
    for line in lines:
        found = parse_range(line.text)
        if found is None or found.end.value == "long_term":
            continue
        span = Span(line, 0, len(line.text))
        start, end = found.start, found.end
        period = _surer_month(to_field_value(_month_of(start), [span]), to_field_value(_month_of(end), [span]))
        after = line.text[found.end.end:]
        before_amount = parse_amount(line.text[: found.start.start])
        agent_at = after.find("扣缴义务人")
        on_the_line = parse_amount(after)
        beside = None if before_amount or on_the_line else next(
            (other for other in lines if other is not line and other.page_index == line.page_index
             and other.x0 > line.x1 and other.same_row(line, 0.5) and _amount_alone(other.text)), None)
        rows.append({
            "period": period,
            "withholding_agent": _value_or_unread(parse_labelled_payer(after[agent_at:]) if agent_at >= 0 else None,
                                                  span, offset=found.end.end + agent_at),
            "amount": _value_or_unread(before_amount, span, 0) if before_amount
            else _value_or_unread(parse_amount(beside.text), Span(beside, 0, len(beside.text)), 0) if beside
            else _value_or_unread(on_the_line, span, found.end.end),
        })
    return rows


# How far above its period's first line a row begins, and below its last period's first line the table ends, in
# line heights: a row's cells are centred on it, its 备注 runs three lines deep.
ROW_REACH_ABOVE, LAST_ROW_REACH = 1.0, 3.0


def _rows_from_row_bands(lines):
    """Rows of a ruled 纳税记录 whose header went unread on every page (its light print on a grey band lost to the
    copy): each row stands where a 税款所属期 opens; its amount is the figure standing alone left of it, its payer
    the 备注 right of it that names one (扣缴义务人：…), with the lines under it that carry the name on."""
    rows = []
    for index in sorted({line.page_index for line in lines}):
        page = [line for line in lines if line.page_index == index]
        anchors = sorted((line for line in page if _PERIOD_OPENS.match(line.text)), key=lambda line: line.y_center)
        for at, anchor in enumerate(anchors):
            height = anchor.text_height
            top = anchor.y_center - ROW_REACH_ABOVE * height
            bottom = (anchors[at + 1].y_center - ROW_REACH_ABOVE * height if at + 1 < len(anchors)
                      else anchor.y_center + LAST_ROW_REACH * height)
            band = [line for line in page if top <= line.y_center < bottom and line is not anchor]
            span = Span(anchor, 0, len(anchor.text))
            period = to_field_value(_month_of(parse_date(anchor.text)), [span])
            amounts = [line for line in band if line.x1 <= anchor.x0 and _amount_alone(line.text)]
            amount = min(amounts, key=lambda line: abs(line.y_center - anchor.y_center), default=None)
            rows.append({"period": period,
                         "withholding_agent": _payer_in_band(band, anchor) or _value_or_unread(None, span, 0),
                         "amount": _value_or_unread(parse_amount(amount.text), Span(amount, 0, len(amount.text)), 0)
                         if amount is not None else _value_or_unread(None, span, 0)})
    return rows


def _amount_alone(text: str) -> bool:
    parsed = parse_amount(text)
    return parsed is not None and parsed.start == 0 and parsed.end == len(text)


def _payer_in_band(band, anchor) -> Optional[FieldValue]:
    labelled = [line for line in band if line.x0 > anchor.x1 and "扣缴义务人" in line.text]
    if not labelled:
        return None
    first = min(labelled, key=lambda line: line.y_center)
    below = sorted((line for line in band if line.y_center > first.y_center
                    and abs(line.x0 - first.x0) <= 2 * first.char_width), key=lambda line: line.y_center)
    spans = [Span(line, 0, len(line.text)) for line in [first, *below]]
    parsed = parse_labelled_payer("".join(span.text for span in spans))
    return to_field_value(parsed, spans) if parsed is not None else None


def _value_or_unread(parsed, span, offset):
    if parsed is None:
        return field_value(None, [span], confidence_cap=0.0)
    shifted = replace(parsed, start=parsed.start + offset, end=parsed.end + offset)
    return to_field_value(shifted, [span])


# Under a record's last row stands its foot (合计, 说明, the issuing office, a page number): text more than this many
# lines' heights below the row (a row's second line, its period's last day, stands closer).
FOOT_GAP_LINES = 2.5


def _cut_off_under_its_last_row(rows, lines, record_months) -> list[dict[str, FieldValue]]:
    """One unread row for a record whose 记录期间 runs past the last month read while its last page shows nothing
    under the last row read: no foot, so the rows after it were cut off the photo or lost (a monitor photo's dark
    lower part: outsider V v023). The months after it are unknown, not missing."""
    months_read = [row["period"].value for row in rows if row["period"].value is not None]
    last_page = max((line.page_index for line in lines), default=None)
    stated = record_months.get(last_page)
    if stated is None or not months_read or max(months_read) >= stated[1]:
        return []
    page = [line for line in lines if line.page_index == last_page]
    key = (page[0].ref.file, page[0].ref.page)
    placed = [row["period"].evidence for row in rows if row["period"].evidence is not None
              and (row["period"].evidence.file, row["period"].evidence.page) == key]
    if not placed:
        return []
    row_foot = max(place.bbox[3] for place in placed)
    line_height = statistics.median(line.bbox[3] - line.bbox[1] for line in page)
    if any(line.bbox[1] > row_foot + FOOT_GAP_LINES * line_height for line in page):
        return []
    lowest = max(page, key=lambda line: line.bbox[3])
    return [{name: _value_or_unread(None, Span(lowest, 0, len(lowest.text)), 0)
             for name in ("period", "withholding_agent", "amount")}]


def _record_months(lines) -> dict[int, tuple[str, str]]:
    """Per page, the first and last month of the 记录期间 its header states (2026年01月-2026年08月); a page without
    one (the table running on) keeps the page's before it. Two printouts handed in as one record state two."""
    stated: dict[int, tuple[str, str]] = {}
    for line in lines:
        at = line.text.find(RECORD_PERIOD_LABEL)
        found = month_range(line.text[at + len(RECORD_PERIOD_LABEL):]) if at >= 0 else None
        if found is not None and line.page_index not in stated:
            stated[line.page_index] = found
    months: dict[int, tuple[str, str]] = {}
    for page in sorted({line.page_index for line in lines}):
        if page in stated or page - 1 in months:
            months[page] = stated.get(page) or months[page - 1]
    return months


def _row(cells, spans, reread=None, record_months=None, printed=None):
    page = spans[0].line.page_index if spans else None
    months = (record_months or {}).get(page)
    period = _period(cell_value(cells.get("period"), parse_month, spans, reread),
                     cell_value(cells.get("period"), _month_of_range_end, spans), months)
    period = _checked_against_filing(period, _filed_for(cells, spans), _bounds(months, printed))
    if period.value is None and LOST_KEY not in cells:
        return None
    return {
        "period": period,
        "withholding_agent": _agent(cells, spans, reread),
        "amount": cell_value(cells.get("amount"), parse_amount, spans),
    }


def _bounds(record_months: Optional[tuple[str, str]], printed: Optional[str]) -> tuple[str, str]:
    """The months a period may name: within its page's 记录期间, and never after the record was printed."""
    first, last = record_months or ("0000-00", "9999-99")
    return first, min(last, printed or last)


def _filed_for(cells, spans) -> Optional[FieldValue]:
    """The period the row's 申报日期 and 入(退)库日期 name, the month before them, where every one read agrees; as
    sure as the least sure of them."""
    read = [cell_value(cells[OTHER + header], parse_date, spans) for header in FILING_DATE_HEADERS
            if OTHER + header in cells]
    days = [day for day in read if day.value is not None]
    months = {_month_before(day.value) for day in days}
    if len(months) != 1:
        return None
    least = min(days, key=lambda day: day.confidence)
    return least.model_copy(update={"value": months.pop(), "char_confidences": None})


def _month_before(day: str) -> str:
    return (date.fromisoformat(day) - relativedelta(months=1)).isoformat()[:7]


def _checked_against_filing(period: FieldValue, filed: Optional[FieldValue], bounds: tuple[str, str]) -> FieldValue:
    """The period, confirmed or corrected by the month the row was filed for. A period the filing confirms is as sure
    as the surer of the two. One that cannot be (outside the 记录期间 or after the print: 2028-09 read off 2026-09)
    gives way to the filing's month, no surer than a correction where one character tells them apart, else a guess;
    where no filing date was read, it stands doubtful. A period lost (20:26-01) is the filing's month, as a guess.
    A period after the month it was filed in stands, doubtful (it was misread, or the dates of another row were
    taken for its own); one filed later than the month after it stands as read: a late declaration is real."""
    inside = lambda month: month is not None and bounds[0] <= month <= bounds[1]  # noqa: E731
    if filed is None or not inside(filed.value):
        if period.value is not None and not inside(period.value):
            return period.model_copy(update={"confidence": min(period.confidence, DISAGREEING_DATES_CAP)})
        return period
    if period.value == filed.value:
        return period if period.confidence >= filed.confidence else \
            period.model_copy(update={"confidence": filed.confidence, "char_confidences": None})
    if period.value is None or not inside(period.value):
        standing = period if period.value is not None else filed
        fixed = standing.model_copy(update={"value": filed.value, "alternatives": [], "char_confidences": None})
        if period.value is not None and Hamming.distance(period.value, filed.value) == 1:
            return fixed.model_copy(update={"confidence": min(period.confidence, filed.confidence, CORRECTED_CAP)})
        return placed_by_guess(fixed)
    if period.value > filed.value:
        return period.model_copy(update={"confidence": min(period.confidence, UNCONFIRMED_PERIOD_CAP)})
    return period


def _month_of(date: Parsed) -> Parsed:
    return Parsed(date.value[:7], date.start, date.end, date.trusted, date.corrected)


def _month_of_range_end(text: str):
    found = parse_range(text)
    if found is None or found.end.value == LONG_TERM:
        return None
    return _month_of(found.end)


def _period(first: FieldValue, second: FieldValue, record_months: Optional[tuple[str, str]]) -> FieldValue:
    """The month of a period written as a day range (2026-01-01至2026-01-31). Where its two dates name different
    months, one of them was misread (2006-01-01至2026-01-31): the one inside the record's 记录期间 stands, and
    where that does not tell, the first stands, doubtful, so no rule rests on a month it may have made up."""
    if first.value is None or second.value is None or first.value == second.value:
        return _surer_month(first, second)
    inside = [value for value in (first, second) if record_months is not None
              and record_months[0] <= value.value <= record_months[1]]
    if len(inside) == 1:
        return inside[0].model_copy(update={"confidence": min(inside[0].confidence, CORRECTED_CAP)})
    doubtful = first.model_copy(update={"confidence": min(first.confidence, DISAGREEING_DATES_CAP)})
    return doubtful.model_copy(update={"alternatives": [second.value]})


def _surer_month(first: FieldValue, second: FieldValue) -> FieldValue:
    """A period's month is written twice (2026-06-01至2026-06-30): where both readings agree, two readings of the
    same digits confirm each other and the surer one stands for the month."""
    if second.value is not None and second.value == first.value and second.confidence > first.confidence:
        return second
    return first


def _agent(cells, spans, reread=None):
    """The withholding agent: its own column, or inside 备注 (the national layout: after 扣缴义务人：, or alone). It is compared
    with the contract's employer, so an unsure reading is read again."""
    if "withholding_agent" in cells:
        return cell_value(cells["withholding_agent"], parse_payer, spans, reread)
    return cell_value(cells.get("remarks") or _remarks_beside(cells), parse_remarks_payer, spans, reread)


def _remarks_beside(cells) -> Optional[Cell]:
    """备注 whose title went unread (条注) falls in the column left of it: its part of that cell opens with the payer's
    label (扣缴义务人：…), and goes on in the lines standing as far right."""
    for name, cell in cells.items():
        if not name.startswith(OTHER) or not isinstance(cell, Cell):
            continue
        labelled = next((span for span in cell.spans if opens_with_payer_label(span.text)), None)
        if labelled is not None:
            left = labelled.line.x0 - labelled.line.char_width
            return Cell([span for span in cell.spans if span.line.x0 >= left])
    return None
