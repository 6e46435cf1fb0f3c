"""Independent re-derivation of SPEC §4 rules, verdict and §6 points from truth values.

Input: a truth dict (the wNNN.truth.json format).  Output: dict with
`rules` (sorted list of rule ids that fire), `errors`, `warnings`, `verdict`
and `points` ({standard, estimate, items}).
"""
import datetime as dt

from dateutil.relativedelta import relativedelta

from .common import d, id_valid, month_add, norm

ERROR_RULES = {
    "packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch",
    "identity.id_number_mismatch", "address.hukou_mismatch", "permit.expired", "id_card.expired",
    "applicant.age_out_of_range", "contract.term_too_short", "contract.ends_within_two_months",
    "tax.missing_months", "employer.mismatch", "social_insurance.insufficient_months",
    "social_insurance.not_paying",
}
WARNING_RULES = {"permit.too_recent", "field.unreadable", "quality.unreadable_page",
                 "points.below_standard", "points.claim_unsupported"}

NAME_FIELDS = {"id_card": "name", "residence_permit": "name", "household_register_member": "name",
               "collective_hukou_certificate": "name", "labour_contract": "employee_name",
               "tax_record": "name", "social_insurance_record": "name", "diploma": "name",
               "degree_certificate": "name", "marriage_certificate": "holder_name"}
ID_FIELDS = {"id_card": "id_number", "residence_permit": "id_number",
             "household_register_member": "id_number", "collective_hukou_certificate": "id_number",
             "labour_contract": "employee_id_number", "tax_record": "id_number",
             "social_insurance_record": "id_number"}
ADULT_MODES = ("成人", "业余", "函授", "自学考试", "自考", "网络", "远程", "夜大")


def completed_age(birth, asof):
    return asof.year - birth.year - ((asof.month, asof.day) < (birth.month, birth.day))


def age_points(age):
    if age > 60 or age < 0:
        return 0
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))


def tax_window(asof):
    """Six latest months M whose deadline (15th of M+1) is on or before as-of."""
    m = "%04d-%02d" % (asof.year, asof.month)
    cands = []
    k = 0
    while len(cands) < 6:
        mm = month_add(m, -k)
        nxt = month_add(mm, 1)
        if dt.date(int(nxt[:4]), int(nxt[5:7]), 15) <= asof:
            cands.append(mm)
        k += 1
    return sorted(cands)


def workdays_between(issue, asof):
    import chinese_calendar as cc
    n = 0
    x = issue + dt.timedelta(days=1)
    while x <= asof:
        if cc.is_workday(x):
            n += 1
        x += dt.timedelta(days=1)
    return n


def current_contract(contracts):
    """The contract in force: an open-ended one, else the one that ends last."""
    if not contracts:
        return None
    oe = [c for c in contracts if c["fields"].get("open_ended")]
    if oe:
        return oe[-1]
    return max(contracts, key=lambda c: c["fields"].get("end_date") or "")


def education_points(docs):
    dips = [x["fields"] for x in docs if x["type"] == "diploma"]
    degs = [x["fields"] for x in docs if x["type"] == "degree_certificate"]
    dl = {f.get("level") for f in dips}
    gl = {f.get("level") for f in degs}
    pts = 0
    if "博士研究生" in dl and "博士" in gl:
        pts = 110
    elif "硕士研究生" in dl and "硕士" in gl:
        pts = 100
    elif "本科" in dl and "学士" in gl:
        pts = 90
    elif not dips and gl:  # a degree without its diploma: counted, but unsupported
        pts = 110 if "博士" in gl else 100 if "硕士" in gl else 90
    elif dl & {"本科", "硕士研究生", "博士研究生"}:
        pts = 60
    elif "专科" in dl:
        pts = 50
    unsupported = False
    if degs and not dips:
        unsupported = True
    online = any(f.get("online_record") for f in dips)
    for f in dips:
        mode = f.get("study_mode") or ""
        if any(a in mode for a in ADULT_MODES) and not online:
            unsupported = True
    return pts, unsupported


