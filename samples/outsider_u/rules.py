"""SPEC §4 rules and §6 points, re-derived from the field values of a truth file.

Only the values in truth["documents"] are used (plus as_of / application), so the
generator and the selfcheck derive expected_rules / verdict / points the same way.
"""
import datetime as dt

from dateutil.relativedelta import relativedelta

from .util import (completed_age, d, id_valid, month_add, norm, workdays_between, ym)

RULE_ORDER = [
    ("packet.missing_document", "error"),
    ("identity.id_number_invalid", "error"),
    ("identity.name_mismatch", "error"),
    ("identity.id_number_mismatch", "error"),
    ("address.hukou_mismatch", "error"),
    ("permit.expired", "error"),
    ("permit.too_recent", "warning"),
    ("id_card.expired", "error"),
    ("applicant.age_out_of_range", "error"),
    ("contract.term_too_short", "error"),
    ("contract.ends_within_two_months", "error"),
    ("tax.missing_months", "error"),
    ("employer.mismatch", "error"),
    ("social_insurance.insufficient_months", "error"),
    ("social_insurance.not_paying", "error"),
    ("field.unreadable", "warning"),
    ("quality.unreadable_page", "warning"),
    ("points.below_standard", "warning"),
    ("points.claim_unsupported", "warning"),
]
SEVERITY = dict(RULE_ORDER)

NAME_FIELDS = {
    "id_card": "name", "residence_permit": "name", "household_register_member": "name",
    "collective_hukou_certificate": "name", "labour_contract": "employee_name",
    "tax_record": "name", "social_insurance_record": "name", "diploma": "name",
    "degree_certificate": "name", "marriage_certificate": "holder_name",
}
ID_FIELDS = {
    "id_card": "id_number", "residence_permit": "id_number",
    "household_register_member": "id_number", "collective_hukou_certificate": "id_number",
    "labour_contract": "employee_id_number", "tax_record": "id_number",
    "social_insurance_record": "id_number",
}
ADULT_MODES = ("成人", "自考", "自学考试", "网络", "业余", "函授", "远程", "开放")
DIPLOMA_POINTS = {"专科": 50, "大专": 50, "本科": 60}
DEGREE_POINTS = {"学士": 90, "硕士": 100, "博士": 110}
DEGREE_NEEDS = {"学士": ("本科",), "硕士": ("硕士研究生", "研究生"), "博士": ("博士研究生", "研究生")}


def tax_window(asof):
    asof = d(asof)
    m = ym(asof)
    # latest month M with deadline (15th of M+1) <= as_of
    cand = month_add(m, -1)
    y, mm = map(int, month_add(cand, 1).split("-"))
    if dt.date(y, mm, 15) > asof:
        cand = month_add(cand, -1)
    return [month_add(cand, -k) for k in range(5, -1, -1)]


def docs_of(truth, t):
    return [x for x in truth["documents"] if x["type"] == t]


def education_points(truth):
    dips = docs_of(truth, "diploma")
    degs = docs_of(truth, "degree_certificate")
    dip_levels = {x["fields"]["level"] for x in dips}
    online = any(x["fields"].get("online_record") for x in dips)
    pts, unsupported = 0, []
    for lv in dip_levels:
        pts = max(pts, DIPLOMA_POINTS.get(lv, 0))
    for g in degs:
        lv = g["fields"]["level"]
        pts = max(pts, DEGREE_POINTS.get(lv, 0))
        if not (dip_levels & set(DEGREE_NEEDS.get(lv, ()))):
            unsupported.append("degree_without_diploma")
    for x in dips:
        mode = x["fields"].get("study_mode", "")
        if any(a in mode for a in ADULT_MODES) and not online:
            unsupported.append("adult_diploma_without_record")
    return pts, unsupported


def age_points(age):
    if age is None or age > 60 or age < 18:
        return 0
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))


def regular_months(si):
    return {r["month"] for r in si["rows"] if not r["back_payment"]}


def compute_points(truth):
    asof = truth["as_of"]
    items = {}
    ids = docs_of(truth, "id_card")
    birth = ids[0]["fields"]["birth_date"] if ids else None
    if birth:
        items["age"] = age_points(completed_age(birth, asof))
    edu, unsupported = education_points(truth)
    if edu:
        items["education"] = edu
    sis = docs_of(truth, "social_insurance_record")
    if sis:
        months = set()
        for s in sis:
            months |= regular_months(s)
        yrs = len(months) // 12
        if yrs:
            items["social_insurance_years"] = 3 * yrs
    return {"standard": 120, "estimate": sum(items.values()), "items": items}, unsupported


