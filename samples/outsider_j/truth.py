"""The SPEC rules and points, computed from what is drawn on the pages (truth side)."""
import datetime as dt
from dateutil.relativedelta import relativedelta
from .people import check_digit, completed_age

REQ_FIRST = ["id_card", "residence_permit", "labour_contract", "tax_record"]


def d(s):
    return dt.date.fromisoformat(s)


def ym(s):
    y, m = s.split("-")[:2]
    return int(y), int(m)


def tax_window(as_of):
    # latest month M with deadline 15th of M+1 <= as_of
    m = dt.date(as_of.year, as_of.month, 1) - relativedelta(months=1)
    while dt.date(m.year, m.month, 1) + relativedelta(months=1, day=15) > as_of:
        m -= relativedelta(months=1)
    return [f"{(m - relativedelta(months=k)):%Y-%m}" for k in range(5, -1, -1)]


def id_valid(n):
    if len(n) != 18 or not n[:17].isdigit():
        return False
    if check_digit(n[:17]) != n[17]:
        return False
    try:
        dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return False
    return True


def norm(s):
    t = s.replace(" ", "").replace("\u3000", "")
    return t.translate(str.maketrans("（）０１２３４５６７８９", "()0123456789"))


def evaluate(docs, as_of, application, extra_warnings=()):
    """docs: list of dicts {type, fields, rows}. Returns (errors, warnings, points)."""
    E, Wn = set(), set(extra_warnings)
    by = {}
    for x in docs:
        by.setdefault(x["type"], []).append(x)
    req = list(REQ_FIRST)
    for t in req:
        if t not in by:
            E.add("packet.missing_document")
    if application == "first":
        if not (("household_register_cover" in by and "household_register_member" in by) or "collective_hukou_certificate" in by):
            E.add("packet.missing_document")
    # applicant documents (spouse documents flagged 'spouse')
    app = [x for x in docs if not x.get("spouse")]
    names, ids = set(), set()
    for x in app:
        f = x["fields"]
        for k in ("name", "employee_name", "holder_name"):
            if f.get(k):
                names.add(f[k])
        for k in ("id_number", "employee_id_number"):
            if f.get(k):
                ids.add(f[k])
                if not id_valid(f[k]):
                    E.add("identity.id_number_invalid")
    if len(names) > 1:
        E.add("identity.name_mismatch")
    if len(ids) > 1:
        E.add("identity.id_number_mismatch")
    idc = next((x for x in app if x["type"] == "id_card"), None)
    rp = next((x for x in app if x["type"] == "residence_permit"), None)
    if rp:
        hk = None
        if "household_register_cover" in by:
            hk = by["household_register_cover"][0]["fields"].get("address")
        elif "collective_hukou_certificate" in by:
            hk = by["collective_hukou_certificate"][0]["fields"].get("address")
        ra = rp["fields"].get("hukou_address")
        if hk and ra and norm(hk) != norm(ra):
            E.add("address.hukou_mismatch")
        if hk and not ra and application == "first":
            Wn.add("field.unreadable")
        vu = rp["fields"].get("valid_until")
        if vu and d(vu) < as_of:
            E.add("permit.expired")
        isd = rp["fields"].get("issue_date")
        if isd:
            n, day = 0, d(isd) + dt.timedelta(days=1)
            while day <= as_of:
                if day.weekday() < 5 and not _holiday(day):
                    n += 1
                day += dt.timedelta(days=1)
            if n < 5:
                Wn.add("permit.too_recent")
    if idc:
        vu = idc["fields"].get("valid_until")
        if vu and vu != "long_term" and d(vu) < as_of:
            E.add("id_card.expired")
        if not vu:
            Wn.add("field.unreadable")
        bd = idc["fields"].get("birth_date")
        if bd:
            a = completed_age(d(bd), as_of)
            if a < 18 or a > 60:
                E.add("applicant.age_out_of_range")
    lc = next((x for x in app if x["type"] == "labour_contract"), None)
    emp = None
    if lc:
        f = lc["fields"]
        emp = f.get("employer")
        if not f.get("open_ended"):
            s, e = d(f["start_date"]), d(f["end_date"])
            if e + dt.timedelta(days=1) < s + relativedelta(years=1):
                E.add("contract.term_too_short")
            if e < as_of + relativedelta(months=2):
                E.add("contract.ends_within_two_months")
    tx = next((x for x in app if x["type"] == "tax_record"), None)
    if tx:
        have = {r["period"] for r in tx["rows"]}
        if any(m not in have for m in tax_window(as_of)):
            E.add("tax.missing_months")
        if emp and tx["rows"]:
            last = max(r["period"] for r in tx["rows"])
            ags = {norm(r["withholding_agent"]) for r in tx["rows"] if r["period"] == last}
            if norm(emp) not in ags:
                E.add("employer.mismatch")
    si = next((x for x in app if x["type"] == "social_insurance_record"), None)
    si_months = 0
    if si:
        reg = {r["month"] for r in si["rows"] if not r["back_payment"]}
        si_months = len(reg)
        if emp and si["rows"]:
            last = max(r["month"] for r in si["rows"])
            es = {norm(r["employer"]) for r in si["rows"] if r["month"] == last}
            if norm(emp) not in es:
                E.add("employer.mismatch")
        a0 = dt.date(as_of.year, as_of.month, 1)
        win = [f"{a0 - relativedelta(months=k):%Y-%m}" for k in range(1, 13)]
        if sum(1 for m in win if m in reg) < 6:
            E.add("social_insurance.insufficient_months")
        if f"{a0:%Y-%m}" not in reg and f"{a0 - relativedelta(months=1):%Y-%m}" not in reg:
            E.add("social_insurance.not_paying")
    # points
    items = {}
    if idc and idc["fields"].get("birth_date"):
        a = completed_age(d(idc["fields"]["birth_date"]), as_of)
        items["age"] = max(0, min(30, 5 + 2 * (60 - a))) if a <= 60 else 0
    dip = next((x for x in app if x["type"] == "diploma"), None)
    deg = next((x for x in app if x["type"] == "degree_certificate"), None)
    edu = 0
    if dip:
        lv = dip["fields"].get("level", "")
        if "博士" in lv:
            edu = 110
        elif "硕士" in lv:
            edu = 100 if deg and "硕士" in deg["fields"]["level"] else 60
        elif "本科" in lv:
            edu = 90 if deg and "学士" in deg["fields"]["level"] else 60
        elif "专科" in lv:
            edu = 50
    if edu:
        items["education"] = edu
    if si and si_months >= 12:
        items["social_insurance_years"] = 3 * (si_months // 12)
    est = sum(items.values())
    if est < 120:
        Wn.add("points.below_standard")
    pts = {"standard": 120, "estimate": est, "items": items}
    return sorted(E), sorted(Wn), pts


def _holiday(day):
    # 2026 public holidays after the summer (as-of dates are in Nov/Dec 2026)
    return dt.date(2026, 10, 1) <= day <= dt.date(2026, 10, 7) or dt.date(2026, 9, 25) <= day <= dt.date(2026, 9, 27) \
        or dt.date(2027, 1, 1) <= day <= dt.date(2027, 1, 3)
