"""劳动合同 / 聘用合同 (all pages)."""
import bisect
import re
from datetime import date, timedelta
from typing import Optional

from dateutil.relativedelta import relativedelta

from extractors.declaration import day, DocumentType, FieldInfo, kw, Required, text
from extractors.reading.fields import (date_char_confidences, draft_lines, Field, labelled_fields, placed_by_guess, Reader,
                                      SECOND_LOOK_SCALES, spans_between, SURE_READING, to_field_value)
from extractors.reading.text import field_value, Line, read_again, rows_of, Span, union_box
from extractors.reading.values import (chinese_number, find_dates_any, Parsed, parse_company, parse_date, parse_id_number,
                                      parse_person_name)
from precheck.core.kinds import Kind
from precheck.core.model import FieldValue

DOCUMENT_TYPE = DocumentType(
    type_id="labour_contract",
    order=60,
    label="劳动合同",
    titles=kw(("劳动合同书", 4.0), ("劳动合同", 3.0), ("聘用合同", 3.5)),
    keywords=kw(
        ("甲方", 1.0), ("乙方", 1.0), ("用人单位", 1.0), ("劳动者", 1.0), ("合同期限", 1.5), ("工作内容", 1.0),
        ("劳动报酬", 1.0), ("社会保险", 0.5), ("解除", 0.5), ("终止", 0.5), ("试用期", 1.0), ("工作时间", 0.5),
        ("休息休假", 1.0), ("劳动保护", 1.0), ("劳动纪律", 1.0), ("劳动合同法", 1.0), ("无固定期限", 1.0),
        ("固定期限", 1.0), ("签订日期", 1.0), ("本合同", 1.0), ("双方", 0.5), ("工作地点", 0.5), ("违约", 0.5),
        ("经济补偿", 1.0), ("劳动争议", 1.0), ("盖章", 0.5), ("签字", 0.5), ("岗位", 0.5), ("工资", 0.5),
        ("以下无正文", 1.0), ("签署页", 1.0), ("授权代表", 0.5),
        # a middle page of clauses alone (第五条 劳动安全卫生条件…, 第六条 遵守甲方依法制定的规章制度…)
        ("规章制度", 0.5), ("劳动安全", 0.5), ("劳动条件", 0.5), ("职业危害", 0.5),
    ),
    # A rental contract (住房租赁合同: 出租人, 承租人, 租金) has 甲方 and 乙方 too, but is no labour contract.
    excludes=("纳税记录", "税款所属期", "常住人口登记卡", "缴费基数", "房屋租赁", "租赁合同", "出租方", "承租方", "出租人",
              "承租人", "租金"),
    multi_page=True,
    # The model text's second page is headed 劳动合同双方当事人基本情况; a company's contract may head its parts so too
    # (劳动合同签署页, 劳动合同的变更和解除, 劳动合同附件).
    part_headings=("双方", "当事人", "基本情况", "签署", "签字", "附件", "的", "期限", "变更", "解除", "终止", "补充条款"),
    min_score=5.0,
    continue_score=2.0,
    fields=(
        text("employer", "用人单位"),
        text("employee_name", "劳动者姓名"),
        text("employee_id_number", "劳动者身份证号码"),
        day("start_date", "合同起始日期"),
        day("end_date", "合同终止日期"),
        FieldInfo("open_ended", "合同期限类型", Kind.flag),
        day("signing_date", "签订日期"),
    ),
    required=Required.always,
    applicant_name="employee_name",
    applicant_id="employee_id_number",
    # A company's own template may name the employee with no ID number; 居民身份证 in a clause (不得扣押乙方的居民身份证)
    # is no sign of one.
    omitted_by_some_forms=(("employee_id_number", ("身份证号", "身份号码", "证件号码", "身份证件号")),),
    how_to_get="请补充与现单位签订的劳动合同全部页面（含期限条款和签字盖章页）。",
    how_to_correct="请用人单位更正劳动合同（重新签订，或出具加盖公章的更正说明）。",
)


# A 续订书 (renewal) extends a term on one page of its own; its title says so.
RENEWAL_TITLE = re.compile(r"续[订訂签簽]")
RENEWAL_HEAD_LINES = 3


