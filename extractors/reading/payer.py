"""A paying company named in a table cell (扣缴义务人, 缴费单位): its name, kept apart from the 统一社会信用代码
(GB 32100) printed before or after it, from the label that introduces it, from the end of a date range run into
the cell, and from amounts in the same cell."""
from __future__ import annotations

import re
from typing import Optional

from extractors.reading.values import CREDIT_CODE_MIN_DIGITS, ORG_SUFFIXES, Parsed, find_credit_code, parse_org

_LEADING_DATE = re.compile(r"^\s*(?:至|-|~)?\s*\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?\s*")
_CODE_LABEL = r"(?:统一社会信用代码|社会信用代码|纳税人识别号|识别号|税号)[:：]?"
_LEADING_CODE = re.compile(rf"^(?:{_CODE_LABEL})?[(（\[【]?([0-9A-Z]{{18}})[)）\]】]?[,，;；、]?")
# The colon after the label, or what OCR reads a small colon as (。 . ，).
_PAYER_LABEL = re.compile(r"^.*?(?:扣缴义务人|扣缴单位|缴费单位|参保单位|单位名称)(?:名称)?[:：。.,，]")
# Words of a table's other cells that are never part of a company name.
NOT_IN_NAME = ("扣缴义务人", "备注", "所得项目", "税款所属期", "缴费基数", "识别号", "信用代码", "补缴", "正常")
_AMOUNT_IN_NAME = re.compile(r"\d+\.\d{2}")


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
