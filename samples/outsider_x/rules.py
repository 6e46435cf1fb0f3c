"""Expected rules, verdict and points derived from a truth file's values,
by this package's own reading of SPEC §4-§6 (independent of the tool).

    derive(truth) -> {"expected_rules": [...], "verdict": ..., "points": {...}}
"""
from __future__ import annotations

import datetime as dt

from .ids import id_valid
from .util import add_months, add_years, month_add, norm

ERROR = {
    "packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch",
    "identity.id_number_mismatch", "address.hukou_mismatch", "permit.expired", "id_card.expired",
    "applicant.age_out_of_range", "contract.term_too_short", "contract.ends_within_two_months",
    "tax.missing_months", "employer.mismatch", "social_insurance.insufficient_months",
    "social_insurance.not_paying",
}
WARNING = {"permit.too_recent", "field.unreadable", "quality.unreadable_page",
           "points.below_standard", "points.claim_unsupported"}

# 2026 State Council holiday notice (国办发明电〔2025〕…): days off on weekdays, and
# weekend days that are working days (调休).
HOLIDAYS_2026 = {
    "2026-01-01", "2026-01-02", "2026-01-03",
    "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
    "2026-02-21", "2026-02-22", "2026-02-23",
    "2026-04-04", "2026-04-05", "2026-04-06",
    "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
    "2026-06-19", "2026-06-20", "2026-06-21",
    "2026-09-25", "2026-09-26", "2026-09-27",
    "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07",
}
WORKDAYS_2026 = {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"}
# 2025 for issue dates late in 2025 (national notice for 2025)
HOLIDAYS_2025 = {
    "2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01",
    "2025-02-02", "2025-02-03", "2025-02-04", "2025-04-04", "2025-04-05", "2025-04-06",
    "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04", "2025-05-05",
    "2025-05-31", "2025-06-01", "2025-06-02",
    "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06",
    "2025-10-07", "2025-10-08",
}
WORKDAYS_2025 = {"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"}


def is_workday(d: dt.date) -> bool:
    s = d.isoformat()
    if s in WORKDAYS_2026 or s in WORKDAYS_2025:
        return True
    if s in HOLIDAYS_2026 or s in HOLIDAYS_2025:
        return False
    return d.weekday() < 5


def working_days_after(issue: dt.date, as_of: dt.date) -> int:
    n, d = 0, issue + dt.timedelta(days=1)
    while d <= as_of:
        n += is_workday(d)
        d += dt.timedelta(days=1)
    return n


def tax_window(as_of: dt.date) -> list[str]:
    """Six latest months M whose deadline (15th of M+1) is on or before as_of."""
    m = f"{as_of.year:04d}-{as_of.month:02d}"
    # latest M: M+1 == as_of month if as_of.day >= 15 else M+1 == previous month
    latest = month_add(m, -1) if as_of.day >= 15 else month_add(m, -2)
    return [month_add(latest, -k) for k in range(5, -1, -1)]


def completed_age(birth: dt.date, at: dt.date) -> int:
    return at.year - birth.year - ((at.month, at.day) < (birth.month, birth.day))


def age_points(age: int) -> int:
    if age > 60:
        return 0
    return min(30, 5 + 2 * max(0, 56 - age))


ADULT_MODES = ("函授", "业余", "夜大", "自学考试", "自考", "网络", "成人", "开放教育")


def _d(s):
    return None if s in (None, "", "long_term") else dt.date.fromisoformat(s)


def diploma_rank(level: str) -> str | None:
    if not level:
        return None
    if "博士" in level:
        return "doctor"
    if "硕士" in level or "研究生" in level:
        return "master"
    if "本科" in level:
        return "bachelor"
    if "专科" in level or "大专" in level or "高职" in level:
        return "college"
    return None


def degree_rank(level: str) -> str | None:
    if not level:
        return None
    if "博士" in level:
        return "doctor"
    if "硕士" in level:
        return "master"
    if "学士" in level:
        return "bachelor"
    return None


def education(docs) -> tuple[int | None, bool]:
    """(points or None when no education document, claim_unsupported?)"""
    dips = [d for d in docs if d["type"] == "diploma"]
    degs = [d for d in docs if d["type"] == "degree_certificate"]
    if not dips and not degs:
        return None, False
    unsupported = False
    drank = {diploma_rank(d["fields"].get("level", "")) for d in dips}
    grank = {degree_rank(d["fields"].get("level", "")) for d in degs}
    best = 0
    if "college" in drank:
        best = max(best, 50)
    if "bachelor" in drank:
        best = max(best, 60)
    if "bachelor" in grank:
        best = max(best, 90)
        if "bachelor" not in drank:
            unsupported = True
    if "master" in grank:
        best = max(best, 100)
        if "master" not in drank:
            unsupported = True
    if "doctor" in grank:
        best = max(best, 110)
        if "doctor" not in drank:
            unsupported = True
    # adult / self-study / online diplomas need 学籍 papers (学信网 备案表)
    online = any(d["fields"].get("online_record") for d in dips)
    for d in dips:
        mode = d["fields"].get("study_mode") or ""
        if any(k in mode for k in ADULT_MODES) and not online:
            unsupported = True
    return best, unsupported


def derive(truth: dict) -> dict:
    as_of = dt.date.fromisoformat(truth["as_of"])
    app = truth["application"]
    docs = truth["documents"]
    rules: set[str] = set()

    def of(t):
        return [d for d in docs if d["type"] == t]

    def first(t):
        x = of(t)
        return x[0]["fields"] if x else None

    types = {d["type"] for d in docs}
    need = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    missing = [t for t in need if t not in types]
    if app == "first":
        hh = ("household_register_cover" in types and "household_register_member" in types) or \
             "collective_hukou_certificate" in types
        if not hh:
            missing.append("household_register")
    if missing:
        rules.add("packet.missing_document")

    # identity
    name_keys = {"id_card": "name", "residence_permit": "name", "household_register_member": "name",
                 "collective_hukou_certificate": "name", "labour_contract": "employee_name",
                 "tax_record": "name", "social_insurance_record": "name", "diploma": "name",
                 "degree_certificate": "name", "marriage_certificate": "holder_name"}
    id_keys = {"id_card": "id_number", "residence_permit": "id_number",
               "household_register_member": "id_number", "collective_hukou_certificate": "id_number",
               "labour_contract": "employee_id_number", "tax_record": "id_number",
               "social_insurance_record": "id_number"}
    names = {norm(d["fields"][name_keys[d["type"]]]) for d in docs
             if d["type"] in name_keys and d["fields"].get(name_keys[d["type"]])}
    if len(names) > 1:
        rules.add("identity.name_mismatch")
    idns = {norm(d["fields"][id_keys[d["type"]]]).upper() for d in docs
            if d["type"] in id_keys and d["fields"].get(id_keys[d["type"]])}
    if len(idns) > 1:
        rules.add("identity.id_number_mismatch")
    all_ids = set(idns)
    for d in of("marriage_certificate"):
        if d["fields"].get("spouse_id_number"):
            all_ids.add(d["fields"]["spouse_id_number"].upper())
    if any(not id_valid(i) for i in all_ids):
        rules.add("identity.id_number_invalid")

    # address
    rp = first("residence_permit")
    hk = first("household_register_cover") or first("collective_hukou_certificate")
    if rp and hk and rp.get("hukou_address") and hk.get("address"):
        if norm(rp["hukou_address"]) != norm(hk["address"]):
            rules.add("address.hukou_mismatch")

    # permit
    if rp:
        if rp.get("valid_until") and _d(rp["valid_until"]) < as_of:
            rules.add("permit.expired")
        if rp.get("issue_date") and working_days_after(_d(rp["issue_date"]), as_of) < 5:
            rules.add("permit.too_recent")

    # id card + age
    ic = first("id_card")
    if ic and ic.get("valid_until") and ic["valid_until"] != "long_term":
        if _d(ic["valid_until"]) < as_of:
            rules.add("id_card.expired")
    birth = None
    if ic and ic.get("birth_date"):
        birth = _d(ic["birth_date"])
    elif ic and ic.get("id_number"):
        s = ic["id_number"]
        birth = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    age = completed_age(birth, as_of) if birth else None
    if age is not None and (age < 18 or age > 60):
        rules.add("applicant.age_out_of_range")

    # contract
    for c in of("labour_contract"):
        f = c["fields"]
        if f.get("open_ended"):
            continue
        s, e = _d(f.get("start_date")), _d(f.get("end_date"))
        if s and e and e + dt.timedelta(days=1) < add_years(s, 1):
            rules.add("contract.term_too_short")
        if e and e < add_months(as_of, 2):
            rules.add("contract.ends_within_two_months")

    # tax
    tax_rows = [r for d in of("tax_record") for r in d["rows"]]
    if of("tax_record"):
        have = {r["period"] for r in tax_rows}
        if any(m not in have for m in tax_window(as_of)):
            rules.add("tax.missing_months")

    # employer
    lc = first("labour_contract")
    if lc and lc.get("employer"):
        emp = norm(lc["employer"])
        if tax_rows:
            latest = max(r["period"] for r in tax_rows)
            agents = {norm(r["withholding_agent"]) for r in tax_rows if r["period"] == latest}
            if emp not in agents:
                rules.add("employer.mismatch")
        si_rows = [r for d in of("social_insurance_record") for r in d["rows"]]
        if si_rows:
            latest = max(r["month"] for r in si_rows)
            emps = {norm(r["employer"]) for r in si_rows if r["month"] == latest}
            if emp not in emps:
                rules.add("employer.mismatch")

    # social insurance
    si_rows = [r for d in of("social_insurance_record") for r in d["rows"]]
    regular = {r["month"] for r in si_rows if not r["back_payment"]}
    if of("social_insurance_record"):
        m0 = f"{as_of.year:04d}-{as_of.month:02d}"
        last12 = [month_add(m0, -k) for k in range(1, 13)]
        if sum(m in regular for m in last12) < 6:
            rules.add("social_insurance.insufficient_months")
        if m0 not in regular and month_add(m0, -1) not in regular:
            rules.add("social_insurance.not_paying")

    # points
    items = {}
    if age is not None:
        items["age"] = age_points(age)
    edu, unsupported = education(docs)
    if edu is not None:
        items["education"] = edu
    if unsupported:
        rules.add("points.claim_unsupported")
    if of("social_insurance_record"):
        years = len(regular) // 12
        if years:
            items["social_insurance_years"] = 3 * years
    estimate = sum(items.values())
    if estimate < 120:
        rules.add("points.below_standard")

    # pages
    if any(p["type"] == "unknown" for p in truth.get("pages", [])):
        rules.add("quality.unreadable_page")

    exp = sorted(rules)
    verdict = "fix" if rules & ERROR else "review" if rules & WARNING else "ready"
    return {"expected_rules": exp, "verdict": verdict,
            "points": {"standard": 120, "estimate": estimate, "items": items}}