# A 变更书 (amendment) on a page of its own renames the employer: 甲方名称由“旧名”变更为“新名”. The contract's party
# block still names the old one; the tax and social-insurance records name the new.
AMENDMENT_TITLE = re.compile(r"变更(?:书|协议)")
AMENDMENT_HEAD_LINES = 3
RENAMED_TO = re.compile(r"名称.{0,40}?变更为[“\"「『]?")
NAME_END = re.compile(r"[”\"」』。，,；;]")


# Only the party block names the parties: 甲方 and 乙方 stand in hundreds of running sentences (乙方的财产, 甲方应当…).
PARTY_FIELDS = (
    Field("employer", ("甲方(用人单位)名称", "甲方(用人单位名称)", "甲方(用人单位)", "聘用单位(甲方)", "用人单位名称",
                       "用人单位(甲方)", "甲方名称", "单位名称", "聘用单位", "用人单位", "名称", "甲方"),
          parse_company, wraps=True, max_lines=2, compared=True),
    Field("employee_name", ("乙方(劳动者)姓名", "乙方(劳动者)", "乙方(员工姓名)", "受聘人员(乙方)", "乙方(受聘人员)",
                            "劳动者(乙方)", "乙方姓名", "受聘人员", "姓名", "劳动者", "乙方"), parse_person_name, compared=True),
)
FIELDS = (
    Field("employee_id_number", ("公民身份号码", "居民身份证号码", "身份证号码", "身份证号", "证件号码"), parse_id_number),
    Field("signing_date", ("签订日期", "签约日期", "签署日期", "签订时间"), parse_date),
)
# Where the party block gave no name: the signature line 乙方（签字）：贾浩, a place far from the block (a guess).
SIGNATURE_FIELDS = (Field("employee_name", ("乙方(签字)", "乙方(签名)", "乙方签字", "乙方签名"), parse_person_name),)
EXTRA_LABELS = ("法定代表人", "注册地址", "户籍地址", "联系电话", "编号", "乙方(签字)", "甲方(盖章)", "通讯地址", "地址", "住址",
                "身份证号码", "居民身份证号码", "公民身份号码")
# The contract's headings stand just above the party block: a heading is never a value (劳动合同书 above 甲方名称's
# value is no first line of the employer's name), so they bound values as labels do.
HEADINGS = ("劳动合同书", "劳动合同", "聘用合同书", "聘用合同", "劳动合同续订书", "续订书")
# The first line of the clauses: the party block stands before it.
SENTENCE_MARK = re.compile(r"[。;；]")
CLAUSE_LENGTH = 20
PREAMBLE = re.compile(r"^根据《|甲乙双方|双方经")
# The first cells of a party table (名称 | 上海某某有限公司 / 甲方 | 法定代表人 …), looked for just under a preamble.
PARTY_TABLE_CELLS = ("名称", "甲方", "乙方", "姓名", "用人单位", "劳动者", "甲方名称", "乙方姓名")
PARTY_TABLE_LOOKAHEAD = 3
BODY_START = re.compile(r"根据《|甲乙双方|双方(?:经|根据|在|于|协商)|^第[一二三四五六七八九十]+条|^[一二三四五六七八九十]+[、.]")


def extract(draft, second_look):
    lines = draft_lines(draft)
    fields = {}
    party = party_block(lines)
    if party:
        fields.update(Reader(party, PARTY_FIELDS, EXTRA_LABELS + HEADINGS, reread=second_look).read_all())
    if "employee_name" not in fields:
        signed = Reader(lines, SIGNATURE_FIELDS, EXTRA_LABELS).read(SIGNATURE_FIELDS[0])
        if signed is not None:
            fields["employee_name"] = placed_by_guess(signed)
    found, reader = labelled_fields(draft, FIELDS, EXTRA_LABELS, second_look=second_look)
    fields.update(found)
    if "signing_date" not in fields:  # the contract's own signatures, not a 变更书's
        amended = amendment_pages(reader.lines)
        signed_on = signature_date([line for line in reader.lines if line.page_index not in amended])
        if signed_on is not None:
            fields["signing_date"] = signed_on
    fields.update(contract_term(term_dates_read_again(blanks_read_again(reader.lines, second_look), second_look)))
    renamed = renamed_employer(lines)
    if renamed is not None:
        fields["employer"] = renamed
    return fields, []


