"""Independent implementation of SPEC §4 rules, verdict and §6 points, computed from truth documents."""
import datetime as dt
from dateutil.relativedelta import relativedelta

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ERRORS = {"packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch", "identity.id_number_mismatch",
          "address.hukou_mismatch", "permit.expired", "id_card.expired", "applicant.age_out_of_range",
          "contract.term_too_short", "contract.ends_within_two_months", "tax.missing_months", "employer.mismatch",
          "social_insurance.insufficient_months", "social_insurance.not_paying"}
WARNINGS = {"permit.too_recent", "field.unreadable", "quality.unreadable_page", "points.below_standard", "points.claim_unsupported"}


def norm(s):
    if s is None:
        return None
    out = []
    for ch in str(s):
        o = ord(ch)
        if ch.isspace() or ch == "\u3000":
            continue
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        out.append(ch)
    return "".join(out)


def id_valid(n):
    n = norm(n).upper()
    if len(n) != 18 or not n[:17].isdigit():
        return False
    try:
        dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return False
    s = sum(int(a) * b for a, b in zip(n[:17], W)) % 11
    return "10X98765432"[s] == n[17]


def D(s):
    return dt.date.fromisoformat(s)


def ym(d):
    return "%04d-%02d" % (d.year, d.month)


def tax_window(as_of):
    months = []
    m = dt.date(as_of.year, as_of.month, 1)
    while len(months) < 6:
        deadline = (m + relativedelta(months=1)).replace(day=15)
        if deadline <= as_of:
            months.append(ym(m))
        m = m - relativedelta(months=1)
    return sorted(months)


def working_days_between(a, b):
    import chinese_calendar as cc
    n = 0
    d = a + dt.timedelta(days=1)
    while d <= b:
        if cc.is_workday(d):
            n += 1
        d += dt.timedelta(days=1)
    return n


def completed_age(birth, on):
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def age_points(age):
    if age > 60:
        return 0
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))


