"""The applicant's age at submission (SPEC §4 applicant.age_out_of_range)."""
from __future__ import annotations

from datetime import date
from typing import Optional

from precheck.core.model import Severity
from rules.registry import CheckContext, Hit, rule
from rules.fields import Got, absent, doubtful_note, read, unreadable
from precheck.core.id_number import birth_date_of
from rules.families.identity import normal_id

MIN_AGE, MAX_AGE = 18, 60  # 001, 002: 18—60 周岁 (inclusive: a 60-year-old may apply, from the 61st birthday not)
PURPOSE = "申请人年龄是否在 18—60 周岁之间"


def completed_age(born: date, on: date) -> int:
    """周岁 at `on`. A 29 February birthday falls on 1 March in other years."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def birthday(born: date, age: int) -> date:
    try:
        return born.replace(year=born.year + age)
    except ValueError:  # 29 February
        return date(born.year + age, 3, 1)


def as_birth_from_id(value) -> Optional[date]:
    return birth_date_of(normal_id(value)) if isinstance(value, str) else None


@rule("applicant.age_out_of_range", Severity.error, "001; 002")
def age_out_of_range(context: CheckContext):
    """年龄在 18—60 周岁之间
    按身份证出生日期（读不到时按身份证号码中的出生日期）计算到预计提交日期的周岁：未满 18 周岁或已满 61 周岁的不能申请。"""
    cards = context.of_type("id_card")
    sources = [(d, "birth_date", None) for d in cards]
    sources += [(d, "id_number", as_birth_from_id) for d in cards + context.of_type("residence_permit")]
    birth: Optional[Got] = next((got for d, name, parse in sources for got in [read(d, name, parse)] if got), None)
    if birth is None:
        if not sources:
            yield absent(context, "id_card", "年龄")
        for document, name, _ in sources:
            yield unreadable(document, name, PURPOSE)
        return
    born: date = birth.value
    age = completed_age(born, context.as_of)
    if MIN_AGE <= age <= MAX_AGE:
        return
    where = birth.label if birth.name == "birth_date" else f"{birth.label}中的出生日期"
    basis = f"按{where} {born.isoformat()} 计算，到预计提交日期 {context.as_of.isoformat()} "
    if age < MIN_AGE:
        message = basis + f"为 {age} 周岁，未满 {MIN_AGE} 周岁。"
        fix = f"申请人年龄须在 18—60 周岁之间（001、002）。请在 {birthday(born, MIN_AGE).isoformat()} 年满 18 周岁后再申请。"
    else:
        message = basis + f"已满 {age} 周岁，超过 60 周岁。"
        fix = "申请人年龄须在 18—60 周岁之间（001、002），超过 60 周岁不能申请居住证积分。"
    if birth.doubtful:
        yield Hit(message + doubtful_note(birth) + "，请对照原件核对。", (birth.evidence,), fix, Severity.warning)
    else:
        yield Hit(message, (birth.evidence,), fix)