def amendment_pages(lines: list[Line]) -> set[int]:
    """The pages headed as a 变更书."""
    heads: dict[int, list[str]] = {}
    for line in lines:
        heads.setdefault(line.page_index, []).append(line.text)
    return {page for page, texts in heads.items()
            if any(AMENDMENT_TITLE.search(text) for text in texts[:AMENDMENT_HEAD_LINES])}


def renamed_employer(lines: list[Line]) -> Optional[FieldValue]:
    """The employer's name as a 变更书 among the pages renamed it (the latest-dated 变更书 where there are several)."""
    found: list[tuple[date, int, FieldValue]] = []
    for page_index in sorted(amendment_pages(lines)):
        page = [line for line in lines if line.page_index == page_index]
        spans = [Span(line, 0, len(line.text)) for line in page]
        joined = "".join(span.text for span in spans)
        for match in RENAMED_TO.finditer(joined):
            end = NAME_END.search(joined, match.end())
            parsed = parse_company(joined[match.end():end.start() if end else len(joined)])
            if parsed is None:
                continue
            placed = Parsed(parsed.value, parsed.start + match.end(), parsed.end + match.end(), parsed.trusted,
                            parsed.corrected, parsed.guessed)
            dated = [d.value for d in find_dates_any(joined) if isinstance(d.value, date)]
            found.append((max(dated, default=date.min), page_index, to_field_value(placed, spans)))
    return max(found, key=lambda item: item[:2])[2] if found else None


def party_block(lines: list[Line]) -> list[Line]:
    """On each page, the lines before its clauses begin (the cover, the party block); pages photographed out of order
    keep theirs. A company's template may put its preamble first and the party table under it: the preamble is
    passed over, not taken for the clauses' start."""
    block = []
    for page_index in sorted({line.page_index for line in lines}):
        page = [line for line in lines if line.page_index == page_index]
        at = 0
        while at < len(page):
            if _clause_line(page[at].text):
                after = _after_preamble(page, at)
                if after is None:
                    break
                at = after
                continue
            block.append(page[at])
            at += 1
    return block


def _after_preamble(page: list[Line], at: int) -> Optional[int]:
    """Where the party table starts, if page[at] opens a preamble (根据《劳动合同法》…) with one right under it."""
    if not PREAMBLE.search(page[at].text):
        return None
    end = next((i for i in range(at, len(page)) if page[i].text.endswith("。")), None)
    if end is None:
        return None
    following = [line.text for line in page[end + 1:end + 1 + PARTY_TABLE_LOOKAHEAD]]
    return end + 1 if any(text in PARTY_TABLE_CELLS for text in following) else None


def _clause_line(text: str) -> bool:
    return bool(BODY_START.search(text) or SENTENCE_MARK.search(text) or (len(text) > CLAUSE_LENGTH and "," in text))


# ---- the signing date -------------------------------------------------------------------------------------------

# The signature block: from a short line asking for a signature or a seal (乙方（签字）：, 甲方（盖章）) to the page's foot,
# where each party dates its signature (日期：2024年10月17日, or a date alone, its blanks filled: 2026 年 5 月 29 日).
SIGN_MARK = re.compile(r"签字|签名|签章|盖章")
SIGN_LINE_MAX = 24
# What may stand around a date of the block in its row: nothing, or a date label (日期：, 签字日期, 时间); never a
# sentence (a clause that runs onto the signing page).
DATE_LEAD = re.compile(r"(?:^|日期|时间)[:：]?$")


def signature_date(lines: list[Line]) -> Optional[FieldValue]:
    """The date the parties signed on, read under the signatures of the last page that has them. When the parties'
    dates differ, the later one (the contract binds once both signed), and only as a guess."""
    for page_index in sorted({line.page_index for line in lines}, reverse=True):
        dates = _block_dates([line for line in lines if line.page_index == page_index])
        if dates:
            latest = max(dates, key=lambda found: found.value)
            agreed = all(found.value == latest.value for found in dates) and len(dates) > 1
            return latest if agreed else placed_by_guess(latest)
    return None


