"""The expected findings of a packet, computed from its truth documents by this package's own reading of SPEC §4–§6.

Written from the SPEC text only (no product code): each function says which clause it follows.
"""
from __future__ import annotations

import datetime as dt
import unicodedata

from dateutil.relativedelta import relativedelta

from .ids import id_number_valid

try:  # Chinese working days (public holidays and 调休), used only for permit.too_recent
    import chinese_calendar as _cc
except Exception:  # pragma: no cover
    _cc = None

ERRORS = {
    "packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch", "identity.id_number_mismatch",
    "address.hukou_mismatch", "permit.expired", "id_card.expired", "applicant.age_out_of_range",
    "contract.term_too_short", "contract.ends_within_two_months", "tax.missing_months", "employer.mismatch",
    "social_insurance.insufficient_months", "social_insurance.not_paying",
}
WARNINGS = {"permit.too_recent", "field.unreadable", "quality.unreadable_page", "points.below_standard",
            "points.claim_unsupported"}

NAME_FIELDS = {"id_card": "name", "residence_permit": "name", "household_register_member": "name",
               "collective_hukou_certificate": "name", "labour_contract": "employee_name", "tax_record": "name",
               "social_insurance_record": "name", "diploma": "name", "degree_certificate": "name",
               "marriage_certificate": "holder_name"}
ID_FIELDS = {"id_card": "id_number", "residence_permit": "id_number", "household_register_member": "id_number",
             "collective_hukou_certificate": "id_number", "labour_contract": "employee_id_number",
             "tax_record": "id_number", "social_insurance_record": "id_number"}


def norm(s: str) -> str:
    """SPEC §3 normalisation: white space removed, full-width digits/letters/brackets made half-width."""
    s = unicodedata.normalize("NFKC", s)
    return "".join(s.split())


_FW = {**{chr(0xFF10 + i): str(i) for i in range(10)}, **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
       **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)}, "（": "(", "）": ")", "［": "[", "］": "]", "｛": "{", "｝": "}"}


def truth_value(v):
    """SPEC §3 normal form of a printed value: white space removed, full-width digits/letters/brackets half-width."""
    if isinstance(v, str):
        return "".join(_FW.get(c, c) for c in v if not c.isspace())
    return v


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def month_add(ym: str, n: int) -> str:
    y, m = map(int, ym.split("-"))
    t = y * 12 + m - 1 + n
    return f"{t // 12:04d}-{t % 12 + 1:02d}"


def tax_window(as_of: dt.date) -> list[str]:
    """§4 tax.missing_months: the six latest months M whose deadline (15th of M+1) is on or before as-of."""
    ym = f"{as_of.year:04d}-{as_of.month:02d}"
    m = month_add(ym, -1)
    while True:
        nxt = month_add(m, 1)
        if dt.date(int(nxt[:4]), int(nxt[5:]), 15) <= as_of:
            break
        m = month_add(m, -1)
    return [month_add(m, -i) for i in range(5, -1, -1)]


def working_days_after(issue: dt.date, as_of: dt.date) -> int:
    n, day = 0, issue + dt.timedelta(days=1)
    while day <= as_of:
        if _cc is not None:
            n += bool(_cc.is_workday(day))
        else:
            n += day.weekday() < 5
        day += dt.timedelta(days=1)
    return n


def completed_age(birth: dt.date, as_of: dt.date) -> int:
    return as_of.year - birth.year - ((as_of.month, as_of.day) < (birth.month, birth.day))


def age_points(age: int) -> int:
    # 60,59,58,57,56 → 5 ; 55 → 7 ; 50 → 17 ; 44 → 29 ; 43 → 31 → capped 30
    if age > 60:
        return 0
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))


def education_points(docs: list[dict]) -> tuple[int | None, bool]:
    """§6 education from diploma.level / degree_certificate.level; returns (points or None, claim_unsupported)."""
    dips = [x for x in docs if x["type"] == "diploma"]
    degs = [x for x in docs if x["type"] == "degree_certificate"]
    if not dips and not degs:
        return None, False
    unsupported = False
    dip_levels = [x["fields"].get("level", "") for x in dips]
    deg_levels = [x["fields"].get("level", "") for x in degs]
    best = 0
    for lv in dip_levels:
        if "博士" in lv:
            best = max(best, 110 if any("博士" in g for g in deg_levels) else 100)
        elif "硕士" in lv:
            best = max(best, 100 if any("硕士" in g for g in deg_levels) else 60)
        elif "本科" in lv:
            best = max(best, 90 if any("学士" in g for g in deg_levels) else 60)
        elif "专科" in lv or "大专" in lv:
            best = max(best, 50)
    if degs and not dips:  # a degree without its diploma: counted, but unsupported
        unsupported = True
        for g in deg_levels:
            best = max(best, 110 if "博士" in g else 100 if "硕士" in g else 90 if "学士" in g else 0)
    if any(x.get("adult_education") for x in dips) and not any(x.get("xueji_papers") for x in docs):
        unsupported = True
    return best, unsupported


