"""The contract employer is who withholds the tax and pays the social insurance (SPEC §4 employer.mismatch)."""
from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from precheck.core.model import Document, Severity
from rules.registry import CheckContext, Hit, rule
from rules.compare import OUTCOME_ORDER, compare_companies, is_agency
from rules.families.contract import current_contract
from rules.fields import Got, absent, need, read, read_rows, unreadable
from rules.months import month_text

PURPOSE = "劳动合同单位与个税扣缴单位、社保缴费单位是否一致"
FIX = ("缴纳社保、个税的单位须与劳动合同签订单位一致，由人力资源公司等代缴的不能参加积分（004；002）。"
       "请由合同单位自行为您申报个税、缴纳社保，最近月份的记录一致后再申请；若实际由派遣单位聘用，"
       "应提供与派遣单位签订的劳动合同，并在申请表中如实填写代缴、派遣单位（003）。")
FORM_FIX = "如单位改制更名，请补充市场监管部门出具的名称变更证明；否则请核对单位的登记名称，按登记名称更正。"
TAIL_FIX = "请对照原件核对单位全称；若原件上的名称确实不同，缴纳社保、个税的单位须与劳动合同签订单位一致（004；002）。"
BRANCH_FIX = ("请对照原件核对单位全称（名称较长时常分两行印出）。若原件上确是总公司与分公司之别，受理处会认为单位不一致："
              "请由签订劳动合同的单位自行申报个税、缴纳社保，或与实际扣缴的单位签订劳动合同。")


@rule("employer.mismatch", Severity.error, "004; 003; 002")
def employer_mismatch(context: CheckContext):
    """合同单位与个税、社保单位一致
    劳动合同的用人单位须在纳税记录最近一个月的扣缴义务人之中，有社保缴费记录时也须在其最近一个月的缴费单位之中
    （比较时忽略空格、全角半角、括号，有限公司与有限责任公司视为相同）；由人力资源公司代缴的属于不一致。
    只差组织形式、分公司名称或名称开头（换行没有读全）的，作警告请核对。"""
    contract = current_contract(context)
    if contract is None:
        yield absent(context, "labour_contract", "用人单位")
        return
    employer = yield from need(contract, "employer", PURPOSE)
    if not context.has("tax_record"):
        yield absent(context, "tax_record", "个税扣缴单位")
    if employer is None:
        return
    yield from _against(employer, context.of_type("tax_record"), "period", "withholding_agent", "个人所得税扣缴义务人")
    yield from _against(employer, context.of_type("social_insurance_record"), "month", "employer", "社保缴费单位")


