"""SPEC §4 rules and §6 points, derived from truth values only.

Input: a truth dict (as written to rNNN.truth.json).  Output: (sorted rule ids, verdict, points dict).
The generator calls this to fill expected_rules / verdict / points; the selfcheck calls it again.
"""
import datetime as _dt

from dateutil.relativedelta import relativedelta

from .ids import id_valid, id_birth
from .util import norm, is_masked

SEVERITY = {
    "packet.missing_document": "error", "identity.id_number_invalid": "error", "identity.name_mismatch": "error",
    "identity.id_number_mismatch": "error", "address.hukou_mismatch": "error", "permit.expired": "error",
    "permit.too_recent": "warning", "id_card.expired": "error", "applicant.age_out_of_range": "error",
    "contract.term_too_short": "error", "contract.ends_within_two_months": "error", "tax.missing_months": "error",
    "employer.mismatch": "error", "social_insurance.insufficient_months": "error",
    "social_insurance.not_paying": "error", "field.unreadable": "warning", "quality.unreadable_page": "warning",
    "points.below_standard": "warning", "points.claim_unsupported": "warning",
}
ERROR_RULES = sorted(k for k, v in SEVERITY.items() if v == "error")

NAME_FIELDS = [("id_card", "name"), ("residence_permit", "name"), ("household_register_member", "name"),
               ("collective_hukou_certificate", "name"), ("labour_contract", "employee_name"), ("tax_record", "name"),
               ("social_insurance_record", "name"), ("diploma", "name"), ("degree_certificate", "name"),
               ("marriage_certificate", "holder_name")]
ID_FIELDS = [("id_card", "id_number"), ("residence_permit", "id_number"), ("household_register_member", "id_number"),
             ("collective_hukou_certificate", "id_number"), ("labour_contract", "employee_id_number"),
             ("tax_record", "id_number"), ("social_insurance_record", "id_number")]

# 2026 public holidays and make-up working days (国务院办公厅 2026 安排).  Only Nov/Dec matter for this set:
# none fall there, so permit.too_recent counts plain Monday-Friday in the windows the scenarios use.
HOLIDAYS = set()
for a, b in [("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
             ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
             ("2026-10-01", "2026-10-07"), ("2027-01-01", "2027-01-03")]:
    d = _dt.date.fromisoformat(a)
    while d <= _dt.date.fromisoformat(b):
        HOLIDAYS.add(d)
        d += _dt.timedelta(days=1)
MAKEUP = {_dt.date.fromisoformat(x) for x in ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]}


def working_day(d):
    if d in MAKEUP:
        return True
    if d in HOLIDAYS:
        return False
    return d.weekday() < 5


def working_days_between(issue, as_of):
    """number of working days d with issue < d <= as_of"""
    n = 0
    d = issue + _dt.timedelta(days=1)
    while d <= as_of:
        if working_day(d):
            n += 1
        d += _dt.timedelta(days=1)
    return n


def D(s):
    return _dt.date.fromisoformat(s)


def ym_first(s):
    return _dt.date(int(s[:4]), int(s[5:7]), 1)


def tax_window(as_of):
    """the six latest months M whose deadline (15th of M+1) is on or before as_of"""
    m = _dt.date(as_of.year, as_of.month, 1)
    out = []
    while len(out) < 6:
        deadline = (m + relativedelta(months=1)).replace(day=15)
        if deadline <= as_of:
            out.append(m)
        m = m - relativedelta(months=1)
    return sorted(out)


def age_at(b, on):
    a = on.year - b.year
    if (on.month, on.day) < (b.month, b.day):
        a -= 1
    return a


def age_points(age):
    if age > 60:
        return 0
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))


ADULT_MODES = ("成人高等教育", "高等教育自学考试", "网络教育")


def education(docs):
    """returns (points or None, unsupported: bool, basis)"""
    dips = [d for d in docs if d["type"] == "diploma" and d["fields"].get("level")]
    degs = [d for d in docs if d["type"] == "degree_certificate" and d["fields"].get("level")]
    if not dips and not degs:
        return None, False, ""
    dl = {d["fields"]["level"] for d in dips}
    gl = {d["fields"]["level"] for d in degs}
    cands = []
    unsupported = False
    if "专科" in dl:
        cands.append((50, "专科"))
    if "本科" in dl:
        cands.append((90, "本科+学士学位") if "学士" in gl else (60, "本科"))
    if "硕士研究生" in dl and "硕士" in gl:
        cands.append((100, "硕士研究生+硕士学位"))
    if "博士研究生" in dl and "博士" in gl:
        cands.append((110, "博士研究生+博士学位"))
    # a degree without its diploma: counted, but unsupported
    for g, need, pts in [("学士", "本科", 90), ("硕士", "硕士研究生", 100), ("博士", "博士研究生", 110)]:
        if g in gl and need not in dl:
            cands.append((pts, g + "学位（缺毕业证书）"))
            unsupported = True
    # adult / self-study / online diplomas without 学籍 papers
    online = any(d.get("extra", {}).get("online_record") for d in dips)
    for d in dips:
        if d.get("extra", {}).get("study_mode") in ADULT_MODES and not online:
            unsupported = True
    if not cands:
        return 0, unsupported, ""
    p, basis = max(cands)
    return p, unsupported, basis


def current_contract(contracts):
    oe = [c for c in contracts if c["fields"].get("open_ended")]
    if oe:
        return oe[0]
    with_end = [c for c in contracts if c["fields"].get("end_date")]
    if with_end:
        return max(with_end, key=lambda c: c["fields"]["end_date"])
    return contracts[0] if contracts else None


