"""SPEC §4 rules and §6 points, computed from truth-shaped documents (the truth's fields)."""
import datetime as dt
import calendar
import re

D = dt.date
RULE_SEVERITY = {
    "packet.missing_document": "error", "identity.id_number_invalid": "error",
    "identity.name_mismatch": "error", "identity.id_number_mismatch": "error",
    "address.hukou_mismatch": "error", "permit.expired": "error", "permit.too_recent": "warning",
    "id_card.expired": "error", "applicant.age_out_of_range": "error",
    "contract.term_too_short": "error", "contract.ends_within_two_months": "error",
    "tax.missing_months": "error", "employer.mismatch": "error",
    "social_insurance.insufficient_months": "error", "social_insurance.not_paying": "error",
    "field.unreadable": "warning", "quality.unreadable_page": "warning",
    "points.below_standard": "warning", "points.claim_unsupported": "warning",
}

# Chinese public holidays / make-up working days (国务院办公厅 notices). 2025 is certain;
# the generator keeps every too_recent boundary inside 2025 or inside holiday-free stretches.
HOLIDAYS = set()
WORKDAYS = set()


def _span(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


for a, b in [((2025, 1, 1), (2025, 1, 1)), ((2025, 1, 28), (2025, 2, 4)), ((2025, 4, 4), (2025, 4, 6)),
             ((2025, 5, 1), (2025, 5, 5)), ((2025, 5, 31), (2025, 6, 2)), ((2025, 10, 1), (2025, 10, 8)),
             ((2026, 1, 1), (2026, 1, 3)), ((2026, 2, 15), (2026, 2, 23)), ((2026, 4, 4), (2026, 4, 6)),
             ((2026, 5, 1), (2026, 5, 5)), ((2026, 6, 19), (2026, 6, 21)), ((2026, 9, 25), (2026, 9, 27)),
             ((2026, 10, 1), (2026, 10, 7))]:
    HOLIDAYS.update(_span(D(*a), D(*b)))
WORKDAYS.update(D(*x) for x in [(2025, 1, 26), (2025, 2, 8), (2025, 4, 27), (2025, 9, 28), (2025, 10, 11),
                                (2026, 1, 4), (2026, 2, 14), (2026, 2, 28), (2026, 5, 9), (2026, 9, 20),
                                (2026, 10, 10)])


def is_workday(d):
    if d in WORKDAYS:
        return True
    if d in HOLIDAYS:
        return False
    return d.weekday() < 5


def workdays_between(issue, as_of):
    """Count working days d with issue < d <= as_of."""
    n, d = 0, issue + dt.timedelta(days=1)
    while d <= as_of and n < 50:
        n += is_workday(d)
        d += dt.timedelta(days=1)
    return n


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def add_years(d, n):
    return add_months(d, 12 * n)


def pd(s):
    return D(*map(int, s.split("-")))


def ym(d):
    return "%04d-%02d" % (d.year, d.month)


def month_add(m, n):
    y, mo = map(int, m.split("-"))
    return ym(add_months(D(y, mo, 1), n))


def tax_window(as_of):
    """Six latest months M with the 15th of M+1 on or before as_of."""
    last = add_months(D(as_of.year, as_of.month, 1), -1 if as_of.day >= 15 else -2)
    return [ym(add_months(last, -k)) for k in range(5, -1, -1)]


def completed_age(birth, as_of):
    a = as_of.year - birth.year
    if (as_of.month, as_of.day) < (birth.month, birth.day):
        a -= 1
    return a


_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C = "10X98765432"


def check_digit(s17):
    return _C[sum(int(a) * b for a, b in zip(s17, _W)) % 11]


def id_valid(idn):
    idn = idn.upper()
    if not re.fullmatch(r"\d{17}[\dX]", idn):
        return False
    try:
        D(int(idn[6:10]), int(idn[10:12]), int(idn[12:14]))
    except ValueError:
        return False
    return check_digit(idn[:17]) == idn[17]


_FW = {ord("（"): "(", ord("）"): ")", ord("　"): ""}


def norm(s):
    s = "".join(s.split())
    out = []
    for ch in s:
        o = ord(ch)
        if 0xFF10 <= o <= 0xFF19 or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A:
            ch = chr(o - 0xFEE0)
        out.append(_FW.get(ord(ch), ch))
    return "".join(out)


# ---------------------------------------------------------------- points
AGE_MAX = 30


def age_points(age):
    if age < 18 or age > 60:
        return 0  # outside the table (assumption, see README)
    return min(AGE_MAX, 5 + 2 * (56 - age)) if age < 56 else 5


def education_points(docs):
    levels = [d["fields"].get("level", "") for d in docs if d["type"] == "diploma"]
    degrees = [d["fields"].get("level", "") for d in docs if d["type"] == "degree_certificate"]
    best = 0
    for lv in levels:
        if "博士" in lv and "博士" in degrees:
            best = max(best, 110)
        elif "硕士" in lv and "硕士" in degrees:
            best = max(best, 100)
        elif lv == "本科":
            best = max(best, 90 if "学士" in degrees else 60)
        elif lv in ("专科", "大专"):
            best = max(best, 50)
    return best


def points(truth):
    as_of = pd(truth["as_of"])
    docs = truth["documents"]
    items = {}
    birth = None
    for d in docs:
        if d["type"] == "id_card":
            birth = pd(d["fields"]["birth_date"])
    if birth:
        items["age"] = age_points(completed_age(birth, as_of))
    e = education_points(docs)
    if e:
        items["education"] = e
    for d in docs:
        if d["type"] == "social_insurance_record":
            n = len({r["month"] for r in d["rows"] if not r["back_payment"]})
            if n // 12:
                items["social_insurance_years"] = 3 * (n // 12)
    return {"standard": 120, "estimate": sum(items.values()), "items": items}


# ---------------------------------------------------------------- rules
def evaluate(truth):
    as_of = pd(truth["as_of"])
    docs = truth["documents"]
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d)
    f = lambda t: by.get(t, [])
    out = set()
    need = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    if truth["application"] == "first":
        if not (f("household_register_cover") and f("household_register_member")) and not f("collective_hukou_certificate"):
            out.add("packet.missing_document")
    if any(not f(t) for t in need):
        out.add("packet.missing_document")
    names, ids = set(), set()
    for d in docs:
        fl = d["fields"]
        for k in ("id_number", "employee_id_number", "spouse_id_number"):
            if fl.get(k) and not id_valid(fl[k]):
                out.add("identity.id_number_invalid")
        for k in ("name", "employee_name", "holder_name"):
            if fl.get(k):
                names.add(norm(fl[k]))
        for k in ("id_number", "employee_id_number"):
            if fl.get(k):
                ids.add(fl[k].upper())
    if len(names) > 1:
        out.add("identity.name_mismatch")
    if len(ids) > 1:
        out.add("identity.id_number_mismatch")
    for p in f("residence_permit"):
        hk = [c["fields"]["address"] for c in f("household_register_cover") + f("collective_hukou_certificate")]
        if any(norm(a) != norm(p["fields"]["hukou_address"]) for a in hk):
            out.add("address.hukou_mismatch")
        if pd(p["fields"]["valid_until"]) < as_of:
            out.add("permit.expired")
        if workdays_between(pd(p["fields"]["issue_date"]), as_of) < 5:
            out.add("permit.too_recent")
    birth = None
    for c in f("id_card"):
        if c["fields"]["valid_until"] != "long_term" and pd(c["fields"]["valid_until"]) < as_of:
            out.add("id_card.expired")
        birth = pd(c["fields"]["birth_date"])
    if birth:
        a = completed_age(birth, as_of)
        if a < 18 or a > 60:
            out.add("applicant.age_out_of_range")
    for c in f("labour_contract"):
        fl = c["fields"]
        if fl.get("open_ended"):
            continue
        s, e = pd(fl["start_date"]), pd(fl["end_date"])
        if e + dt.timedelta(days=1) < add_years(s, 1):
            out.add("contract.term_too_short")
        if e < add_months(as_of, 2):
            out.add("contract.ends_within_two_months")
    employer = norm(f("labour_contract")[0]["fields"]["employer"]) if f("labour_contract") else None
    for t in f("tax_record"):
        have = {r["period"] for r in t["rows"]}
        if any(m not in have for m in tax_window(as_of)):
            out.add("tax.missing_months")
        if employer and t["rows"]:
            last = max(have)
            if employer not in {norm(r["withholding_agent"]) for r in t["rows"] if r["period"] == last}:
                out.add("employer.mismatch")
    for s in f("social_insurance_record"):
        rows = s["rows"]
        if employer and rows:
            last = max(r["month"] for r in rows)
            if employer not in {norm(r["employer"]) for r in rows if r["month"] == last}:
                out.add("employer.mismatch")
        reg = {r["month"] for r in rows if not r["back_payment"]}
        m0 = ym(as_of)
        if len([m for m in reg if month_add(m0, -12) <= m <= month_add(m0, -1)]) < 6:
            out.add("social_insurance.insufficient_months")
        if m0 not in reg and month_add(m0, -1) not in reg:
            out.add("social_insurance.not_paying")
    if points(truth)["estimate"] < 120:
        out.add("points.below_standard")
    return sorted(out)


def verdict(rules):
    sev = [RULE_SEVERITY[r] for r in rules]
    return "fix" if "error" in sev else ("review" if "warning" in sev else "ready")
