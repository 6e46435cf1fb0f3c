"""SPEC §4 rules and §6 points, evaluated on a truth dict (the documents as
printed). Used by the generator to write expected_rules/verdict/points and by
selfcheck to verify them."""
import datetime as dt
import unicodedata
from dateutil.relativedelta import relativedelta

from .ids import id_valid, id_birth

ERROR_RULES = [
    "packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch",
    "identity.id_number_mismatch", "address.hukou_mismatch", "permit.expired", "id_card.expired",
    "applicant.age_out_of_range", "contract.term_too_short", "contract.ends_within_two_months",
    "tax.missing_months", "employer.mismatch", "social_insurance.insufficient_months",
    "social_insurance.not_paying"]
WARNING_RULES = ["permit.too_recent", "field.unreadable", "quality.unreadable_page",
                 "points.below_standard", "points.claim_unsupported"]

# Chinese public holidays and make-up working days (调休) 2025–2027 as known
HOLIDAYS = set()
WORKDAYS = set()


def _rng(a, b):
    a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    while a <= b:
        yield a
        a += dt.timedelta(days=1)


for a, b in [("2025-01-01", "2025-01-01"), ("2025-01-28", "2025-02-04"), ("2025-04-04", "2025-04-06"),
             ("2025-05-01", "2025-05-05"), ("2025-05-31", "2025-06-02"), ("2025-10-01", "2025-10-08"),
             ("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
             ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
             ("2026-10-01", "2026-10-07"), ("2027-01-01", "2027-01-01")]:
    HOLIDAYS.update(_rng(a, b))
for d in ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11", "2026-01-04",
          "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]:
    WORKDAYS.add(dt.date.fromisoformat(d))


def is_workday(d):
    if d in WORKDAYS:
        return True
    return d.weekday() < 5 and d not in HOLIDAYS


def working_days_after(issue, as_of):
    n, d = 0, issue + dt.timedelta(days=1)
    while d <= as_of:
        n += is_workday(d)
        d += dt.timedelta(days=1)
    return n


def D(s):
    return dt.date.fromisoformat(s) if isinstance(s, str) and len(s) == 10 else None


def norm(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", s)
    return "".join(s.split())


def ym(d):
    return f"{d.year:04d}-{d.month:02d}"


def month_add(m, k):
    y, mo = int(m[:4]), int(m[5:7])
    t = y * 12 + mo - 1 + k
    return f"{t // 12:04d}-{t % 12 + 1:02d}"


def tax_window(as_of):
    m = ym(as_of)
    while True:
        nxt = month_add(m, 1)
        if dt.date(int(nxt[:4]), int(nxt[5:]), 15) <= as_of:
            break
        m = month_add(m, -1)
    return [month_add(m, -k) for k in range(5, -1, -1)]


def age_points(age):
    if age is None or age > 60:
        return 0
    return min(30, 5 + 2 * max(0, 56 - age))


def evaluate(truth):
    """Return (expected_rules sorted, verdict, points dict, notes)."""
    as_of = D(truth["as_of"])
    app = truth["application"]
    docs = truth["documents"]
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d)
    one = lambda t: by.get(t, [None])[0]
    fired = set()
    notes = []

    def need(doc, key):
        v = doc["fields"].get(key)
        if v is None:
            fired.add("field.unreadable")
            notes.append(f"unreadable {doc['type']}.{key}")
        return v

    # missing documents
    req = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    missing = [t for t in req if t not in by]
    if app == "first":
        if not (("household_register_cover" in by and "household_register_member" in by)
                or "collective_hukou_certificate" in by):
            missing.append("household_register")
    if missing:
        fired.add("packet.missing_document")
        notes.append("missing " + ",".join(missing))

    # ID numbers valid
    id_fields = {"id_card": ["id_number"], "residence_permit": ["id_number"],
                 "household_register_member": ["id_number"], "collective_hukou_certificate": ["id_number"],
                 "labour_contract": ["employee_id_number"], "tax_record": ["id_number"],
                 "social_insurance_record": ["id_number"], "marriage_certificate": ["spouse_id_number"]}
    applicant_ids = []
    for d in docs:
        for k in id_fields.get(d["type"], []):
            v = d["fields"].get(k)
            if v is None:
                continue
            if not id_valid(v):
                fired.add("identity.id_number_invalid")
                notes.append(f"invalid id {d['type']}.{k}")
            if k != "spouse_id_number":
                applicant_ids.append(v.upper())
    if len(set(applicant_ids)) > 1:
        fired.add("identity.id_number_mismatch")
    name_fields = {"id_card": "name", "residence_permit": "name", "household_register_member": "name",
                   "collective_hukou_certificate": "name", "labour_contract": "employee_name",
                   "tax_record": "name", "social_insurance_record": "name", "diploma": "name",
                   "degree_certificate": "name", "marriage_certificate": "holder_name"}
    names = [norm(d["fields"].get(name_fields[d["type"]])) for d in docs if d["type"] in name_fields
             and d["fields"].get(name_fields[d["type"]])]
    if len(set(names)) > 1:
        fired.add("identity.name_mismatch")

    rp = one("residence_permit")
    cover = one("household_register_cover") or one("collective_hukou_certificate")
    if rp and cover:
        a = need(rp, "hukou_address")
        b = need(cover, "address")
        if a and b and norm(a) != norm(b):
            fired.add("address.hukou_mismatch")
    if rp:
        vu = need(rp, "valid_until")
        if vu and D(vu) < as_of:
            fired.add("permit.expired")
        iss = need(rp, "issue_date")
        if iss and working_days_after(D(iss), as_of) < 5:
            fired.add("permit.too_recent")
    idc = one("id_card")
    if idc:
        vu = need(idc, "valid_until")
        if vu and vu != "long_term" and D(vu) < as_of:
            fired.add("id_card.expired")
    # birth date / age
    birth = None
    if idc and idc["fields"].get("birth_date"):
        birth = D(idc["fields"]["birth_date"])
    elif applicant_ids and id_valid(applicant_ids[0]):
        birth = id_birth(applicant_ids[0])
    age = None
    if birth:
        age = as_of.year - birth.year - ((as_of.month, as_of.day) < (birth.month, birth.day))
        if age < 18 or age > 60:
            fired.add("applicant.age_out_of_range")
    elif idc or applicant_ids:
        fired.add("field.unreadable")

    lc = one("labour_contract")
    if lc:
        f = lc["fields"]
        if not f.get("open_ended"):
            s, e = need(lc, "start_date"), need(lc, "end_date")
            if s and e:
                s, e = D(s), D(e)
                if e + dt.timedelta(days=1) < s + relativedelta(years=1):
                    fired.add("contract.term_too_short")
                if e < as_of + relativedelta(months=2):
                    fired.add("contract.ends_within_two_months")
    tax = one("tax_record")
    win = tax_window(as_of)
    if tax:
        periods = {r["period"] for r in tax["rows"]}
        miss = [m for m in win if m not in periods]
        if miss:
            fired.add("tax.missing_months")
            notes.append("tax missing " + ",".join(miss))
    si = one("social_insurance_record")
    if lc:
        emp = need(lc, "employer")
        if emp and tax and tax["rows"]:
            last = max(r["period"] for r in tax["rows"])
            agents = {norm(r["withholding_agent"]) for r in tax["rows"] if r["period"] == last}
            if norm(emp) not in agents:
                fired.add("employer.mismatch")
                notes.append("tax agent mismatch")
        if emp and si and si["rows"]:
            last = max(r["month"] for r in si["rows"])
            emps = {norm(r["employer"]) for r in si["rows"] if r["month"] == last}
            if norm(emp) not in emps:
                fired.add("employer.mismatch")
                notes.append("si employer mismatch")
    si_years = 0
    if si:
        am = ym(as_of)
        regular = {r["month"] for r in si["rows"] if not r["back_payment"]}
        w12 = {month_add(am, -k) for k in range(1, 13)}
        if len(regular & w12) < 6:
            fired.add("social_insurance.insufficient_months")
        if am not in regular and month_add(am, -1) not in regular:
            fired.add("social_insurance.not_paying")
        si_years = len({m for m in regular if m <= am}) // 12

    # points
    items = {"age": age_points(age)}
    edu = 0
    unsupported = False
    dips = by.get("diploma", [])
    degs = by.get("degree_certificate", [])
    dip_levels = {d["fields"].get("level") for d in dips}
    deg_levels = {d["fields"].get("level") for d in degs}
    if "博士研究生" in dip_levels and "博士" in deg_levels:
        edu = 110
    elif "硕士研究生" in dip_levels and "硕士" in deg_levels:
        edu = 100
    elif "本科" in dip_levels and "学士" in deg_levels:
        edu = 90
    elif "本科" in dip_levels:
        edu = 60
    elif "专科" in dip_levels:
        edu = 50
    # a degree without its diploma: counted, but unsupported
    if degs and not dips:
        unsupported = True
        edu = max(edu, {"学士": 90, "硕士": 100, "博士": 110}.get(sorted(deg_levels)[0], 0))
    # 成人/自考/网络 diploma without 学籍 papers (no 学信网 record in the packet)
    nonfull = [d for d in dips if d["fields"].get("study_mode") in ("成人教育", "高等教育自学考试", "网络教育", "成人", "自考", "网络")]
    if nonfull and not any(d["fields"].get("online_record") for d in dips):
        unsupported = True
    if unsupported:
        fired.add("points.claim_unsupported")
    if edu:
        items["education"] = edu
    if si_years:
        items["social_insurance_years"] = 3 * si_years
    est = sum(items.values())
    if est < 120:
        fired.add("points.below_standard")
    if any(p.get("blank") or p.get("unreadable") for p in truth["pages"]):
        fired.add("quality.unreadable_page")
    rules = sorted(fired)
    if any(r in ERROR_RULES for r in rules):
        verdict = "fix"
    elif rules:
        verdict = "review"
    else:
        verdict = "ready"
    points = {"standard": 120, "estimate": est, "items": items}
    return rules, verdict, points, notes
