"""SPEC §4 rules and §6 points, computed from truth values only (the truth file's documents)."""
import datetime as dt

from dateutil.relativedelta import relativedelta

from .data import id_valid, norm

NAME_FIELDS = {"id_card": "name", "residence_permit": "name", "household_register_member": "name",
               "collective_hukou_certificate": "name", "labour_contract": "employee_name", "tax_record": "name",
               "social_insurance_record": "name", "diploma": "name", "degree_certificate": "name",
               "marriage_certificate": "holder_name"}
ID_FIELDS = {"id_card": "id_number", "residence_permit": "id_number", "household_register_member": "id_number",
             "collective_hukou_certificate": "id_number", "labour_contract": "employee_id_number",
             "tax_record": "id_number", "social_insurance_record": "id_number"}


def D(s):
    return dt.date.fromisoformat(s)


def _ym(s):
    y, m = s.split("-")[:2]
    return int(y), int(m)


def _madd(y, m, k):
    t = y * 12 + m - 1 + k
    return t // 12, t % 12 + 1


def tax_window(as_of):
    k = -1 if as_of.day >= 15 else -2
    ey, em = _madd(as_of.year, as_of.month, k)
    return [_madd(ey, em, -i) for i in range(5, -1, -1)]


def working_days_after(issue, as_of):
    import chinese_calendar as cc
    n, d = 0, issue + dt.timedelta(days=1)
    while d <= as_of:
        if cc.is_workday(d):
            n += 1
        d += dt.timedelta(days=1)
    return n


def age_points(age):
    if age > 60 or age < 18:
        return 0
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))


def evaluate(truth):
    as_of = D(truth["as_of"])
    app = truth["application"]
    docs = truth["documents"]
    pages = truth.get("pages", [])
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d)
    fired = set()

    def first(t):
        return by.get(t, [None])[0]

    # packet.missing_document
    req = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    for t in req:
        if t not in by:
            fired.add("packet.missing_document")
    if app == "first":
        booklet = "household_register_cover" in by and "household_register_member" in by
        if not booklet and "collective_hukou_certificate" not in by:
            fired.add("packet.missing_document")
    # identity
    names, ids = set(), set()
    for d in docs:
        f = d["fields"]
        if d["type"] in NAME_FIELDS and f.get(NAME_FIELDS[d["type"]]):
            names.add(f[NAME_FIELDS[d["type"]]])
        if d["type"] in ID_FIELDS and f.get(ID_FIELDS[d["type"]]):
            ids.add(f[ID_FIELDS[d["type"]]])
    for d in docs:
        for k in ("id_number", "employee_id_number", "spouse_id_number"):
            v = d["fields"].get(k)
            if v and not id_valid(v):
                fired.add("identity.id_number_invalid")
    if len(names) > 1:
        fired.add("identity.name_mismatch")
    if len(ids) > 1:
        fired.add("identity.id_number_mismatch")
    # address
    rp = first("residence_permit")
    cover = first("household_register_cover") or first("collective_hukou_certificate")
    if rp and cover and rp["fields"].get("hukou_address") and cover["fields"].get("address"):
        if norm(rp["fields"]["hukou_address"]) != norm(cover["fields"]["address"]):
            fired.add("address.hukou_mismatch")
    if rp:
        vu = rp["fields"].get("valid_until")
        if vu and vu != "long_term" and D(vu) < as_of:
            fired.add("permit.expired")
        iss = rp["fields"].get("issue_date")
        if iss and working_days_after(D(iss), as_of) < 5:
            fired.add("permit.too_recent")
    idc = first("id_card")
    if idc:
        vu = idc["fields"].get("valid_until")
        if vu and vu != "long_term" and D(vu) < as_of:
            fired.add("id_card.expired")
    # age
    birth = None
    if idc and idc["fields"].get("birth_date"):
        birth = D(idc["fields"]["birth_date"])
    else:
        for n in ids:
            if id_valid(n):
                birth = dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
                break
    age = None
    if birth:
        age = as_of.year - birth.year - ((as_of.month, as_of.day) < (birth.month, birth.day))
        if age < 18 or age > 60:
            fired.add("applicant.age_out_of_range")
    # contract
    lc = first("labour_contract")
    if lc:
        f = lc["fields"]
        if not f.get("open_ended") and f.get("end_date"):
            s, e = D(f["start_date"]), D(f["end_date"])
            if e + dt.timedelta(days=1) < s + relativedelta(years=1):
                fired.add("contract.term_too_short")
            if e < as_of + relativedelta(months=2):
                fired.add("contract.ends_within_two_months")
    # tax
    tr = first("tax_record")
    if tr:
        have = {_ym(r["period"]) for r in tr["rows"]}
        if any(m not in have for m in tax_window(as_of)):
            fired.add("tax.missing_months")
    emp = norm(lc["fields"]["employer"]) if lc and lc["fields"].get("employer") else None
    if tr and emp and tr["rows"]:
        latest = max(_ym(r["period"]) for r in tr["rows"])
        agents = {norm(r["withholding_agent"]) for r in tr["rows"] if _ym(r["period"]) == latest}
        if emp not in agents:
            fired.add("employer.mismatch")
    si = first("social_insurance_record")
    regular = set()
    if si:
        regular = {_ym(r["month"]) for r in si["rows"] if not r["back_payment"]}
        if emp and si["rows"]:
            latest = max(_ym(r["month"]) for r in si["rows"])
            emps = {norm(r["employer"]) for r in si["rows"] if _ym(r["month"]) == latest}
            if emp not in emps:
                fired.add("employer.mismatch")
        ay, am = as_of.year, as_of.month
        prior = {_madd(ay, am, -k) for k in range(1, 13)}
        if len(prior & regular) < 6:
            fired.add("social_insurance.insufficient_months")
        if (ay, am) not in regular and _madd(ay, am, -1) not in regular:
            fired.add("social_insurance.not_paying")
    # quality
    if any(p.get("unreadable") for p in pages):
        fired.add("quality.unreadable_page")
    # points
    items = {}
    unsupported = False
    if age is not None:
        items["age"] = age_points(age)
    dips = by.get("diploma", [])
    degs = by.get("degree_certificate", [])
    levels = {d["fields"].get("level") for d in dips}
    dlevels = {d["fields"].get("level") for d in degs}
    edu = 0
    if "博士研究生" in levels and "博士" in dlevels:
        edu = 110
    elif "硕士研究生" in levels and "硕士" in dlevels:
        edu = 100
    elif "本科" in levels and "学士" in dlevels:
        edu = 90
    elif "本科" in levels:
        edu = 60
    elif "专科" in levels:
        edu = 50
    elif "学士" in dlevels:
        edu = 90
        unsupported = True
    if degs and not dips:
        unsupported = True
    modes = {d.get("attributes", {}).get("study_mode") for d in dips}
    online = any(d.get("attributes", {}).get("online_record") for d in dips)
    if any(m and m != "普通全日制" for m in modes) and not online:
        unsupported = True
    if edu:
        items["education"] = edu
    if si:
        yrs = len(regular) // 12
        if yrs:
            items["social_insurance_years"] = 3 * yrs
    est = sum(items.values())
    if est < 120:
        fired.add("points.below_standard")
    if unsupported:
        fired.add("points.claim_unsupported")
    errors = {r for r in fired if r not in ("permit.too_recent", "field.unreadable", "quality.unreadable_page",
                                            "points.below_standard", "points.claim_unsupported")}
    verdict = "fix" if errors else ("review" if fired else "ready")
    return sorted(fired), verdict, {"standard": 120, "estimate": est, "items": items}