def derive(truth):
    as_of = D(truth["as_of"])
    app = truth.get("application", "first")
    docs = truth["documents"]
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d)
    fired = set()

    def first(t):
        return by.get(t, [None])[0]

    # ---- missing documents
    req = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    for t in req:
        if t not in by:
            fired.add("packet.missing_document")
    if app == "first":
        booklet = "household_register_cover" in by and "household_register_member" in by
        if not booklet and "collective_hukou_certificate" not in by:
            fired.add("packet.missing_document")

    # ---- identity
    names = set()
    for t, f in NAME_FIELDS:
        for d in by.get(t, []):
            v = d["fields"].get(f)
            if v:
                names.add(norm(v))
    if len(names) > 1:
        fired.add("identity.name_mismatch")
    ids_full, ids_masked = set(), set()
    for t, f in ID_FIELDS:
        for d in by.get(t, []):
            v = d["fields"].get(f)
            if not v:
                continue
            (ids_masked if is_masked(v) else ids_full).add(v.upper())
    if any(not id_valid(v) for v in ids_full):
        fired.add("identity.id_number_invalid")
    mism = len(ids_full) > 1
    for m in ids_masked:
        for v in ids_full:
            if len(m) != 18 or any(a not in "*＊" and a != b for a, b in zip(m, v)):
                mism = True
    if mism:
        fired.add("identity.id_number_mismatch")

    # ---- hukou address
    rp = first("residence_permit")
    hk = first("household_register_cover") or first("collective_hukou_certificate")
    if rp and hk:
        a, b = rp["fields"].get("hukou_address"), hk["fields"].get("address")
        if not a or not b:
            fired.add("field.unreadable")
        elif norm(a) != norm(b):
            fired.add("address.hukou_mismatch")

    # ---- permit
    if rp:
        vu = rp["fields"].get("valid_until")
        if not vu:
            fired.add("field.unreadable")
        elif D(vu) < as_of:
            fired.add("permit.expired")
        isd = rp["fields"].get("issue_date")
        if not isd:
            fired.add("field.unreadable")
        elif working_days_between(D(isd), as_of) < 5:
            fired.add("permit.too_recent")

    # ---- id card
    ic = first("id_card")
    if ic:
        vu = ic["fields"].get("valid_until")
        if not vu:
            fired.add("field.unreadable")
        elif vu != "long_term" and D(vu) < as_of:
            fired.add("id_card.expired")

    # ---- age
    birth = None
    if ic and ic["fields"].get("birth_date"):
        birth = D(ic["fields"]["birth_date"])
    else:
        for v in sorted(ids_full):
            if id_valid(v):
                birth = id_birth(v)
                break
    age = None
    if birth is None:
        fired.add("field.unreadable")
    else:
        age = age_at(birth, as_of)
        if age < 18 or age > 60:
            fired.add("applicant.age_out_of_range")

    # ---- contract
    lc = current_contract(by.get("labour_contract", []))
    if lc:
        f = lc["fields"]
        if not f.get("open_ended"):
            if not f.get("start_date") or not f.get("end_date"):
                fired.add("field.unreadable")
            else:
                s, e = D(f["start_date"]), D(f["end_date"])
                if e + _dt.timedelta(days=1) < s + relativedelta(years=1):
                    fired.add("contract.term_too_short")
                if e < as_of + relativedelta(months=2):
                    fired.add("contract.ends_within_two_months")

    # ---- tax
    tr = first("tax_record")
    if tr:
        periods = {r["period"] for r in tr["rows"] if r.get("period")}
        for m in tax_window(as_of):
            if "%04d-%02d" % (m.year, m.month) not in periods:
                fired.add("tax.missing_months")
    # ---- employer
    if lc and lc["fields"].get("employer"):
        emp = norm(lc["fields"]["employer"])
        if tr and tr["rows"]:
            latest = max(r["period"] for r in tr["rows"])
            agents = {norm(r["withholding_agent"]) for r in tr["rows"] if r["period"] == latest}
            if emp not in agents:
                fired.add("employer.mismatch")
        si = first("social_insurance_record")
        if si and si["rows"]:
            latest = max(r["month"] for r in si["rows"])
            emps = {norm(r["employer"]) for r in si["rows"] if r["month"] == latest}
            if emp not in emps:
                fired.add("employer.mismatch")
    elif lc:
        fired.add("field.unreadable")

    # ---- social insurance
    si = first("social_insurance_record")
    si_regular = set()
    if si:
        si_regular = {r["month"] for r in si["rows"] if not r.get("back_payment")}
        m0 = _dt.date(as_of.year, as_of.month, 1)
        window = {"%04d-%02d" % (x.year, x.month) for x in (m0 - relativedelta(months=k) for k in range(1, 13))}
        if len(si_regular & window) < 6:
            fired.add("social_insurance.insufficient_months")
        cur = "%04d-%02d" % (m0.year, m0.month)
        prev_m = m0 - relativedelta(months=1)
        prev = "%04d-%02d" % (prev_m.year, prev_m.month)
        if cur not in si_regular and prev not in si_regular:
            fired.add("social_insurance.not_paying")

    # ---- pages
    if any(p.get("blank") for p in truth.get("pages", [])):
        fired.add("quality.unreadable_page")

    # ---- points (§6)
    items = {}
    if age is not None:
        items["age"] = age_points(age)
    edu, unsupported, _ = education(docs)
    if edu is not None:
        items["education"] = edu
    if unsupported:
        fired.add("points.claim_unsupported")
    if si:
        items["social_insurance_years"] = (len(si_regular) // 12) * 3
    est = sum(items.values())
    if est < 120:
        fired.add("points.below_standard")
    points = {"standard": 120, "estimate": est, "items": items}

    rules = sorted(fired)
    if any(SEVERITY[r] == "error" for r in rules):
        verdict = "fix"
    elif rules:
        verdict = "review"
    else:
        verdict = "ready"
    return rules, verdict, points
