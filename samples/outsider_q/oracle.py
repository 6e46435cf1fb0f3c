"""Derive expected findings, verdict and points from truth values (SPEC §4, §6).

The generator never writes expected_rules/verdict/points by hand: it draws the
values, then calls derive(); selfcheck calls derive() again on the written
truth file and compares.
"""
import datetime as dt

from dateutil.relativedelta import relativedelta

from .util import id_valid

SEVERITY = {
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

# 2026 public holidays and make-up working days (国务院办公厅 2026 安排), plus 2027 New Year
HOLIDAYS = set()
for a, b in [("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
             ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
             ("2026-10-01", "2026-10-07"), ("2027-01-01", "2027-01-01")]:
    x = dt.date.fromisoformat(a)
    while x <= dt.date.fromisoformat(b):
        HOLIDAYS.add(x)
        x += dt.timedelta(days=1)
MAKEUP = {dt.date.fromisoformat(s) for s in
          ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]}


def is_workday(x):
    if x in HOLIDAYS:
        return False
    if x in MAKEUP:
        return True
    return x.weekday() < 5


def workdays_between(issue, as_of):
    """working days d with issue < d <= as_of"""
    n, x = 0, issue + dt.timedelta(days=1)
    while x <= as_of:
        n += is_workday(x)
        x += dt.timedelta(days=1)
    return n


def norm(s):
    if s is None:
        return None
    out = []
    for c in s:
        o = ord(c)
        if c.isspace() or o == 0x3000:
            continue
        if 0xFF01 <= o <= 0xFF5E:
            c = chr(o - 0xFEE0)
        out.append(c)
    return "".join(out)


def D(s):
    return dt.date.fromisoformat(s)


def completed_age(birth, as_of):
    return relativedelta(as_of, birth).years


def age_points(age):
    if age < 18 or age > 60:
        return 0
    return min(30, 5 + 2 * max(0, 56 - age))


def tax_window(as_of):
    """six latest months M with the 15th of M+1 on or before as_of"""
    m = dt.date(as_of.year, as_of.month, 1)
    months = []
    while len(months) < 6:
        deadline = (m + relativedelta(months=1)).replace(day=15)
        if deadline <= as_of:
            months.append(m)
        m -= relativedelta(months=1)
    return ["%04d-%02d" % (x.year, x.month) for x in sorted(months)]


def id_matches(a, b):
    """compare two ID numbers; '*' in either is a wildcard (app masking)"""
    if len(a) != len(b):
        return False
    return all(x == y or x == "*" or y == "*" for x, y in zip(a.upper(), b.upper()))


def current_contract(contracts):
    if not contracts:
        return None
    return max(contracts, key=lambda c: (c["fields"].get("open_ended", False),
                                         c["fields"].get("end_date") or "9999-12-31"))


def derive(truth):
    """returns (findings, verdict, points) — findings: list of {rule, severity, detail}"""
    as_of = D(truth["as_of"])
    app = truth["application"]
    docs = truth["documents"]
    by = {}
    for doc in docs:
        by.setdefault(doc["type"], []).append(doc)

    def f1(t):
        return by[t][0]["fields"] if t in by else None

    findings = []

    def add(rule, detail):
        findings.append({"rule": rule, "severity": SEVERITY[rule], "detail": detail})

    # packet.missing_document
    need = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    missing = [t for t in need if t not in by]
    if app == "first" and "collective_hukou_certificate" not in by:
        for t in ["household_register_cover", "household_register_member"]:
            if t not in by:
                missing.append(t)
    for t in missing:
        add("packet.missing_document", t)

    # identity
    names, ids = [], []
    name_fields = {"id_card": "name", "residence_permit": "name", "household_register_member": "name",
                   "collective_hukou_certificate": "name", "labour_contract": "employee_name",
                   "tax_record": "name", "social_insurance_record": "name", "diploma": "name",
                   "degree_certificate": "name", "marriage_certificate": "holder_name"}
    id_fields = {"id_card": "id_number", "residence_permit": "id_number", "household_register_member": "id_number",
                 "collective_hukou_certificate": "id_number", "labour_contract": "employee_id_number",
                 "tax_record": "id_number", "social_insurance_record": "id_number"}
    for doc in docs:
        f = doc["fields"]
        k = name_fields.get(doc["type"])
        if k and f.get(k):
            names.append((doc["type"], norm(f[k])))
        k = id_fields.get(doc["type"])
        if k and f.get(k):
            ids.append((doc["type"], f[k].upper()))
    all_ids = [v for _, v in ids]
    if "marriage_certificate" in by:
        all_ids += [x["fields"]["spouse_id_number"] for x in by["marriage_certificate"]
                    if x["fields"].get("spouse_id_number")]
    bad = sorted({v for v in all_ids if "*" not in v and not id_valid(v)})
    for v in bad:
        add("identity.id_number_invalid", v)
    if len({n for _, n in names}) > 1:
        add("identity.name_mismatch", sorted({n for _, n in names}))
    full = sorted({v for _, v in ids if "*" not in v})
    masked = [v for _, v in ids if "*" in v]
    if len(full) > 1 or any(not all(id_matches(m, v) for v in full) for m in masked):
        add("identity.id_number_mismatch", sorted({v for _, v in ids}))

    # address
    permit = f1("residence_permit")
    home = f1("household_register_cover") or f1("collective_hukou_certificate")
    if permit and home and permit.get("hukou_address") and home.get("address"):
        if norm(permit["hukou_address"]) != norm(home["address"]):
            add("address.hukou_mismatch", [permit["hukou_address"], home["address"]])

    # permit / id card validity
    if permit:
        if permit.get("valid_until") and D(permit["valid_until"]) < as_of:
            add("permit.expired", permit["valid_until"])
        if permit.get("issue_date") and workdays_between(D(permit["issue_date"]), as_of) < 5:
            add("permit.too_recent", permit["issue_date"])
    idc = f1("id_card")
    if idc and idc.get("valid_until") and idc["valid_until"] != "long_term" and D(idc["valid_until"]) < as_of:
        add("id_card.expired", idc["valid_until"])

    # age
    birth = None
    if idc and idc.get("birth_date"):
        birth = D(idc["birth_date"])
    elif full:
        x = full[0]
        birth = dt.date(int(x[6:10]), int(x[10:12]), int(x[12:14]))
    age = completed_age(birth, as_of) if birth else None
    if age is not None and (age < 18 or age > 60):
        add("applicant.age_out_of_range", age)

    # contract
    con = current_contract(by.get("labour_contract"))
    cf = con["fields"] if con else None
    if cf and not cf.get("open_ended"):
        s, e = D(cf["start_date"]), D(cf["end_date"])
        if e + dt.timedelta(days=1) < s + relativedelta(years=1):
            add("contract.term_too_short", [cf["start_date"], cf["end_date"]])
        if e < as_of + relativedelta(months=2):
            add("contract.ends_within_two_months", cf["end_date"])

    # tax
    tax = by.get("tax_record")
    if tax:
        rows = [r for t in tax for r in t["rows"]]
        have = {r["period"] for r in rows}
        miss = [m for m in tax_window(as_of) if m not in have]
        if miss:
            add("tax.missing_months", miss)
    # employer
    if cf:
        emp = norm(cf["employer"])
        if tax:
            rows = [r for t in tax for r in t["rows"]]
            if rows:
                last = max(r["period"] for r in rows)
                agents = {norm(r["withholding_agent"]) for r in rows if r["period"] == last}
                if emp not in agents:
                    add("employer.mismatch", ["tax", last, sorted(agents)])
        si = by.get("social_insurance_record")
        if si:
            rows = [r for t in si for r in t["rows"]]
            if rows:
                last = max(r["month"] for r in rows)
                emps = {norm(r["employer"]) for r in rows if r["month"] == last}
                if emp not in emps:
                    add("employer.mismatch", ["social_insurance", last, sorted(emps)])
    # social insurance
    si = by.get("social_insurance_record")
    regular = set()
    if si:
        rows = [r for t in si for r in t["rows"]]
        regular = {r["month"] for r in rows if not r["back_payment"]}
        m0 = dt.date(as_of.year, as_of.month, 1)
        last12 = {"%04d-%02d" % (x.year, x.month) for x in (m0 - relativedelta(months=i) for i in range(1, 13))}
        if len(regular & last12) < 6:
            add("social_insurance.insufficient_months", len(regular & last12))
        prev = m0 - relativedelta(months=1)
        if not ({"%04d-%02d" % (m0.year, m0.month), "%04d-%02d" % (prev.year, prev.month)} & regular):
            add("social_insurance.not_paying", None)

    # points
    items = {}
    if age is not None and age_points(age):
        items["age"] = age_points(age)
    edu, unsupported = education_points(by)
    if edu:
        items["education"] = edu
    if unsupported:
        add("points.claim_unsupported", unsupported)
    if si and len(regular) >= 12:
        items["social_insurance_years"] = 3 * (len(regular) // 12)
    est = sum(items.values())
    if est < 120:
        add("points.below_standard", est)
    points = {"standard": 120, "estimate": est, "items": items}

    sev = {f["severity"] for f in findings}
    verdict = "fix" if "error" in sev else ("review" if "warning" in sev else "ready")
    return findings, verdict, points


def expected_rules(findings):
    out = []
    for f in findings:
        if f["rule"] not in out:
            out.append(f["rule"])
    return out


DIPLOMA_RANK = {"专科": 1, "大专": 1, "本科": 2, "硕士研究生": 3, "博士研究生": 4}
DEGREE_RANK = {"学士": 2, "硕士": 3, "博士": 4}


def education_points(by):
    dips = [x["fields"] for x in by.get("diploma", [])]
    degs = [x["fields"] for x in by.get("degree_certificate", [])]
    online = {DIPLOMA_RANK.get(f["level"]) for f in dips if f.get("online_record")}
    paper = [f for f in dips if not f.get("online_record")]
    dip_ranks = {DIPLOMA_RANK.get(f["level"]) for f in dips}
    deg_ranks = {DEGREE_RANK.get(f["level"]) for f in degs}
    best, unsupported = 0, []
    cand = []
    if 1 in dip_ranks:
        cand.append((50, [1], None))
    if 2 in dip_ranks:
        cand.append((60, [2], None))
    if 2 in deg_ranks:
        cand.append((90, [2], 2))
    if 3 in deg_ranks:
        cand.append((100, [3], 3))
    if 4 in deg_ranks:
        cand.append((110, [4], 4))
    if not cand:
        return 0, []
    pts, lv, deg = max(cand)
    need = lv[0]
    if deg is not None and need not in dip_ranks:
        unsupported.append("degree_without_diploma")
    for f in paper:
        if DIPLOMA_RANK.get(f["level"]) == need and f.get("study_mode", "普通全日制") != "普通全日制" \
                and need not in online:
            unsupported.append("adult_diploma_without_record")
    return pts, unsupported
