"""SPEC §4/§6 evaluated on a truth record: which rules the tool is expected
to report, the verdict, and the points estimate.  This is the generator's
own reading of SPEC, applied to the values the truth says are on the pages
(an omitted field means: not legible on the pages)."""
import datetime as dt
from dateutil.relativedelta import relativedelta

from .ids import id_valid, id_birth_date

ERROR_RULES = [
    "packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch",
    "identity.id_number_mismatch", "address.hukou_mismatch", "permit.expired",
    "id_card.expired", "applicant.age_out_of_range", "contract.term_too_short",
    "contract.ends_within_two_months", "tax.missing_months", "employer.mismatch",
    "social_insurance.insufficient_months", "social_insurance.not_paying"]
WARNING_RULES = ["permit.too_recent", "field.unreadable", "quality.unreadable_page",
                 "points.below_standard", "points.claim_unsupported"]
# SPEC §4 table order
ALL_RULES = [
    "packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch",
    "identity.id_number_mismatch", "address.hukou_mismatch", "permit.expired", "permit.too_recent",
    "id_card.expired", "applicant.age_out_of_range", "contract.term_too_short",
    "contract.ends_within_two_months", "tax.missing_months", "employer.mismatch",
    "social_insurance.insufficient_months", "social_insurance.not_paying", "field.unreadable",
    "quality.unreadable_page", "points.below_standard", "points.claim_unsupported"]

# Official 2026/2027 holidays and make-up working days (only needed around
# the check date; kept for completeness of the working-day count).
HOLIDAYS = {dt.date(2026, 1, 1), dt.date(2026, 1, 2), dt.date(2026, 1, 3),
            dt.date(2026, 10, 1), dt.date(2026, 10, 2), dt.date(2026, 10, 3), dt.date(2026, 10, 4),
            dt.date(2026, 10, 5), dt.date(2026, 10, 6), dt.date(2026, 10, 7),
            dt.date(2027, 1, 1)}
MAKEUP_WORKDAYS = {dt.date(2026, 1, 4), dt.date(2026, 10, 10)}


def D(s):
    return dt.date.fromisoformat(s)


def is_workday(d):
    if d in MAKEUP_WORKDAYS:
        return True
    return d.weekday() < 5 and d not in HOLIDAYS


def workdays_after(issue, as_of):
    n, d = 0, issue + dt.timedelta(days=1)
    while d <= as_of:
        n += is_workday(d)
        d += dt.timedelta(days=1)
    return n


def tax_window(as_of):
    m = dt.date(as_of.year, as_of.month, 1)
    while True:
        deadline = (m + relativedelta(months=1)).replace(day=15)
        if deadline <= as_of:
            break
        m -= relativedelta(months=1)
    return [(m - relativedelta(months=k)).strftime("%Y-%m") for k in range(5, -1, -1)]


def si_window(as_of):
    m = dt.date(as_of.year, as_of.month, 1)
    return [(m - relativedelta(months=k)).strftime("%Y-%m") for k in range(12, 0, -1)]


def completed_age(birth, as_of):
    return as_of.year - birth.year - ((as_of.month, as_of.day) < (birth.month, birth.day))


def age_points(age):
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))


EDU_POINTS = {"专科": 50, "本科": 60, "本科+学士": 90, "硕士": 100, "博士": 110}


def _docs(truth, t):
    return [d for d in truth["documents"] if d["type"] == t]


def contract_in_force(contracts):
    """Of several labour contracts (a contract and its 续订书), the one whose
    term runs longest is the one in force; an open-ended one wins."""
    def key(d):
        f = d["fields"]
        if f.get("open_ended"):
            return dt.date(9999, 1, 1)
        return D(f["end_date"]) if f.get("end_date") else dt.date(1, 1, 1)
    return max(contracts, key=key) if contracts else None


def education(truth):
    """Returns (points, unsupported?)"""
    dips = _docs(truth, "diploma")
    degs = _docs(truth, "degree_certificate")
    levels = {d["fields"].get("level") for d in dips}
    deg_levels = {d["fields"].get("level") for d in degs}
    online = any(d["fields"].get("online_record") for d in dips)
    unsupported = False
    best = 0
    if "硕士研究生" in levels and "硕士" in deg_levels:
        best = EDU_POINTS["硕士"]
    elif "本科" in levels and "学士" in deg_levels:
        best = EDU_POINTS["本科+学士"]
    elif "本科" in levels:
        best = EDU_POINTS["本科"]
    elif "专科" in levels:
        best = EDU_POINTS["专科"]
    if degs and not dips:       # a degree without its diploma: counted, unsupported
        unsupported = True
        best = EDU_POINTS["硕士"] if "硕士" in deg_levels else EDU_POINTS["本科+学士"]
    for d in dips:
        if d["fields"].get("study_mode") in ("业余", "函授", "自学考试", "网络教育") and not online:
            unsupported = True
    return best, unsupported


def points(truth):
    as_of = D(truth["as_of"])
    items = {}
    ids = _docs(truth, "id_card")
    birth = None
    if ids and ids[0]["fields"].get("birth_date"):
        birth = D(ids[0]["fields"]["birth_date"])
    elif ids and ids[0]["fields"].get("id_number"):
        birth = id_birth_date(ids[0]["fields"]["id_number"])
    if birth:
        items["age"] = age_points(completed_age(birth, as_of))
    edu, unsupported = education(truth)
    if edu:
        items["education"] = edu
    si = _docs(truth, "social_insurance_record")
    if si:
        regular = {r["month"] for r in si[0]["rows"] if not r["back_payment"]}
        years = len(regular) // 12
        if years:
            items["social_insurance_years"] = 3 * years
    return {"standard": 120, "estimate": sum(items.values()), "items": items}, unsupported


