"""SPEC §4/§6 applied to the facts a truth file claims: expected rules, verdict, points.

Used by the generator (to derive each truth) and by selfcheck (to re-derive and compare)."""
import calendar
import datetime as dt
import unicodedata

ERRORS = {"packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch",
          "identity.id_number_mismatch", "address.hukou_mismatch", "permit.expired",
          "id_card.expired", "applicant.age_out_of_range", "contract.term_too_short",
          "contract.ends_within_two_months", "tax.missing_months", "employer.mismatch",
          "social_insurance.insufficient_months", "social_insurance.not_paying"}
WARNINGS = {"permit.too_recent", "field.unreadable", "quality.unreadable_page",
            "points.below_standard", "points.claim_unsupported"}

# 2026 statutory holidays / make-up working days (国务院办公厅 2026 安排)
HOLIDAYS = {dt.date(2026, 1, 1), dt.date(2026, 1, 2), dt.date(2026, 1, 3)}
HOLIDAYS |= {dt.date(2026, 10, d) for d in range(1, 8)}
MAKEUP = {dt.date(2026, 1, 4), dt.date(2026, 9, 20), dt.date(2026, 10, 10)}


def D(s):
    return dt.date.fromisoformat(s)


def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(s.split())


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def add_year(d):
    try:
        return d.replace(year=d.year + 1)
    except ValueError:
        return d.replace(year=d.year + 1, day=28)


def working_days_between(a, b):
    """count d with a < d <= b that are Chinese working days"""
    n, d = 0, a + dt.timedelta(days=1)
    while d <= b:
        if d in MAKEUP or (d.weekday() < 5 and d not in HOLIDAYS):
            n += 1
        d += dt.timedelta(days=1)
    return n


def ym(d):
    return f"{d.year:04d}-{d.month:02d}"


def tax_window(as_of):
    latest = add_months(as_of.replace(day=1), -1)
    if as_of < latest.replace(day=15) + dt.timedelta(days=0) or as_of < add_months(latest, 1).replace(day=15):
        latest = add_months(latest, -1)
    return [ym(add_months(latest, -i)) for i in range(5, -1, -1)]


def completed_age(b, on):
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


def age_points(a):
    if a > 60 or a < 18:
        return 0
    return min(30, 5 + 2 * max(0, 56 - a))


def id_valid(n):
    if not n or len(n) != 18 or not n[:17].isdigit():
        return False
    try:
        dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(n[:17], w)) % 11] == n[17].upper()


NONFULL = ("成人", "自考", "自学考试", "网络", "函授", "业余", "开放")


