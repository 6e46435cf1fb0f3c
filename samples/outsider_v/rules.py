"""An independent reading of SPEC §4 and §6 applied to truth values.

Used by the generator (to refuse a packet whose planted rules do not come
out as intended) and by selfcheck (to re-derive rules, verdict and points
from the truth file)."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

from dateutil.relativedelta import relativedelta

from .ids import id_valid

try:
    import chinese_calendar as _cc
except Exception:  # pragma: no cover
    _cc = None

SEVERITY = {
    "packet.missing_document": "error", "identity.id_number_invalid": "error",
    "identity.name_mismatch": "error", "identity.id_number_mismatch": "error",
    "address.hukou_mismatch": "error", "permit.expired": "error",
    "permit.too_recent": "warning", "id_card.expired": "error",
    "applicant.age_out_of_range": "error", "contract.term_too_short": "error",
    "contract.ends_within_two_months": "error", "tax.missing_months": "error",
    "employer.mismatch": "error", "social_insurance.insufficient_months": "error",
    "social_insurance.not_paying": "error", "field.unreadable": "warning",
    "quality.unreadable_page": "warning", "points.below_standard": "warning",
    "points.claim_unsupported": "warning",
}
RULE_ORDER = list(SEVERITY)

FIELDS = {
    "id_card": ["name", "sex", "ethnicity", "birth_date", "address", "id_number", "issuing_authority",
                "valid_from", "valid_until"],
    "residence_permit": ["name", "id_number", "hukou_address", "residence_address", "issue_date", "valid_from",
                         "valid_until"],
    "household_register_cover": ["household_type", "head_name", "household_number", "address", "issue_date"],
    "household_register_member": ["name", "relation_to_head", "sex", "birthplace", "ethnicity", "native_place",
                                  "birth_date", "id_number", "education", "marital_status", "employer",
                                  "registration_date"],
    "collective_hukou_certificate": ["name", "id_number", "address", "issue_date"],
    "labour_contract": ["employer", "employee_name", "employee_id_number", "start_date", "end_date", "open_ended",
                        "signing_date"],
    "tax_record": ["name", "id_number", "issue_date"],
    "social_insurance_record": ["name", "id_number"],
    "diploma": ["name", "school", "major", "level", "graduation_date"],
    "degree_certificate": ["name", "school", "major", "level", "graduation_date"],
    "marriage_certificate": ["holder_name", "spouse_name", "spouse_id_number", "registration_date"],
    "unknown": [],
}
EXTRA_FIELDS = {"diploma": ["study_mode", "online_record"]}
ROW_FIELDS = {"tax_record": ["period", "withholding_agent", "amount"],
              "social_insurance_record": ["month", "employer", "base", "back_payment"]}
UNREADABLE_CAPTURES = {"blank", "too_dark"}

_FW = {ord("（"): "(", ord("）"): ")", ord("【"): "[", ord("】"): "]", ord("　"): " "}


def norm_text(s: str | None) -> str | None:
    """SPEC §3: white space removed, full-width digits/letters/brackets half-width."""
    if s is None:
        return None
    out = []
    for ch in s.translate(_FW):
        o = ord(ch)
        if 0xFF10 <= o <= 0xFF19 or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A or o in (0xFF08, 0xFF09):
            ch = unicodedata.normalize("NFKC", ch)
        out.append(ch)
    return re.sub(r"\s+", "", "".join(out))


def d(s):
    return dt.date.fromisoformat(s) if s and s != "long_term" else None


def _months(ym: str) -> int:
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def _ym(n: int) -> str:
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


def is_workday(day: dt.date) -> bool:
    if _cc is not None:
        try:
            return _cc.is_workday(day)
        except Exception:
            pass
    return day.weekday() < 5


def working_days_after(issue: dt.date, as_of: dt.date) -> int:
    n, x = 0, issue + dt.timedelta(days=1)
    while x <= as_of:
        n += is_workday(x)
        x += dt.timedelta(days=1)
    return n


def tax_window(as_of: dt.date) -> list[str]:
    # latest month M with 15th of M+1 <= as_of
    n = as_of.year * 12 + as_of.month - 1 - 1          # previous month
    if as_of.day < 15:
        n -= 1
    return [_ym(k) for k in range(n - 5, n + 1)]


def completed_age(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def age_points(age: int) -> int:
    if age > 60 or age < 18:
        return 0
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))


DIPLOMA_RANK = {"专科": 1, "本科": 2, "硕士研究生": 3, "博士研究生": 4}
DEGREE_RANK = {"学士": 2, "硕士": 3, "博士": 4}
EDU_POINTS = {1: 50, 2: 60, 3: 100, 4: 110}
NON_REGULAR_MODES = ("成人", "自考", "自学考试", "网络", "函授", "业余", "远程")


def education(docs):
    """-> (points, unsupported: bool, basis)"""
    dips = [x for x in docs if x["type"] == "diploma"]
    degs = [x for x in docs if x["type"] == "degree_certificate"]
    dr = max((DIPLOMA_RANK.get(x["fields"].get("level"), 0) for x in dips), default=0)
    gr = max((DEGREE_RANK.get(x["fields"].get("level"), 0) for x in degs), default=0)
    unsupported = False
    if gr and dr < gr:
        # a degree without its diploma: counted, but unsupported
        unsupported = True
        pts = {2: 90, 3: 100, 4: 110}[gr]
    elif dr >= 3 and gr >= dr:
        pts = EDU_POINTS[dr]
    elif dr >= 2:
        pts = 90 if gr >= 2 else 60
    elif dr == 1:
        pts = 50
    else:
        pts = 0
    # adult / self-study / online diploma without 学籍 papers (学信网 record)
    online = any(x["fields"].get("online_record") for x in dips)
    for x in dips:
        mode = x["fields"].get("study_mode") or ""
        if any(k in mode for k in NON_REGULAR_MODES) and not online:
            unsupported = True
    return pts, unsupported


def derive(truth: dict) -> dict:
    """Re-derive rules, verdict and points from the truth values."""
    as_of = dt.date.fromisoformat(truth["as_of"])
    app = truth["application"]
    docs = truth["documents"]
    by = {}
    for x in docs:
        by.setdefault(x["type"], []).append(x)

    def one(t):
        return by.get(t, [None])[0]

    rules = set()
    unreadable = []

    def need(doc, f):
        v = doc["fields"].get(f) if doc else None
        if doc is not None and v is None:
            unreadable.append(f"{doc['type']}.{f}")
            return None
        return v

    # ---- missing documents
    req = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    for t in req:
        if t not in by:
            rules.add("packet.missing_document")
    if app == "first":
        has_book = "household_register_cover" in by and "household_register_member" in by
        if not has_book and "collective_hukou_certificate" not in by:
            rules.add("packet.missing_document")

    # ---- identity
    name_fields = {"id_card": ["name"], "residence_permit": ["name"], "household_register_member": ["name"],
                   "collective_hukou_certificate": ["name"], "labour_contract": ["employee_name"],
                   "tax_record": ["name"], "social_insurance_record": ["name"], "diploma": ["name"],
                   "degree_certificate": ["name"], "marriage_certificate": ["holder_name"]}
    idn_fields = {"id_card": ["id_number"], "residence_permit": ["id_number"],
                  "household_register_member": ["id_number"], "collective_hukou_certificate": ["id_number"],
                  "labour_contract": ["employee_id_number"], "tax_record": ["id_number"],
                  "social_insurance_record": ["id_number"]}
    names, idns = set(), set()
    for x in docs:
        for f in name_fields.get(x["type"], []):
            v = x["fields"].get(f)
            if v:
                names.add(norm_text(v))
        for f in idn_fields.get(x["type"], []):
            v = x["fields"].get(f)
            if v:
                idns.add(v.upper())
        if x["type"] == "marriage_certificate" and x["fields"].get("spouse_id_number"):
            if not id_valid(x["fields"]["spouse_id_number"]):
                rules.add("identity.id_number_invalid")
    if len(names) > 1:
        rules.add("identity.name_mismatch")
    if len(idns) > 1:
        rules.add("identity.id_number_mismatch")
    if any(not id_valid(v) for v in idns):
        rules.add("identity.id_number_invalid")

    # ---- address
    rp = one("residence_permit")
    cover = one("household_register_cover") or one("collective_hukou_certificate")
    if rp and cover:
        a, b = need(rp, "hukou_address"), need(cover, "address")
        if a and b and norm_text(a) != norm_text(b):
            rules.add("address.hukou_mismatch")
    # ---- permit
    if rp:
        vu = need(rp, "valid_until")
        if vu and d(vu) < as_of:
            rules.add("permit.expired")
        iss = need(rp, "issue_date")
        if iss and working_days_after(d(iss), as_of) < 5:
            rules.add("permit.too_recent")
    # ---- id card
    idc = one("id_card")
    if idc:
        vu = need(idc, "valid_until")
        if vu and vu != "long_term" and d(vu) < as_of:
            rules.add("id_card.expired")
    # ---- age
    birth = None
    if idc and idc["fields"].get("birth_date"):
        birth = d(idc["fields"]["birth_date"])
    else:
        for v in sorted(idns):
            if id_valid(v):
                birth = dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
                break
    age = completed_age(birth, as_of) if birth else None
    if age is not None and (age < 18 or age > 60):
        rules.add("applicant.age_out_of_range")
    # ---- contract
    employers = []
    for c in by.get("labour_contract", []):
        emp = need(c, "employer")
        if emp:
            employers.append(norm_text(emp))
        if c["fields"].get("open_ended"):
            continue
        s, e = need(c, "start_date"), need(c, "end_date")
        if s and e:
            if d(e) + dt.timedelta(days=1) < d(s) + relativedelta(years=1):
                rules.add("contract.term_too_short")
        if e and d(e) < as_of + relativedelta(months=2):
            rules.add("contract.ends_within_two_months")
    # ---- tax
    tax = one("tax_record")
    if tax:
        periods = {r["period"] for r in tax["rows"] if r.get("period")}
        missing = [m for m in tax_window(as_of) if m not in periods]
        if missing:
            rules.add("tax.missing_months")
        if periods and employers:
            latest = max(periods)
            agents = {norm_text(r["withholding_agent"]) for r in tax["rows"]
                      if r.get("period") == latest and r.get("withholding_agent")}
            if any(r.get("withholding_agent") is None for r in tax["rows"] if r.get("period") == latest):
                unreadable.append("tax_record.rows.withholding_agent")
            if agents and not any(e in agents for e in employers):
                rules.add("employer.mismatch")
    # ---- social insurance
    si = one("social_insurance_record")
    si_regular_months = 0
    if si:
        regular = {r["month"] for r in si["rows"] if not r.get("back_payment")}
        si_regular_months = len(regular)
        n = as_of.year * 12 + as_of.month - 1
        last12 = {_ym(k) for k in range(n - 12, n)}
        if len(regular & last12) < 6:
            rules.add("social_insurance.insufficient_months")
        if _ym(n) not in regular and _ym(n - 1) not in regular:
            rules.add("social_insurance.not_paying")
        months = {r["month"] for r in si["rows"]}
        if months and employers:
            latest = max(months)
            emps = {norm_text(r["employer"]) for r in si["rows"] if r["month"] == latest and r.get("employer")}
            if emps and not any(e in emps for e in employers):
                rules.add("employer.mismatch")
    # ---- pages
    if any(p.get("capture") in UNREADABLE_CAPTURES for p in truth["pages"]):
        rules.add("quality.unreadable_page")
    # ---- points
    items = {}
    if age is not None:
        items["age"] = age_points(age)
    edu, unsupported = education(docs)
    if edu:
        items["education"] = edu
    if unsupported:
        rules.add("points.claim_unsupported")
    if si and si_regular_months >= 12:
        items["social_insurance_years"] = 3 * (si_regular_months // 12)
    estimate = sum(items.values())
    if estimate < 120:
        rules.add("points.below_standard")
    if unreadable:
        rules.add("field.unreadable")
    errors = [r for r in rules if SEVERITY[r] == "error"]
    verdict = "fix" if errors else ("review" if rules else "ready")
    return {"expected_rules": sorted(rules), "verdict": verdict,
            "points": {"standard": 120, "estimate": estimate, "items": items},
            "unreadable": unreadable, "age": age}