def points(docs: list[dict], as_of: dt.date) -> dict:
    items: dict[str, int] = {}
    ids = [x for x in docs if x["type"] == "id_card"]
    birth = None
    for x in ids:
        if "birth_date" in x["fields"]:
            birth = d(x["fields"]["birth_date"])
    if birth is None:
        for x in ids:
            idn = x["fields"].get("id_number", "")
            if id_number_valid(idn):
                birth = dt.date(int(idn[6:10]), int(idn[10:12]), int(idn[12:14]))
    if birth is not None:
        items["age"] = age_points(completed_age(birth, as_of))
    edu, _ = education_points(docs)
    if edu is not None:
        items["education"] = edu
    si = [x for x in docs if x["type"] == "social_insurance_record"]
    if si:
        months = {r["month"] for x in si for r in x["rows"] if not r["back_payment"]}
        items["social_insurance_years"] = 3 * (len(months) // 12)
    # spouse_shanghai_hukou: needs the spouse's ID card and 户口簿 in the packet; this drawer never puts them in.
    return {"standard": 120, "estimate": sum(items.values()), "items": items}


def expected_rules(docs: list[dict], pages: list[dict], as_of: dt.date, application: str) -> list[str]:
    R: set[str] = set()
    types = [x["type"] for x in docs]
    has = lambda t: t in types  # noqa: E731
    # packet.missing_document
    req = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    if any(not has(t) for t in req):
        R.add("packet.missing_document")
    if application == "first":
        if not (has("collective_hukou_certificate") or (has("household_register_cover") and has("household_register_member"))):
            R.add("packet.missing_document")
    # identity
    idns, names = set(), set()
    for x in docs:
        f = x["fields"]
        if x["type"] in ID_FIELDS and ID_FIELDS[x["type"]] in f:
            v = norm(f[ID_FIELDS[x["type"]]]).upper()
            idns.add(v)
            if not id_number_valid(v):
                R.add("identity.id_number_invalid")
        if x["type"] == "marriage_certificate" and "spouse_id_number" in f and not id_number_valid(f["spouse_id_number"]):
            R.add("identity.id_number_invalid")
        if x["type"] in NAME_FIELDS and NAME_FIELDS[x["type"]] in f:
            names.add(norm(f[NAME_FIELDS[x["type"]]]))
    if len(idns) > 1:
        R.add("identity.id_number_mismatch")
    if len(names) > 1:
        R.add("identity.name_mismatch")
    # address
    permits = [x for x in docs if x["type"] == "residence_permit"]
    hk = [x for x in docs if x["type"] in ("household_register_cover", "collective_hukou_certificate")]
    if permits and hk:
        pa = [p["fields"].get("hukou_address") for p in permits]
        ha = [h["fields"].get("address") for h in hk]
        if None in pa or None in ha:
            R.add("field.unreadable")
        elif {norm(a) for a in pa} != {norm(a) for a in ha}:
            R.add("address.hukou_mismatch")
    for p in permits:
        f = p["fields"]
        if "valid_until" not in f or "issue_date" not in f:
            R.add("field.unreadable")
            continue
        if d(f["valid_until"]) < as_of:
            R.add("permit.expired")
        if working_days_after(d(f["issue_date"]), as_of) < 5:
            R.add("permit.too_recent")
    birth = None
    for x in docs:
        if x["type"] != "id_card":
            continue
        f = x["fields"]
        if "valid_until" not in f:
            R.add("field.unreadable")
        elif f["valid_until"] != "long_term" and d(f["valid_until"]) < as_of:
            R.add("id_card.expired")
        if "birth_date" in f:
            birth = d(f["birth_date"])
    if birth is not None:
        age = completed_age(birth, as_of)
        if age < 18 or age > 60:
            R.add("applicant.age_out_of_range")
    contracts = [x for x in docs if x["type"] == "labour_contract"]
    for c in contracts:
        f = c["fields"]
        if f.get("open_ended"):
            continue
        if "end_date" not in f or "start_date" not in f:
            R.add("field.unreadable")
            continue
        s, e = d(f["start_date"]), d(f["end_date"])
        if e + dt.timedelta(days=1) < s + relativedelta(years=1):
            R.add("contract.term_too_short")
        if e < as_of + relativedelta(months=2):
            R.add("contract.ends_within_two_months")
    taxes = [x for x in docs if x["type"] == "tax_record"]
    if taxes:
        periods = {r["period"] for t in taxes for r in t["rows"]}
        if any(m not in periods for m in tax_window(as_of)):
            R.add("tax.missing_months")
    sis = [x for x in docs if x["type"] == "social_insurance_record"]
    if contracts:
        emp = {norm(c["fields"]["employer"]) for c in contracts if "employer" in c["fields"]}
        for t in taxes:
            if t["rows"]:
                last = max(r["period"] for r in t["rows"])
                agents = {norm(r["withholding_agent"]) for r in t["rows"] if r["period"] == last}
                if not emp & agents:
                    R.add("employer.mismatch")
        for s_ in sis:
            if s_["rows"]:
                last = max(r["month"] for r in s_["rows"])
                emps = {norm(r["employer"]) for r in s_["rows"] if r["month"] == last}
                if not emp & emps:
                    R.add("employer.mismatch")
    if sis:
        ym = f"{as_of.year:04d}-{as_of.month:02d}"
        regular = {r["month"] for s_ in sis for r in s_["rows"] if not r["back_payment"]}
        window = {month_add(ym, -i) for i in range(1, 13)}
        if len(regular & window) < 6:
            R.add("social_insurance.insufficient_months")
        if ym not in regular and month_add(ym, -1) not in regular:
            R.add("social_insurance.not_paying")
    pts = points(docs, as_of)
    if pts["estimate"] < 120:
        R.add("points.below_standard")
    _, unsupported = education_points(docs)
    if unsupported:
        R.add("points.claim_unsupported")
    if any(p.get("blank") for p in pages):
        R.add("quality.unreadable_page")
    return sorted(R)


def verdict(rules: list[str]) -> str:
    if any(r in ERRORS for r in rules):
        return "fix"
    if rules:
        return "review"
    return "ready"
