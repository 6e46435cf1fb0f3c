"""The points estimate (SPEC §6): what the documents prove, what is declared, and the claims the packet does not
support. `assess` is pure; the pipeline puts its estimate in the report and the two rules below report on it."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from precheck.core.declarations import Declarations
from precheck.core.model import Document, Evidence, PointsEstimate, PointsItem, Severity
from precheck.core import points_policy as policy
from rules.age import birth_label, birth_sources, completed_age, read_birth
from rules.fields import Got, read, unreadable
from rules.families.social_insurance import contributions
from rules.registry import CheckContext, Hit, Unreadable, rule

SOURCE = "002; 004"
PURPOSE = "积分估算"
# A diploma's level word and a degree's, as the education ladder names them.
DIPLOMA_LEVELS = {"专科": "大专", "大专": "大专", "本科": "本科", "硕士研究生": "硕士", "研究生": "硕士", "博士研究生": "博士"}
DEGREE_LEVELS = {"学士": "学士", "硕士": "硕士", "博士": "博士"}
# 成人高考, 自学考试 and 网络教育 diplomas count only with their 学籍 papers (the 学信网 备案表) (000 §五 A(二)1).
NON_FULL_TIME = ("成人", "自考", "自学考试", "网络", "函授", "业余", "夜大", "开放")


@dataclass
class Claim:
    """A claim the packet does not support: what is missing or contradicts it, and what to hand in."""

    message: str
    fix: str
    evidence: tuple[Evidence, ...] = ()


@dataclass
class Assessment:
    items: list[PointsItem] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    lower_bound: bool = False
    unread: list[Unreadable] = field(default_factory=list)  # what would have to be read for more than a lower bound

    @property
    def estimate(self) -> PointsEstimate:
        return PointsEstimate(standard=policy.STANDARD, estimate=sum(i.points for i in self.items if i.counted),
                              lower_bound=self.lower_bound, items=self.items, not_estimated=[policy.NOT_ESTIMATED])

    def add(self, indicator: str, points: int, basis: str, source: str = SOURCE, declared: bool = False,
            evidence: tuple[Evidence, ...] = (), counted: bool = True, more: Optional[str] = None) -> PointsItem:
        item = PointsItem(indicator=indicator, points=points, counted=counted, from_="declared" if declared else "documents",
                          basis=basis, source=source, evidence=list(evidence), more=more)
        self.items.append(item)
        return item

    def not_read(self, indicator: str, basis: str, missing: list[Unreadable], more: Optional[str] = None) -> None:
        self.lower_bound = True
        self.unread += missing
        self.add(indicator, 0, basis, counted=False, more=more)


def assess(context: CheckContext) -> Assessment:
    declared = context.declarations
    found = Assessment()
    _age(context, found)
    education = _education(context, declared, found)
    _title_or_skill(declared, education, found)
    _social_insurance(context, declared, found)
    _spouse(context, declared, found)
    _declared_extras(context, declared, found)
    return found


def age_points(age: int) -> int:
    if age > policy.AGE_LIMIT:
        return 0
    return min(policy.AGE_MAX, policy.AGE_FLOOR_POINTS + policy.AGE_STEP * max(0, policy.AGE_FLOOR_AGE - age))


def _age(context: CheckContext, found: Assessment) -> None:
    birth = read_birth(context)
    if birth is None:
        why = "出生日期无法识别" if context.has("id_card", "residence_permit") else "材料中没有身份证"
        missing = [unreadable(document, name, PURPOSE) for document, name, _ in birth_sources(context)]
        found.not_read("age", f"{why}，年龄分未计入", missing, more="请提供清晰的身份证正反面")
        return
    age = completed_age(birth.value, context.as_of)
    found.add("age", age_points(age), f"{birth_label(birth)} {birth.value.isoformat()}，截至 {context.as_of.isoformat()} "
              f"满 {age} 周岁", evidence=(birth.evidence,))


@dataclass
class Education:
    level: Optional[str]  # a key of policy.EDUCATION_POINTS
    points: int
    evidence: tuple[Evidence, ...]


def _education(context: CheckContext, declared: Declarations, found: Assessment) -> Education:
    diplomas = [(d, read(d, "level")) for d in context.of_type("diploma")]
    degrees = [(d, read(d, "level")) for d in context.of_type("degree_certificate")]
    diploma_levels = {DIPLOMA_LEVELS.get(got.value): got for _, got in diplomas if got and got.value in DIPLOMA_LEVELS}
    degree_levels = {DEGREE_LEVELS[got.value]: got for _, got in degrees if got and got.value in DEGREE_LEVELS}
    unread = [d for d, got in diplomas + degrees if got is None]
    level, papers, basis = _ladder(diploma_levels, degree_levels)
    evidence = tuple(got.evidence for got in papers)
    if level is None and not unread and declared.education is None:
        found.add("education", 0, "材料中没有毕业证书或学位证书，学历分未计入", counted=False,
                  more="申报学历积分的，请补交毕业证书（本科还请补交学位证书）")
        return Education(None, 0, ())
    missing = [unreadable(document, "level", PURPOSE) for document in unread]
    if level is None and unread:
        found.not_read("education", "毕业证书或学位证书的学历层次无法识别，学历分未计入", missing,
                       more="请提供清晰的毕业证书、学位证书")
        return Education(None, 0, ())
    if level is not None:
        points = policy.EDUCATION_POINTS[level]
        note = "；有的证书层次无法识别，可能更高" if unread else ""
        found.lower_bound |= bool(unread)
        found.unread += missing
        item = found.add("education", points, basis + note, evidence=evidence, more=_education_more(level))
        _education_claims(context, diploma_levels, degree_levels, found)
    else:
        points, item = 0, None
    if declared.education is not None:
        claimed = policy.EDUCATION_POINTS[declared.education]
        if claimed > points:
            shown = f"材料中的证书只能证明{level}（{points} 分）" if level else "材料中没有毕业证书或学位证书"
            found.claims.append(Claim(f"申报学历为{declared.education}（{claimed} 分），但{shown}。",
                                      "请补交与申报学历相符的毕业证书、学位证书（成人、自考、网络教育还须学籍材料）；"
                                      "或按证书改正申报。", evidence))
            if item is None:
                found.add("education", claimed, f"申报{declared.education}（材料中无证书）", declared=True)
                return Education(declared.education, claimed, ())
    return Education(level, points, evidence)


def _ladder(diplomas: dict, degrees: dict) -> tuple[Optional[str], list[Got], str]:
    """The highest rung of the education ladder the papers reach, the papers, and why in Chinese."""
    for rung, diploma, degree in (("博士", "博士", "博士"), ("硕士", "硕士", "硕士"), ("本科+学士", "本科", "学士")):
        if degree in degrees:
            papers = [degrees[degree]] + ([diplomas[diploma]] if diploma in diplomas else [])
            with_diploma = "毕业证书 + " if diploma in diplomas else ""
            return rung, papers, f"{with_diploma}{degree}学位证书：{rung}"
        if diploma in diplomas and rung != "本科+学士":
            return rung, [diplomas[diploma]], f"{diploma}研究生毕业证书：{rung}（未见{degree}学位证书）"
    for rung in ("本科", "大专"):
        if rung in diplomas:
            return rung, [diplomas[rung]], f"{diplomas[rung].text}毕业证书：{rung}"
    return None, [], ""


def _education_more(level: str) -> Optional[str]:
    return {"大专": "取得本科学历可计 60 分，本科 + 学士学位计 90 分",
            "本科": "如有学士学位，请补交学位证书（本科 + 学士学位计 90 分）"}.get(level)


def _education_claims(context: CheckContext, diplomas: dict, degrees: dict, found: Assessment) -> None:
    for level, degree in degrees.items():
        needed = "本科" if level == "学士" else level
        if needed not in diplomas:
            found.claims.append(Claim(f"有{level}学位证书，但材料中没有对应的{needed}毕业证书；学历积分须学历、学位证书齐全。",
                                      f"请补交{needed}毕业证书。", (degree.evidence,)))
    for level in ("硕士", "博士"):
        if level in diplomas and level not in degrees:
            found.claims.append(Claim(f"有{level}研究生毕业证书，但材料中没有{level}学位证书；学历分按{level}计须学历、学位齐全。",
                                      f"请补交{level}学位证书。", (diplomas[level].evidence,)))
    for document in context.of_type("diploma"):
        mode = read(document, "study_mode")
        if mode is None or not any(word in mode.text for word in NON_FULL_TIME):
            continue
        if not _has_record(context):
            kind = mode.text if mode.text.endswith(("教育", "考试")) else f"{mode.text}教育"  # 成人高等教育, 函授
            found.claims.append(Claim(f"毕业证书为{kind}，须同时提供学籍材料（如学信网《教育部学历证书电子注册备案表》）。",
                                      "请补交学信网学历证书电子注册备案表。", (mode.evidence,)))


def _has_record(context: CheckContext) -> bool:
    """The 学籍 papers: a 学信网 备案表 among the diplomas."""
    return any((got := read(d, "online_record")) is not None and got.value for d in context.of_type("diploma"))


def _title_or_skill(declared: Declarations, education: Education, found: Assessment) -> None:
    if declared.title_or_skill is None:
        return
    points = policy.TITLE_OR_SKILL_POINTS[declared.title_or_skill]
    source = "002; 004; 000 §五 A(二)2"
    if points > education.points:
        for item in found.items:
            if item.indicator == "education" and item.counted:
                item.counted = False
                item.basis += f"；{declared.title_or_skill}分更高，学历分不重复计分"
        found.add("title_or_skill", points, f"{declared.title_or_skill}（申报）", source, declared=True,
                  more="须提交职业资格证书或职称证书")
    else:
        found.add("title_or_skill", points, f"{declared.title_or_skill}（申报）；学历分更高或相同，不重复计分", source,
                  declared=True, counted=False)


def _social_insurance(context: CheckContext, declared: Declarations, found: Assessment) -> None:
    per_year = policy.SOCIAL_INSURANCE_POINTS_PER_YEAR
    if context.has("social_insurance_record"):
        paid = contributions(context, "社保缴费年限积分")
        months = len(paid.months)
        if declared.social_insurance_months is None or declared.social_insurance_months <= months:
            note = "；有的缴费月份无法识别，可能更多" if paid.not_read else ""
            found.lower_bound |= bool(paid.not_read)
            found.unread += paid.not_read
            found.add("social_insurance_years", per_year * (months // 12),
                      f"社保缴费记录中正常缴费 {months} 个月（满 {months // 12} 年，补缴不计）{note}",
                      evidence=paid.evidence(f"正常缴费 {months} 个月"))
            return
    if declared.social_insurance_months is not None:
        months = declared.social_insurance_months
        found.add("social_insurance_years", per_year * (months // 12), f"申报本市职工社保缴费 {months} 个月（满 {months // 12} 年）",
                  declared=True, more="材料中的社保缴费记录未显示这么多月份时，以受理部门核定为准")


def _spouse(context: CheckContext, declared: Declarations, found: Assessment) -> None:
    source = "004; 000 §五 A(二)4"
    certificates = context.of_type("marriage_certificate")
    spouse_papers = _spouse_papers(context, certificates)
    if not declared.spouse_shanghai_hukou and spouse_papers is None:
        return
    married = next((got for d in certificates for got in [read(d, "registration_date")] if got), None)
    if married is None:
        if certificates:
            missing = [unreadable(document, "registration_date", PURPOSE) for document in certificates]
            found.not_read("spouse_shanghai_hukou", "结婚证的登记日期无法识别，配偶分未计入", missing, more="请提供清晰的结婚证")
        else:
            found.claims.append(Claim("申报配偶为本市户籍，但材料中没有结婚证。", "请补交结婚证、配偶身份证和配偶户口簿。"))
            found.add("spouse_shanghai_hukou", 0, "申报配偶为本市户籍，但材料中没有结婚证", source, declared=True, counted=False)
        return
    years = completed_age(married.value, context.as_of)
    points = min(policy.SPOUSE_POINTS_MAX, policy.SPOUSE_POINTS_PER_YEAR * years)
    basis = f"结婚登记日期 {married.value.isoformat()}，截至 {context.as_of.isoformat()} 满 {years} 年"
    if spouse_papers is not None:
        found.add("spouse_shanghai_hukou", points, basis + "；配偶身份证、本市户口簿在材料中", source,
                  evidence=(married.evidence,) + spouse_papers)
        return
    found.add("spouse_shanghai_hukou", points, basis + "；配偶为本市户籍（申报）", source, declared=True,
              evidence=(married.evidence,))
    found.claims.append(Claim("申报配偶为本市户籍，但材料中没有配偶的身份证和本市户口簿（须与结婚证上的配偶一致）。",
                              "请补交配偶身份证和配偶的上海户口簿（首页和本人页）。", (married.evidence,)))


# What shows each of the spouse's papers is in the packet: the 首页's address (in Shanghai) or, that read too poorly,
# its 户主 (it was set apart as in Shanghai all the same); the person's ID number, or their name where a seal hid the
# number (the paper was set apart as the spouse's by one or the other).
SPOUSE_PAPER_FIELDS = {"household_register_cover": ("address", "head_name"), "id_card": ("id_number", "name"),
                       "household_register_member": ("id_number", "name")}


def _spouse_papers(context: CheckContext, certificates: list[Document]) -> Optional[tuple[Evidence, ...]]:
    """The spouse's ID card, 常住人口登记卡 and Shanghai 户口簿首页, set apart from the applicant's (rules/people.py)."""
    if not certificates:
        return None
    papers = {}
    for document in context.others:
        got = next((got for name in SPOUSE_PAPER_FIELDS.get(document.type, ()) if (got := read(document, name))), None)
        if got is not None:
            papers.setdefault(document.type, got.evidence)
    if all(kind in papers for kind in ("id_card", "household_register_member", "household_register_cover")):
        return (papers["id_card"], papers["household_register_member"], papers["household_register_cover"])
    return None


def _declared_extras(context: CheckContext, declared: Declarations, found: Assessment) -> None:
    if declared.shortage_major:
        found.add("shortage_major", policy.SHORTAGE_MAJOR_POINTS, "紧缺急需专业（申报）", declared=True,
                  more="须所学专业在本市紧缺急需专业目录中，且在相应岗位工作")
    if declared.fresh_graduate:
        _fresh_graduate(context, found)
    if declared.suburban_work_years:
        years = declared.suburban_work_years
        found.add("suburban_work", policy.SUBURBAN_POINTS_PER_YEAR * years, f"远郊重点地区工作 {years} 年（申报）", "004",
                  declared=True)
    if declared.public_service_years:
        years = declared.public_service_years
        found.add("public_service", policy.PUBLIC_SERVICE_POINTS_PER_YEAR * years, f"公共服务岗位工作 {years} 年（申报）",
                  "004", declared=True)
    if declared.high_base_tier:
        found.add("high_base_social_insurance", declared.high_base_tier, f"高基数缴纳社保 {declared.high_base_tier} 分档（申报）",
                  "004", declared=True)
    if declared.award:
        found.add("award", declared.award, f"奖励加分 {declared.award} 分（申报）", "000 §五 A(二)6", declared=True)


def _fresh_graduate(context: CheckContext, found: Assessment) -> None:
    graduated = [got for d in context.of_type("diploma") for got in [read(d, "graduation_date")] if got]
    recent = [got for got in graduated if _within_a_year(got.value, context.as_of)]
    found.add("fresh_graduate", policy.FRESH_GRADUATE_POINTS, "全日制应届毕业生（申报）", "004", declared=True,
              evidence=tuple(got.evidence for got in recent))
    if not recent:
        shown = f"毕业证书上的毕业日期为 {graduated[0].value.isoformat()}" if graduated else "材料中没有可识别毕业日期的毕业证书"
        found.claims.append(Claim(f"申报全日制应届毕业生，但{shown}，不在预计提交日期前一年内。",
                                  "请补交应届毕业的全日制毕业证书，或撤回该项申报。",
                                  tuple(got.evidence for got in graduated)))


def _within_a_year(day: date, as_of: date) -> bool:
    return day <= as_of and completed_age(day, as_of) < 1


@rule("points.below_standard", Severity.warning, "000 §四.1; 001; 002")
def below_standard(context: CheckContext):
    """积分估算达到 120 分
    按材料（和申报项）估算的积分低于标准分 120 分时提醒；有计分材料无法识别、估算只是下限时，列出无法识别的内容。"""
    found = assess(context)
    estimate = found.estimate
    if estimate.estimate >= estimate.standard:
        return
    if found.lower_bound:  # under the standard only for what could not be read: field.unreadable says what
        yield from found.unread
        return
    declared = sum(i.points for i in estimate.items if i.counted and i.from_ == "declared")
    parts = "、".join(f"{policy.INDICATORS[i.indicator]} {i.points} 分" for i in estimate.items if i.counted)
    note = f"（其中申报 {declared} 分）" if declared else ""
    yield Hit(f"按材料估算积分为 {estimate.estimate} 分{note}，低于标准分 {estimate.standard} 分（{parts or '无可计分项'}）。",
              tuple(e for i in estimate.items if i.counted for e in i.evidence),
              "积分须达到 120 分才能申请。请核对是否还有可计分的材料（学位证书、职称或技能证书、社保缴费记录、配偶材料），"
              "补交后再估算；确实不足的，可待年限增加后再申请。")


@rule("points.claim_unsupported", Severity.warning, "000 §五 A(二)")
def claim_unsupported(context: CheckContext):
    """积分项有材料支持
    申报或按证书计分的积分项须有相应材料：学位证书须有毕业证书，成人、自考、网络教育须有学籍材料，配偶分须有结婚证、配偶身份证
    和配偶户口簿，申报学历不能高于证书。"""
    for claim in assess(context).claims:
        yield Hit(claim.message, claim.evidence, claim.fix)
