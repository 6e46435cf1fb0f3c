"""Independent implementation of SPEC §4 rules and §6 points, computed from truth values."""
import datetime as dt
import re
from .ids import id_valid

FW = {chr(0xFF10 + i): str(i) for i in range(10)}
FW.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
FW.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
FW.update({"（": "(", "）": ")", "［": "[", "］": "]", "｛": "{", "｝": "}"})


def norm(s):
    s = re.sub(r"\s+", "", str(s))
    return "".join(FW.get(c, c) for c in s)


# public holidays (days off) and make-up working days (调休) 2025–2027
HOLIDAYS = set()
MAKEUP = set()


def _rng(a, b):
    d = dt.date.fromisoformat(a)
    e = dt.date.fromisoformat(b)
    while d <= e:
        yield d
        d += dt.timedelta(days=1)


for a, b in [("2025-01-01", "2025-01-01"), ("2025-01-28", "2025-02-04"), ("2025-04-04", "2025-04-06"),
             ("2025-05-01", "2025-05-05"), ("2025-05-31", "2025-06-02"), ("2025-10-01", "2025-10-08"),
             ("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
             ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
             ("2026-10-01", "2026-10-07"), ("2027-01-01", "2027-01-03")]:
    HOLIDAYS.update(_rng(a, b))
for s in ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11", "2026-01-04", "2026-02-14",
          "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]:
    MAKEUP.add(dt.date.fromisoformat(s))


def is_workday(d):
    if d in MAKEUP:
        return True
    if d in HOLIDAYS:
        return False
    return d.weekday() < 5


def working_days_after(issue, as_of):
    n, d = 0, issue + dt.timedelta(days=1)
    while d <= as_of:
        n += is_workday(d)
        d += dt.timedelta(days=1)
    return n


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def ym(d):
    return f"{d.year:04d}-{d.month:02d}"


def tax_window(as_of):
    # latest M with 15th of M+1 <= as_of
    m = dt.date(as_of.year, as_of.month, 1)
    m = add_months(m, -1) if as_of.day >= 15 else add_months(m, -2)
    return [ym(add_months(m, -k)) for k in range(5, -1, -1)]


def age_at(birth, as_of):
    return as_of.year - birth.year - ((as_of.month, as_of.day) < (birth.month, birth.day))


def D(s):
    return dt.date.fromisoformat(s)


REQ_FIRST = ["id_card", "residence_permit", "household", "labour_contract", "tax_record"]
REQ_RENEW = ["id_card", "residence_permit", "labour_contract", "tax_record"]


def evaluate(truth):
    """Return (sorted rule ids, verdict, points dict) from a truth dict."""
    as_of = D(truth["as_of"])
    docs = truth["documents"]
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d)
    f1 = lambda t: by[t][0]["fields"] if t in by else None
    fired = {}

    def fire(rule, sev):
        fired[rule] = sev

    # pages too poor to classify (blank back pages of a scan)
    if any(pg.get("blank") for pg in truth.get("pages", [])):
        fire("quality.unreadable_page", "warning")
    # missing documents
    types = set(by)
    req = REQ_FIRST if truth["application"] == "first" else REQ_RENEW
    for r in req:
        if r == "household":
            if not ({"household_register_cover", "household_register_member"} <= types or "collective_hukou_certificate" in types):
                fire("packet.missing_document", "error")
        elif r not in types:
            fire("packet.missing_document", "error")
    # identity
    names, ids = [], []
    for d in docs:
        f = d["fields"]
        for k in ("name", "employee_name", "holder_name"):
            if k in f:
                names.append(norm(f[k]))
        for k in ("id_number", "employee_id_number"):
            if k in f:
                ids.append(f[k].upper())
    for i in set(ids):
        if not id_valid(i):
            fire("identity.id_number_invalid", "error")
    if len(set(names)) > 1:
        fire("identity.name_mismatch", "error")
    if len(set(ids)) > 1:
        fire("identity.id_number_mismatch", "error")
    # address
    rp = f1("residence_permit")
    hc = f1("household_register_cover") or f1("collective_hukou_certificate")
    if rp and hc:
        if "hukou_address" in rp and "address" in hc:
            if norm(rp["hukou_address"]) != norm(hc["address"]):
                fire("address.hukou_mismatch", "error")
        else:
            fire("field.unreadable", "warning")
    if rp:
        if "valid_until" in rp:
            if D(rp["valid_until"]) < as_of:
                fire("permit.expired", "error")
        else:
            fire("field.unreadable", "warning")
        if "issue_date" in rp:
            if working_days_after(D(rp["issue_date"]), as_of) < 5:
                fire("permit.too_recent", "warning")
        else:
            fire("field.unreadable", "warning")
    ic = f1("id_card")
    if ic:
        vu = ic.get("valid_until")
        if vu is None:
            fire("field.unreadable", "warning")
        elif vu != "long_term" and D(vu) < as_of:
            fire("id_card.expired", "error")
    # age
    birth = None
    if ic and "birth_date" in ic:
        birth = D(ic["birth_date"])
    elif ids:
        s = ids[0]
        birth = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    age = age_at(birth, as_of) if birth else None
    if age is not None and (age < 18 or age > 60):
        fire("applicant.age_out_of_range", "error")
    # contract
    lc = f1("labour_contract")
    if lc:
        if lc.get("open_ended"):
            pass
        elif "start_date" in lc and "end_date" in lc:
            s, e = D(lc["start_date"]), D(lc["end_date"])
            if e + dt.timedelta(days=1) < add_months(s, 12):
                fire("contract.term_too_short", "error")
            if e < add_months(as_of, 2):
                fire("contract.ends_within_two_months", "error")
        else:
            fire("field.unreadable", "warning")
    # tax
    tx = by.get("tax_record", [])
    if tx:
        periods = {r["period"] for d in tx for r in d["rows"]}
        if any(m not in periods for m in tax_window(as_of)):
            fire("tax.missing_months", "error")
    # employer
    if lc and "employer" in lc:
        emp = norm(lc["employer"])
        if tx:
            rows = [r for d in tx for r in d["rows"]]
            if rows:
                last = max(r["period"] for r in rows)
                agents = {norm(r["withholding_agent"]) for r in rows if r["period"] == last and "withholding_agent" in r}
                if emp not in agents:
                    fire("employer.mismatch", "error")
        si = by.get("social_insurance_record", [])
        srows = [r for d in si for r in d["rows"]]
        if srows:
            last = max(r["month"] for r in srows)
            if emp not in {norm(r["employer"]) for r in srows if r["month"] == last}:
                fire("employer.mismatch", "error")
    # social insurance
    si_regular = set()
    if "social_insurance_record" in by:
        srows = [r for d in by["social_insurance_record"] for r in d["rows"]]
        si_regular = {r["month"] for r in srows if not r["back_payment"]}
        m0 = dt.date(as_of.year, as_of.month, 1)
        last12 = {ym(add_months(m0, -k)) for k in range(1, 13)}
        if len(si_regular & last12) < 6:
            fire("social_insurance.insufficient_months", "error")
        if ym(m0) not in si_regular and ym(add_months(m0, -1)) not in si_regular:
            fire("social_insurance.not_paying", "error")
    # points
    items = {}
    if age is not None:
        items["age"] = age_points(age)
    dips = by.get("diploma", [])
    degs = by.get("degree_certificate", [])
    edu = 0
    lv = " ".join(d["fields"].get("level", "") for d in dips)
    dg = " ".join(d["fields"].get("level", "") for d in degs)
    if "博士" in lv or "博士" in dg:
        edu = 110
    elif "硕士" in dg or "硕士" in lv:
        edu = 100
    elif "本科" in lv and "学士" in dg:
        edu = 90
    elif "本科" in lv:
        edu = 60
    elif "学士" in dg:
        edu = 90
    elif "专科" in lv or "大专" in lv:
        edu = 50
    if degs and not dips:
        fire("points.claim_unsupported", "warning")
    for d in dips:
        mode = d["fields"].get("study_mode", "")
        if any(k in mode for k in ("成人", "自考", "自学", "网络", "业余", "函授")):
            if not any(x["fields"].get("online_record") for x in dips):
                fire("points.claim_unsupported", "warning")
    if edu:
        items["education"] = edu
    if si_regular:
        y = len(si_regular) // 12
        if y:
            items["social_insurance_years"] = 3 * y
    est = sum(items.values())
    if est < 120:
        fire("points.below_standard", "warning")
    rules = sorted(fired)
    sev = set(fired.values())
    verdict = "fix" if "error" in sev else ("review" if "warning" in sev else "ready")
    items = {k: v for k, v in items.items() if v}
    return rules, verdict, {"standard": 120, "estimate": est, "items": items}


def age_points(age):
    if age > 60:
        return 0
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))