def derive(truth):
    asof = d(truth["as_of"])
    app = truth["application"]
    docs = truth["documents"]
    by = {}
    for x in docs:
        by.setdefault(x["type"], []).append(x)
    fired = set()

    def first(t):
        return by[t][0]["fields"] if t in by else None

    # --- missing documents
    req = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    for t in req:
        if t not in by:
            fired.add("packet.missing_document")
    if app == "first":
        fam = "household_register_cover" in by and "household_register_member" in by
        if not fam and "collective_hukou_certificate" not in by:
            fired.add("packet.missing_document")

    # --- identity
    names, ids = set(), set()
    for x in docs:
        f = x["fields"]
        k = NAME_FIELDS.get(x["type"])
        if k and f.get(k):
            names.add(norm(f[k]))
        k = ID_FIELDS.get(x["type"])
        if k and f.get(k):
            ids.add(f[k])
            if not id_valid(f[k]):
                fired.add("identity.id_number_invalid")
        if x["type"] == "marriage_certificate" and f.get("spouse_id_number"):
            if not id_valid(f["spouse_id_number"]):
                fired.add("identity.id_number_invalid")
    if len(names) > 1:
        fired.add("identity.name_mismatch")
    if len(ids) > 1:
        fired.add("identity.id_number_mismatch")

    # --- address
    rp = first("residence_permit")
    home = None
    if "household_register_cover" in by:
        home = first("household_register_cover").get("address")
    elif "collective_hukou_certificate" in by:
        home = first("collective_hukou_certificate").get("address")
    if rp is not None and ("household_register_cover" in by or "collective_hukou_certificate" in by):
        if not rp.get("hukou_address") or not home:
            fired.add("field.unreadable")
        elif norm(rp["hukou_address"]) != norm(home):
            fired.add("address.hukou_mismatch")

    # --- permit
    if rp is not None:
        if rp.get("valid_until"):
            if d(rp["valid_until"]) < asof:
                fired.add("permit.expired")
        else:
            fired.add("field.unreadable")
        if rp.get("issue_date"):
            if workdays_between(d(rp["issue_date"]), asof) < 5:
                fired.add("permit.too_recent")
        else:
            fired.add("field.unreadable")

    # --- id card
    idc = first("id_card")
    if idc is not None:
        vu = idc.get("valid_until")
        if not vu:
            fired.add("field.unreadable")
        elif vu != "long_term" and d(vu) < asof:
            fired.add("id_card.expired")

    # --- age
    birth = None
    if idc and idc.get("birth_date"):
        birth = d(idc["birth_date"])
    else:
        for x in docs:
            k = ID_FIELDS.get(x["type"])
            if k and x["fields"].get(k) and id_valid(x["fields"][k]):
                s = x["fields"][k]
                birth = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
                break
    age = completed_age(birth, asof) if birth else None
    if age is not None and (age < 18 or age > 60):
        fired.add("applicant.age_out_of_range")

    # --- contract
    con = current_contract(by.get("labour_contract", []))
    if con is not None:
        f = con["fields"]
        if not f.get("open_ended"):
            if not f.get("start_date") or not f.get("end_date"):
                fired.add("field.unreadable")
            else:
                s, e = d(f["start_date"]), d(f["end_date"])
                if e + dt.timedelta(days=1) < s + relativedelta(years=1):
                    fired.add("contract.term_too_short")
                if e < asof + relativedelta(months=2):
                    fired.add("contract.ends_within_two_months")

    # --- tax
    trows = [r for x in by.get("tax_record", []) for r in x["rows"]]
    if "tax_record" in by:
        have = {r["period"] for r in trows}
        if any(m not in have for m in tax_window(asof)):
            fired.add("tax.missing_months")

    # --- employer
    if con is not None and con["fields"].get("employer"):
        emp = norm(con["fields"]["employer"])
        if trows:
            last = max(r["period"] for r in trows)
            agents = {norm(r["withholding_agent"]) for r in trows if r["period"] == last}
            if emp not in agents:
                fired.add("employer.mismatch")
        srows = [r for x in by.get("social_insurance_record", []) for r in x["rows"]]
        if srows:
            last = max(r["month"] for r in srows)
            emps = {norm(r["employer"]) for r in srows if r["month"] == last}
            if emp not in emps:
                fired.add("employer.mismatch")

    # --- social insurance (only when present)
    srows = [r for x in by.get("social_insurance_record", []) for r in x["rows"]]
    if "social_insurance_record" in by:
        m0 = "%04d-%02d" % (asof.year, asof.month)
        regular = {r["month"] for r in srows if not r["back_payment"]}
        win = {month_add(m0, -k) for k in range(1, 13)}
        if len(regular & win) < 6:
            fired.add("social_insurance.insufficient_months")
        if m0 not in regular and month_add(m0, -1) not in regular:
            fired.add("social_insurance.not_paying")

    # --- pages
    for p in truth["pages"]:
        if p.get("capture") == "blank":
            fired.add("quality.unreadable_page")

    # --- points
    items = {}
    if age is not None and age_points(age):
        items["age"] = age_points(age)
    edu, unsupported = education_points(docs)
    if edu:
        items["education"] = edu
    if unsupported:
        fired.add("points.claim_unsupported")
    if srows:
        n = len({r["month"] for r in srows if not r["back_payment"]})
        if n // 12:
            items["social_insurance_years"] = 3 * (n // 12)
    est = sum(items.values())
    if est < 120:
        fired.add("points.below_standard")
    errors = sorted(fired & ERROR_RULES)
    warnings = sorted(fired - ERROR_RULES)
    verdict = "fix" if errors else ("review" if warnings else "ready")
    return {"rules": sorted(fired), "errors": errors, "warnings": warnings, "verdict": verdict,
            "points": {"standard": 120, "estimate": est, "items": items}}
