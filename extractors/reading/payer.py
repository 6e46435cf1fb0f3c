"""A paying company named in a table cell (扣缴义务人, 缴费单位): its name, kept apart from the 统一社会信用代码
(GB 32100) printed before or after it, from the label that introduces it, from the end of a date range run into
the cell, and from amounts in the same cell."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from extractors.reading.values import (
    CREDIT_CODE_LENGTH, CREDIT_CODE_MIN_DIGITS, ORG_SUFFIXES, Parsed, find_credit_code, parse_org,
)
from precheck.core.regions import PROVINCE_LEVEL

_LEADING_DATE = re.compile(r"^\s*(?:至|-|~)?\s*\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?\s*")
_CODE_LABEL = r"(?:统一社会信用代码|社会信用代码|纳税人识别号|识别号|税号)[:：]?"
_LEADING_CODE = re.compile(rf"^(?:{_CODE_LABEL})?[(（\[【]?([0-9A-Z]{{{CREDIT_CODE_LENGTH}}})[)）\]】]?[,，;；、]?")
# The colon after the label, or what OCR reads a small colon as (。 . ，).
_COLON = "[:：。.,，]"
# After 扣缴义务人, a word no company's name holds, the colon may be lost too (a small print): the label ends there.
_PAYER_WORDS = "扣缴义务人|扣缴单位|缴费单位|参保单位|单位名称"
# A sentence about the payer (说明：扣缴义务人为支付所得的单位或个人) goes on with a word no name opens with.
_PAYER_LABEL = re.compile(rf"^.*?(?:(?:{_PAYER_WORDS})(?:名称)?{_COLON}|扣缴义务人(?!名称|[为是系指应由的和或及在]))")
# The label again after the payer's code (备注: 扣缴义务人纳税人识别号：9131…扣缴义务人：上海…有限公司).
_LABEL_AFTER_CODE = re.compile(rf"^\s*(?:{_PAYER_WORDS})(?:名称)?{_COLON}")
# 扣缴义务人 as OCR reads it off a small photographed print (扣撒义务人, 抑撒又务人, 和缴义务人): a word before a colon
# that keeps at least this many of the label's five characters in their places. A payer found after such a label
# is a guess: doubtful, never the ground of an error.
_AGENT_LABEL = "扣缴义务人"
_AGENT_LABEL_KEPT = 2
_WORD_BEFORE_COLON = re.compile(rf"^\s*(\S{{4,6}}?){_COLON}")
# A 统一社会信用代码 before the name as OCR reads it, whole or not (9131011TICOBOS; wrapped inside its cell,
# 913103CA9FFI.TM99B9 / 91310512WPG78GCE0 + Ⅱ上海…): a run of Latin letters and figures, a letter misread as a dot on
# the way, right before the name. A company's name starts with a word, never with the pieces of its code: the whole
# run is the code's, as long as it holds no more characters than a code and what OCR may make of one more (H read
# as Ⅱ, II). A longer run is a whole code and a name of Latin letters after it (ABB（中国）有限公司).
_CODE_RUN = re.compile(r"^[(（\[【]?[0-9A-Za-z][0-9A-Za-z.·]{5,}[)）\]】]?[,，;；、]?\s*")
_CODE_RUN_MIN_DIGITS = 4
_CODE_RUN_MISREAD_EXTRA = 2
# Words of a table's other cells that are never part of a company name.
NOT_IN_NAME = ("扣缴义务人", "备注", "所得项目", "税款所属期", "缴费基数", "识别号", "信用代码", "补缴", "正常")
_AMOUNT_IN_NAME = re.compile(r"\d+\.\d{2}")
# The 入库税务机关 a record prints beside each row (国家税务总局上海市松江区税务局, or its second line 区税务局 alone) is
# the office the tax was paid into, never the payer. (An applicant employed by a tax office has that payer's rows
# unread: a check, never an error.)
TAX_OFFICE = "税务局"
# A company's name cut before its last character: only 有限公司 ends so.
_CUT_SUFFIX = "有限公"


def parse_payer(text: str) -> Optional[Parsed]:
    """The company in a payer cell: after its label (扣缴义务人：) and a code printed before the name; the name ends
    at its last company word, so a code, a bracket or an amount after it stays out."""
    skip, fuzzy_label = _label_end(text) or (0, False)
    date = _LEADING_DATE.match(text[skip:])  # the end of a 税款所属期 range run into the next cell
    if date:
        skip += date.end()
    code = _LEADING_CODE.match(text[skip:])
    whole_code = code is not None and sum(c.isdigit() for c in code.group(1)) >= CREDIT_CODE_MIN_DIGITS
    run = _code_run(text[skip:])
    guessed = fuzzy_label
    if run is not None and not (whole_code and code.end() == run.end()):
        skip += run.end()
        guessed = True  # where the code ends was guessed: the name's first character may have gone with it
    elif whole_code:
        skip += code.end()
    again = _LABEL_AFTER_CODE.match(text[skip:])
    if again:
        skip += again.end()
    skip += _stray_figure_before_a_place(text[skip:])
    parsed = parse_org(text[skip:]) or _with_its_cut_last_character(text[skip:])
    if parsed is None or not _is_company_name(parsed.value):
        return None
    parsed = _with_its_lost_closing_bracket(_with_its_cut_branch(parsed, text[skip:]))
    guessed = guessed or _cut_inside_its_form(text[skip + parsed.end:])
    return replace(parsed, start=parsed.start + skip, end=parsed.end + skip, guessed=parsed.guessed or guessed)


def _cut_inside_its_form(rest: str) -> bool:
    """The cell ends inside a legal form's first characters (上海瑞丰（集团）有 | 限公司… wrapped onto a line read apart):
    the name read before it is cut short, a guess that can never ground an error."""
    rest = rest.strip().lstrip(")）")
    return bool(rest) and any(form.startswith(rest) and form != rest for form in _FORMS_AFTER_BRACKET)


# A company's name opens with its province or city (上海拓朴…); a figure run into it from the cell before (a text
# layer's 月数 column set close: 6上海拓朴信息技术有限公司) is no part of it.
_PLACE_OPENINGS = tuple(sorted({name[:2] for name in PROVINCE_LEVEL}))
_STRAY_FIGURE = re.compile(r"\d{1,3}")


def _stray_figure_before_a_place(text: str) -> int:
    """How many characters a figure run into the name's start takes (0 where there is none)."""
    figure = _STRAY_FIGURE.match(text)
    return figure.end() if figure is not None and text[figure.end():].startswith(_PLACE_OPENINGS) else 0


