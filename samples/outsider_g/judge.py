"""Our own reading of SPEC §4–§6, applied to a truth dict.

judge(truth, unreadable_pages=()) -> (expected_rules sorted, verdict, points)
"""
import datetime as dt
import re
from dateutil.relativedelta import relativedelta

from .people import valid_id, age_at

ERRORS = {
    "packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch",
    "identity.id_number_mismatch", "address.hukou_mismatch", "permit.expired", "id_card.expired",
    "applicant.age_out_of_range", "contract.term_too_short", "contract.ends_within_two_months",
    "tax.missing_months", "employer.mismatch", "social_insurance.insufficient_months",
    "social_insurance.not_paying",
}
WARNINGS = {"permit.too_recent", "field.unreadable", "quality.unreadable_page",
            "points.below_standard", "points.claim_unsupported"}
ALL_RULES = ERRORS | WARNINGS

# official 2026 public holidays / make-up workdays (only those near the draws matter)
HOLIDAYS = {dt.date(2026, 10, d) for d in range(1, 8)} | {dt.date(2027, 1, 1)}
MAKEUP = {dt.date(2026, 9, 27), dt.date(2026, 10, 10)}


def D(s):
    return dt.date.fromisoformat(s)


def norm(s):
    if s is None:
        return None
    s = re.sub(r"\s+", "", s)
    out = []
    for ch in s:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        out.append(ch)
    return "".join(out)


def verdict_of(rules):
    if any(r in ERRORS for r in rules):
        return "fix"
    if any(r in WARNINGS for r in rules):
        return "review"
    return "ready"


def working_days_between(a, b):
    n = 0
    d = a + dt.timedelta(days=1)
    while d <= b:
        if (d.weekday() < 5 and d not in HOLIDAYS) or d in MAKEUP:
            n += 1
        d += dt.timedelta(days=1)
    return n


def tax_window(asof):
    # latest month M with 15th of M+1 <= as-of
    m = dt.date(asof.year, asof.month, 1)
    while True:
        if (m + relativedelta(months=1)).replace(day=15) <= asof:
            break
        m -= relativedelta(months=1)
    return [(m - relativedelta(months=k)).strftime("%Y-%m") for k in range(5, -1, -1)]


def age_points(age):
    if age > 60:
        return 0
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))


def applicant_docs(truth):
    return [d for d in truth["documents"] if d.get("holder", "applicant") == "applicant"]