def _block_dates(page: list[Line]) -> list[FieldValue]:
    marks = [line for line in page if SIGN_MARK.search(line.text) and len(line.text) <= SIGN_LINE_MAX
             and not _clause_line(line.text)]
    if not marks:
        return []
    top = min(line.y0 for line in marks)
    dates = []
    for row in rows_of([line for line in page if line.y1 > top]):
        spans = [Span(line, 0, len(line.text)) for line in row]
        text = "".join(span.text for span in spans)
        found = find_dates_any(text)
        before = [0] + [d.end for d in found]
        after = [d.start for d in found[1:]] + [len(text)]
        for index, signed in enumerate(found):
            if DATE_LEAD.search(text[before[index]:signed.start]) and DATE_LEAD.search(text[signed.end:after[index]]):
                dates.append(to_field_value(signed, spans))
    return dates


# ---- the term ---------------------------------------------------------------------------------------------------

RANGE_JOIN = re.compile(r"^(?:起)?(?:至|到|—+|–|-|~|～)$")
# A range in the sentence of a 试用期 (or 见习期) is not the term, nor one after 用期自 (a 试用期 whose 试 ended a line
# the OCR did not read, the line that held the term).
NOT_THE_TERM = re.compile(r"试用期|见习期|实习期|[用习]期(?:自|为|从)")
SENTENCE_END = re.compile(r"[。;；]")
TICKED = "☑√✓✔☒■"
# 无固定期限 chosen: ticked, said of this contract (本合同为无固定期限…), or given its start date (无固定期限：自 2024年3月1日 起).
# The option's name, read with at most one character of 固定 wrong (无国定期限): no other words of a contract read so.
OPEN_ENDED = r"无(?:固定|[\u4e00-\u9fff]定|固[\u4e00-\u9fff])期限"
OPEN_ENDED_PRINTED = "无固定期限"
OPEN_ENDED_WORD = re.compile(OPEN_ENDED)
OPEN_ENDED_SAID = re.compile(rf"(?:本合同|合同)(?:为|系|是)?{OPEN_ENDED}|(?:为|签订){OPEN_ENDED}劳动合同")
OPEN_ENDED_DATE_WITHIN = 16
# 期限三年，自2023年12月1日起: a length in words and the start it counts from.
TERM_IN_WORDS = re.compile(r"期限(?:为)?([一二两三四五六七八九十\d]{1,3})(年|个月)")
TERM_START_WITHIN = 24
END_OF_RANGE = re.compile(r"起?(?:至|到)")


RANGE_WORDS = re.compile(r"起|至|到|期限")  # a line that may give the term's range


def term_dates_read_again(lines: list[Line], second_look) -> list[Line]:
    """The lines, each that gives a range of dates with a numeral read unsurely (a 2 at 52% on a scan) read again
    from the page: the fresh reading takes the line's place when it reads the same dates, every one surely."""
    if second_look is None:
        return lines
    return [_surer_dates(line, second_look) if RANGE_WORDS.search(line.text) and _unsure_date(line) else line
            for line in lines]


# A date filled in on blank lines whose number the reading lost (2024 年 6 月 __ 日起至: the 4 on its line unread).
DATE_WITH_A_BLANK = re.compile(r"\d{4}年(?:\d{1,2})?月(?:\d{1,2})?日")


def blanks_read_again(lines: list[Line], second_look) -> list[Line]:
    """Each row giving a range whose date lost a number of its blanks, read again from the page as one line: the fresh
    reading takes the row's place when it holds more whole dates than the row."""
    if second_look is None:
        return lines
    out = list(lines)
    for page in sorted({line.page_index for line in lines}):
        for row in rows_of([line for line in lines if line.page_index == page]):
            text = re.sub(r"\s", "", "".join(line.text for line in row))
            lost = [m for m in DATE_WITH_A_BLANK.finditer(text) if not find_dates_any(m.group())]
            if not lost or not RANGE_WORDS.search(text):
                continue
            fresh = next((again for scale in SECOND_LOOK_SCALES
                          if (again := read_again(second_look, row[0], union_box(line.bbox for line in row), scale))
                          is not None and len(find_dates_any(again.text)) > len(find_dates_any(text))), None)
            if fresh is not None:
                at = out.index(row[0])
                out = [line for line in out if line not in row]
                out.insert(at, fresh)
    return out