def _code_run(text: str) -> Optional[re.Match]:
    """The pieces of a credit code at the start of the text, read whole or not, where they are nothing but a code."""
    run = _CODE_RUN.match(text)
    if run is None or sum(c.isdigit() for c in run.group()) < _CODE_RUN_MIN_DIGITS or _AMOUNT_IN_NAME.search(run.group()):
        return None
    if sum(c.isascii() and c.isalnum() for c in run.group()) > CREDIT_CODE_LENGTH + _CODE_RUN_MISREAD_EXTRA:
        return None
    return run


TAX_OFFICE_WORD = "税务"  # 国家税务总局上海市…税务局: the office the tax was paid in, never the payer


def parse_labelled_payer(text: str) -> Optional[Parsed]:
    """A payer inside a remarks cell, only where its label names it (备注: 扣缴义务人：…)."""
    return parse_payer(text) if _label_end(text) is not None else None


def parse_remarks_payer(text: str) -> Optional[Parsed]:
    """The payer in a remarks cell: after its label, or a company's name standing alone as the whole cell (some prints
    leave the label off). A name alone is placed by a guess: a piece of the tax office's column pushed into 备注 by a
    photo's perspective must never be the ground of an error."""
    if _label_end(text) is not None:
        return parse_payer(text)
    parsed = parse_payer(text)
    if parsed is None or text[:parsed.start].strip() or text[parsed.end:].strip() or TAX_OFFICE_WORD in parsed.value:
        return None
    return replace(parsed, guessed=True)


