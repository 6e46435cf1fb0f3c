"""The true points of a packet (SPEC §6), from its truth documents alone: nothing is declared.

Written from SPEC §6 on its own, so that `precheck eval` compares the product against an independent reading:
- age: completed age at as-of; 56–60 → 5, each year younger +2, at most 30;
- education: the highest rung the papers reach — 专科 50, 本科 60, 本科 + 学士 90, 硕士 100, 博士 110. A degree counts
  without its diploma, and a 研究生 diploma without its degree counts at its rung, both with a claim warning; a
  成人/自考/网络 diploma counts, with a claim warning unless a 学信网 备案表 is in the packet;
- social_insurance_years: 3 per full 12 regular (not 补缴) months of the social-insurance record;
- spouse_shanghai_hukou: 4 per completed year of marriage, at most 40, when the spouse's ID card and Shanghai 户口簿
  (首页 with a 上海市 address, and the spouse's 常住人口登记卡) are in the packet beside the marriage certificate."""
from __future__ import annotations

from datetime import date

STANDARD = 120
AGE_MAX, AGE_FLOOR, AGE_FLOOR_POINTS, AGE_LIMIT = 30, 56, 5, 60
EDUCATION = {"专科": 50, "本科": 60, "学士": 90, "硕士": 100, "博士": 110}
# the rung a diploma's level reaches, and the diploma a degree goes with
DIPLOMA_RUNG = {"专科": "专科", "本科": "本科", "硕士研究生": "硕士", "博士研究生": "博士"}
DIPLOMA_OF_DEGREE = {"学士": "本科", "硕士": "硕士研究生", "博士": "博士研究生"}
SOCIAL_INSURANCE_PER_YEAR = 3
SPOUSE_PER_YEAR, SPOUSE_MAX = 4, 40
FULL_TIME = "普通全日制"


def completed_years(start: date, end: date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def age_points(age: int) -> int:
    if age > AGE_LIMIT:
        return 0
    return min(AGE_MAX, AGE_FLOOR_POINTS + 2 * max(0, AGE_FLOOR - age))


def true_points(documents: list[dict], as_of: date) -> tuple[dict, list[str]]:
    """The truth's `points` object, and the claims the packet does not support (each a short English reason)."""
    by = lambda t: [d["fields"] for d in documents if d["type"] == t]  # noqa: E731
    items = {}
    cards = by("id_card")
    if cards:
        items["age"] = age_points(completed_years(date.fromisoformat(cards[0]["birth_date"]), as_of))
    education, claims = _education(by("diploma"), by("degree_certificate"))
    if education:
        items["education"] = education
    records = [d for d in documents if d["type"] == "social_insurance_record"]
    if records:
        regular = {row["month"] for d in records for row in d["rows"] if not row["back_payment"]}
        items["social_insurance_years"] = SOCIAL_INSURANCE_PER_YEAR * (len(regular) // 12)
    spouse = _spouse(documents, as_of)
    if spouse is not None:
        items["spouse_shanghai_hukou"] = spouse
    return {"standard": STANDARD, "estimate": sum(items.values()), "items": items}, claims


def _education(diplomas: list[dict], degrees: list[dict]) -> tuple[int, list[str]]:
    rungs = {DIPLOMA_RUNG[d["level"]] for d in diplomas}
    degree_levels = {d["level"] for d in degrees}
    points = max([EDUCATION[r] for r in rungs] + [EDUCATION[d] for d in degree_levels], default=0)
    claims = [f"{level} degree without its diploma" for level in degree_levels
              if DIPLOMA_RUNG[DIPLOMA_OF_DEGREE[level]] not in rungs]
    claims += [f"{rung} diploma without its degree" for rung in rungs & {"硕士", "博士"} if rung not in degree_levels]
    has_record = any(d.get("online_record") for d in diplomas)
    claims += [f"{d['study_mode']} diploma without 学籍 papers" for d in diplomas
               if d.get("study_mode", FULL_TIME) != FULL_TIME and not d.get("online_record") and not has_record]
    return points, claims


def _spouse(documents: list[dict], as_of: date):
    """Points for the spouse's Shanghai hukou, or None when the packet does not prove it."""
    for certificate in (d["fields"] for d in documents if d["type"] == "marriage_certificate"):
        spouse_id = certificate["spouse_id_number"]
        holds = lambda t, key: [d["fields"] for d in documents if d["type"] == t and d["fields"].get(key) == spouse_id]  # noqa: E731
        shanghai_cover = any(d["fields"]["address"].startswith("上海") for d in documents
                             if d["type"] == "household_register_cover")
        if holds("id_card", "id_number") and holds("household_register_member", "id_number") and shanghai_cover:
            years = completed_years(date.fromisoformat(certificate["registration_date"]), as_of)
            return min(SPOUSE_MAX, SPOUSE_PER_YEAR * years)
    return None