def _unsure_date(line: Line) -> bool:
    return any(line.span_confidence(found.start, found.end) < SURE_READING for found in find_dates_any(line.text))


def _surer_dates(line: Line, second_look) -> Line:
    wanted = [found.value for found in find_dates_any(line.text)]
    for scale in SECOND_LOOK_SCALES:
        fresh = read_again(second_look, line, line.bbox, scale)
        if fresh is None:
            continue
        dates = find_dates_any(fresh.text)
        if [found.value for found in dates] == wanted and not _unsure_date(fresh):
            return fresh
    return line


def contract_term(lines: list[Line]) -> dict:
    """start_date, end_date, open_ended. When the text holds several terms (a 续订书 names the old one first), the
    latest governs: an open-ended term, else the range ending last; 试用期 ranges are never the term."""
    spans = [Span(line, 0, len(line.text)) for line in lines]
    text = "".join(span.text for span in spans)
    dates = find_dates_any(text)
    open_ended = _open_ended_term(text, dates, [m.end() for m in SENTENCE_END.finditer(text)])
    if open_ended is not None:
        marker, start = open_ended
        out = {"open_ended": _open_ended_value(marker, text, spans)}
        if start is not None:
            out["start_date"] = to_field_value(start, spans)
        return out
    ends = [m.end() for m in SENTENCE_END.finditer(text)]
    ranges = [pair for pair in _ranges(text, dates) if not _in_probation(text, ends, pair[0].start)]
    if ranges:
        start, end = max(ranges, key=lambda pair: pair[1].value)
        return _vouched_by_whole_years(_fixed(start, end, spans))
    lost_day = _range_whose_start_lost_its_day(text, dates, spans, ends)
    if lost_day is not None:
        return lost_day
    counted = _term_in_words(text, dates)
    return _fixed(*counted, spans) if counted else {}


# 自 2026 年 9 月__日起至 2027 年 6 月 30 日止 with the day's number lost to the reading (a slanted photo): the start's
# year and month are there, its day is not.
START_DAY_LOST = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月[\s_]*日\s*起?\s*(?:至|到)")
LOST_DAY_END_WITHIN = 4


def _range_whose_start_lost_its_day(text: str, dates: list[Parsed], spans: list[Span],
                                    ends: list[int]) -> Optional[dict]:
    """The term, its start given as the first day of its month with the day marked unread (confidence 0): rules then
    know the start only to its month."""
    starts = [d.start for d in dates]
    for match in START_DAY_LOST.finditer(text):
        end = _date_after(dates, starts, match.end(), LOST_DAY_END_WITHIN)
        year, month = int(match.group(1)), int(match.group(2))
        if end is None or not 1 <= month <= 12 or _in_probation(text, ends, match.start()):
            continue
        used = spans_between(spans, match.start(), match.end())
        printed = spans_between(spans, match.start(1), match.end(2))  # 2026年9
        month_read = date_char_confidences("".join(span.text for span in printed),
                                           [c for span in printed for c in span.confidences], f"{year:04d}-{month:02d}")
        if month_read is None:
            continue
        separator = min(month_read[len("2026-"):])  # goes with the month, as in date_char_confidences
        start = field_value(f"{year:04d}-{month:02d}-01", used, value_chars=month_read + [separator, 0.0, 0.0],
                            bearing=month_read)
        return {"start_date": start, "end_date": to_field_value(end, spans),
                "open_ended": to_field_value(Parsed(False, match.start(), end.end), spans)}
    return None


def _open_ended_value(marker: Parsed, text: str, spans: list[Span]) -> FieldValue:
    """The flag as sure as the character it rests on, the 无 that tells the option from 固定期限: the other characters
    only name the option, and one of them read unsurely (无固定期阻, 无国定期限) was let pass by its known shape."""
    value = to_field_value(marker, spans)
    used = spans_between(spans, marker.start, marker.end)
    confidences = [c for span in used for c in span.confidences]
    word = text[marker.start:marker.end]
    if len(confidences) != len(word):
        return value
    return value.model_copy(update={"confidence": round(confidences[0], 4)})


def _fixed(start: Parsed, end: Parsed, spans) -> dict:
    return {"start_date": to_field_value(start, spans), "end_date": to_field_value(end, spans),
            "open_ended": to_field_value(Parsed(False, start.start, end.end), spans)}