def evaluate(truth):
    as_of = D(truth["as_of"])
    app = truth["application"]
    docs = truth["documents"]
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d)
    one = lambda t: by.get(t, [None])[0]
    rules = set()
    # missing documents
    req = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    for t in req:
        if t not in by:
            rules.add("packet.missing_document")
    if app == "first":
        has_booklet = "household_register_cover" in by and "household_register_member" in by
        if not has_booklet and "collective_hukou_certificate" not in by:
            rules.add("packet.missing_document")
    # identity
    names, ids = set(), set()
    all_ids = []
    for d in docs:
        f = d["fields"]
        for k in ("name", "employee_name", "holder_name"):
            if f.get(k) and d["type"] != "unknown":
                names.add(norm(f[k]))
        for k in ("id_number", "employee_id_number"):
            if f.get(k):
                ids.add(norm(f[k]).upper())
                all_ids.append(f[k])
        if f.get("spouse_id_number"):
            all_ids.append(f["spouse_id_number"])
    if len(names) > 1:
        rules.add("identity.name_mismatch")
    if len(ids) > 1:
        rules.add("identity.id_number_mismatch")
    if any(not id_valid(x) for x in all_ids):
        rules.add("identity.id_number_invalid")
    unreadable = False
    rp = one("residence_permit")
    cov = one("household_register_cover") or one("collective_hukou_certificate")
    if rp and cov and app == "first" or (rp and cov):
        a, b = rp["fields"].get("hukou_address"), cov["fields"].get("address")
        if a is None or b is None:
            unreadable = True
        elif norm(a) != norm(b):
            rules.add("address.hukou_mismatch")
    if rp:
        vu = rp["fields"].get("valid_until")
        if vu is None:
            unreadable = True
        elif D(vu) < as_of:
            rules.add("permit.expired")
        iss = rp["fields"].get("issue_date")
        if iss is None:
            unreadable = True
        elif working_days_between(D(iss), as_of) < 5:
            rules.add("permit.too_recent")
    idc = one("id_card")
    birth = None
    if idc:
        vu = idc["fields"].get("valid_until")
        if vu is None:
            unreadable = True
        elif vu != "long_term" and D(vu) < as_of:
            rules.add("id_card.expired")
        if idc["fields"].get("birth_date"):
            birth = D(idc["fields"]["birth_date"])
        elif idc["fields"].get("id_number"):
            n = idc["fields"]["id_number"]
            birth = dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    age = completed_age(birth, as_of) if birth else None
    if age is not None and (age < 18 or age > 60):
        rules.add("applicant.age_out_of_range")
    lc = one("labour_contract")
    if lc:
        f = lc["fields"]
        if not f.get("start_date") or (not f.get("open_ended") and not f.get("end_date")):
            unreadable = True
        elif not f.get("open_ended"):
            s, e = D(f["start_date"]), D(f["end_date"])
            if e + dt.timedelta(days=1) < s + relativedelta(years=1):
                rules.add("contract.term_too_short")
            if e < as_of + relativedelta(months=2):
                rules.add("contract.ends_within_two_months")
    tx = one("tax_record")
    if tx:
        rows = [r for d in by["tax_record"] for r in d["rows"]]
        have = {r["period"] for r in rows}
        if not rows:
            unreadable = True
        if any(m not in have for m in tax_window(as_of)):
            rules.add("tax.missing_months")
        if lc and rows and lc["fields"].get("employer"):
            latest = max(have)
            agents = {norm(r["withholding_agent"]) for r in rows if r["period"] == latest}
            if norm(lc["fields"]["employer"]) not in agents:
                rules.add("employer.mismatch")
    si = one("social_insurance_record")
    si_regular = 0
    if si:
        rows = [r for d in by["social_insurance_record"] for r in d["rows"]]
        reg = {r["month"] for r in rows if not r["back_payment"]}
        si_regular = len(reg)
        am = dt.date(as_of.year, as_of.month, 1)
        win = {ym(am - relativedelta(months=k)) for k in range(1, 13)}
        if len(reg & win) < 6:
            rules.add("social_insurance.insufficient_months")
        if ym(am) not in reg and ym(am - relativedelta(months=1)) not in reg:
            rules.add("social_insurance.not_paying")
        if lc and rows and lc["fields"].get("employer"):
            latest = max(r["month"] for r in rows)
            emps = {norm(r["employer"]) for r in rows if r["month"] == latest}
            if norm(lc["fields"]["employer"]) not in emps:
                rules.add("employer.mismatch")
    if unreadable:
        rules.add("field.unreadable")
    if any(p.get("type") == "unknown" and p.get("capture") == "blank" for p in truth["pages"]):
        rules.add("quality.unreadable_page")
    # points
    items = {}
    if age is not None:
        items["age"] = age_points(age)
    dips = by.get("diploma", [])
    degs = by.get("degree_certificate", [])
    edu = 0
    lv = {d["fields"].get("level") for d in dips}
    dl = {d["fields"].get("level") for d in degs}
    if "博士" in lv:
        edu = 110
    elif "硕士" in lv and "硕士" in dl:
        edu = 100
    elif "本科" in lv or "硕士" in lv:
        edu = 90 if "学士" in dl else 60
    elif "专科" in lv:
        edu = 50
    if degs and not dips:
        rules.add("points.claim_unsupported")
        edu = max(edu, {"学士": 90, "硕士": 100, "博士": 110}.get(sorted(dl)[0], 0))
    if any(d["fields"].get("study_mode") in ("成人教育", "自学考试", "网络教育") for d in dips):
        rules.add("points.claim_unsupported")
    if edu:
        items["education"] = edu
    if si and si_regular >= 12:
        items["social_insurance_years"] = 3 * (si_regular // 12)
    est = sum(items.values())
    if est < 120:
        rules.add("points.below_standard")
    if rules & ERRORS:
        verdict = "fix"
    elif rules & WARNINGS:
        verdict = "review"
    else:
        verdict = "ready"
    return sorted(rules), verdict, {"standard": 120, "estimate": est, "items": items}