def opens_with_payer_label(text: str) -> bool:
    """Whether the text opens with the payer's label (扣缴义务人：, or that label misread)."""
    return _label_end(text) is not None


def _label_end(text: str) -> Optional[tuple[int, bool]]:
    """Where the payer's label and its colon end, and whether the label was misread (扣缴义务人 read as 扣撒又务人)."""
    label = _PAYER_LABEL.match(text)
    if label:
        return label.end(), False
    word = _WORD_BEFORE_COLON.match(text)
    if word and len(word.group(1)) == len(_AGENT_LABEL) and sum(
            a == b for a, b in zip(word.group(1), _AGENT_LABEL)) >= _AGENT_LABEL_KEPT:
        return word.end(), True
    remnant = _label_remnant(text)
    return (remnant, True) if remnant else None


def _label_remnant(text: str) -> int:
    """How many characters what is left of the label takes before a name opening with a place (扣务上海…: 扣缴义务人：
    read in part on a faxed print): characters of the label in its order, at least _AGENT_LABEL_KEPT of them."""
    for length in range(len(_AGENT_LABEL), _AGENT_LABEL_KEPT - 1, -1):
        head = text[:length]
        rest = text[length:].lstrip(":：。.,，")
        if rest.startswith(_PLACE_OPENINGS) and _in_order(head, _AGENT_LABEL):
            return len(text) - len(rest)
    return 0


def _in_order(part: str, whole: str) -> bool:
    letters = iter(whole)
    return all(char in letters for char in part)


def _is_company_name(name: str) -> bool:
    return (name not in ORG_SUFFIXES and find_credit_code(name) is None and not _AMOUNT_IN_NAME.search(name)
            and not any(word in name for word in NOT_IN_NAME) and TAX_OFFICE not in name)


def _with_its_cut_last_character(text: str) -> Optional[Parsed]:
    """A name whose wrapped last line (司) was lost, a seal or the cell's edge over it (上海申联网络科技有限公): 有限公 has
    one ending only. A guess: doubtful, never the ground of an error."""
    rest = text.rstrip()
    if not rest.endswith(_CUT_SUFFIX):
        return None
    parsed = parse_org(rest + "司")
    if parsed is None or parsed.end != len(rest) + 1:
        return None
    return replace(parsed, end=len(rest), guessed=True)


# The legal forms a bracketed word (集团, 中国, 上海) stands before: 上海海纳贸易（集团）有限公司.
_FORMS_AFTER_BRACKET = ("有限责任公司", "股份有限公司", "有限公司")
_CLOSING = {"(": ")", "（": "）"}


def _with_its_lost_closing_bracket(parsed: Parsed) -> Parsed:
    """A name whose bracket opens and never closes before its legal form (上海海纳贸易（集团有限公司): OCR lost the
    closing bracket at the end of a wrapped line. It is put back before the form; a guess, never the ground of an
    error."""
    name = parsed.value
    opened = max(name.rfind("("), name.rfind("（"))
    if opened < 0 or any(close in name[opened:] for close in _CLOSING.values()):
        return parsed
    form = next((form for form in _FORMS_AFTER_BRACKET if name.endswith(form)), None)
    if form is None or len(name) - len(form) <= opened + 1:
        return parsed
    at = len(name) - len(form)
    return replace(parsed, value=name[:at] + _CLOSING[name[opened]] + name[at:], guessed=True)


# A branch's name cut before its last character (上海银河证券咨询有限公司闵行分公): 分公 has one ending only.
_CUT_BRANCH = re.compile(r"^([\u4e00-\u9fff]{1,12}分公)\s*$")


def _with_its_cut_branch(parsed: Parsed, text: str) -> Parsed:
    """The company's branch, where the name runs on to a branch whose last character (司) was lost at the cell's
    edge. A guess: doubtful, never the ground of an error."""
    cut = _CUT_BRANCH.match(text[parsed.end:])
    if cut is None:
        return parsed
    return replace(parsed, value=parsed.value + cut.group(1) + "司", end=parsed.end + cut.end(1), guessed=True)