def judge(truth, unreadable_pages=()):
    asof = D(truth["as_of"])
    app = truth["application"]
    docs = applicant_docs(truth)
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d)
    rules = set()

    def first(t):
        return by.get(t, [None])[0]

    # missing documents
    req = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    for t in req:
        if t not in by:
            rules.add("packet.missing_document")
    if app == "first":
        if not (("household_register_cover" in by and "household_register_member" in by)
                or "collective_hukou_certificate" in by):
            rules.add("packet.missing_document")

    # identity
    names, ids = [], []
    for d in docs:
        f = d["fields"]
        for k in ("name", "employee_name", "holder_name"):
            if k in f:
                names.append(norm(f[k]))
        for k in ("id_number", "employee_id_number"):
            if k in f:
                ids.append(f[k])
    for d in truth["documents"]:
        for k in ("id_number", "employee_id_number", "spouse_id_number"):
            v = d["fields"].get(k)
            if v and not valid_id(v):
                rules.add("identity.id_number_invalid")
    if len(set(names)) > 1:
        rules.add("identity.name_mismatch")
    if len(set(ids)) > 1:
        rules.add("identity.id_number_mismatch")

    # address
    rp = first("residence_permit")
    home = first("household_register_cover") or first("collective_hukou_certificate")
    if rp and home:
        a, b = rp["fields"].get("hukou_address"), home["fields"].get("address")
        if a is None or b is None:
            rules.add("field.unreadable")
        elif norm(a) != norm(b):
            rules.add("address.hukou_mismatch")

    # permit
    if rp:
        vu = rp["fields"].get("valid_until")
        if vu is None:
            rules.add("field.unreadable")
        elif D(vu) < asof:
            rules.add("permit.expired")
        isd = rp["fields"].get("issue_date")
        if isd is None:
            rules.add("field.unreadable")
        elif working_days_between(D(isd), asof) < 5:
            rules.add("permit.too_recent")

    # id card
    ic = first("id_card")
    birth = None
    if ic:
        vu = ic["fields"].get("valid_until")
        if vu is None:
            rules.add("field.unreadable")
        elif vu != "long_term" and D(vu) < asof:
            rules.add("id_card.expired")
        if ic["fields"].get("birth_date"):
            birth = D(ic["fields"]["birth_date"])
        elif ic["fields"].get("id_number"):
            try:
                s = ic["fields"]["id_number"]
                birth = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
            except ValueError:
                birth = None
    age = age_at(birth, asof) if birth else None
    if age is not None and (age < 18 or age > 60):
        rules.add("applicant.age_out_of_range")

    # contract: the current one (open-ended or latest end)
    lcs = by.get("labour_contract", [])
    lc = None
    if lcs:
        lc = sorted(lcs, key=lambda d: (bool(d["fields"].get("open_ended")), d["fields"].get("end_date") or ""))[-1]
        f = lc["fields"]
        if not f.get("open_ended"):
            if not f.get("end_date") or not f.get("start_date"):
                rules.add("field.unreadable")
            else:
                s, e = D(f["start_date"]), D(f["end_date"])
                if e + dt.timedelta(days=1) < s + relativedelta(years=1):
                    rules.add("contract.term_too_short")
                if e < asof + relativedelta(months=2):
                    rules.add("contract.ends_within_two_months")

    # tax
    tr = first("tax_record")
    if tr:
        periods = {r["period"] for r in tr["rows"]}
        if any(m not in periods for m in tax_window(asof)):
            rules.add("tax.missing_months")
    # employer
    if lc and lc["fields"].get("employer"):
        emp = norm(lc["fields"]["employer"])
        if tr and tr["rows"]:
            latest = max(r["period"] for r in tr["rows"])
            agents = {norm(r["withholding_agent"]) for r in tr["rows"] if r["period"] == latest}
            if emp not in agents:
                rules.add("employer.mismatch")
        si = first("social_insurance_record")
        if si and si["rows"]:
            latest = max(r["month"] for r in si["rows"])
            emps = {norm(r["employer"]) for r in si["rows"] if r["month"] == latest}
            if emp not in emps:
                rules.add("employer.mismatch")
    si = first("social_insurance_record")
    si_regular = set()
    if si:
        si_regular = {r["month"] for r in si["rows"] if not r.get("back_payment")}
        m0 = dt.date(asof.year, asof.month, 1)
        last12 = {(m0 - relativedelta(months=k)).strftime("%Y-%m") for k in range(1, 13)}
        if len(si_regular & last12) < 6:
            rules.add("social_insurance.insufficient_months")
        if not ({m0.strftime("%Y-%m"), (m0 - relativedelta(months=1)).strftime("%Y-%m")} & si_regular):
            rules.add("social_insurance.not_paying")

    if unreadable_pages:
        rules.add("quality.unreadable_page")

    # points
    items = {}
    if age is not None:
        items["age"] = age_points(age)
    dips = [d for d in by.get("diploma", []) if not d["fields"].get("online_record")]
    recs = [d for d in by.get("diploma", []) if d["fields"].get("online_record")]
    degs = by.get("degree_certificate", [])
    edu = 0
    unsupported = False
    levels = {d["fields"].get("level") for d in dips} | {d["fields"].get("level") for d in recs}
    deg_levels = {d["fields"].get("level") for d in degs}
    if "博士研究生" in levels and "博士" in deg_levels:
        edu = 110
    elif "硕士研究生" in levels and "硕士" in deg_levels:
        edu = 100
    elif "本科" in levels and "学士" in deg_levels:
        edu = 90
    elif "本科" in levels or "硕士研究生" in levels:
        edu = 60
    elif "专科" in levels:
        edu = 50
    # a degree without its diploma: counted but unsupported
    if degs and not dips:
        unsupported = True
        top = max(deg_levels, key=lambda l: {"学士": 90, "硕士": 100, "博士": 110}.get(l, 0))
        edu = max(edu, {"学士": 90, "硕士": 100, "博士": 110}.get(top, 0))
    for d in dips:
        mode = d["fields"].get("study_mode", "")
        if any(w in mode for w in ("成人", "自学考试", "网络", "函授", "业余")) and not recs:
            unsupported = True
    if edu:
        items["education"] = edu
    if si:
        yrs = len(si_regular) // 12
        if yrs:
            items["social_insurance_years"] = 3 * yrs
    est = sum(items.values())
    if est < 120:
        rules.add("points.below_standard")
    if unsupported:
        rules.add("points.claim_unsupported")
    rules = sorted(rules)
    return rules, verdict_of(rules), {"standard": 120, "estimate": est, "items": items}
