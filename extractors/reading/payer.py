"""A paying company named in a table cell (扣缴义务人, 缴费单位): its name, kept apart from the 统一社会信用代码
(GB 32100) printed before or after it, from the label that introduces it, and from amounts in the same cell."""
from __future__ import annotations

import re
from typing import Optional

from extractors.reading.values import ORG_SUFFIXES, Parsed, parse_org

CREDIT_CODE_LENGTH = 18
# GB 32100 characters: digits and capitals without I, O, S, V, Z; OCR may still read one of those, so the pattern
# takes any capital and the check character decides whether the code is sure.
CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_CODE = re.compile(r"(?<![0-9A-Za-z])[0-9A-Z]{18}(?![0-9A-Za-z])")
# A code has digits (its region code alone is six); a run of capitals is no code.
CREDIT_CODE_MIN_DIGITS = 8
_LEADING_DATE = re.compile(r"^\s*(?:至|-|~)?\s*\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?\s*")
_CODE_LABEL = r"(?:统一社会信用代码|社会信用代码|纳税人识别号|识别号|税号)[:：]?"
_LEADING_CODE = re.compile(rf"^(?:{_CODE_LABEL})?[(（\[【]?([0-9A-Z]{{18}})[)）\]】]?[,，;；、]?")
_PAYER_LABEL = re.compile(r"^.*?(?:扣缴义务人|扣缴单位|缴费单位|参保单位|单位名称)(?:名称)?[:：]")
# Words of a table's other cells that are never part of a company name.
NOT_IN_NAME = ("扣缴义务人", "备注", "所得项目", "税款所属期", "缴费基数", "识别号", "信用代码", "补缴", "正常")
_AMOUNT_IN_NAME = re.compile(r"\d+\.\d{2}")


def credit_code_ok(code: str) -> bool:
    """GB 32100: the 18th character is the check character of the first 17."""
    if len(code) != CREDIT_CODE_LENGTH or any(c not in CREDIT_CODE_CHARS for c in code):
        return False
    weights = [pow(3, i, 31) for i in range(17)]
    total = sum(CREDIT_CODE_CHARS.index(c) * w for c, w in zip(code, weights))
    return CREDIT_CODE_CHARS[(31 - total % 31) % 31] == code[17]


def find_credit_code(text: str) -> Optional[re.Match]:
    for match in _CREDIT_CODE.finditer(text):
        if sum(c.isdigit() for c in match.group()) >= CREDIT_CODE_MIN_DIGITS:
            return match
    return None


def parse_payer(text: str) -> Optional[Parsed]:
    """The company in a payer cell: after its label (扣缴义务人：) and a code printed before the name; the name ends
    at its last company word, so a code, a bracket or an amount after it stays out."""
    label = _PAYER_LABEL.match(text)
    skip = label.end() if label else 0
    date = _LEADING_DATE.match(text[skip:])  # the end of a 税款所属期 range run into the next cell
    if date:
        skip += date.end()
    code = _LEADING_CODE.match(text[skip:])
    if code and sum(c.isdigit() for c in code.group(1)) >= CREDIT_CODE_MIN_DIGITS:
        skip += code.end()
    parsed = parse_org(text[skip:])
    if parsed is None or not _is_company_name(parsed.value):
        return None
    return Parsed(parsed.value, parsed.start + skip, parsed.end + skip, parsed.trusted, parsed.corrected)


def parse_labelled_payer(text: str) -> Optional[Parsed]:
    """A payer inside a remarks cell, only where its label names it (备注: 扣缴义务人：…)."""
    return parse_payer(text) if _PAYER_LABEL.match(text) else None


def _is_company_name(name: str) -> bool:
    return (name not in ORG_SUFFIXES and find_credit_code(name) is None and not _AMOUNT_IN_NAME.search(name)
            and not any(word in name for word in NOT_IN_NAME))