def evaluate(truth):
    """-> (sorted rule ids, verdict, points dict)"""
    as_of = D(truth["as_of"])
    app = truth["application"]
    docs = truth["documents"]
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d)
    rules = set()

    def one(t):
        return by.get(t, [None])[0]

    # required documents
    need = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    missing = [t for t in need if t not in by]
    if app == "first" and not (("household_register_cover" in by and "household_register_member" in by)
                               or "collective_hukou_certificate" in by):
        missing.append("household_register")
    if missing:
        rules.add("packet.missing_document")

    # identity
    names, ids = set(), set()
    for d in docs:
        f = d["fields"]
        for k in ("name", "employee_name", "holder_name"):
            if f.get(k):
                names.add(norm(f[k]))
        for k in ("id_number", "employee_id_number"):
            if f.get(k):
                ids.add(f[k].upper())
    if any(not id_valid(i) for i in ids):
        rules.add("identity.id_number_invalid")
    if len(names) > 1:
        rules.add("identity.name_mismatch")
    if len(ids) > 1:
        rules.add("identity.id_number_mismatch")

    permit, idc = one("residence_permit"), one("id_card")
    hk = one("household_register_cover") or one("collective_hukou_certificate")
    if permit and hk:
        a, b = permit["fields"].get("hukou_address"), hk["fields"].get("address")
        if not a or not b:
            rules.add("field.unreadable")
        elif norm(a) != norm(b):
            rules.add("address.hukou_mismatch")
    if permit:
        vu = permit["fields"].get("valid_until")
        if not vu:
            rules.add("field.unreadable")
        elif D(vu) < as_of:
            rules.add("permit.expired")
        isd = permit["fields"].get("issue_date")
        if not isd:
            rules.add("field.unreadable")
        elif working_days_between(D(isd), as_of) < 5:
            rules.add("permit.too_recent")
    age = None
    if idc:
        vu = idc["fields"].get("valid_until")
        if not vu:
            rules.add("field.unreadable")
        elif vu != "long_term" and D(vu) < as_of:
            rules.add("id_card.expired")
        bd = idc["fields"].get("birth_date")
        if bd:
            age = completed_age(D(bd), as_of)
    if age is None:
        for d in docs:
            n = d["fields"].get("id_number")
            if n and id_valid(n):
                age = completed_age(D(f"{n[6:10]}-{n[10:12]}-{n[12:14]}"), as_of)
                break
    if age is not None and (age < 18 or age > 60):
        rules.add("applicant.age_out_of_range")

    con = one("labour_contract")
    if con:
        f = con["fields"]
        if not f.get("open_ended"):
            if not f.get("start_date") or not f.get("end_date"):
                rules.add("field.unreadable")
            else:
                s, e = D(f["start_date"]), D(f["end_date"])
                if e + dt.timedelta(days=1) < add_year(s):
                    rules.add("contract.term_too_short")
                if e < add_months(as_of, 2):
                    rules.add("contract.ends_within_two_months")

    tax = one("tax_record")
    if tax:
        have = {r["period"] for t in by["tax_record"] for r in t["rows"]}
        if any(m not in have for m in tax_window(as_of)):
            rules.add("tax.missing_months")
    si = one("social_insurance_record")
    emp = norm(con["fields"].get("employer")) if con and con["fields"].get("employer") else None
    if emp:
        if tax:
            rows = [r for t in by["tax_record"] for r in t["rows"]]
            if rows:
                last = max(r["period"] for r in rows)
                if emp not in {norm(r["withholding_agent"]) for r in rows if r["period"] == last}:
                    rules.add("employer.mismatch")
        if si and si["rows"]:
            last = max(r["month"] for r in si["rows"])
            if emp not in {norm(r["employer"]) for r in si["rows"] if r["month"] == last}:
                rules.add("employer.mismatch")
    si_years = 0
    if si:
        reg = {r["month"] for r in si["rows"] if not r["back_payment"]}
        m0 = ym(as_of)
        last12 = {ym(add_months(as_of.replace(day=1), -i)) for i in range(1, 13)}
        if len(reg & last12) < 6:
            rules.add("social_insurance.insufficient_months")
        if m0 not in reg and ym(add_months(as_of.replace(day=1), -1)) not in reg:
            rules.add("social_insurance.not_paying")
        si_years = len(reg) // 12 * 3

    # points
    items = {}
    if age is not None:
        items["age"] = age_points(age)
    dips = by.get("diploma", [])
    degs = by.get("degree_certificate", [])
    edu = 0
    online = [d for d in dips if d["fields"].get("online_record")]
    paper = [d for d in dips if not d["fields"].get("online_record")]
    levels = {d["fields"].get("level") for d in dips}
    dlevels = {d["fields"].get("level") for d in degs}
    if "专科" in levels:
        edu = max(edu, 50)
    if "本科" in levels:
        edu = max(edu, 90 if "学士" in dlevels else 60)
    if "硕士研究生" in levels and "硕士" in dlevels:
        edu = max(edu, 100)
    if "博士研究生" in levels and "博士" in dlevels:
        edu = max(edu, 110)
    for d in paper:
        mode = d["fields"].get("study_mode", "")
        if any(k in mode for k in NONFULL) and not any(
                o["fields"].get("level") == d["fields"].get("level") for o in online):
            rules.add("points.claim_unsupported")
    for g in degs:
        if not paper and not online:
            rules.add("points.claim_unsupported")
    if dips or degs:
        items["education"] = edu
    if si_years:
        items["social_insurance_years"] = si_years
    est = sum(items.values())
    if est < 120:
        rules.add("points.below_standard")
    for p in truth.get("pages", []):
        if p.get("capture", "").startswith("unreadable"):
            rules.add("quality.unreadable_page")
    rl = sorted(rules)
    verdict = "fix" if rules & ERRORS else ("review" if rules else "ready")
    return rl, verdict, {"standard": 120, "estimate": est, "items": items}
