"""劳动合同 / 聘用合同 (all pages)."""
import re

from extractors.declaration import day, DocumentType, FieldInfo, kw, Required, text
from extractors.reading.fields import Field, labelled_fields, to_field_value
from extractors.reading.text import Span
from extractors.reading.values import Parsed, find_dates, parse_date, parse_id_number, parse_name, parse_org, parse_range
from precheck.core.kinds import Kind

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
    ),
    excludes=("纳税记录", "税款所属期", "常住人口登记卡", "缴费基数"),
    multi_page=True,
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
    how_to_get="请补充与现单位签订的劳动合同全部页面（含期限条款和签字盖章页）。",
    how_to_correct="请用人单位更正劳动合同（重新签订，或出具加盖公章的更正说明）。",
)


FIELDS = (
    Field("employer", ("甲方(用人单位)", "甲方(用人单位名称)", "聘用单位(甲方)", "用人单位名称", "用人单位(甲方)", "甲方名称",
                       "聘用单位", "用人单位", "甲方"), parse_org, wraps=True, max_lines=2, compared=True),
    Field("employee_name", ("乙方(劳动者)", "乙方(员工姓名)", "受聘人员(乙方)", "乙方(受聘人员)", "劳动者(乙方)", "乙方姓名",
                            "受聘人员", "劳动者", "乙方", "姓名"), parse_name, compared=True),
    Field("employee_id_number", ("公民身份号码", "居民身份证号码", "身份证号码", "身份证号", "证件号码"), parse_id_number),
    Field("signing_date", ("签订日期", "签约日期", "签署日期", "签订时间"), parse_date),
)
EXTRA_LABELS = ("法定代表人", "注册地址", "户籍地址", "联系电话", "编号", "乙方(签字)", "甲方(盖章)", "通讯地址")

TERM_HEADINGS = ("合同期限", "劳动合同期限", "聘用期限", "期限")
OPEN_ENDED = re.compile(r"无固定期限")
START_ONLY = re.compile(r"自(.{6,16}?)起")


def extract(draft, second_look):
    fields, reader = labelled_fields(draft, FIELDS, EXTRA_LABELS, second_look=second_look)
    fields.update(_term(reader.lines))
    return fields, []


def _term(lines):
    """start_date, end_date, open_ended from the term clause: 自…起至…止, 2025.03.01—2026.02.28, 无固定期限."""
    spans = [Span(line, 0, len(line.text)) for line in lines]
    text = "".join(span.text for span in spans)
    for heading in TERM_HEADINGS:
        at = text.find(heading)
        while at >= 0:
            window = text[at:at + 160]
            found = _term_in(window, at, spans)
            if found:
                return found
            at = text.find(heading, at + len(heading))
    # No heading read: the first range in the contract's text that reads like a term.
    return _term_in(text, 0, spans) or {}


def _term_in(window: str, offset: int, spans):
    def shifted(parsed: Parsed) -> Parsed:
        return Parsed(parsed.value, parsed.start + offset, parsed.end + offset, parsed.trusted, parsed.corrected)

    open_ended = OPEN_ENDED.search(window)
    found = parse_range(window)
    if found and (open_ended is None or found.start.start < open_ended.start()):
        if found.end.value == "long_term":
            return None
        return {
            "start_date": to_field_value(shifted(found.start), spans),
            "end_date": to_field_value(shifted(found.end), spans),
            "open_ended": to_field_value(Parsed(False, found.start.start + offset, found.end.end + offset), spans),
        }
    if open_ended:
        dates = [d for d in find_dates(window) if d.start > open_ended.start() - 40]
        out = {"open_ended": to_field_value(Parsed(True, open_ended.start() + offset, open_ended.end() + offset), spans)}
        if dates:
            out["start_date"] = to_field_value(shifted(dates[0]), spans)
        return out
    return None