def _vouched_by_whole_years(term: dict) -> dict:
    """A term of whole years printed as a range (自2024年6月19日起至2027年6月18日止): its two dates vouch for each other,
    since a misread digit of a month or a day would hardly leave them a whole number of years apart. A date read
    unsurely takes the other's confidence, when that one was read surely and both years read surely. (A term given in
    words has its end counted from its start: nothing there vouches.)"""
    start, end = term["start_date"], term["end_date"]
    first, last = date.fromisoformat(start.value), date.fromisoformat(end.value)
    years = last.year - first.year
    if years < 1 or first + relativedelta(years=years) - timedelta(days=1) != last:
        return term
    sure = max(start.confidence, end.confidence)
    if sure < SURE_READING or not all(_year_read_surely(value) for value in (start, end)):
        return term
    return {name: value.model_copy(update={"confidence": max(value.confidence, sure)}) for name, value in term.items()}


def _year_read_surely(value: FieldValue) -> bool:
    """A misread digit of a year leaves a term whole years long (2026 for 2028 at the end of a term from 2025): only
    a date whose year reads surely takes part in the vouching; its month and day are what the other date vouches for."""
    chars = value.char_confidences or []
    return len(chars) == len("YYYY-MM-DD") and min(chars[:4]) >= SURE_READING


def _ranges(text: str, dates: list[Parsed]) -> list[tuple[Parsed, Parsed]]:
    return [(first, second) for first, second in zip(dates, dates[1:])
            if RANGE_JOIN.match(text[first.end:second.start]) and second.value > first.value]


def _in_probation(text: str, sentence_ends: list[int], at: int) -> bool:
    before = bisect.bisect_right(sentence_ends, at)
    sentence_start = sentence_ends[before - 1] if before else 0
    return bool(NOT_THE_TERM.search(text, sentence_start, at))


def _date_after(dates: list[Parsed], starts: list[int], at: int, within: int) -> Optional[Parsed]:
    index = bisect.bisect_left(starts, at)
    return dates[index] if index < len(dates) and dates[index].start <= at + within else None


def _open_ended_term(text: str, dates: list[Parsed], sentence_ends: list[int]) -> Optional[tuple[Parsed, Optional[Parsed]]]:
    """The 无固定期限 option chosen, and the date it starts from when given: by the option itself, or by a later
    sentence that says it again (☑ 无固定期限 … 本合同为无固定期限劳动合同，自2022年3月11日起履行)."""
    starts = [d.start for d in dates]
    chosen: Optional[Parsed] = None
    for word in OPEN_ENDED_WORD.finditer(text):
        at, end = word.start(), word.end()
        start = _date_after(dates, starts, end, OPEN_ENDED_DATE_WITHIN)
        if start is not None and ("期限" in text[end:start.start] or SENTENCE_END.search(text[end:start.start])):
            start = None  # the date of the next option, or of the next sentence (其中试用期自…) after a blank one
        ticked = at > 0 and text[at - 1] in TICKED
        said = OPEN_ENDED_SAID.search(text, max(0, at - 5), end + 4)
        if (ticked or said or start) and not _in_probation(text, sentence_ends, at):
            chosen = chosen or Parsed(True, at, end)
            if start is not None:
                return chosen, start
    return (chosen, None) if chosen is not None else None


def _term_in_words(text: str, dates: list[Parsed]) -> Optional[tuple[Parsed, Parsed]]:
    starts = [d.start for d in dates]
    for match in TERM_IN_WORDS.finditer(text):
        count = int(match.group(1)) if match.group(1).isdigit() else chinese_number(match.group(1))
        start = _date_after(dates, starts, match.end(), TERM_START_WITHIN)
        if not count or start is None or END_OF_RANGE.search(text, match.end(), start.start):
            continue  # no start given, or the date is the range's end (自 2026 年 9 月日起至 2027 年…: a day lost)
        length = relativedelta(years=count) if match.group(2) == "年" else relativedelta(months=count)
        ends = date.fromisoformat(start.value) + length - timedelta(days=1)
        return start, Parsed(ends.isoformat(), match.start(), match.end())
    return None