def _against(employer: Got, records: list[Document], month_field: str, payer_field: str, payer_name: str):
    dated, missed = [], []
    for record in records:
        months, record_missed = read_rows(record, month_field, PURPOSE)
        dated += months
        missed += record_missed
    if not dated:
        yield from missed
        return
    latest = max(month.value for month in dated)
    payers, not_read = _payers_of(dated, latest, payer_field)
    checked = latest
    if not payers:
        # The latest month's payer could not be read (its card cut off at the foot of a screenshot): the latest month
        # whose payer was read is compared instead, and any difference is only a doubt naming both months.
        read_months = [month.value for month in dated if read(month.document, payer_field, row=month.row) is not None]
        if not read_months:
            yield from not_read
            return
        checked = max(read_months)
        payers, _ = _payers_of(dated, checked, payer_field)
    scored = [(compare_companies(employer.field, payer.field), payer) for payer in payers]
    best, _ = min(scored, key=lambda pair: OUTCOME_ORDER.index(pair[0].outcome))
    if best.outcome == "same":
        yield from not_read
        return
    yield from (not_read if checked == latest else ())
    month = month_text(checked)
    names = "、".join(dict.fromkeys(f"「{comparison.right}」" for comparison, _ in scored))
    evidence = (employer.evidence,) + tuple(payer.evidence for payer in payers)
    contract = f"劳动合同的用人单位「{best.left}」"
    if best.outcome == "form":
        yield Hit(f"{contract}与 {month} 的{payer_name}{names}只差组织形式（有限公司 / 股份有限公司）。",
                  evidence, FORM_FIX, Severity.warning)
        return
    if best.outcome == "tail":
        yield Hit(f"{contract}与 {month} 的{payer_name}{names}只差名称开头，多半是名称换行时只读到了后半行。",
                  evidence, TAIL_FIX, Severity.warning)
        return
    if best.outcome == "branch":
        yield Hit(f"{contract}与 {month} 的{payer_name}{names}只差分公司名称，可能是名称换行没有读全，也可能确为总公司与分公司之别。",
                  evidence, BRANCH_FIX, Severity.warning)
        return
    agency = [payer.text for payer in payers if is_agency(payer.text)]
    agencies = "、".join(f"「{name}」" for name in agency)
    via = f"{agencies}属于人力资源或劳务派遣机构，即由他人代缴（代扣代缴）。" if agency and not is_agency(employer.text) else ""
    message = f"{contract}不在 {month} 的{payer_name}之中：{payer_name}为{names}（【】内为与合同单位不同之处）。{via}"
    if checked != latest:
        yield Hit(message + f"最近的 {month_text(latest)} 的{payer_name}无法识别（截图可能不完整），请对照原件核对该月的"
                  f"{payer_name}，或补充完整的截图。", evidence, FIX, Severity.warning)
    elif best.outcome == "doubtful" or not_read:
        note = best.doubt_note if best.outcome == "doubtful" else "该月有的单位名称无法识别"
        yield Hit(message + f"{note}，请对照原件核对。", evidence, FIX, Severity.warning)
    elif (elsewhere := _read_as_the_employer_elsewhere(employer, dated, checked, payers, payer_field)) is not None:
        yield Hit(message + f"同一份记录其他月份的{payer_name}读作「{elsewhere.text}」（{month_text(elsewhere.value)}），"
                  "与此只差一个字，可能是识别误差，请对照原件核对。", evidence + (elsewhere.evidence,), FIX, Severity.warning)
    else:
        yield Hit(message, evidence, FIX)


def _read_as_the_employer_elsewhere(employer: Got, dated, checked, payers: list[Got], payer_field: str):
    """Another month's row of the same record whose payer reads as the contract's employer, where each payer read
    for the checked month is that name but for one character the recogniser was unsure of (止 for 上 where the cell
    beside it runs on over it): a record repeats one payer's name row after row, and a reading that differs in one
    place from the others is more likely misread than another company. Its month, as a Got whose text is the name;
    None otherwise. A text layer's characters are the document's own, and never read so."""
    if not all(_one_unsure_character_off(employer.text, payer) for payer in payers):
        return None
    documents = {id(payer.document) for payer in payers}
    for row in sorted(dated, key=lambda month: month.value, reverse=True):
        if row.value == checked or id(row.document) not in documents:
            continue
        other = read(row.document, payer_field, row=row.row)
        if other is not None and compare_companies(employer.field, other.field).outcome == "same":
            return Got(row.document, row.name, other.field, row.value, row.row)
    return None


SURE_OF_A_PAYERS_CHARACTER = 0.99  # a recogniser's sure characters read at this or more; a text layer's, at 1


def _one_unsure_character_off(employer: str, payer: Got) -> bool:
    """The payer's name is the employer's but for one character, and the payer's reading was unsure there: of the
    character read in another's place or added, or, where one was dropped, of one either side of the gap."""
    confidences = payer.field.char_confidences or []
    if Levenshtein.distance(employer, payer.text) != 1 or len(confidences) != len(payer.text):
        return False
    edit = Levenshtein.editops(employer, payer.text)[0]
    at = edit.dest_pos
    there = confidences[max(0, at - 1): at + 1] if edit.tag == "delete" else confidences[at: at + 1]
    return bool(there) and min(there) < SURE_OF_A_PAYERS_CHARACTER


def _payers_of(dated, month, payer_field: str):
    """The payers read for the month, and a field.unreadable for each of its rows whose payer could not be read."""
    payers, not_read = [], []
    for row in dated:
        if row.value != month:
            continue
        payer = read(row.document, payer_field, row=row.row)
        if payer is None:
            not_read.append(unreadable(row.document, payer_field, PURPOSE, row=row.row))
        else:
            payers.append(payer)
    return payers, not_read