def compute_rules(truth):
    asof = d(truth["as_of"])
    app = truth["application"]
    fired = set()
    types = {x["type"] for x in truth["documents"]}
    need = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    if any(t not in types for t in need):
        fired.add("packet.missing_document")
    if app == "first":
        booklet = {"household_register_cover", "household_register_member"} <= types
        if not booklet and "collective_hukou_certificate" not in types:
            fired.add("packet.missing_document")
    # identity
    names, idns, all_ids = set(), set(), []
    for doc in truth["documents"]:
        f = doc["fields"]
        k = NAME_FIELDS.get(doc["type"])
        if k and f.get(k):
            names.add(norm(f[k]))
        k = ID_FIELDS.get(doc["type"])
        if k and f.get(k):
            idns.add(f[k])
            all_ids.append(f[k])
        if doc["type"] == "marriage_certificate" and f.get("spouse_id_number"):
            all_ids.append(f["spouse_id_number"])
    if any(not id_valid(x) for x in all_ids):
        fired.add("identity.id_number_invalid")
    if len(names) > 1:
        fired.add("identity.name_mismatch")
    if len(idns) > 1:
        fired.add("identity.id_number_mismatch")
    # hukou address
    rp = docs_of(truth, "residence_permit")
    addr_src = docs_of(truth, "household_register_cover") or docs_of(truth, "collective_hukou_certificate")
    if rp and addr_src:
        if norm(rp[0]["fields"]["hukou_address"]) != norm(addr_src[0]["fields"]["address"]):
            fired.add("address.hukou_mismatch")
    if rp:
        f = rp[0]["fields"]
        if d(f["valid_until"]) < asof:
            fired.add("permit.expired")
        if workdays_between(f["issue_date"], asof) < 5:
            fired.add("permit.too_recent")
    ids = docs_of(truth, "id_card")
    if ids:
        f = ids[0]["fields"]
        if f["valid_until"] != "long_term" and d(f["valid_until"]) < asof:
            fired.add("id_card.expired")
        age = completed_age(f["birth_date"], asof)
        if age < 18 or age > 60:
            fired.add("applicant.age_out_of_range")
    lc = docs_of(truth, "labour_contract")
    if lc:
        f = lc[0]["fields"]
        if not f["open_ended"]:
            start, end = d(f["start_date"]), d(f["end_date"])
            if end + dt.timedelta(days=1) < start + relativedelta(years=1):
                fired.add("contract.term_too_short")
            if end < asof + relativedelta(months=2):
                fired.add("contract.ends_within_two_months")
    tx = docs_of(truth, "tax_record")
    if tx:
        periods = {r["period"] for t in tx for r in t["rows"]}
        if any(m not in periods for m in tax_window(asof)):
            fired.add("tax.missing_months")
    if lc:
        emp = norm(lc[0]["fields"]["employer"])
        if tx:
            rows = [r for t in tx for r in t["rows"]]
            if rows:
                last = max(r["period"] for r in rows)
                agents = {norm(r["withholding_agent"]) for r in rows if r["period"] == last}
                if emp not in agents:
                    fired.add("employer.mismatch")
        sis = docs_of(truth, "social_insurance_record")
        rows = [r for s in sis for r in s["rows"]]
        if rows:
            last = max(r["month"] for r in rows)
            emps = {norm(r["employer"]) for r in rows if r["month"] == last}
            if emp not in emps:
                fired.add("employer.mismatch")
    sis = docs_of(truth, "social_insurance_record")
    if sis:
        reg = set()
        for s in sis:
            reg |= regular_months(s)
        m0 = ym(asof)
        last12 = {month_add(m0, -k) for k in range(1, 13)}
        if len(reg & last12) < 6:
            fired.add("social_insurance.insufficient_months")
        if m0 not in reg and month_add(m0, -1) not in reg:
            fired.add("social_insurance.not_paying")
    points, unsupported = compute_points(truth)
    if points["estimate"] < points["standard"]:
        fired.add("points.below_standard")
    if unsupported:
        fired.add("points.claim_unsupported")
    rules = [r for r, _ in RULE_ORDER if r in fired]
    if any(SEVERITY[r] == "error" for r in rules):
        verdict = "fix"
    elif rules:
        verdict = "review"
    else:
        verdict = "ready"
    return rules, verdict, points