def evaluate(truth):
    """Returns the sorted list of rule ids SPEC §4 makes fire on this truth."""
    as_of = D(truth["as_of"])
    fired = set()
    unreadable = False
    types = {d["type"] for d in truth["documents"]}
    # packet.missing_document
    req = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    if truth["application"] == "first":
        hukou_ok = ("household_register_cover" in types and "household_register_member" in types) \
            or "collective_hukou_certificate" in types
        if not hukou_ok:
            fired.add("packet.missing_document")
    if any(t not in types for t in req):
        fired.add("packet.missing_document")
    # identity
    names, idns = [], []
    for d in truth["documents"]:
        f = d["fields"]
        if d["type"] in ("id_card", "residence_permit", "household_register_member",
                         "collective_hukou_certificate", "tax_record", "social_insurance_record",
                         "diploma", "degree_certificate"):
            if f.get("name"):
                names.append(f["name"])
        if d["type"] == "labour_contract" and f.get("employee_name"):
            names.append(f["employee_name"])
        if d["type"] == "marriage_certificate" and f.get("holder_name"):
            names.append(f["holder_name"])
        if d["type"] in ("id_card", "residence_permit", "household_register_member",
                         "collective_hukou_certificate", "tax_record", "social_insurance_record"):
            if f.get("id_number"):
                idns.append(f["id_number"])
        if d["type"] == "labour_contract" and f.get("employee_id_number"):
            idns.append(f["employee_id_number"])
        if d["type"] == "marriage_certificate" and f.get("spouse_id_number"):
            if not id_valid(f["spouse_id_number"]):
                fired.add("identity.id_number_invalid")
    if len(set(names)) > 1:
        fired.add("identity.name_mismatch")
    if len(set(idns)) > 1:
        fired.add("identity.id_number_mismatch")
    if any(not id_valid(x) for x in idns):
        fired.add("identity.id_number_invalid")
    # address
    permit = (_docs(truth, "residence_permit") or [None])[0]
    cover = (_docs(truth, "household_register_cover") or _docs(truth, "collective_hukou_certificate") or [None])[0]
    if permit and cover:
        a = permit["fields"].get("hukou_address")
        b = cover["fields"].get("address")
        if a is None or b is None:
            unreadable = True
        elif a != b:
            fired.add("address.hukou_mismatch")
    if permit:
        pf = permit["fields"]
        if pf.get("valid_until") is None:
            unreadable = True
        elif D(pf["valid_until"]) < as_of:
            fired.add("permit.expired")
        if pf.get("issue_date") is None:
            unreadable = True
        elif workdays_after(D(pf["issue_date"]), as_of) < 5:
            fired.add("permit.too_recent")
    idc = (_docs(truth, "id_card") or [None])[0]
    if idc:
        f = idc["fields"]
        vu = f.get("valid_until")
        if vu is None:
            unreadable = True
        elif vu != "long_term" and D(vu) < as_of:
            fired.add("id_card.expired")
        b = D(f["birth_date"]) if f.get("birth_date") else (id_birth_date(f["id_number"]) if f.get("id_number") else None)
        if b is None:
            unreadable = True
        else:
            age = completed_age(b, as_of)
            if age < 18 or age > 60:
                fired.add("applicant.age_out_of_range")
    # contract
    lc = contract_in_force(_docs(truth, "labour_contract"))
    if lc:
        f = lc["fields"]
        if not f.get("open_ended"):
            if f.get("start_date") is None or f.get("end_date") is None:
                unreadable = True
            else:
                s, e = D(f["start_date"]), D(f["end_date"])
                if e + dt.timedelta(days=1) < s + relativedelta(years=1):
                    fired.add("contract.term_too_short")
                if e < as_of + relativedelta(months=2):
                    fired.add("contract.ends_within_two_months")
    # tax
    tax = (_docs(truth, "tax_record") or [None])[0]
    if tax:
        periods = {r["period"] for r in tax["rows"]}
        if any(m not in periods for m in tax_window(as_of)):
            fired.add("tax.missing_months")
    si = (_docs(truth, "social_insurance_record") or [None])[0]
    if lc:
        emp = lc["fields"].get("employer")
        if emp is None:
            unreadable = True
        else:
            if tax and tax["rows"]:
                last = max(r["period"] for r in tax["rows"])
                agents = [r.get("withholding_agent") for r in tax["rows"] if r["period"] == last]
                if any(a is None for a in agents):
                    unreadable = True
                elif emp not in agents:
                    fired.add("employer.mismatch")
            if si and si["rows"]:
                last = max(r["month"] for r in si["rows"])
                emps = [r.get("employer") for r in si["rows"] if r["month"] == last]
                if any(a is None for a in emps):
                    unreadable = True
                elif emp not in emps:
                    fired.add("employer.mismatch")
    if si:
        regular = {r["month"] for r in si["rows"] if not r["back_payment"]}
        if sum(m in regular for m in si_window(as_of)) < 6:
            fired.add("social_insurance.insufficient_months")
        cur = as_of.strftime("%Y-%m")
        prev = (as_of.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
        if cur not in regular and prev not in regular:
            fired.add("social_insurance.not_paying")
    if unreadable:
        fired.add("field.unreadable")
    if any(p.get("capture") == "blank" for p in truth["pages"]):
        fired.add("quality.unreadable_page")
    pts, unsupported = points(truth)
    if pts["estimate"] < pts["standard"]:
        fired.add("points.below_standard")
    if unsupported:
        fired.add("points.claim_unsupported")
    return [r for r in ALL_RULES if r in fired]


def verdict(rules):
    if any(r in ERROR_RULES for r in rules):
        return "fix"
    if rules:
        return "review"
    return "ready"
