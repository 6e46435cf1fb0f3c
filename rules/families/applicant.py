"""The applicant's age at submission (SPEC §4 applicant.age_out_of_range)."""
from __future__ import annotations

from datetime import date

from precheck.core.model import Severity
from precheck.core.points_policy import AGE_LIMIT
from rules.age import birth_label, birth_sources, birthday, completed_age, read_birth
from rules.registry import CheckContext, Hit, rule
from rules.fields import absent, doubtful_note, unreadable

MIN_AGE, MAX_AGE = 18, AGE_LIMIT  # 001, 002: 18—60 周岁 (inclusive: a 60-year-old may apply, from the 61st birthday not)
PURPOSE = "申请人年龄是否在 18—60 周岁之间"


@rule("applicant.age_out_of_range", Severity.error, "001; 002")
def age_out_of_range(context: CheckContext):
    """年龄在 18—60 周岁之间
    按身份证出生日期（读不到时按身份证号码中的出生日期）计算到预计提交日期的周岁：未满 18 周岁或已满 61 周岁的不能申请。"""
    sources = birth_sources(context)
    birth = read_birth(context)
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
    where = birth_label(birth)
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
